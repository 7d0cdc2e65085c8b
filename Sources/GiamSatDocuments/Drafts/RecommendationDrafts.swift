import GiamSatCore

/// The recommendation letter and the reminder for one still unanswered.
extension AppDatabase {
    public func recommendationDraft(_ template: DocumentTemplate, code: String, today: LocalDate = .today(),
                                    letterNumber: String = "") throws -> Draft {
        let record = try recommendationRecord(code: code)
        let r = record.recommendation
        if template == .reminder || template == .reportUpward, r.response != .choTraLoi { throw DocumentError.answered }
        var sourceText = ""
        if let source = record.source {
            sourceText = source.entity == .plan
                ? "giám sát " + Values.lowerFirst(source.text)
                : "tiếp nhận, xem xét phản ánh của Nhân dân (mã hồ sơ \(source.code))"
        }
        let commune = try commune()
        var c: [String: Any] = [
            "communeName": commune?.name ?? "",
            "code": r.code,
            "to": r.to,
            "sentOn": r.sentOn.vietnamese,
            "content": Values.paragraphs(r.content),
            "sourceText": sourceText,
            // Days the addressee has to answer before the matter goes to the Front one level up (`answer-days`, 20).
            "answerDays": try settings().answerDays,
            "daysWaiting": max(0, today.dayNumber - r.sentOn.dayNumber),
        ]
        // Only when known: the templates' {{#letterNumber}} took an empty string as set ("số  gửi").
        if !letterNumber.isEmpty { c["letterNumber"] = letterNumber }
        if template == .reportUpward { return try reportUpwardDraft(r, commune: commune, values: &c, today: today) }
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
