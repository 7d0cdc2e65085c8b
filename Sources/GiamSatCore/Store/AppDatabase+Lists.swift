import Foundation
import GRDB

/// What a list shows: a search text, a status, overdue only, and which page.
public struct ListFilter: Sendable, Equatable {
    /// Typed by the user; matched accent-insensitively, each word as a prefix.
    public var query: String
    /// A status slug of the listed kind (feedback status, plan status, response, official status).
    public var status: String?
    /// Feedback only: not ended and past due on `today`.
    public var overdue: Bool
    /// Feedback only: one channel.
    public var channel: FeedbackChannel?
    /// Feedback only: the order of the list.
    public var order: FeedbackOrder
    /// Feedback only: the commune's own records or one former unit's (nil: all).
    public var origin: OriginFilter?
    public var today: LocalDate
    /// Only voided records (the "đã hủy" filter); otherwise voided records are left out.
    public var voided: Bool
    public var limit: Int?
    public var offset: Int

    public init(query: String = "", status: String? = nil, overdue: Bool = false, channel: FeedbackChannel? = nil,
                order: FeedbackOrder = .newest, origin: OriginFilter? = nil, today: LocalDate = .today(), voided: Bool = false,
                limit: Int? = nil, offset: Int = 0) {
        self.voided = voided
        self.query = query
        self.status = status
        self.overdue = overdue
        self.channel = channel
        self.order = order
        self.origin = origin
        self.today = today
        self.limit = limit
        self.offset = offset
    }

    /// FTS5 query: every word of the query as a prefix ("duong day" → "duong"* "day"*), or nil for no query.
    var matchExpression: String? {
        let tokens = VietnameseText.searchTokens(query)
        return tokens.isEmpty ? nil : tokens.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}

/// Orders of the feedback list.
public enum FeedbackOrder: String, CaseIterable, Sendable {
    case newest, oldest, dueSoonest, code

    public var next: FeedbackOrder { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
}

/// How a kind of record is listed: its table, status column and order.
struct ListSpec {
    let table: String
    let statusColumn: String
    let orderBy: String

    static let officials = ListSpec(table: "official", statusColumn: "status", orderBy: "sort_key, code")
    static let plans = ListSpec(table: "plan", statusColumn: "status", orderBy: "year DESC, code DESC")
    static let recommendations = ListSpec(table: "recommendation", statusColumn: "response", orderBy: "sent_on DESC, code DESC")
}

extension AppDatabase {
    public func officials(_ filter: ListFilter = ListFilter()) throws -> [Official] {
        try page(Official.self, filter, .officials)
    }

    public func plans(_ filter: ListFilter = ListFilter()) throws -> [Plan] {
        try page(Plan.self, filter, .plans)
    }

    // Each record as it is read, in constant memory (the CLI's `list`).
    public func forEachOfficial(_ filter: ListFilter, _ body: (Official) throws -> Void) throws { try forEach(Official.self, filter, .officials, body) }
    public func forEachPlan(_ filter: ListFilter, _ body: (Plan) throws -> Void) throws { try forEach(Plan.self, filter, .plans, body) }
    public func forEachRecommendation(_ filter: ListFilter, _ body: (Recommendation) throws -> Void) throws {
        try forEach(Recommendation.self, filter, .recommendations, body)
    }

    /// Newest first, unless the filter says another order.
    public func feedback(_ filter: ListFilter = ListFilter()) throws -> [Feedback] {
        var items: [Feedback] = []
        try forEachFeedback(filter) { feedback, _ in items.append(feedback) }
        return items
    }

    /// Each record of the list as it is read, with a lookup of officials' names by code: a list of any
    /// length in constant memory (the CLI's `list` without a limit).
    public func forEachFeedback(_ filter: ListFilter, _ body: (Feedback, _ officialName: (String) throws -> String?) throws -> Void) throws {
        try read { db in
            var query = try Self.feedbackQuery(filter, db)
            var sql = "SELECT \(Feedback.columns("f.")) FROM \(query.from) \(query.whereClause) ORDER BY \(query.order)"
            if let limit = filter.limit {
                sql += " LIMIT ? OFFSET ?"
                _ = query.arguments.append(contentsOf: [limit, filter.offset])
            }
            let names = try db.cachedStatement(sql: "SELECT family_name, middle_name, given_name FROM official WHERE code = ?")
            let name = { (code: String) throws -> String? in
                try Row.fetchOne(names, arguments: [code]).map { row in
                    try [row.text(at: 0), row.text(at: 1), row.text(at: 2)].filter { !$0.isEmpty }.joined(separator: " ")
                }
            }
            // A damaged row is left out, never a trap (docs/security.md); `check` names it.
            let rows = try Row.fetchCursor(db, sql: sql, arguments: query.arguments)
            while let row = try rows.next() {
                guard let feedback = try Self.readable({ try Feedback.fetch(db, row: row, code: row.text(at: 0)) }) else { continue }
                try body(feedback, name)
            }
        }
    }

