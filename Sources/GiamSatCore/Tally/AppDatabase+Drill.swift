import Foundation
import GRDB

/// One record behind a figure: its code, the date that put it in the period, what it is (a title, a
/// summary, a name), and for a decision its measure. Put into words by `line(_:)` (Localization).
public struct DrillRecord: Equatable, Sendable {
    public var entity: Entity
    public var code: String
    public var date: LocalDate?
    public var text: String
    public var measure: OutcomeMeasure?

    public init(entity: Entity, code: String, date: LocalDate? = nil, text: String, measure: OutcomeMeasure? = nil) {
        self.entity = entity
        self.code = code
        self.date = date
        self.text = text
        self.measure = measure
    }
}

extension AppDatabase {
    /// The records a figure counts, by the same rules as the tally (drill-down). At most `limit`.
    public func records(for drill: TallyDrill, in period: TallyPeriod, today: LocalDate = .today(),
                        limit: Int = 500) throws -> [DrillRecord] {
        try read { db in
            let range: StatementArguments = [period.from, period.to]
            func rows(_ sql: String, _ arguments: StatementArguments) throws -> [Row] {
                try Row.fetchAll(db, sql: sql + " LIMIT \(limit)", arguments: arguments)
            }
            /// Outcome rows (discipline of one line): date, name, measure.
            func outcomeLines(_ sql: String) throws -> [DrillRecord] {
                try rows(sql, range).map { row in
                    let measure = try row.optionalText("outcome_measure").flatMap(OutcomeMeasure.init(rawValue:))
                    let name = try ["family_name", "middle_name", "given_name"].compactMap { try row.optionalText($0) }.filter { !$0.isEmpty }
                    return DrillRecord(entity: .recommendation, code: try row.text("code"), date: try row.optionalDate("outcome_decided_on"),
                                       text: name.joined(separator: " "), measure: measure)
                }
            }
            switch drill {
            case .plans(let form, let type):
                var sql = "SELECT code, title, tally_on FROM plan WHERE tally_on BETWEEN ? AND ? AND status <> 'huy'"
                var arguments = range
                if let form { sql += " AND form = ?"; _ = arguments.append(contentsOf: [form.slug]) }
                if let type { sql += " AND type = ?"; _ = arguments.append(contentsOf: [type.slug]) }
                return try rows(sql + " ORDER BY tally_on, code", arguments).map {
                    DrillRecord(entity: .plan, code: try $0.text("code"), date: try $0.optionalDate("tally_on"), text: try $0.text("title"))
                }
            case .supervised(let category):
                var sql = """
                    SELECT DISTINCT o.code, o.family_name, o.middle_name, o.given_name, o.position, o.sort_key
                    FROM plan_supervised s JOIN plan p ON p.code = s.plan JOIN official o ON o.code = s.official
                    WHERE p.tally_on BETWEEN ? AND ? AND p.status <> 'huy'
                    """
                var arguments = range
                if let category { sql += " AND o.category = ?"; _ = arguments.append(contentsOf: [category.slug]) }
                return try rows(sql + " ORDER BY o.sort_key", arguments).map { try officialLine($0) }
            case .feedback(let which):
                return try feedbackRecords(which, period, today, db, limit: limit).map {
                    DrillRecord(entity: .feedback, code: try $0.text("code"), date: try $0.optionalDate("received_on"), text: try $0.text("summary"))
                }
            case .recommendations(let answeredOnly):
                let sql = "SELECT code, to_body, sent_on FROM recommendation WHERE sent_on BETWEEN ? AND ?"
                    + (try Self.voidCondition(.recommendation, "code", db))
                    + (answeredOnly ? " AND response <> 'cho-tra-loi'" : "") + " ORDER BY sent_on, code"
                return try rows(sql, range).map {
                    DrillRecord(entity: .recommendation, code: try $0.text("code"), date: try $0.optionalDate("sent_on"),
                                text: "→ " + (try $0.text("to_body")))
                }
            case .discipline(let line, let measure, let headsOnly):
                let measures = measure.map { TallySQL.list([$0]) } ?? TallySQL.disciplineMeasures
                let sql = """
                    SELECT r.recommendation AS code, r.measure AS outcome_measure, r.decided_on AS outcome_decided_on,
                      o.family_name, o.middle_name, o.given_name, o.position
                    FROM recommendation_outcome r CROSS JOIN official o ON o.code = r.official
                    WHERE r.decided_on BETWEEN ? AND ? AND r.measure IN (\(measures)) AND \(TallySQL.line(line))
                    """ + (try Self.voidCondition(.recommendation, "r.recommendation", db)) + (headsOnly ? " AND o.category = 'nguoi-dung-dau'" : "") + " ORDER BY r.decided_on, r.recommendation, r.position"
                return try outcomeLines(sql)
            case .meetings:
                // One line per meeting, as the figure counts localities that held theirs (a village once per year).
                let sql = """
                    SELECT m.code, m.held_on, COALESCE(l.name, m.locality) AS name
                    FROM residence_meeting m LEFT JOIN locality l ON l.code = m.locality
                    WHERE m.year BETWEEN ? AND ? AND \(Self.liveMeeting("m.code")) ORDER BY m.year, l.sort_key, m.code
                    """
                return try rows(sql, [period.years.lowerBound, period.years.upperBound]).map {
                    DrillRecord(entity: .residenceMeeting, code: try $0.text("code"), date: try $0.optionalDate("held_on"), text: try $0.text("name"))
                }
            case .reviews:
                let sql = """
                    SELECT o.code, o.family_name, o.middle_name, o.given_name, o.position, o.sort_key
                    FROM residence_review v JOIN official o ON o.code = v.official
                    WHERE v.year BETWEEN ? AND ?\(try Self.voidCondition(.residenceReview, "(v.year || '/' || v.official)", db)) GROUP BY o.code ORDER BY o.sort_key
                    """
                return try rows(sql, [period.years.lowerBound, period.years.upperBound]).map { try officialLine($0) }
            }
        }
    }

