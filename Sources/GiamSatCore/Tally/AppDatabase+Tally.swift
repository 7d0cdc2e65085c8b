import GRDB

/// The tally in SQL: aggregates over indexed dates, never a record loaded.
/// Which date puts a record in the period (DOMAIN.md): plans by start (else issue) date,
/// feedback by received date, recommendations by sent date, outcomes by decision date,
/// residence reviews by year.
extension AppDatabase {
    public func tally(_ period: TallyPeriod, today: LocalDate = .today()) throws -> Tally {
        try read { db in try Self.tally(period, today: today, db) }
    }

    /// Several periods in one read (the year-over-year view).
    public func tallies(_ periods: [TallyPeriod], today: LocalDate = .today()) throws -> [Tally] {
        try read { db in try periods.map { try Self.tally($0, today: today, db) } }
    }

    static func tally(_ period: TallyPeriod, today: LocalDate, _ db: Database) throws -> Tally {
        var tally = Tally(communes: [try commune(db)?.code].compactMap { $0 }, period: period)
        let range: StatementArguments = [period.from, period.to]
        func counts(_ sql: String, _ arguments: StatementArguments) throws -> [String: Int] {
            var result: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                // Through the throwing helpers: a blob where a slug belongs is skipped, not a trap.
                if let key = try readableRow({ try row.optionalText(row.name(at: 0)) }) ?? nil {
                    result[key] = try row.integer(row.name(at: 1))
                }
            }
            return result
        }
        func count(_ sql: String, _ arguments: StatementArguments) throws -> Int {
            try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
        }

        // Plans that were carried out (a cancelled plan is not counted).
        let plans = "FROM plan WHERE tally_on BETWEEN ? AND ? AND status <> 'huy'"
        tally.plansTotal = try count("SELECT COUNT(*) \(plans)", range)
        tally.plansByForm = try counts("SELECT form, COUNT(*) \(plans) GROUP BY form", range)
        tally.plansByType = try counts("SELECT type, COUNT(*) \(plans) GROUP BY type", range)

        // Distinct officials supervised by those plans.
        let supervised = """
            FROM plan_supervised s JOIN plan p ON p.code = s.plan JOIN official o ON o.code = s.official
            WHERE p.tally_on BETWEEN ? AND ? AND p.status <> 'huy'
            """
        tally.supervisedTotal = try count("SELECT COUNT(DISTINCT s.official) \(supervised)", range)
        tally.supervisedByCategory = try counts("SELECT o.category, COUNT(DISTINCT s.official) \(supervised) GROUP BY o.category", range)

        let received = "FROM feedback WHERE received_on BETWEEN ? AND ?"
        tally.feedbackReceived = try count("SELECT COUNT(*) \(received)", range)
        tally.feedbackAnonymous = try count("SELECT COUNT(*) \(received) AND anonymous", range)
        tally.feedbackByChannel = try counts("SELECT channel, COUNT(*) \(received) GROUP BY channel", range)
        tally.feedbackByKind = try counts("SELECT kind, COUNT(*) \(received) GROUP BY kind", range)
        tally.feedbackByContent = try counts("SELECT content, COUNT(*) \(received) GROUP BY content", range)

        // Status as it stood on the period's end (or today): the last step taken by then.
        let asOf = period.asOf(today: today)
        let statusAsOf = try counts("""
            SELECT \(TallySQL.statusAsOf) AS status_then, COUNT(*) FROM feedback f
            WHERE f.received_on BETWEEN ? AND ? GROUP BY status_then
            """, [asOf, period.from, period.to])
        tally.feedbackByStatus = statusAsOf
        tally.feedbackResolved = FeedbackStatus.allCases.filter(\.isResolved).reduce(0) { $0 + (statusAsOf[$1.slug] ?? 0) }
        tally.feedbackPending = FeedbackStatus.allCases.filter { !$0.isEnded }.reduce(0) { $0 + (statusAsOf[$1.slug] ?? 0) }
        tally.feedbackOverdue = try count("""
            SELECT COUNT(*) FROM feedback f
            WHERE f.received_on BETWEEN ? AND ? AND f.due_on < ? AND \(TallySQL.statusAsOf) IN (\(TallySQL.openStatuses))
            """, [period.from, period.to, asOf, asOf])

        tally.recommendationsTotal = try count("SELECT COUNT(*) FROM recommendation WHERE sent_on BETWEEN ? AND ?", range)
        tally.recommendationsAnswered = try count(
            "SELECT COUNT(*) FROM recommendation WHERE sent_on BETWEEN ? AND ? AND response <> 'cho-tra-loi'", range)

        // Discipline: outcomes from khiển trách up, decided in the period.
        let discipline = """
            FROM recommendation r JOIN official o ON o.code = r.outcome_official
            WHERE r.outcome_decided_on BETWEEN ? AND ? AND r.outcome_measure IN (\(TallySQL.disciplineMeasures))
            """
        tally.disciplineTotal = try count("SELECT COUNT(*) \(discipline)", range)
        tally.disciplineByMeasure = try counts("SELECT r.outcome_measure, COUNT(*) \(discipline) GROUP BY r.outcome_measure", range)
        let heads = discipline + " AND o.category = 'nguoi-dung-dau'"
        tally.headsTotal = try count("SELECT COUNT(*) \(heads)", range)
        tally.headsByMeasure = try counts("SELECT r.outcome_measure, COUNT(*) \(heads) GROUP BY r.outcome_measure", range)

        let years: StatementArguments = [period.years.lowerBound, period.years.upperBound]
        tally.reviewLocalities = try count("SELECT COUNT(DISTINCT locality) FROM residence_review WHERE year BETWEEN ? AND ?", years)
        tally.reviewLocalitiesTotal = try count("SELECT COUNT(*) FROM locality", [])
        tally.reviewOfficials = try count("SELECT COUNT(DISTINCT official) FROM residence_review WHERE year BETWEEN ? AND ?", years)
        return tally
    }
}
