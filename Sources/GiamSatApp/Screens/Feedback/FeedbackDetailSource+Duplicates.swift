import GiamSatCore
import TerminalUI

/// A feedback record's "trùng" links on its page (issue 21): a duplicate names its original, an original lists its
/// duplicates; Enter (or `o`) opens the original, the one duplicate, or a list of them to choose from.
extension FeedbackDetailSource {
    static let duplicateField = "duplicate"

    func duplicateSections(_ env: ScreenEnv) -> [DetailSection] {
        guard let duplicates else { return [] }
        func line(_ record: LinkedRecord) -> String {
            let status = FeedbackStatus(rawValue: record.state).map { env.text($0.shortLabel) } ?? record.state
            return "\(record.code)  \(record.date?.vietnamese ?? "")  \(record.text) — \(status)"
        }
        var sections: [DetailSection] = []
        if let original = duplicates.original {
            sections.append(DetailSection(title: env.text(T.duplicateOfLine) + " (\(env.text(T.openHint)))",
                                          lines: [.paragraph(line(original), .normal)]))
        }
        if !duplicates.duplicates.isEmpty {
            sections.append(DetailSection(title: env.text(T.duplicatesSection) + " (\(duplicates.duplicates.count)) — \(env.text(T.openHint))",
                                          lines: duplicates.duplicates.map { .paragraph(line($0), .normal) }))
        }
        return sections
    }

    func openDuplicate(_ env: ScreenEnv) -> Outcome {
        guard let duplicates else { return .none }
        let records = (duplicates.original.map { [$0] } ?? []) + duplicates.duplicates
        if records.count == 1, let only = records.first { return .navigate(.push(DetailScreen(source: FeedbackDetailSource(code: only.code)))) }
        guard !records.isEmpty else { return .none }
        let items = records.map {
            Picker.Item(id: $0.code, label: "\($0.code)  \($0.text)", searchKey: VietnameseText.fold("\($0.code) \($0.text)"), name: $0.code)
        }
        let picker = Picker(title: env.text(T.pickDuplicate), items: items, fold: { VietnameseText.fold($0) })
        return .navigate(.push(PickerScreen(field: Self.duplicateField, picker: picker)))
    }
}