    private func officialLine(_ row: Row) throws -> DrillRecord {
        let name = try ["family_name", "middle_name", "given_name"].compactMap { try row.optionalText($0) }.filter { !$0.isEmpty }
        return DrillRecord(entity: .official, code: try row.text("code"), text: "\(name.joined(separator: " ")) — \(try row.text("position"))")
    }

    private func feedbackRecords(_ which: FeedbackDrill, _ period: TallyPeriod, _ today: LocalDate, _ db: Database, limit: Int) throws -> [Row] {
        let asOf = period.asOf(today: today)
        var sql = "SELECT f.code, f.received_on, f.summary FROM feedback f"
        var arguments: StatementArguments = [period.from, period.to]
        var conditions = ["f.received_on BETWEEN ? AND ?"]
        // Status as of the period's end, as in the tally.
        let statusAsOf = TallySQL.statusAsOf
        switch which {
        case .all: break
        case .anonymous: conditions.append("f.anonymous")
        case .channel(let channel): conditions.append("f.channel = ?"); _ = arguments.append(contentsOf: [channel.slug])
        case .kind(let kind): conditions.append("f.kind = ?"); _ = arguments.append(contentsOf: [kind.slug])
        case .content(let content): conditions.append("f.content = ?"); _ = arguments.append(contentsOf: [content.slug])
        case .status(let status): conditions.append("\(statusAsOf) = ?"); _ = arguments.append(contentsOf: [asOf, status.slug])
        case .resolved:
            conditions.append("\(statusAsOf) IN (\(TallySQL.resolvedStatuses))")
            _ = arguments.append(contentsOf: [asOf])
        case .pending:
            conditions.append("\(statusAsOf) IN (\(TallySQL.openStatuses))")
            _ = arguments.append(contentsOf: [asOf])
        case .overdue:
            conditions.append("f.due_on < ? AND \(statusAsOf) IN (\(TallySQL.openStatuses))")
            _ = arguments.append(contentsOf: [asOf, asOf])
        }
        sql += " WHERE " + conditions.joined(separator: " AND ") + (try Self.voidCondition(.feedback, "f.code", db)) + " ORDER BY f.received_on, f.code LIMIT \(limit)"
        return try Row.fetchAll(db, sql: sql, arguments: arguments)
    }

    /// Feedback received per month of the period, for the bar view: ("2024-01", 5)…, every month listed.
    public func feedbackByMonth(_ period: TallyPeriod) throws -> [(month: String, count: Int)] {
        try read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT substr(received_on, 1, 7) AS month, COUNT(*) FROM feedback WHERE received_on BETWEEN ? AND ? GROUP BY month
                """, arguments: [period.from, period.to]) {
                if let month = try readableRow({ try row.optionalText(row.name(at: 0)) }) ?? nil {
                    counts[month] = try row.integer(row.name(at: 1))
                }
            }
            var months: [(String, Int)] = []
            var year = period.from.year, month = period.from.month
            while (year, month) <= (period.to.year, period.to.month) {
                let key = String(format: "%04d-%02d", year, month)
                months.append((key, counts[key] ?? 0))
                month += 1
                if month > 12 { month = 1; year += 1 }
            }
            return months
        }
    }
}
