import Foundation
import GRDB

/// The tally in SQL: aggregates over indexed dates, never a record loaded.
/// Which date puts a record in the period (DOMAIN.md): plans by start (else issue) date,
/// feedback by received date, recommendations by sent date, outcomes by decision date,
/// residence reviews and their meetings by year.
extension AppDatabase {
    public func tally(_ period: TallyPeriod, today: LocalDate = .today()) throws -> Tally {
        try read { db in try Self.tally(period, today: today, db) }
    }

    /// Several periods (the year-over-year view). On a file the periods are counted at the same time, one
    /// reader each (a pool reads in parallel): four years side by side take about the time of two on two
    /// cores (docs/performance.md, "Tally"). In memory (tests) one after the other.
    public func tallies(_ periods: [TallyPeriod], today: LocalDate = .today()) throws -> [Tally] {
        guard periods.count > 1, readsInParallel else {
            return try read { db in try periods.map { try Self.tally($0, today: today, db) } }
        }
        let results = TallyResults(count: periods.count)
        DispatchQueue.concurrentPerform(iterations: periods.count) { index in
            results.set(index, Result { try self.read { db in try Self.tally(periods[index], today: today, db) } })
        }
        return try results.values()
    }

    /// The tally split by former commune (`tally --by-former-unit`), in one read transaction.
    public func tallyByFormerUnit(_ period: TallyPeriod, today: LocalDate = .today()) throws -> FormerUnitTallies {
        try read { db in
            FormerUnitTallies(units: try Self.formerUnits(db).map { ($0, try Self.tally(period, today: today, unit: .former($0.code), db)) },
                              own: try Self.tally(period, today: today, unit: .own, db),
                              total: try Self.tally(period, today: today, db))
        }
    }

