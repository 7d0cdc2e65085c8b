import GiamSatCore
import TerminalUI

/// Tổng quan, the first screen: the year's figures at a glance (the same tally as the reports) and today's
/// worklist, all years: one row per record with every reason it is there, most urgent first, each row opening its
/// record. The worklist is paged from the store (`LoadWorklist`) as the selection moves.
struct DashboardScreen: YearScreen {
    var year: Int
    private(set) var dashboard: Dashboard?
    /// The rows loaded, from `worklist.offset` on.
    private(set) var worklist: Worklist?
    private(set) var table = TableState()

    init(year: Int) { self.year = year }

    var keymaps: [Keymap] { [.dashboard, .navigation] }
    func title(_ env: ScreenEnv) -> String { env.text(T.sectionDashboard) }
    func refresh(_ env: ScreenEnv) -> [Effect] { [.ask(LoadDashboard(year: year))] }

    /// Rows above the worklist's table: the figures, a blank line, the worklist's title and counts.
    static let figureRows = 8
    static func pageSize(_ env: ScreenEnv) -> Int { max(1, env.bodyHeight - figureRows - 1) }

    var selectedItem: WorkItem? {
        guard let worklist else { return nil }
        return worklist.items[safe: table.selection - worklist.offset]
    }

    /// The rows shown, when loaded; else a request for the page that holds them.
    private var missingPage: Effect? {
        guard let worklist else { return nil }
        let loaded = worklist.offset..<(worklist.offset + worklist.items.count)
        guard !table.visible.isEmpty, !(loaded.contains(table.visible.lowerBound) && loaded.contains(table.visible.upperBound - 1)) else { return nil }
        return .ask(LoadWorklist(offset: table.offset, limit: AppDatabase.worklistPage))
    }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        table.setPageSize(Self.pageSize(env))
        if let outcome = stepYear(command, env) { return outcome }
        switch command {
        case let command? where command.move != nil:
            table.move(command.move!)
            return Outcome(effects: missingPage.map { [$0] } ?? [])
        case .open?:
            guard let item = selectedItem else { return .none }
            if item.entity == .residenceReview { return .navigate(.push(ResidenceScreen(year: Int(item.code) ?? env.today.year))) }
            guard let page = Registry.page(item.entity, code: item.code) else { return .say(.error(T.noPageYet, item.code)) }
            return .navigate(.push(page))
        case .documents?:
            // A recommendation past its answer days: the reminder, before the report to the level above (issue 21).
            guard let item = selectedItem, let source = Self.documentSource(item) else { return .say(.error(T.noDocumentsHere)) }
            return .navigate(.push(DocumentsScreen(source: source)))
        default: return .none
        }
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        table.setPageSize(Self.pageSize(env))
        if let (_, dashboard) = result.answer(to: LoadDashboard.self) {
            self.dashboard = dashboard
            worklist = dashboard.worklist
            table.setCount(dashboard.worklist.total)
        } else if let (request, page) = result.answer(to: LoadWorklist.self), request.offset == table.offset {
            worklist = page
            table.setCount(page.total)
        } else {
            return .none
        }
        return Outcome(effects: missingPage.map { [$0] } ?? [])
    }

    func footer(_ env: ScreenEnv) -> String? {
        selectedItem.map { "\($0.code): \(text($0, env))" + ($0.reason == .unanswered ? " — " + env.text(T.workReportUpwardHint) : "") }
            ?? env.text(T.dashboardHint)
    }

    static func reasonLabel(_ reason: WorkItem.Reason) -> Localized {
        switch reason {
        case .overdue: return T.workOverdue
        case .dueSoon: return T.workDueSoon
        case .unclassified: return T.workUnclassified
        case .toClassify: return T.workToClassify
        case .unanswered: return T.workUnanswered
        case .planNotReported: return T.workPlanNotReported
        case .reviewsMissing: return T.workReviewsMissing
        }
    }

    /// Every reason of a row, short when there are two ("Quá hạn + chưa PL").
    static func reasons(_ item: WorkItem, _ env: ScreenEnv) -> String {
        guard item.reasons.count > 1 else { return env.text(reasonLabel(item.reason)) }
        return item.reasons.enumerated().map { index, reason in
            switch reason {
            case .dueSoon: return env.text(T.workDueSoonShort)
            case .unclassified where index > 0: return env.text(T.workUnclassifiedAlso)
            default: return env.text(reasonLabel(reason))
            }
        }.joined(separator: " + ")
    }

    private func text(_ item: WorkItem, _ env: ScreenEnv) -> String {
        guard item.entity == .residenceReview, let worklist else { return item.text }
        return env.text(T.reviewsMissingText(done: worklist.reviewed.done, of: worklist.reviewed.of, year: Int(item.code) ?? env.today.year))
    }

    /// Days late ("12"), or left ("còn 3").
    static func days(_ item: WorkItem, _ env: ScreenEnv) -> String {
        item.days > 0 ? String(item.days) : "\(env.text(T.workDaysLeft)) \(-item.days)"
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        guard let dashboard, let worklist else { return nil }
        let t = dashboard.tally
        var y = area.y
        func line(_ label: Localized, _ value: String, _ role: Role = .normal) {
            canvas.putPadded(env.text(label).uppercased(), x: area.x + 1, y: y, width: 16, .title)
            canvas.put(value, x: area.x + 18, y: y, width: area.width - 19, role)
            y += 1
        }
        // The figures are the year's; where the worklist counts the same thing over all years, both are said.
        let allYears = env.text(T.allYears)
        let overdue = worklist.counts[.overdue] ?? 0
        // A cut-off year is not the calendar one: say its dates (a calendar year needs none).
        let dates = t.period.scheme == .cutOff ? " (\(t.period.vietnamese))" : ""
        canvas.put("\(env.text(T.yearLabel)) \(year)\(dates)  ·  \(env.text(T.dashboardYearHint))", x: area.x + 1, y: y, width: area.width - 2, .muted)
        y += 1
        line(T.sectionFeedback, "\(env.text(T.received)) \(t.feedbackReceived) · \(env.text(T.pending)) \(t.feedbackPending) · "
             + "\(env.text(T.overdueLabel)) \(t.feedbackOverdue) (\(allYears): \(overdue))", overdue > 0 ? .overdue : .normal)
        let plans = PlanStatus.allCases.compactMap { status in
            dashboard.plansByStatus[status].map { "\(env.text(status.label)) \($0)" }
        }
        line(T.sectionPlans, plans.isEmpty ? env.text(T.noPlansThisYear) : plans.joined(separator: " · "))
        line(T.sectionRecommendations, "\(env.text(T.awaitingAnswer)) \(dashboard.recommendationsAwaiting) / \(t.recommendationsTotal)"
             + " · \(env.text(T.workAnswerLate)) \(worklist.counts[.unanswered] ?? 0) (\(allYears))")
        line(T.sectionResidence, "\(t.reviewLocalities) / \(t.reviewLocalitiesTotal) \(env.text(T.localitiesDone))")
        y += 1
        let counts = WorkItem.Reason.allCases.compactMap { reason in
            (worklist.counts[reason] ?? 0) > 0 ? "\(env.text(Self.reasonLabel(reason))) \(worklist.counts[reason] ?? 0)" : nil
        }
        canvas.put("\(env.text(T.worklistTitle).uppercased()) (\(worklist.total))", x: area.x + 1, y: y, width: area.width - 2, .title)
        y += 1
        canvas.put(counts.joined(separator: " · "), x: area.x + 1, y: y, width: area.width - 2, .muted)
        y += 1
        let rect = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        let wide = area.width >= 100
        let columns = [Column(env.text(T.reason), width: wide ? 26 : 19), Column(env.text(T.code), width: 12),
                       Column(env.text(T.deadline), width: 10), Column(env.text(T.workLate), width: 6), Column(env.text(T.summary), flex: 1)]
        let shown = table.visible.compactMap { worklist.items[safe: $0 - worklist.offset] }
        let rows = shown.map { [Self.reasons($0, env), $0.code, $0.date.vietnamese, Self.days($0, env), text($0, env)] }
        let roles = shown.map { [.dueSoon, .reviewsMissing, .toClassify].contains($0.reason) ? Role.normal : .overdue }
        TableView.render(into: &canvas, rect, columns: columns, rows: rows, roles: roles, selected: table.selectedRowInWindow)
        if worklist.total == 0 && rect.height > 2 {
            canvas.put(env.text(T.nothingToDo), x: rect.x + 2, y: rect.y + 2, width: rect.width - 4, .success)
        }
        return nil
    }
}

extension DashboardScreen {
    /// The documents a worklist row offers: its record's (a recommendation's reminder, a feedback record's forwarding slip).
    static func documentSource(_ item: WorkItem) -> DocumentSource? {
        switch item.entity {
        case .recommendation: return .recommendation(item.code)
        case .feedback: return .feedback(item.code)
        case .plan: return .plan(item.code)
        default: return nil
        }
    }
}
