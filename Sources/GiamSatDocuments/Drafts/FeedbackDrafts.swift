import Foundation
import GiamSatCore

/// The forwarding slip (never with the reporter's identity: Luật Tố cáo art. 56), and on an explicit, audited request the
/// receipt and the reply to the reporter, which name them.
extension AppDatabase {
    public func forwardDraft(code: String, to body: String? = nil, today: LocalDate = .today()) throws -> Draft {
        guard let f = try fetch(Feedback.self, code: code) else { throw GiamSatError.notFound(entity: .feedback, code: code) }
        let forwarded = f.history.last(where: { $0.status == .daChuyen })
        let to = (body.map(VietnameseText.clean) ?? "").isEmpty ? (forwarded?.to ?? "") : VietnameseText.clean(body!)
        guard !to.isEmpty else { throw DocumentError.noForwardBody }
        var c = try feedbackValues(f)
        c["to"] = to
        // The summary is the staff's words, but it may still carry what identifies the reporter (a name, a street, a
        // number): those are cut out before it goes to another body.
        c["summary"] = ForwardingRedaction.redact(f.summary, reporter: f.reporter)
        return Draft(template: .forward, context: c, tables: [], recipients: ["Như trên"],
                     title: "Chuyển đơn \(Values.lowerFirst(f.kind.label.vi)) mã \(f.code) đến \(to)", source: f.code, date: today,
                     fileStem: "chuyen-don-" + f.code)
    }

    /// The receipt or the reply. Opening the identity is a reveal: audited, and it needs the passphrase when identities
    /// are protected.
    public func reporterDraft(_ template: DocumentTemplate, code: String, includeIdentity: Bool, by user: String,
                              passphrase: String? = nil, today: LocalDate = .today()) throws -> Draft {
        guard includeIdentity else { throw DocumentError.identityNeeded }
        guard let f = try fetch(Feedback.self, code: code) else { throw GiamSatError.notFound(entity: .feedback, code: code) }
        guard !f.anonymous, f.reporter != nil else { throw DocumentError.anonymous }
        guard let reporter = try revealReporter(of: code, by: user, passphrase: passphrase) else { throw DocumentError.anonymous }
        var c = try feedbackValues(f)
        c["name"] = reporter.name
        c["address"] = reporter.address
        c["phone"] = reporter.phone
        c["summary"] = f.summary
        // The law's clock of its kind: a denunciation is classified within 7 working days (10 across places), issue 21.
        let settings = try settings()
        c["classifyBy"] = f.clock(settings.clocks).classifyBy(f.receivedOn, settings.calendar).vietnamese
        c["statusLower"] = Values.lowerFirst(f.status.label.vi)
        if let step = f.history.last(where: { $0.status == .daChuyen }) {
            c["forwardedTo"] = step.to
            c["forwardedOn"] = step.on.vietnamese
        }
        let reply = template == .reply
        return Draft(template: reply ? .reply : .receipt, context: c, tables: [], recipients: reply ? ["Như trên"] : [],
                     title: (reply ? "Trả lời đơn mã " : "Biên nhận đơn mã ") + f.code, source: f.code, date: today,
                     fileStem: (reply ? "tra-loi-" : "bien-nhan-") + f.code, namesReporter: true)
    }

    func feedbackValues(_ f: Feedback) throws -> [String: Any] {
        var officials: [[String: Any]] = []
        for code in f.officials {
            let o = try fetch(Official.self, code: code)
            officials.append(["name": o?.fullName ?? code, "position": o?.position ?? ""])
        }
        return [
            "communeName": try commune()?.name ?? "",
            "code": f.code,
            "receivedOn": f.receivedOn.vietnamese,
            "kindLower": Values.lowerFirst(f.kind.label.vi),
            "kindCapitalized": Values.upperFirst(f.kind.label.vi),
            "channelLower": Values.lowerFirst(f.channel.label.vi),
            "officials": Values.list(officials),
            "hasOfficials": !officials.isEmpty,
            "isDenunciation": f.kind == .toCao,
        ]
    }
}

/// What of a reporter's identity a text may hold, cut out (docs/security.md): the full name, the given name (the last
/// word, how people are called), the address, and the phone number however its digits are spaced.
public enum ForwardingRedaction {
    public static let mark = "[…]"

    public static func redact(_ text: String, reporter: Feedback.Reporter?) -> String {
        guard let reporter, !reporter.isSealed else { return text }
        var out = text
        var pieces = [reporter.name, reporter.address].map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 2 }
        if let given = reporter.name.split(separator: " ").last, given.count >= 2 { pieces.append(String(given)) }
        for piece in pieces.sorted(by: { $0.count > $1.count }) {
            out = out.replacingOccurrences(of: piece, with: mark, options: [.caseInsensitive])
        }
        let digits = reporter.phone.filter(\.isNumber)
        if digits.count >= 6 {
            // The number written with spaces, dots or dashes between its digits.
            let pattern = digits.map { String($0) }.joined(separator: "[ .\\-]?")
            out = out.replacingOccurrences(of: pattern, with: mark, options: .regularExpression)
        }
        return out
    }
}
