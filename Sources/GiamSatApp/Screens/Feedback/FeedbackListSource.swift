import GiamSatCore
import TerminalUI

/// The feedback list (section 2): newest first, overdue marked, filters by status, channel, overdue.
struct FeedbackListSource: ListSource {
    var request: FeedbackListRequest

    init(today: LocalDate) { request = FeedbackListRequest(today: today) }

    var keymap: Keymap { .feedbackList }
    var title: Localized { T.sectionFeedback }
    var emptyText: Localized { T.noFeedback }
    var hasFilters: Bool { request.status != nil || request.channel != nil || request.overdueOnly }

    mutating func clearFilters() {
        request.status = nil
        request.channel = nil
        request.overdueOnly = false
    }

    func columns(wide: Bool, _ env: ScreenEnv) -> [Column] {
        let dateWidth = wide ? 10 : 8
        return [
            Column(env.text(T.code), width: 12), Column(env.text(T.received), width: dateWidth),
            Column(env.text(T.channel), width: wide ? 14 : 9), Column(env.text(T.official), width: wide ? 20 : 13),
            Column(env.text(T.summary), flex: 1), Column(env.text(T.status), width: wide ? 16 : 11),
            Column(env.text(T.due), width: dateWidth + 1),
        ]
    }

    func cells(_ row: FeedbackRow, wide: Bool, _ env: ScreenEnv) -> [String] {
        [row.code, shortDate(row.received, wide: wide), env.text(wide ? row.channel.label : row.channel.shortLabel), row.officials,
         row.summary, env.text(wide ? row.status.label : row.status.shortLabel), (row.overdue ? "!" : " ") + shortDate(row.due, wide: wide)]
    }

    func role(_ row: FeedbackRow) -> Role { row.overdue ? .overdue : .normal }

    func filterSummary(_ env: ScreenEnv) -> [String] {
        var parts = ["\(env.text(T.status)): \(request.status.map { env.text($0.label) } ?? env.text(T.all))",
                     "\(env.text(T.channel)): \(request.channel.map { env.text($0.label) } ?? env.text(T.all))"]
        if request.overdueOnly { parts.append(env.text(T.overdueOnly)) }
        parts.append(env.text(request.order.label))
        return parts
    }

    func preview(_ row: FeedbackRow, _ env: ScreenEnv) -> String? { "\(row.code): \(row.summary)" }

    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> ListAction? {
        switch command {
        case .new: return .outcome(.navigate(.push(FormScreen(spec: FeedbackFormSpec(newOn: env.today, dueDays: env.settings.dueDays)))))
        case .cycleStatus: request.status = cycle(request.status, FeedbackStatus.allCases)
        case .cycleChannel: request.channel = cycle(request.channel, FeedbackChannel.allCases)
        case .toggleOverdue: request.overdueOnly.toggle()
        case .cycleOrder: request.order = request.order.next
        default: return nil
        }
        return .reload
    }

    func open(_ row: FeedbackRow, _ env: ScreenEnv) -> Outcome {
        .navigate(.push(DetailScreen(source: FeedbackDetailSource(code: row.code))))
    }
}
