import GRDB

/// The first screen's figures and worklist. The figures come from the same tally the reports use,
/// so the dashboard and `giamsat-tui tally` can never disagree.
public struct Dashboard: Sendable, Equatable {
    public var tally: Tally
    /// Plans of the year (by the tally's date) by status, cancelled ones included.
    public var plansByStatus: [PlanStatus: Int]
    /// The worklist of today, all years: its first page and its counts.
    public var worklist: Worklist

    public init(tally: Tally, plansByStatus: [PlanStatus: Int], worklist: Worklist) {
        self.tally = tally
        self.plansByStatus = plansByStatus
        self.worklist = worklist
    }

    public var recommendationsAwaiting: Int { tally.recommendationsTotal - tally.recommendationsAnswered }
}

/// What needs action today, whatever the year of the record: one row per record, most urgent first.
public struct Worklist: Sendable, Equatable {
    /// The rows of the page asked for.
    public var items: [WorkItem]
    /// Where the page starts in the whole list.
    public var offset: Int
    /// Rows in the whole list (records, each once).
    public var total: Int
    /// How many records have each reason (a record with two reasons is counted under both).
    public var counts: [WorkItem.Reason: Int]
    /// The villages reviewed this year and how many there are (the residence row's figures).
    public var reviewed: (done: Int, of: Int)

    public init(items: [WorkItem], offset: Int = 0, total: Int, counts: [WorkItem.Reason: Int], reviewed: (done: Int, of: Int) = (0, 0)) {
        self.items = items
        self.offset = offset
        self.total = total
        self.counts = counts
        self.reviewed = reviewed
    }

    public static func == (a: Worklist, b: Worklist) -> Bool {
        a.items == b.items && a.offset == b.offset && a.total == b.total && a.counts == b.counts && a.reviewed == b.reviewed
    }
}

/// One record that needs action, with every reason it is there.
public struct WorkItem: Sendable, Equatable {
    /// In order of urgency: a row is placed by its first reason.
    public enum Reason: Int, CaseIterable, Sendable, Comparable {
        /// Feedback not ended and past its due date.
        case overdue
        /// Feedback due within the next `dueSoonDays` days.
        case dueSoon
        /// Feedback still "mới tiếp nhận" past its classification deadline (10 working days).
        case unclassified
        /// A denunciation not classified yet, before its deadline (7 working days, 10 across several places): the
        /// law's first clock is on the list from the day it is received (issue 21).
        case toClassify
        /// Recommendation awaiting a written answer past its deadline (`Settings.answerDays`).
        case unanswered
        /// Plan issued or under way whose period has ended without a report of its results.
        case planNotReported
        /// The review season (`Settings.reviewSeason`) with villages not yet reviewed this year.
        case reviewsMissing

        public static func < (a: Reason, b: Reason) -> Bool { a.rawValue < b.rawValue }
    }

    /// Most urgent first.
    public var reasons: [Reason]
    public var entity: Entity
    /// The record's code; the year for the residence row.
    public var code: String
    /// The date of the first reason: due, classify-by, answer-by or the plan's period end (the season's end for reviews).
    public var date: LocalDate
    /// Days past `date` (negative: days left).
    public var days: Int
    public var text: String

    public init(reasons: [Reason], entity: Entity, code: String, date: LocalDate, days: Int, text: String) {
        self.reasons = reasons
        self.entity = entity
        self.code = code
        self.date = date
        self.days = days
        self.text = text
    }

    public var reason: Reason { reasons[0] }
}

extension AppDatabase {
    public static let dueSoonDays = 7
    public static let worklistPage = 100

    /// The year is cut as the report periods setting says (`periods`), so the figures are the Report screen's; the
    /// worklist is today's, for all years, its first `limit` rows.
    public func dashboard(year: Int, today: LocalDate, settings: Settings = .defaults, limit: Int = AppDatabase.worklistPage) throws -> Dashboard {
        try read { db in
            let period = TallyPeriod(year: year, kind: .year, scheme: settings.reportPeriods)
            let tally = try Self.tally(period, today: today, db)
            var plansByStatus: [PlanStatus: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) FROM plan WHERE tally_on BETWEEN ? AND ? GROUP BY status",
                                        arguments: [period.from, period.to]) {
                if let status = PlanStatus(rawValue: try row.text(row.name(at: 0))) { plansByStatus[status] = try row.integer(row.name(at: 1)) }
            }
            let worklist = try Self.worklist(WorklistRules(today: today, settings: settings), offset: 0, limit: limit, db)
            return Dashboard(tally: tally, plansByStatus: plansByStatus, worklist: worklist)
        }
    }

    /// A page of today's worklist (the dashboard asks for the next ones as the selection moves).
    public func worklist(today: LocalDate, settings: Settings = .defaults, offset: Int, limit: Int) throws -> Worklist {
        try read { db in try Self.worklist(WorklistRules(today: today, settings: settings), offset: offset, limit: limit, db) }
    }
}