    static func tally(_ period: TallyPeriod, today: LocalDate, unit: TallyUnit = .all, _ db: Database) throws -> Tally {
        let commune = try commune(db)?.code
        var tally = Tally(communes: [commune].compactMap { $0 }, period: period)
        switch unit {
        case .all: tally.formerUnits = try String.fetchAll(db, sql: "SELECT code FROM former_unit ORDER BY code")
        case .own: break
        case .former(let code):
            tally.communes = [code]
            tally.mergedInto = commune
        }
        /// The unit's condition on the records of `entity` whose code is `column` (nothing for the whole tally), and
        /// voided records left out (nothing when none of that kind is voided).
        func only(_ entity: Entity, _ column: String) throws -> (sql: String, arguments: StatementArguments) {
            let condition = unit.condition(entity, column)
            return (condition.sql + (try voidCondition(entity, column, db)), condition.arguments)
        }
        let range: StatementArguments = [period.from, period.to]
        // Cached: the report screen and `--years` run the same statements for period after period.
        func counts(_ sql: String, _ arguments: StatementArguments) throws -> [String: Int] {
            var result: [String: Int] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments) {
                // Through the throwing helpers: a blob where a slug belongs is skipped, not a trap.
                if let key = try readableRow({ try row.optionalText(at: 0) }) ?? nil {
                    result[key] = try row.integer(at: 1)
                }
            }
            return result
        }
        func count(_ sql: String, _ arguments: StatementArguments) throws -> Int {
            try Int.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) ?? 0
        }

        // Plans that were carried out (a cancelled plan is not counted).
        let ownPlans = try only(.plan, "code")
        let plans = "FROM plan WHERE tally_on BETWEEN ? AND ? AND status <> 'huy'" + ownPlans.sql
        let plansRange = range + ownPlans.arguments
        tally.plansTotal = try count("SELECT COUNT(*) \(plans)", plansRange)
        tally.plansByForm = try counts("SELECT form, COUNT(*) \(plans) GROUP BY form", plansRange)
        tally.plansByType = try counts("SELECT type, COUNT(*) \(plans) GROUP BY type", plansRange)

        // Distinct officials supervised by those plans.
        let ownSupervised = try only(.plan, "p.code")
        let supervised = """
            FROM plan_supervised s JOIN plan p ON p.code = s.plan JOIN official o ON o.code = s.official
            WHERE p.tally_on BETWEEN ? AND ? AND p.status <> 'huy'
            """ + ownSupervised.sql
        let supervisedRange = range + ownSupervised.arguments
        tally.supervisedTotal = try count("SELECT COUNT(DISTINCT s.official) \(supervised)", supervisedRange)
        tally.supervisedByCategory = try counts("SELECT o.category, COUNT(DISTINCT s.official) \(supervised) GROUP BY o.category", supervisedRange)

        // Feedback: one pass (docs/performance.md, "Tally"). Status as it stood on the period's end (or today).
        let asOf = period.asOf(today: today)
        let open = Set(FeedbackStatus.allCases.filter { !$0.isEnded }.map(\.slug))
        var ownFeedback = unit.condition(.feedback, "f.code", named: true)
        ownFeedback.sql += try voidCondition(.feedback, "f.code", db)
        var feedbackArguments: StatementArguments = ["asOf": asOf, "from": period.from, "to": period.to]
        _ = feedbackArguments.append(contentsOf: ownFeedback.arguments)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: TallySQL.feedbackFigures(ownFeedback.sql)), arguments: feedbackArguments)
        while let row = try rows.next() {
            // By position through the throwing helpers: a damaged value is an error naming its column, never a trap.
            let n = try row.integer(at: 6)
            tally.feedbackReceived += n
            if try row.optionalInteger(at: 3) == 1 { tally.feedbackAnonymous += n }
            if let channel = try readableRow({ try row.optionalText(at: 0) }) ?? nil { tally.feedbackByChannel[channel, default: 0] += n }
            if let kind = try readableRow({ try row.optionalText(at: 1) }) ?? nil { tally.feedbackByKind[kind, default: 0] += n }
            if let content = try readableRow({ try row.optionalText(at: 2) }) ?? nil { tally.feedbackByContent[content, default: 0] += n }
            if let status = try readableRow({ try row.optionalText(at: 4) }) ?? nil {
                tally.feedbackByStatus[status, default: 0] += n
                if open.contains(status), try row.optionalInteger(at: 5) == 1 { tally.feedbackOverdue += n }
            }
        }
        tally.feedbackResolved = FeedbackStatus.allCases.filter(\.isResolved).reduce(0) { $0 + (tally.feedbackByStatus[$1.slug] ?? 0) }
        tally.feedbackPending = FeedbackStatus.allCases.filter { !$0.isEnded }.reduce(0) { $0 + (tally.feedbackByStatus[$1.slug] ?? 0) }

        // Outcomes count by their recommendation's origin.
        let ownRecommendations = try only(.recommendation, "code"), ownOutcomes = try only(.recommendation, "r.recommendation")
        let recommendations = "FROM recommendation WHERE sent_on BETWEEN ? AND ?" + ownRecommendations.sql
        tally.recommendationsTotal = try count("SELECT COUNT(*) \(recommendations)", range + ownRecommendations.arguments)
        tally.recommendationsAnswered = try count(
            "SELECT COUNT(*) \(recommendations) AND response <> 'cho-tra-loi'", range + ownRecommendations.arguments)

        // Discipline decided in the period (one per outcome row), by track — the Party's, cán bộ, công chức, viên
        // chức, đoàn thể, or not placed yet — and measure, heads of units apart: one grouped statement.
        // CROSS JOIN keeps the outcomes of the period as the outer loop: with `o.category = …` SQLite otherwise walked
        // every head of unit by the category index and probed the outcomes for each (11 ms per statement with 100,000
        // officials and no outcome: the 1.22× of `tally.year` against the sqlite3 anchor).
        let discipline = """
            SELECT r.track, r.measure, o.category = 'nguoi-dung-dau', COUNT(*)
            FROM recommendation_outcome r CROSS JOIN official o ON o.code = r.official
            WHERE r.decided_on BETWEEN ? AND ? AND r.measure IN (\(TallySQL.disciplineMeasures))
            """ + ownOutcomes.sql + " GROUP BY 1, 2, 3"
        for row in try Row.fetchAll(db.cachedStatement(sql: discipline), arguments: range + ownOutcomes.arguments) {
            // A track this version does not know (a damaged value) counts as unplaced rather than vanishing.
            let line = try readableRow({ try row.optionalText(at: 0) }).flatMap { $0.flatMap(DisciplineLine.init(slug:)) } ?? .unplaced
            guard let measure = try readableRow({ try row.optionalText(at: 1) }) ?? nil else { continue }
            tally.disciplineLines[line, default: DisciplineCounts()].add(measure, head: try row.optionalInteger(at: 2) == 1, try row.integer(at: 3))
        }

        // A residence review's code is "year/official" (record_origin).
        let ownReviews = try only(.residenceReview, "(year || '/' || official)"), ownLocalities = try only(.locality, "code")
        let reviews = "FROM residence_review WHERE year BETWEEN ? AND ?" + ownReviews.sql
        let years: StatementArguments = [period.years.lowerBound, period.years.upperBound] + ownReviews.arguments
        // A village counts as reviewed when its meeting is recorded (issue 21), whatever reviews were entered without one.
        let ownMeetings = try only(.residenceMeeting, "code")
        tally.reviewLocalities = try count("SELECT COUNT(DISTINCT locality) FROM residence_meeting WHERE year BETWEEN ? AND ?" + ownMeetings.sql,
                                           [period.years.lowerBound, period.years.upperBound] + ownMeetings.arguments)
        tally.reviewLocalitiesTotal = try count("SELECT COUNT(*) FROM locality WHERE 1 = 1" + ownLocalities.sql, ownLocalities.arguments)
        tally.reviewOfficials = try count("SELECT COUNT(DISTINCT official) \(reviews)", years)
        return tally
    }
}

/// The tallies of `tallies` as the parallel readers finish them.
private final class TallyResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Tally, Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Tally, Error>) {
        lock.lock()
        defer { lock.unlock() }
        results[index] = result
    }

    func values() throws -> [Tally] { try results.map { try $0!.get() } }
}
