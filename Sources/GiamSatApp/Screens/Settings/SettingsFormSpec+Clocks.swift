import GiamSatCore
import TerminalUI

/// The days of the law's clocks on the settings form (issue 21): a line of numbers per law, as an office reads them
/// in the law ("30 45 45 60"), rather than nine fields.
extension SettingsFormSpec {
    enum ClockID {
        static let complaint = "complaintDays", denunciation = "denunciationDays", planLead = "planLeadDays"
    }

    static let clockFields = [
        FormField(id: ClockID.complaint, label: T.complaintDaysShort, kind: .text),
        FormField(id: ClockID.denunciation, label: T.denunciationDaysShort, kind: .text),
        FormField(id: ClockID.planLead, label: T.planLeadDaysShort, kind: .text),
    ]

    // Key paths are not Sendable; these lists are constants.
    nonisolated(unsafe) static let complaintPaths: [WritableKeyPath<ClockRules, Int>] =
        [\.complaintDays, \.complaintComplexDays, \.complaintRemoteDays, \.complaintRemoteComplexDays]
    nonisolated(unsafe) static let denunciationPaths: [WritableKeyPath<ClockRules, Int>] =
        [\.classifyDenunciationDays, \.classifyDenunciationSeveralPlacesDays, \.denunciationDays, \.extensionDays]

    static func clockValues(_ rules: ClockRules, into values: inout FormValues) {
        values[ClockID.complaint] = .text(TextField(complaintPaths.map { String(rules[keyPath: $0]) }.joined(separator: " ")))
        values[ClockID.denunciation] = .text(TextField(denunciationPaths.map { String(rules[keyPath: $0]) }.joined(separator: " ")))
        values[ClockID.planLead] = .text(TextField(String(rules.planLeadDays)))
    }

    /// Four numbers of days in range, separated by spaces, slashes or commas; nil otherwise.
    static func numbers(_ text: String, count: Int) -> [Int]? {
        let parts = VietnameseText.clean(text).split(whereSeparator: { " /,;".contains($0) }).map { Int($0) }
        guard parts.count == count, parts.allSatisfy({ $0.map(ClockRules.daysRange.contains) ?? false }) else { return nil }
        return parts.map { $0! }
    }

    func clockProblems(_ values: FormValues, saving: Bool, into problems: inout [String: Localized]) {
        let checks: [(String, Int, Localized)] = [(ClockID.complaint, 4, T.badComplaintDays), (ClockID.denunciation, 4, T.badDenunciationDays),
                                                  (ClockID.planLead, 1, T.badPlanLeadDays)]
        for (id, count, problem) in checks where saving || !values.text(id).isEmpty {
            if Self.numbers(values.text(id), count: count) == nil { problems[id] = problem }
        }
    }

    func clocks(_ values: FormValues) -> ClockRules {
        var rules = general.clocks
        for (id, paths) in [(ClockID.complaint, Self.complaintPaths), (ClockID.denunciation, Self.denunciationPaths),
                            (ClockID.planLead, [\ClockRules.planLeadDays])] {
            guard let numbers = Self.numbers(values.text(id), count: paths.count) else { continue }
            for (path, days) in zip(paths, numbers) { rules[keyPath: path] = days }
        }
        return rules
    }
}
