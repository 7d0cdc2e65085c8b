import GiamSatCore
import TerminalUI

/// Before a new feedback record is saved (issue 21): the records on file it looks like, best first — code, date,
/// officials, the start of the summary, the score and what is alike; never a reporter. From here the user saves it
/// anyway (F2), saves it as a duplicate of the one chosen (`t`), opens that one (Enter) or goes back to the form (Esc).
/// Nothing is written here: the choice goes back to the form (`Delivery.duplicate`), which saves.
struct DuplicatesScreen: Screen {
    let record: Feedback
    let suggestions: [DuplicateSuggestion]
    private(set) var table: TableState

    init(record: Feedback, suggestions: [DuplicateSuggestion]) {
        self.record = record
        self.suggestions = suggestions
        table = TableState(count: suggestions.count, pageSize: suggestions.count)
    }

    var keymaps: [Keymap] { [.duplicates, .navigation] }
    var isOverlay: Bool { true }
    func title(_ env: ScreenEnv) -> String { env.text(T.duplicatesTitle) }

    var chosen: DuplicateSuggestion? { suggestions[safe: table.selection] }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        switch command {
        case .back?: return .navigate(.pop)
        case .save?: return .navigate(.popDelivering(.duplicate(.saveAnyway(record))))
        case .saveAsDuplicate?:
            guard let chosen else { return .none }
            return .navigate(.popDelivering(.duplicate(.saveAsDuplicate(record, of: chosen.code))))
        case .open?:
            guard let chosen else { return .none }
            return .navigate(.push(DetailScreen(source: FeedbackDetailSource(code: chosen.code))))
        case let command? where command.move != nil: table.move(command.move!)
        default: break
        }
        return .none
    }

    /// What is alike: the official, the reporter (never who), the words.
    static func why(_ match: DuplicateMatching.Match, _ env: ScreenEnv) -> String {
        var parts: [String] = []
        if match.sameOfficial { parts.append(env.text(T.sameOfficialShort)) }
        if match.sameReporter { parts.append(env.text(T.sameReporterShort)) }
        if !match.sharedWords.isEmpty { parts.append(env.text(T.sameWordsShort)) }
        return parts.joined(separator: ", ")
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let rect = canvas.bounds.centered(width: min(78, env.width - 2), height: min(suggestions.count + 7, env.height - 2))
        canvas.box(rect, title: env.text(T.duplicatesTitle))
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        canvas.putPadded(env.text(T.duplicatesLead), x: inner.x, y: inner.y, width: inner.width, .dialog)
        let columns = [Column(env.text(T.code), width: 12), Column(env.text(T.receivedOn), width: 10), Column(env.text(T.officials), flex: 1),
                       Column(env.text(T.summary), flex: 2), Column(env.text(T.columnScore), width: 4, alignRight: true)]
        let rows = suggestions.map {
            [$0.code, $0.receivedOn.vietnamese, $0.officialNames.isEmpty ? "—" : $0.officialNames, $0.summary, String($0.match.score)]
        }
        let height = max(1, inner.height - 3)
        TableView.render(into: &canvas, Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: height), columns: columns,
                         rows: rows, roles: rows.map { _ in .dialog }, selected: table.selection)
        if let chosen {
            canvas.putPadded(env.text(T.columnWhy) + ": " + Self.why(chosen.match, env), x: inner.x, y: inner.maxY - 1, width: inner.width, .muted)
        }
        return nil
    }
}
