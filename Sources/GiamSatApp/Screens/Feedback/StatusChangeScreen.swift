import GiamSatCore
import TerminalUI

/// Moving a record one step along its lifecycle: only the allowed next steps are offered; the date,
/// a note and, where the step needs them, the receiving body or the original record are asked.
struct StatusChangeScreen: Screen {
    enum Input: Equatable { case date, to, duplicateOf, note }

    let code: String
    let version: Int
    let options: [FeedbackStatus]
    private(set) var table: TableState
    private(set) var date: TextField
    private(set) var note = TextField()
    private(set) var to = TextField()
    private(set) var duplicateOf = TextField()
    /// nil: the list of steps has the keys; else the field that does.
    private(set) var focus: Input?
    private(set) var errors: [Input: Localized] = [:]
    /// The step asked to be saved: what the confirmation names, whatever the list shows when the store answers.
    private(set) var saving: FeedbackStatus?

    init(feedback: Feedback, options: [FeedbackStatus], today: LocalDate) {
        code = feedback.code
        version = feedback.version
        self.options = options
        table = TableState(count: options.count, pageSize: options.count)
        date = TextField(today.vietnamese)
    }

    var keymaps: [Keymap] { [.statusDialog, .navigation] }
    var isOverlay: Bool { true }
    var isTyping: Bool { focus != nil }
    var isDirty: Bool { false }
    func title(_ env: ScreenEnv) -> String { env.text(T.statusTitle) }

    var chosen: FeedbackStatus { options[table.selection] }

    /// The fields after the list, for the chosen step.
    var inputs: [Input] {
        var inputs: [Input] = [.date]
        if chosen == .daChuyen { inputs.append(.to) }
        if chosen == .trungLap { inputs.append(.duplicateOf) }
        inputs.append(.note)
        return inputs
    }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        switch command {
        case .cancel?: return .navigate(.pop)
        case .save?: return save(env)
        case .nextField?: step(1)
        case .previousField?: step(-1)
        case .choose?:
            // On the original's code, Enter chooses it from a list of records (searched as you type).
            if focus == .duplicateOf {
                return .navigate(.push(PickerScreen(field: Self.originalField,
                                                         picker: Picker(title: env.text(T.pickOriginal), items: [], fold: { VietnameseText.fold($0) }),
                                                         search: .feedback(excluding: code))))
            }
            // Enter moves on through the fields and saves from the last one.
            if focus == inputs.last { return save(env) }
            step(1)
        // The list of steps moves by the arrow keys (and PgUp/PgDn, Home/End) only: a letter meant for a field
        // (`j`, `k` of the navigation keymap) never changes the step that F2 saves (issue 17).
        case .up? where focus == nil && Self.isNavigationKey(key): table.move(.up)
        case .down? where focus == nil && Self.isNavigationKey(key): table.move(.down)
        case .up? where focus != nil: step(-1)
        case .down? where focus != nil: step(1)
        default:
            guard let focus else { return .none }
            let method: InputMethod = focus == .date || focus == .duplicateOf ? .off : env.inputMethod
            switch focus {
            case .date: _ = date.handle(key, method: method)
            case .note: _ = note.handle(key, method: method)
            case .to: _ = to.handle(key, method: method)
            case .duplicateOf: _ = duplicateOf.handle(key, method: method)
            }
            errors[focus] = nil
        }
        return .none
    }

    static func isNavigationKey(_ key: Key) -> Bool {
        if case .char = key { return false }
        return true
    }

    /// nil (the list) → the fields in turn, stopping at the last: Tab never wraps back to the list.
    private mutating func step(_ by: Int) {
        let order: [Input?] = [nil] + inputs.map { Optional($0) }
        let index = order.firstIndex(of: focus) ?? 0
        focus = order[min(max(index + by, 0), order.count - 1)]
    }

    private mutating func save(_ env: ScreenEnv) -> Outcome {
        errors = [:]
        let on = LocalDate(typed: date.text)
        if on == nil { errors[.date] = T.badDate }
        if let on, on > env.today { errors[.date] = T.dateInFuture }
        if chosen == .daChuyen && VietnameseText.clean(to.text).isEmpty { errors[.to] = T.forwardNeedsBody }
        let original = VietnameseText.clean(duplicateOf.text).uppercased()
        if chosen == .trungLap && original.isEmpty { errors[.duplicateOf] = T.duplicateNeedsCode }
        if chosen == .trungLap && original == code { errors[.duplicateOf] = T.duplicateOfItself }
        if let first = inputs.first(where: { errors[$0] != nil }) {
            focus = first
            return .none
        }
        let change = Feedback.StatusChange(status: chosen, on: on!, by: env.user, note: VietnameseText.clean(note.text),
                                           to: VietnameseText.clean(to.text), duplicateOf: chosen == .trungLap ? original : nil)
        saving = chosen
        return .effects(.write(AdvanceFeedback(code: code, version: version, change: change)))
    }

    static let originalField = "duplicateOf"

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        guard case .picked(Self.originalField, let ids, _) = delivery, let original = ids.first else { return .none }
        duplicateOf.set(original)
        errors[.duplicateOf] = nil
        // Back to the field that opened the picker, as every picker does; Tab moves on.
        focus = .duplicateOf
        return .none
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        guard case .saved(_, _, let undo) = result else { return .none }
        var said = env.text((saving ?? chosen).label)
        // Its own duplicates went along to the original it now duplicates (issue 21): said, so nothing moves unseen.
        if let moved = undo?.relinked, !moved.isEmpty {
            said += "; " + env.text(T.duplicatesMovedAlong) + " " + moved.joined(separator: ", ")
        }
        return Outcome(navigation: .popDelivering(.changed), message: .info(T.statusChanged, said))
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let height = options.count + inputs.count + 7
        let rect = canvas.bounds.centered(width: 64, height: height)
        canvas.box(rect, title: "\(env.text(T.statusTitle)) \(code)")
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        canvas.put(env.text(T.nextStatus), x: inner.x, y: inner.y, .title)
        for (index, status) in options.enumerated() {
            let role: Role = index == table.selection ? (focus == nil ? .selected : .focusedInput) : .dialog
            canvas.putPadded("  " + env.text(status.label), x: inner.x, y: inner.y + 1 + index, width: inner.width, role)
        }
        var y = inner.y + options.count + 2
        var cursor: (x: Int, y: Int)?
        for input in inputs {
            let (label, field): (Localized, TextField) = {
                switch input {
                case .date: return (T.date, date)
                case .note: return (T.note, note)
                case .to: return (T.to, to)
                case .duplicateOf: return (T.original, duplicateOf)
                }
            }()
            let focused = focus == input
            canvas.putPadded(env.text(label), x: inner.x, y: y, width: 14, errors[input] != nil ? .error : (focused ? .title : .dialog))
            let width = errors[input] == nil ? inner.width - 15 : 14
            let x = field.render(into: &canvas, x: inner.x + 15, y: y, width: width, focused: focused)
            if let error = errors[input] { canvas.put("← " + env.text(error), x: inner.x + 30, y: y, width: inner.width - 30, .error) }
            if input == .duplicateOf && focused && errors[input] == nil {
                canvas.put(env.text(T.originalHint), x: inner.x, y: inner.maxY - 2, width: inner.width, .muted)
            }
            if focused { cursor = (x, y) }
            y += 1
        }
        canvas.putPadded(env.text(T.statusHint), x: inner.x, y: inner.maxY - 1, width: inner.width, .muted)
        return cursor
    }
}
