import GiamSatCore
import TerminalUI

/// A plan's next step along its lifecycle (dự thảo → đã ban hành → đang giám sát → đã có báo cáo →
/// hoàn thành, or hủy): only the steps allowed from where it is are offered, with the date. The store
/// checks the step again (`advancePlan`), so a stale dialog cannot move the plan back.
struct PlanStatusScreen: Screen {
    let code: String
    let version: Int
    let options: [PlanStatus]
    private(set) var table: TableState
    private(set) var date: TextField
    /// false: the list of steps has the keys; true: the date field.
    private(set) var editingDate = false
    private(set) var error: Localized?

    init(plan: Plan, today: LocalDate) {
        code = plan.code
        version = plan.version
        options = plan.status.allowedNext
        table = TableState(count: options.count, pageSize: max(1, options.count))
        date = TextField(today.vietnamese)
    }

    var keymaps: [Keymap] { [.statusDialog, .navigation] }
    var isOverlay: Bool { true }
    var isTyping: Bool { editingDate }
    func title(_ env: ScreenEnv) -> String { env.text(T.statusTitle) }

    var chosen: PlanStatus? { options[safe: table.selection] }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        switch command {
        case .cancel?, .back?: return .navigate(.pop)
        case .save?: return save(env)
        case .nextField?, .previousField?: editingDate.toggle()
        case .choose?, .open?:
            if editingDate { return save(env) }
            editingDate = true
        case .up? where !editingDate: table.move(.up)
        case .down? where !editingDate: table.move(.down)
        case .up?, .down?: editingDate = false
        default:
            guard editingDate else { return .none }
            _ = date.handle(key, method: .off)
            error = nil
        }
        return .none
    }

    private mutating func save(_ env: ScreenEnv) -> Outcome {
        guard let chosen else { return .navigate(.pop) }
        guard let on = LocalDate(typed: date.text) else {
            error = T.badDate
            editingDate = true
            return .none
        }
        if on > env.today {
            error = T.dateInFuture
            editingDate = true
            return .none
        }
        return .effects(.write(AdvancePlan(code: code, version: version, status: chosen, on: on)))
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        guard case .saved = result, let chosen else { return .none }
        return Outcome(navigation: .popDelivering(.changed), message: .info(T.statusChanged, env.text(chosen.label)))
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let rect = canvas.bounds.centered(width: min(60, env.width - 2), height: options.count + 7)
        canvas.box(rect, title: "\(env.text(T.statusTitle)) \(code)")
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        canvas.put(env.text(T.nextStatus), x: inner.x, y: inner.y, .title)
        for (index, status) in options.enumerated() {
            let role: Role = index == table.selection ? (editingDate ? .focusedInput : .selected) : .dialog
            canvas.putPadded("  " + env.text(status.label), x: inner.x, y: inner.y + 1 + index, width: inner.width, role)
        }
        let y = inner.y + options.count + 2
        canvas.putPadded(env.text(T.date), x: inner.x, y: y, width: 14, error != nil ? .error : (editingDate ? .title : .dialog))
        let x = date.render(into: &canvas, x: inner.x + 15, y: y, width: 12, focused: editingDate)
        if let error { canvas.put("← " + env.text(error), x: inner.x + 29, y: y, width: inner.width - 29, .error) }
        canvas.putPadded(env.text(T.statusHint), x: inner.x, y: inner.maxY - 1, width: inner.width, .muted)
        return editingDate ? (x, y) : nil
    }
}