    public func recommendations(_ filter: ListFilter = ListFilter()) throws -> [Recommendation] {
        try page(Recommendation.self, filter, .recommendations)
    }

    public func residenceReviews(year: Int? = nil) throws -> [ResidenceReview] {
        try read { db in
            let codes = try Row.fetchAll(db, sql: """
                SELECT year, official FROM residence_review WHERE (?1 IS NULL OR year = ?1) ORDER BY year, locality, official
                """, arguments: [year])
            return try codes.compactMap { try ResidenceReview.fetch(db, code: "\(try $0.integer("year"))/\(try $0.text("official"))") }
        }
    }

    /// How many feedback records the filter matches (the list's count of matches). With `cap`, counting
    /// stops after `cap + 1`: a screen says "more than 1,000" rather than wait for the exact number.
    public func countFeedback(_ filter: ListFilter, cap: Int? = nil) throws -> Int {
        try read { db in
            let query = try Self.feedbackQuery(filter, db)
            let rows = "FROM \(query.from) \(query.whereClause)"
            let sql = cap.map { "SELECT COUNT(*) FROM (SELECT 1 \(rows) LIMIT \($0 + 1))" } ?? "SELECT COUNT(*) \(rows)"
            return try Int.fetchOne(db, sql: sql, arguments: query.arguments) ?? 0
        }
    }

    /// The FROM, WHERE and ORDER BY of a feedback list. With a search, the full-text index drives the
    /// query (its rowid is the record's `recency`), so newest-first reads matches in index order and a
    /// page stops early instead of collecting and sorting every match.
    static func feedbackQuery(_ filter: ListFilter, _ db: Database) throws
        -> (from: String, whereClause: String, arguments: StatementArguments, order: String) {
        var clauses: [String] = []
        let void = try voidCondition(.feedback, "f.code", voided: filter.voided, db)
        if !void.isEmpty { clauses.append(String(void.dropFirst(" AND ".count))) }
        var arguments = StatementArguments()
        var from = "feedback f"
        let match = filter.matchExpression
        if let match {
            // CROSS JOIN keeps the index outermost: with a status filter the planner would otherwise walk
            // the status index and run the full-text match once per row (minutes on a million records).
            from = "feedback_search s CROSS JOIN feedback f ON f.recency = s.rowid"
            clauses.append("feedback_search MATCH ?")
            _ = arguments.append(contentsOf: [match])
        }
        if let status = filter.status {
            clauses.append("f.status = ?")
            _ = arguments.append(contentsOf: [status])
        }
        if let channel = filter.channel {
            clauses.append("f.channel = ?")
            _ = arguments.append(contentsOf: [channel.slug])
        }
        if let condition = filter.origin?.condition(.feedback, codeColumn: "f.code") {
            clauses.append(condition.sql)
            arguments += condition.arguments
        }
        if filter.overdue {
            // The (is_open, recency, due_on) index walks open records newest first and stops after a page.
            clauses.append("f.is_open AND f.due_on < ?")
            _ = arguments.append(contentsOf: [filter.today])
        }
        let order: String
        switch filter.order {
        case .newest: order = match == nil ? "f.recency DESC" : "s.rowid DESC"
        case .oldest: order = match == nil ? "f.recency" : "s.rowid"
        case .dueSoonest: order = "f.due_on, f.code"
        case .code: order = "f.code"
        }
        return (from, clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments, order)
    }

