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
        default: break
        }
        // A file attached, voided, marked or undone (issue 21): the same words on every kind's page.
        if let label = AttachmentText.auditLabels[entry.field] {
            return "\(env.text(label)): “\(entry.old.isEmpty ? "—" : entry.old)” → “\(entry.new.isEmpty ? "—" : entry.new)”"
        }
        // The words of the entry's kind (`RecordKind`, in GiamSatCore): its fields' labels and values.
        let kind = entry.entity.kind
        if kind.auditSteps.contains(entry.field) {
            // The field only grows: say the step that was added, or, undone, the one taken back.
            if entry.new.hasPrefix(entry.old) {
                let added = entry.new.dropFirst(entry.old.count).trimmingCharacters(in: CharacterSet(charactersIn: " →"))
                return "\(env.text(T.statusStep)): \(words(added, field: entry.field, kind, env))"
            }
            if entry.old.hasPrefix(entry.new) && !entry.new.isEmpty {
                let removed = entry.old.dropFirst(entry.new.count).trimmingCharacters(in: CharacterSet(charactersIn: " →"))
                return "\(env.text(T.statusStepRemoved)): \(words(removed, field: entry.field, kind, env))"
            }
        }
        let label = kind.auditLabels[entry.field].map { env.text($0) } ?? entry.field
        return "\(label): “\(words(entry.old, field: entry.field, kind, env))” → “\(words(entry.new, field: entry.field, kind, env))”"
    }

    /// A stored value in words: dates as dd/mm/yyyy, slugs as their labels, true/false as yes/no.
    static func words(_ value: String, field: String, _ kind: RecordKind, _ env: ScreenEnv) -> String {
        if value.isEmpty { return "—" }
        if value == "true" { return env.text(T.yes) }
        if value == "false" { return env.text(T.no) }
        return value.split(separator: " ", omittingEmptySubsequences: false).map { token -> String in
            // A list's items are joined by "; " (a recommendation's outcomes): the word is read without the ";".
            let separator = token.hasSuffix(";") ? ";" : ""
            let word = String(token.dropLast(separator.count))
            if let date = LocalDate(iso: word) { return date.vietnamese + separator }
            if let label = kind.auditValue(field, word) { return env.text(label) + separator }
            return String(token)
        }.joined(separator: " ")
    }
}
