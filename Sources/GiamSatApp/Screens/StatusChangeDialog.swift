import GiamSatCore
import TerminalUI

/// Moving a record one step along its lifecycle: only the allowed next steps are offered;
/// the date, a note, and where needed the receiving body or the original record are asked.
public struct StatusChangeState: Equatable {
    public var code: String
    public var version: Int
    public var options: [FeedbackStatus]
    public var selection = 0
    public var date: TextField
    public var note = TextField()
    public var to = TextField()
    public var duplicateOf = TextField()
    /// 0: the list of steps; then the fields that step needs.
    public var focus = 0
    public var error: Localized?

    init(feedback: Feedback, options: [FeedbackStatus], today: LocalDate) {
        code = feedback.code
        version = feedback.version
        self.options = options
        date = TextField(today.vietnamese)
    }

    var chosen: FeedbackStatus { options[selection] }

    enum Input { case date, note, to, duplicateOf }

    /// The fields after the list, for the chosen step.
    var inputs: [Input] {
        var inputs: [Input] = [.date]
        if chosen == .daChuyen { inputs.append(.to) }
        if chosen == .trungLap { inputs.append(.duplicateOf) }
        inputs.append(.note)
        return inputs
    }
}

extension AppState {
    mutating func updateStatusChange(_ key: Key, _ dialog: StatusChangeState) -> [Effect] {
        var dialog = dialog
        defer { if case .status? = overlay { overlay = .status(dialog) } }
        if key == .escape {
            overlay = nil
            return []
        }
        if dialog.focus == 0 {
            switch key {
            case .up: dialog.selection = max(0, dialog.selection - 1)
            case .down: dialog.selection = min(dialog.options.count - 1, dialog.selection + 1)
            case .enter, .tab: dialog.focus = 1
            default: break
            }
            return []
        }
        let input = dialog.inputs[dialog.focus - 1]
        switch key {
        case .tab, .down: dialog.focus = dialog.focus % dialog.inputs.count + 1
        case .backTab, .up: dialog.focus -= 1
        case .enter, .function(2), .ctrl("s"):
            if key == .enter && dialog.focus < dialog.inputs.count {
                dialog.focus += 1
                return []
            }
            guard let on = LocalDate(vietnamese: dialog.date.text) else {
                dialog.error = T.badDate
                return []
            }
            let change = Feedback.StatusChange(status: dialog.chosen, on: on, by: user, note: VietnameseText.clean(dialog.note.text),
                                               to: VietnameseText.clean(dialog.to.text),
                                               duplicateOf: dialog.chosen == .trungLap ? VietnameseText.clean(dialog.duplicateOf.text) : nil)
            return [.advance(code: dialog.code, version: dialog.version, change: change)]
        default:
            let method: InputMethod = input == .date || input == .duplicateOf ? .off : inputMethod
            switch input {
            case .date: _ = dialog.date.handle(key, method: method)
            case .note: _ = dialog.note.handle(key, method: method)
            case .to: _ = dialog.to.handle(key, method: method)
            case .duplicateOf: _ = dialog.duplicateOf.handle(key, method: method)
            }
            dialog.error = nil
        }
        return []
    }

    func renderStatusChange(into canvas: inout Canvas, _ dialog: StatusChangeState) -> (x: Int, y: Int)? {
        let height = dialog.options.count + dialog.inputs.count + 6
        let rect = canvas.bounds.centered(width: 64, height: height)
        canvas.box(rect, title: "\(text(T.statusTitle)) \(dialog.code)")
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        canvas.put(text(T.nextStatus), x: inner.x, y: inner.y, .title)
        for (index, status) in dialog.options.enumerated() {
            let role: Role = index == dialog.selection ? (dialog.focus == 0 ? .selected : .focusedInput) : .dialog
            canvas.putPadded("  " + status.label(lang), x: inner.x, y: inner.y + 1 + index, width: inner.width, role)
        }
        var y = inner.y + dialog.options.count + 2
        var cursor: (x: Int, y: Int)?
        for (index, input) in dialog.inputs.enumerated() {
            let (label, field): (Localized, TextField) = {
                switch input {
                case .date: return (T.date, dialog.date)
                case .note: return (T.note, dialog.note)
                case .to: return (T.to, dialog.to)
                case .duplicateOf: return (T.original, dialog.duplicateOf)
                }
            }()
            let focused = dialog.focus == index + 1
            canvas.putPadded(text(label), x: inner.x, y: y, width: 14, focused ? .title : .dialog)
            let x = field.render(into: &canvas, x: inner.x + 15, y: y, width: inner.width - 15, focused: focused)
            if focused { cursor = (x, y) }
            y += 1
        }
        let hint = dialog.error.map { text($0) } ?? (lang == .vi ? "↑↓ chọn · Tab trường sau · F2 lưu · Esc thôi" : "↑↓ choose · Tab next · F2 save · Esc cancel")
        canvas.putPadded(hint, x: inner.x, y: inner.maxY - 1, width: inner.width, dialog.error == nil ? .muted : .error)
        return cursor
    }
}
