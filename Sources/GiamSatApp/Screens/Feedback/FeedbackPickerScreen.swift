import GiamSatCore
import TerminalUI

/// Chooses a feedback record, searched in the store as you type (accents optional, newest first): the
/// original of a duplicate. The choice goes back to the screen below with `field`.
struct FeedbackPickerScreen: Screen {
    let field: String
    /// The record asking: never offered as its own original.
    let excluding: String
    private(set) var picker: Picker
    private(set) var searching = false
    private(set) var chooseWhenFound = false

    init(field: String, title: String, excluding: String) {
        self.field = field
        self.excluding = excluding
        picker = Picker(title: title, items: [], fold: { VietnameseText.fold($0) })
    }

    var keymaps: [Keymap] { [.picker] }
    var isOverlay: Bool { true }
    var isTyping: Bool { true }
    var acceptsKeys: Bool { !chooseWhenFound }
    /// One original: nothing to mark.
    func offers(_ command: CommandID) -> Bool { command != .mark }
    func title(_ env: ScreenEnv) -> String { picker.title }
    func refresh(_ env: ScreenEnv) -> [Effect] { [.ask(FeedbackChoices(query: picker.filter.text, excluding: excluding))] }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        if searching && key == .enter {
            chooseWhenFound = true
            return .none
        }
        switch picker.handle(key, method: env.inputMethod) {
        case .chose(let ids):
            let names = Dictionary(picker.items.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            return .navigate(.popDelivering(.picked(field: field, ids: ids, names: names)))
        case .cancelled: return .navigate(.pop)
        case .filterChanged:
            searching = true
            return Outcome(effects: refresh(env))
        case .none: return .none
        }
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if case .failed = result {
            searching = false
            chooseWhenFound = false
        }
        // Results for an older text: the search for the text as it is now is on its way.
        guard let (request, found) = result.answer(to: FeedbackChoices.self), request.query == picker.filter.text else { return .none }
        picker.items = found.map { record in
            let status = FeedbackStatus(rawValue: record.state).map { env.text($0.shortLabel) } ?? record.state
            return Picker.Item(id: record.code, label: "\(record.code)  \(record.date?.vietnamese ?? "")  \(record.text) [\(status)]",
                               // The store matched the words already (in the officials' names too): the picker's own filter keeps them.
                               searchKey: VietnameseText.fold("\(record.code) \(record.text) \(request.query)"), name: record.code)
        }
        searching = false
        if chooseWhenFound {
            chooseWhenFound = false
            return handle(.choose, key: .enter, env)
        }
        return .none
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let rect = canvas.bounds.centered(width: min(76, env.width - 2), height: min(18, env.height - 4))
        return picker.render(into: &canvas, rect, hint: env.text(T.pickHint))
    }
}
