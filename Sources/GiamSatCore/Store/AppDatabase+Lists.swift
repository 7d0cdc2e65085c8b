import GRDB

/// What a list shows: a search text, a status, overdue only, and which page.
public struct ListFilter: Sendable, Equatable {
    /// Typed by the user; matched accent-insensitively, each word as a prefix.
    public var query: String
    /// A status slug of the listed kind (feedback status, plan status, response, official status).
    public var status: String?
    /// Feedback only: not ended and past due on `today`.
    public var overdue: Bool
    public var today: LocalDate
    public var limit: Int?
    public var offset: Int

    public init(query: String = "", status: String? = nil, overdue: Bool = false,
                today: LocalDate = .today(), limit: Int? = nil, offset: Int = 0) {
        self.query = query
        self.status = status
        self.overdue = overdue
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

/// How a kind of record is listed: its table, status column and order.
struct ListSpec {
    let table: String
    let statusColumn: String
    let orderBy: String
    let hasSearch: Bool
}

extension AppDatabase {
    public func officials(_ filter: ListFilter = ListFilter()) throws -> [Official] {
        try page(Official.self, filter, ListSpec(table: "official", statusColumn: "status", orderBy: "sort_key, code", hasSearch: true))
    }

    public func plans(_ filter: ListFilter = ListFilter()) throws -> [Plan] {
        try page(Plan.self, filter, ListSpec(table: "plan", statusColumn: "status", orderBy: "year DESC, code DESC", hasSearch: true))
    }

    /// Newest first.
    public func feedback(_ filter: ListFilter = ListFilter()) throws -> [Feedback] {
        try page(Feedback.self, filter, Self.feedbackSpec)
    }

    public func recommendations(_ filter: ListFilter = ListFilter()) throws -> [Recommendation] {
        try page(Recommendation.self, filter, ListSpec(table: "recommendation", statusColumn: "response", orderBy: "sent_on DESC, code DESC", hasSearch: true))
    }

    public func residenceReviews(year: Int? = nil) throws -> [ResidenceReview] {
        try read { db in
            let codes = try Row.fetchAll(db, sql: """
                SELECT year, official FROM residence_review WHERE (?1 IS NULL OR year = ?1) ORDER BY year, locality, official
                """, arguments: [year])
            return try codes.compactMap { try ResidenceReview.fetch(db, code: "\($0["year"] as Int)/\($0["official"] as String)") }
        }
    }

    /// How many feedback records the filter matches (the list's count of matches).
    public func countFeedback(_ filter: ListFilter) throws -> Int {
        try read { db in
            let (whereClause, arguments) = Self.conditions(filter, Self.feedbackSpec)
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM feedback \(whereClause)", arguments: arguments) ?? 0
        }
    }

    static let feedbackSpec = ListSpec(table: "feedback", statusColumn: "status", orderBy: "received_on DESC, code DESC", hasSearch: true)

    static func conditions(_ filter: ListFilter, _ spec: ListSpec) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments = StatementArguments()
        if spec.hasSearch, let match = filter.matchExpression {
            clauses.append("id IN (SELECT rowid FROM \(spec.table)_search WHERE \(spec.table)_search MATCH ?)")
            _ = arguments.append(contentsOf: [match])
        }
        if let status = filter.status {
            clauses.append("\(spec.statusColumn) = ?")
            _ = arguments.append(contentsOf: [status])
        }
        if filter.overdue && spec.table == "feedback" {
            let ended = FeedbackStatus.endedCases.map { "'\($0.slug)'" }.joined(separator: ", ")
            clauses.append("status NOT IN (\(ended)) AND due_on < ?")
            _ = arguments.append(contentsOf: [filter.today])
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    func page<R: StoredRecord>(_ type: R.Type, _ filter: ListFilter, _ spec: ListSpec) throws -> [R] {
        try read { db in
            var (whereClause, arguments) = Self.conditions(filter, spec)
            var sql = "SELECT code FROM \(spec.table) \(whereClause) ORDER BY \(spec.orderBy)"
            if let limit = filter.limit {
                sql += " LIMIT ? OFFSET ?"
                _ = arguments.append(contentsOf: [limit, filter.offset])
            }
            return try String.fetchAll(db, sql: sql, arguments: arguments).compactMap { try R.fetch(db, code: $0) }
        }
    }
}
