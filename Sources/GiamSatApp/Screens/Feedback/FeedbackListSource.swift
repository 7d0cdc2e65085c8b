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

    /// Three widths (issue 17): from 100 columns everything; at 80 the kind instead of the channel (in the footer) and
    /// the received day without its year (the code has it); below 72 only code, kind, summary, status and due. The
    /// summary always takes what is left.
    enum Width { case wide, medium, narrow }
    /// The longest short status label ("Mới tiếp nhận", the same words as everywhere else) whole at 80 columns.
    static let statusWidth = 13
    static func width(wide: Bool, _ env: ScreenEnv) -> Width { wide ? .wide : env.width < 72 ? .narrow : .medium }

    func columns(wide: Bool, _ env: ScreenEnv) -> [Column] {
        let code = Column(env.text(T.code), width: 12), kind = Column(env.text(T.kind), width: wide ? 10 : 9)
        let summary = Column(env.text(T.summary), flex: 1), due = Column(env.text(T.due), width: wide ? 11 : 9)
        switch Self.width(wide: wide, env) {
        case .wide:
            return [code, Column(env.text(T.received), width: 10), Column(env.text(T.channel), width: 14), kind,
                    Column(env.text(T.official), width: 20), summary, Column(env.text(T.status), width: 16), due]
        case .medium:
            return [code, Column(env.text(T.received), width: 5), kind, Column(env.text(T.official), width: 11), summary,
                    Column(env.text(T.status), width: Self.statusWidth), due]
        case .narrow:
            return [code, kind, summary, Column(env.text(T.status), width: Self.statusWidth), due]
        }
    }

    func cells(_ row: FeedbackRow, wide: Bool, _ env: ScreenEnv) -> [String] {
        let due = (row.overdue ? "!" : " ") + shortDate(row.due, wide: wide)
        switch Self.width(wide: wide, env) {
        case .wide:
            return [row.code, shortDate(row.received, wide: true), env.text(row.channel.label), env.text(row.kind.label), row.officials,
                    row.summary, env.text(row.status.label), due]
        case .medium:
            return [row.code, String(row.received.vietnamese.prefix(5)), env.text(row.kind.label), row.officials, row.summary,
                    env.text(row.status.shortLabel), due]
        case .narrow:
            return [row.code, env.text(row.kind.label), row.summary, env.text(row.status.shortLabel), due]
        }
    }

    func role(_ row: FeedbackRow) -> Role { row.overdue ? .overdue : .normal }

    func filterSummary(_ env: ScreenEnv) -> [String] {
        var parts = ["\(env.text(T.status)): \(request.status.map { env.text($0.label) } ?? env.text(T.all))",
                     "\(env.text(T.channel)): \(request.channel.map { env.text($0.label) } ?? env.text(T.all))"]
        if request.overdueOnly { parts.append(env.text(T.overdueOnly)) }
        parts.append(env.text(request.order.label))
        return parts
    }

    /// What a narrow list leaves out (the channel, the officials) is said with the selected row's whole summary.
    func preview(_ row: FeedbackRow, _ env: ScreenEnv) -> String? {
        let more = [env.text(row.channel.shortLabel), row.officials].filter { !$0.isEmpty }.joined(separator: " · ")
        return "\(row.code) · \(more): \(row.summary)"
    }

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
