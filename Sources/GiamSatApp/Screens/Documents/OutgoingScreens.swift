import GiamSatCore
import TerminalUI

/// Where the app shows the outgoing register: its list (`R`, the palette) and a line's page (registered once in
/// `Registry.kinds`; the palette opens a `VB-…` code with it).
extension KindScreens {
    static let outgoing = KindScreens(entity: .outgoingDocument, list: { _ in RegisterScreen() },
                                      page: { DetailScreen(source: OutgoingDetailSource(code: $0)) })
}

/// A line of the register and its audit trail.
struct OutgoingPage: Sendable {
    var line: OutgoingDocument
    var audit: [AuditEntry]
}

struct LoadOutgoing: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> OutgoingPage {
        guard let line = try context.database.outgoingRegister().first(where: { $0.code == code }) else {
            throw GiamSatError.notFound(entity: .outgoingDocument, code: code)
        }
        return OutgoingPage(line: line, audit: try context.database.auditTrail(.outgoingDocument, code: code))
    }
}

/// One document sent: number, date, kind, title, recipients, the record it came from, the file, its former commune.
struct OutgoingDetailSource: RecordPageSource {
    static let entity = Entity.outgoingDocument
    static let heading = T.registerTitle
    let code: String
    var record: OutgoingPage?

    init(code: String) { self.code = code }

    var keymap: Keymap { .outgoingDetail }
    var loadRequest: LoadOutgoing { LoadOutgoing(code: code) }
    var version: Int? { record?.line.version }

    func offers(_ command: CommandID) -> Bool { command == .openLinked ? record?.line.source != nil : true }

    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> Outcome? {
        guard command == .openLinked, let source = record?.line.source else { return nil }
        // The record it was made from: its code says which kind it is.
        guard let kind = RecordKinds.coded.first(where: { $0.series?.follows(source) == true }),
              let page = Registry.page(kind.entity, code: source) else { return Outcome.none }
        return .navigate(.push(page))
    }

    func sections(_ env: ScreenEnv) -> [DetailSection] {
        guard let record else { return [] }
        let l = record.line
        func field(_ label: Localized, _ value: String) -> DetailLine { .field(env.text(label), value.isEmpty ? "—" : value, .normal) }
        var facts = [field(T.outgoingNumber, l.symbol), field(T.outgoingDate, l.issuedOn.vietnamese), field(T.outgoingTitle, l.title),
                     field(T.outgoingRecipients, l.recipients.joined(separator: "; ")), field(T.outgoingSource, l.source ?? ""),
                     field(T.outgoingFile, l.file)]
        if let unit = l.formerUnit { facts.insert(field(T.outgoingFormer, unit), at: 0) }
        return [DetailSection(title: nil, lines: facts),
                DetailSection(title: env.text(T.audit), lines: record.audit.map { .paragraph(AuditText.line($0, env), .muted) })]
    }
}
