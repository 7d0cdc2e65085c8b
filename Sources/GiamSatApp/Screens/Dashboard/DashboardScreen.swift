import GiamSatCore
import TerminalUI

/// Tổng quan, the first screen: the year's figures at a glance (the same tally as the reports)
/// and the worklist of what needs action today, each row opening its record.
struct DashboardScreen: Screen {
    private(set) var year: Int
    private(set) var dashboard: Dashboard?
    private(set) var table = TableState()

    init(year: Int) { self.year = year }

    var keymaps: [Keymap] { [.dashboard, .navigation] }
    func title(_ env: ScreenEnv) -> String { env.text(T.sectionDashboard) }
    func refresh(_ env: ScreenEnv) -> [Effect] { [.ask(LoadDashboard(year: year))] }

    /// Rows above the worklist's table: the figures, a blank line, the worklist's title and counts.
    static let figureRows = 8
    static func pageSize(_ env: ScreenEnv) -> Int { max(1, env.bodyHeight - figureRows - 1) }

    var selectedItem: WorkItem? { dashboard?.worklist[safe: table.selection] }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        table.setPageSize(Self.pageSize(env))
        if let step = command?.yearStep {
            year += step
            return Outcome(effects: refresh(env))
        }
        switch command {
        case let command? where command.move != nil: table.move(command.move!)
        case .open?:
            guard let item = selectedItem else { return .none }
            guard let page = Registry.page(item.entity, code: item.code) else { return .say(.error(T.noPageYet, item.code)) }
            return .navigate(.push(page))
        default: break
        }
        return .none
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        guard let (_, dashboard) = result.answer(to: LoadDashboard.self) else { return .none }
        self.dashboard = dashboard
        table.setPageSize(Self.pageSize(env))
        table.setCount(dashboard.worklist.count)
        return .none
    }

    func footer(_ env: ScreenEnv) -> String? {
        selectedItem.map { "\($0.code): \($0.text)" } ?? env.text(T.dashboardHint)
    }

    static func reasonLabel(_ reason: WorkItem.Reason) -> Localized {
        switch reason {
        case .overdue: return T.workOverdue
        case .dueSoon: return T.workDueSoon
        case .unclassified: return T.workUnclassified
        case .unanswered: return T.workUnanswered
        case .planPastEnd: return T.workPlanPastEnd
        }
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        guard let dashboard else { return nil }
        let t = dashboard.tally
        var y = area.y
        func line(_ label: Localized, _ value: String, _ role: Role = .normal) {
            canvas.putPadded(env.text(label).uppercased(), x: area.x + 1, y: y, width: 16, .title)
            canvas.put(value, x: area.x + 18, y: y, width: area.width - 19, role)
            y += 1
        }
        // A cut-off year is not the calendar one: say its dates (a calendar year needs none).
        let dates = t.period.scheme == .cutOff ? " (\(t.period.vietnamese))" : ""
        canvas.put("\(env.text(T.yearLabel)) \(year)\(dates)  ·  \(env.text(T.dashboardYearHint))", x: area.x + 1, y: y, width: area.width - 2, .muted)
        y += 1
        line(T.sectionFeedback, "\(env.text(T.received)) \(t.feedbackReceived) · \(env.text(T.pending)) \(t.feedbackPending) · "
             + "\(env.text(T.overdueLabel)) \(t.feedbackOverdue)", t.feedbackOverdue > 0 ? .overdue : .normal)
        let plans = PlanStatus.allCases.compactMap { status in
            dashboard.plansByStatus[status].map { "\(env.text(status.label)) \($0)" }
        }
        line(T.sectionPlans, plans.isEmpty ? env.text(T.noPlansThisYear) : plans.joined(separator: " · "))
        line(T.sectionRecommendations, "\(env.text(T.awaitingAnswer)) \(dashboard.recommendationsAwaiting) / \(t.recommendationsTotal)")
        line(T.sectionResidence, "\(t.reviewLocalities) / \(t.reviewLocalitiesTotal) \(env.text(T.localitiesDone))")
        y += 1
        let counts = WorkItem.Reason.allCases.map { "\(env.text(Self.reasonLabel($0))) \(dashboard.counts[$0] ?? 0)" }
        let total = dashboard.counts.values.reduce(0, +)
        canvas.put("\(env.text(T.worklistTitle).uppercased()) (\(total))", x: area.x + 1, y: y, .title)
        y += 1
        canvas.put(counts.joined(separator: " · "), x: area.x + 1, y: y, width: area.width - 2, .muted)
        y += 1
        let rect = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        let wide = area.width >= 100
        let columns = [Column(env.text(T.reason), width: wide ? 22 : 16), Column(env.text(T.code), width: 12),
                       Column(env.text(T.deadline), width: 10), Column(env.text(T.summary), flex: 1)]
        let rows = dashboard.worklist[table.visible].map { item in
            [env.text(Self.reasonLabel(item.reason)), item.code, item.date.vietnamese, item.text]
        }
        let roles = dashboard.worklist[table.visible].map { $0.reason == .dueSoon ? Role.normal : .overdue }
        TableView.render(into: &canvas, rect, columns: columns, rows: rows, roles: roles, selected: table.selectedRowInWindow)
        if dashboard.worklist.isEmpty && rect.height > 2 {
            canvas.put(env.text(T.nothingToDo), x: rect.x + 2, y: rect.y + 2, width: rect.width - 4, .success)
        }
        return nil
    }
}
