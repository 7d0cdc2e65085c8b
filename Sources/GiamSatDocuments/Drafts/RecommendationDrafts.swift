import GiamSatCore

/// The recommendation letter and the reminder for one still unanswered.
extension AppDatabase {
    /// Days the addressee has to answer before the matter goes to the Front one level up (DOMAIN.md: 20).
    public static let recommendationAnswerDays = 20

    public func recommendationDraft(_ template: DocumentTemplate, code: String, today: LocalDate = .today(),
                                    letterNumber: String = "") throws -> Draft {
        let record = try recommendationRecord(code: code)
        let r = record.recommendation
        if template == .reminder, r.response != .choTraLoi { throw DocumentError.answered }
        var sourceText = ""
        if let source = record.source {
            sourceText = source.entity == .plan
                ? "giám sát " + Values.lowerFirst(source.text)
                : "tiếp nhận, xem xét phản ánh của Nhân dân (mã hồ sơ \(source.code))"
        }
        let c: [String: Any] = [
            "communeName": try commune()?.name ?? "",
            "code": r.code,
            "to": r.to,
            "sentOn": r.sentOn.vietnamese,
            "content": Values.paragraphs(r.content),
            "sourceText": sourceText,
            "answerDays": Self.recommendationAnswerDays,
            "daysWaiting": max(0, today.dayNumber - r.sentOn.dayNumber),
            "letterNumber": letterNumber,
        ]
        let reminder = template == .reminder
        return Draft(template: reminder ? .reminder : .recommendation, context: c, tables: [], recipients: ["Như trên"],
                     title: (reminder ? "Đôn đốc trả lời kiến nghị gửi " : "Kiến nghị gửi ") + r.to, source: r.code, date: today,
                     fileStem: (reminder ? "don-doc-" : "kien-nghi-") + r.code)
    }
}

public enum DocumentError: Error, Equatable {
    case answered, noForwardBody, identityNeeded, anonymous
    /// A meeting with no member reviewed yet (or all exempt): no letter to write.
    case noLetters
    case exists(String)

    public var message: Localized {
        switch self {
        case .answered: return DocumentText.answered
        case .noForwardBody: return DocumentText.noForwardBody
        case .identityNeeded: return DocumentText.identityNeeded
        case .anonymous: return DocumentText.anonymousSender
        case .noLetters: return DocumentText.noMeetingLetters
        case .exists(let path): return DocumentText.alreadyExists(path)
        }
    }
}
