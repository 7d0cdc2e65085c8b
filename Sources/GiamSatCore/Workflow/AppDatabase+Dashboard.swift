import GRDB

/// The first screen's figures and worklist. The figures come from the same tally the reports use,
/// so the dashboard and `giamsat-tui tally` can never disagree.
public struct Dashboard: Sendable, Equatable {
    public var tally: Tally
    /// Plans of the year (by the tally's date) by status, cancelled ones included.
    public var plansByStatus: [PlanStatus: Int]
    /// What needs action today, most urgent reason first; at most `worklistLimit` items per reason.
    public var worklist: [WorkItem]
    /// How many records each reason concerns in all (the list may show fewer).
    public var counts: [WorkItem.Reason: Int]

    public init(tally: Tally, plansByStatus: [PlanStatus: Int], worklist: [WorkItem], counts: [WorkItem.Reason: Int]) {
        self.tally = tally
        self.plansByStatus = plansByStatus
        self.worklist = worklist
        self.counts = counts
    }

    public var recommendationsAwaiting: Int { tally.recommendationsTotal - tally.recommendationsAnswered }
}

/// One record that needs action, and why.
public struct WorkItem: Sendable, Equatable {
    public enum Reason: CaseIterable, Sendable {
        /// Feedback not ended and past its due date.
        case overdue
        /// Feedback due within the next `dueSoonDays` days.
        case dueSoon
        /// Feedback still "mới tiếp nhận" past its classification deadline (10 working days).
        case unclassified
        /// Recommendation awaiting an answer for more than 30 days.
        case unanswered
        /// Plan "đang giám sát" past its end date.
        case planPastEnd
    }

    public var reason: Reason
    public var entity: Entity
    public var code: String
    /// The date that makes it urgent: due, classify-by, sent, or end date.
    public var date: LocalDate
    public var text: String

    public init(reason: Reason, entity: Entity, code: String, date: LocalDate, text: String) {
        self.reason = reason
        self.entity = entity
        self.code = code
        self.date = date
        self.text = text
    }
}

extension AppDatabase {
    public static let dueSoonDays = 7
    public static let worklistLimit = 50

    /// The year is cut as the report periods setting says (`periods`), so the figures are the Report screen's.
    public func dashboard(year: Int, today: LocalDate, calendar: WorkingCalendar, periods: TallyPeriod.Scheme = .calendar) throws -> Dashboard {
        try read { db in
            let period = TallyPeriod(year: year, kind: .year, scheme: periods)
            let tally = try Self.tally(period, today: today, db)
            var plansByStatus: [PlanStatus: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) FROM plan WHERE tally_on BETWEEN ? AND ? GROUP BY status",
                                        arguments: [period.from, period.to]) {
                if let status = PlanStatus(rawValue: try row.text(row.name(at: 0))) { plansByStatus[status] = try row.integer(row.name(at: 1)) }
            }
            var items: [WorkItem] = []
            var counts: [WorkItem.Reason: Int] = [:]
            func collect(_ reason: WorkItem.Reason, _ entity: Entity, _ sql: String, _ arguments: StatementArguments,
                         keep: (LocalDate) -> LocalDate? = { $0 }) throws {
                var found = 0
                // A cursor, read by position: at a million records hundreds of thousands may be overdue, and
                // only the first `worklistLimit` are kept (fetching them all took the app past 100 MB).
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    // A stored date the app cannot read is left out here; `check` names the record.
                    guard let raw = try readableRow({ try row.optionalDate(at: 1) }) ?? nil, let date = keep(raw) else { continue }
                    found += 1
                    if found <= Self.worklistLimit {
                        items.append(WorkItem(reason: reason, entity: entity, code: try row.text(at: 0), date: date,
                                              text: try row.text(at: 2)))
                    }
                }
                counts[reason] = found
            }
            // A voided record is no work (issue 17).
            let liveFeedback = try Self.voidCondition(.feedback, "feedback.code", db)
            let liveRecommendations = try Self.voidCondition(.recommendation, "recommendation.code", db)
            try collect(.overdue, .feedback, """
                SELECT code, due_on, summary FROM feedback WHERE is_open AND due_on < ?\(liveFeedback) ORDER BY due_on, code
                """, [today])
            try collect(.dueSoon, .feedback, """
                SELECT code, due_on, summary FROM feedback WHERE is_open AND due_on BETWEEN ? AND ?\(liveFeedback) ORDER BY due_on, code
                """, [today, today.adding(days: Self.dueSoonDays)])
            // Ten working days are at least fourteen calendar days: only older records can be late.
            try collect(.unclassified, .feedback, """
                SELECT code, received_on, summary FROM feedback WHERE status = 'tiep-nhan' AND received_on < ?\(liveFeedback)
                ORDER BY received_on, code
                """, [today.adding(days: -Feedback.classifyWorkingDays)]) { received in
                let deadline = calendar.adding(workingDays: Feedback.classifyWorkingDays, to: received)
                return deadline < today ? deadline : nil
            }
            try collect(.unanswered, .recommendation, """
                SELECT code, sent_on, to_body FROM recommendation WHERE response = 'cho-tra-loi' AND sent_on < ?\(liveRecommendations)
                ORDER BY sent_on, code
                """, [today.adding(days: -RecommendationListRequest.lateAfterDays)])
            try collect(.planPastEnd, .plan, """
                SELECT code, end_on, title FROM plan WHERE status = 'dang-giam-sat' AND end_on < ? ORDER BY end_on, code
                """, [today])
            return Dashboard(tally: tally, plansByStatus: plansByStatus, worklist: items, counts: counts)
        }
    }
}
