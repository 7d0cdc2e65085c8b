import Foundation
import GiamSatCore

/// The audit trail in words: labels rather than slugs, dd/mm/yyyy rather than ISO dates, and for
/// a status step only the step taken, so each change reads as one line.
enum AuditText {
    static func line(_ entry: AuditEntry, _ env: ScreenEnv) -> String {
        "\(when(entry.at))  \(entry.by): \(what(entry, env))"
    }

    /// "2026-11-02T10:15:00+07:00" → "02/11/2026 10:15".
    static func when(_ timestamp: String) -> String {
        let date = LocalDate(iso: String(timestamp.prefix(10)))?.vietnamese ?? String(timestamp.prefix(10))
        let time = timestamp.dropFirst(11).prefix(5)
        return time.isEmpty ? date : "\(date) \(time)"
    }

    static func what(_ entry: AuditEntry, _ env: ScreenEnv) -> String {
        switch entry.field {
        case AuditEntry.createdField: return env.text(T.created)
        case AuditEntry.revealField: return env.text(T.revealedLog)
        case AuditEntry.undoField: return env.text(T.undoneLog)
        case AuditEntry.deletedField: return env.text(T.deletedLog)
        // A merge's rows (CommuneMerger, join): "gộp từ tan-binh/PA-2024-0001", "ghép từ DT-0006 Nguyễn Văn Hùng".
        case AuditEntry.mergedFromField: return "\(env.text(T.mergedFromLog)) \(entry.new.isEmpty ? entry.old : entry.new)"
        case AuditEntry.joinedField: return "\(env.text(T.joinedLog)) \(entry.new.isEmpty ? entry.old : entry.new)"
        case "history" where entry.new.hasPrefix(entry.old):
            // The history only grows: say the step that was added.
            let added = entry.new.dropFirst(entry.old.count).trimmingCharacters(in: CharacterSet(charactersIn: " →"))
            return "\(env.text(T.statusStep)): \(words(added, field: entry.field, env))"
        case "history" where entry.old.hasPrefix(entry.new) && !entry.new.isEmpty:
            // Undone: the last step was taken back.
            let removed = entry.old.dropFirst(entry.new.count).trimmingCharacters(in: CharacterSet(charactersIn: " →"))
            return "\(env.text(T.statusStepRemoved)): \(words(removed, field: entry.field, env))"
        default:
            // "status" is an official's employment status, or a plan's step.
            let label = (entry.entity == .plan && entry.field == "status" ? T.status : fieldLabels[entry.field]).map { env.text($0) } ?? entry.field
            return "\(label): “\(words(entry.old, field: entry.field, env))” → “\(words(entry.new, field: entry.field, env))”"
        }
    }

    static let fieldLabels: [String: Localized] = [
        "receivedOn": T.receivedOn, "channel": T.channel, "kind": T.kind, "anonymous": T.anonymous, "reporter": T.reporter,
        "officials": T.officials, "locality": T.locality, "content": T.content, "summary": T.summary, "notes": T.notes,
        "dueOn": T.dueOn, "history": T.history,
        // Officials, localities and settings (Screens/Officials, Screens/Settings)
        "familyName": T.familyName, "middleName": T.middleName, "givenName": T.givenName, "gender": T.gender,
        "birthYear": T.birthYear, "position": T.positionOnly, "unit": T.unit, "category": T.category, "partyMember": T.partyMember,
        "partyCell": T.partyCell, "residence": T.residence, "status": T.officialStatus, "exemptFromResidence": T.exemptFromResidence,
        "archived": T.archivedLog, "name": T.localityName,
        "settings.staffName": T.staffName, "settings.dueDays": T.dueDays, "settings.language": T.language,
        "settings.inputMethod": T.inputMethodLabel, "settings.holidays": T.holidays, "province": T.province,
        "district": T.formerDistrictShort, AuditEntry.formerUnitField: T.formerUnit,
        // Plans, recommendations, residence reviews (Strings+Records.swift).
        "plan": T.plan, "documentNumber": T.documentNumber, "issuedOn": T.issuedOn, "title": T.planTitle, "basis": T.basis,
        "year": T.year, "type": T.planType, "form": T.planForm, "contents": T.contentAreas, "team.decisionNumber": T.teamDecision,
        "team.lead": T.teamLead, "team.members": T.teamMembers, "startOn": T.startOn, "endOn": T.endOn, "targetUnits": T.targetUnits,
        "supervised": T.supervisedOfficials, "reportedOn": T.reportedOn, "source": T.source, "to": T.addressedTo,
        "sentOn": T.sentOn, "response": T.response, "respondedOn": T.respondedOn, "outcomes": T.outcomes,
        "assessment": T.assessment, "opinions": T.opinions,
    ]

    /// A stored value in words: dates as dd/mm/yyyy, slugs as their labels, true/false as yes/no.
    static func words(_ value: String, field: String, _ env: ScreenEnv) -> String {
        if value.isEmpty { return "—" }
        if value == "true" { return env.text(T.yes) }
        if value == "false" { return env.text(T.no) }
        return value.split(separator: " ", omittingEmptySubsequences: false).map { token -> String in
            let word = String(token)
            if let date = LocalDate(iso: word) { return date.vietnamese }
            if let label = label(word, field: field) { return env.text(label) }
            return word
        }.joined(separator: " ")
    }

    private static func label(_ slug: String, field: String) -> Localized? {
        switch field {
        case "channel": return FeedbackChannel(rawValue: slug)?.label
        case "kind": return FeedbackKind(rawValue: slug)?.label ?? LocalityKind(rawValue: slug)?.label
        case "category": return OfficialCategory(rawValue: slug)?.label
        case "gender": return Gender(rawValue: slug)?.label
        case "status": return OfficialStatus(rawValue: slug)?.label ?? PlanStatus(rawValue: slug)?.label
        case "content": return ContentArea(rawValue: slug)?.label
        case "history": return FeedbackStatus(rawValue: slug)?.label
        case "type": return PlanType(rawValue: slug)?.label
        case "form": return PlanForm(rawValue: slug)?.label
        case "response": return RecommendationResponse(rawValue: slug)?.label
        case "assessment": return Assessment(rawValue: slug)?.label
        default: return nil
        }
    }
}