    static func conditions(_ filter: ListFilter, _ spec: ListSpec, _ db: Database) throws -> (String, StatementArguments) {
        var clauses: [String] = []
        if let entity = Entity.allCases.first(where: { $0.table == spec.table }) {
            let void = try voidCondition(entity, "\(spec.table).code", voided: filter.voided, db)
            if !void.isEmpty { clauses.append(String(void.dropFirst(" AND ".count))) }
        }
        var arguments = StatementArguments()
        if let match = filter.matchExpression {
            clauses.append("id IN (SELECT rowid FROM \(spec.table)_search WHERE \(spec.table)_search MATCH ?)")
            _ = arguments.append(contentsOf: [match])
        }
        if let status = filter.status {
            clauses.append("\(spec.statusColumn) = ?")
            _ = arguments.append(contentsOf: [status])
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    func page<R: StoredRecord>(_ type: R.Type, _ filter: ListFilter, _ spec: ListSpec) throws -> [R] {
        var items: [R] = []
        try forEach(type, filter, spec) { items.append($0) }
        return items
    }

    func forEach<R: StoredRecord>(_ type: R.Type, _ filter: ListFilter, _ spec: ListSpec, _ body: (R) throws -> Void) throws {
        try read { db in
            var (whereClause, arguments) = try Self.conditions(filter, spec, db)
            var sql = "SELECT code FROM \(spec.table) \(whereClause) ORDER BY \(spec.orderBy)"
            if let limit = filter.limit {
                sql += " LIMIT ? OFFSET ?"
                _ = arguments.append(contentsOf: [limit, filter.offset])
            }
            let codes = try String.fetchCursor(db, sql: sql, arguments: arguments)
            while let code = try codes.next() { if let record = try Self.readable(R.self, db, code: code) { try body(record) } }
        }
    }
}

extension AppDatabase {
    /// Full names of officials by code, for showing records that name them.
    public func officialNames(_ codes: [String]) throws -> [String: String] {
        try read { db in
            var names: [String: String] = [:]
            for code in Set(codes) { names[code] = try Official.fetch(db, code: code)?.fullName }
            return names
        }
    }

    /// The next free code of a year in the series of `prefix`: "PA-2026-0041" after "PA-2026-0040". A prefix no
    /// kind numbers (`RecordKinds`) is refused, never guessed.
    public func nextCode(prefix: String, year: Int) throws -> String {
        guard let kind = RecordKinds.kind(prefix: prefix) else { throw GiamSatError.noCodeSeries(prefix) }
        return try nextCode(kind.entity, year: year)
    }

    /// The next free code of `entity`'s series (of `year` when it is numbered per year).
    public func nextCode(_ entity: Entity, year: Int? = nil) throws -> String {
        try read { db in try Self.nextCode(entity, year: year, db) }
    }
}

extension AppDatabase {
    /// A record for a list, or nil when a stored value cannot be read: one damaged row must not
    /// take the whole list (and the app) down. `check` names it with its code.
    static func readable<R: StoredRecord>(_ type: R.Type, _ db: Database, code: String) throws -> R? {
        try readable { try R.fetch(db, code: code) }
    }

    static func readable<T>(_ body: () throws -> T?) throws -> T? {
        do {
            return try body()
        } catch GiamSatError.badStoredValue, GiamSatError.database {
            return nil
        }
    }
}

/// What a feedback list shows of a record, read from its row alone (the store keeps the officials' names
/// there): a long list (the CLI's table and TSV, a screen's page) reads no history and makes no query per row.
public struct FeedbackListRow: Sendable {
    public var code: String
    public var receivedOn: LocalDate
    public var channel: FeedbackChannel
    /// Full names in the record's order, comma-separated; the code where the official is unknown.
    public var officialNames: String
    public var summary: String
    public var status: FeedbackStatus
    public var dueOn: LocalDate
    public var anonymous: Bool
    public var kind: FeedbackKind

    public func isOverdue(on today: LocalDate) -> Bool { !status.isEnded && dueOn < today }
}

extension AppDatabase {
    /// The rows of a feedback list, in the list's order, as they are read (constant memory).
    /// A damaged row is left out, never a trap (docs/security.md).
    public func forEachFeedbackRow(_ filter: ListFilter, _ body: (FeedbackListRow) throws -> Void) throws {
        try read { db in
            var query = try Self.feedbackQuery(filter, db)
            var sql = """
                SELECT f.code, f.received_on, f.channel, f.summary, f.status, f.due_on, f.anonymous, f.official_names, f.kind
                FROM \(query.from) \(query.whereClause) ORDER BY \(query.order)
                """
            if let limit = filter.limit {
                sql += " LIMIT ? OFFSET ?"
                _ = query.arguments.append(contentsOf: [limit, filter.offset])
            }
            let rows = try Row.fetchCursor(db, sql: sql, arguments: query.arguments)
            while let row = try rows.next() {
                guard let item = try readableRow({
                    FeedbackListRow(code: try row.text(at: 0), receivedOn: try row.date(at: 1), channel: try row.slug(at: 2),
                                    officialNames: try row.text(at: 7), summary: try row.text(at: 3), status: try row.slug(at: 4),
                                    dueOn: try row.date(at: 5), anonymous: try row.flag(at: 6), kind: try row.slug(at: 8))
                }) else { continue }
                try body(item)
            }
        }
    }
}
