import Foundation
import GRDB

/// One page of a list, as a screen shows it: the rows and how many match in all.
public struct ListPage<Row: Sendable & Equatable>: Sendable, Equatable {
    public var rows: [Row]
    public var total: Int
    /// The count stopped at the cap: there are more matches than `total`.
    public var moreThanTotal: Bool
    /// Where the merged rows came from, by code (`labelledPage`); a commune's own rows are not in it.
    public var origins: [String: [RecordOrigin]]

    public init(rows: [Row], total: Int, moreThanTotal: Bool = false, origins: [String: [RecordOrigin]] = [:]) {
        self.rows = rows
        self.total = total
        self.moreThanTotal = moreThanTotal
        self.origins = origins
    }
}

/// What a list screen asks of the store: a typed request per kind of record, with its own filters.
/// The runner of the app only calls `page(in:)`, so a new kind of list needs no change there.
public protocol ListRequest: Sendable, Hashable {
    associatedtype Row: ListRow
    /// The kind listed, whose origins (former units) label its rows; nil for a kind a merge never brings in.
    static var entity: Entity? { get }
    /// Words typed in the filter field, matched accent-insensitively, each as a prefix.
    var query: String { get set }
    /// Only the commune's own records, or one former unit's (nil: all).
    var origin: OriginFilter? { get set }
    /// Only voided records (the "đã hủy" filter, issue 17); false: voided records are left out.
    var voided: Bool { get set }
    var offset: Int { get set }
    var limit: Int { get set }
    func page(in database: AppDatabase) throws -> ListPage<Row>
}

extension ListRequest {
    /// A kind that is never voided (localities have their own delete) has no "đã hủy" filter.
    public var voided: Bool {
        get { false }
        set {}
    }
}

/// A search over a million records can match most of them: count up to this, and say "more than".
public let listCountCap = 1_000

/// One page of `table` where the search words match its full-text index, each given column equals its
/// value (nil: any) and the record's origin is `origin` (nil: any), in `order`; with the count of all such rows.
/// `row` maps a fetched row, or skips it.
func listPage<Row>(_ database: AppDatabase, table: String, columns: String, query: String, equal: [(String, String?)],
                   origin: (Entity, OriginFilter?)? = nil, voided: Bool = false,
                   order: String, limit: Int, offset: Int, row: (GRDB.Row) throws -> Row?) throws -> ListPage<Row> {
    var clauses: [String] = []
    var arguments = StatementArguments()
    if let match = ListFilter(query: query).matchExpression {
        clauses.append("id IN (SELECT rowid FROM \(table)_search WHERE \(table)_search MATCH ?)")
        _ = arguments.append(contentsOf: [match])
    }
    if let (entity, filter) = origin, let condition = filter?.condition(entity, codeColumn: "\(table).code") {
        clauses.append(condition.sql)
        arguments += condition.arguments
    }
    for (column, value) in equal {
        guard let value else { continue }
        clauses.append("\(column) = ?")
        _ = arguments.append(contentsOf: [value])
    }
    return try database.read { db in
        // Voided records leave every list; the "đã hủy" filter shows only them.
        var clauses = clauses
        if let entity = origin?.0 ?? Entity.allCases.first(where: { $0.table == table }) {
            let void = try AppDatabase.voidCondition(entity, "\(table).code", voided: voided, db)
            if !void.isEmpty { clauses.append(String(void.dropFirst(" AND ".count))) }
        }
        let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let rows = try GRDB.Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) \(whereClause) ORDER BY \(order) LIMIT ? OFFSET ?",
                                         arguments: arguments + [limit, offset])
            // A row with a stored value the app cannot read is left out, never a trap; `check` names it.
            .compactMap { line in try readableRow { try row(line) } ?? nil }
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) \(whereClause)", arguments: arguments) ?? 0
        return ListPage(rows: rows, total: total)
    }
}

// MARK: Feedback

/// One line of the feedback list.
public struct FeedbackRow: ListRow {
    public var code: String
    public var received: LocalDate
    public var channel: FeedbackChannel
    public var officials: String
    public var summary: String
    public var status: FeedbackStatus
    public var due: LocalDate
    public var overdue: Bool
    public var anonymous: Bool
    /// Phản ánh, kiến nghị, khiếu nại, tố cáo: a list at any width shows it (a tố cáo must be spotted).
    public var kind: FeedbackKind

    public init(code: String, received: LocalDate, channel: FeedbackChannel, officials: String, summary: String,
                status: FeedbackStatus, due: LocalDate, overdue: Bool, anonymous: Bool, kind: FeedbackKind = .phanAnh) {
        self.kind = kind
        self.code = code
        self.received = received
        self.channel = channel
        self.officials = officials
        self.summary = summary
        self.status = status
        self.due = due
        self.overdue = overdue
        self.anonymous = anonymous
    }
}

public struct FeedbackListRequest: ListRequest {
    public static var entity: Entity? { .feedback }
    public var query = ""
    public var origin: OriginFilter?
    public var voided = false
    public var status: FeedbackStatus?
    public var channel: FeedbackChannel?
    public var overdueOnly = false
    public var order = FeedbackOrder.newest
    public var today: LocalDate
    public var offset = 0
    public var limit = 20

    public init(today: LocalDate) { self.today = today }

    var filter: ListFilter {
        ListFilter(query: query, status: status?.slug, overdue: overdueOnly, channel: channel, order: order,
                   origin: origin, today: today, voided: voided, limit: limit, offset: offset)
    }

    public func page(in database: AppDatabase) throws -> ListPage<FeedbackRow> {
        // One statement for the page, officials' names included (docs/performance.md, "Typing").
        var rows: [FeedbackRow] = []
        try database.forEachFeedbackRow(filter) { f in
            rows.append(FeedbackRow(code: f.code, received: f.receivedOn, channel: f.channel, officials: f.officialNames,
                                    summary: f.summary, status: f.status, due: f.dueOn, overdue: f.isOverdue(on: today),
                                    anonymous: f.anonymous, kind: f.kind))
        }
        // A former unit's records, like a search, are counted up to the cap: counting half a million is half a second.
        let cap = query.isEmpty && origin == nil ? nil : listCountCap
        let total = try database.countFeedback(filter, cap: cap)
        return ListPage(rows: rows, total: min(total, cap ?? total), moreThanTotal: cap.map { total > $0 } ?? false)
    }
}

// MARK: Officials

public struct OfficialRow: ListRow {
    public var code: String
    public var name: String
    public var position: String
    public var unit: String
    public var category: OfficialCategory
    public var partyMember: Bool
    public var status: OfficialStatus
    public var archived = false
}

public struct OfficialListRequest: ListRequest {
    public static var entity: Entity? { .official }
    public var query = ""
    public var origin: OriginFilter?
    public var voided = false
    public var category: OfficialCategory?
    public var status: OfficialStatus?
    /// One unit (cơ quan, đơn vị), exactly as written.
    public var unit: String?
    /// Officials living in one locality (a locality code).
    public var residence: String?
    public var partyMember: Bool?
    /// False: the active officials (lists and pickers); true: only the archived ones.
    public var archived = false
    public var offset = 0
    public var limit = 20

    public init() {}

    public func page(in database: AppDatabase) throws -> ListPage<OfficialRow> {
        try listPage(database, table: "official",
                     columns: "code, family_name, middle_name, given_name, position, unit, category, party_member, status, archived",
                     query: query,
                     equal: [("archived", archived ? "1" : "0"), ("category", category?.slug), ("status", status?.slug),
                             ("unit", unit), ("residence", residence), ("party_member", partyMember.map { $0 ? "1" : "0" })],
                     origin: (.official, origin), voided: voided, order: "sort_key, code", limit: limit, offset: offset) { row in
            OfficialRow(code: try row.text("code"),
                        name: try ["family_name", "middle_name", "given_name"].compactMap { try row.optionalText($0) }
                            .filter { !$0.isEmpty }.joined(separator: " "),
                        position: try row.text("position"), unit: try row.text("unit"),
                        category: OfficialCategory(rawValue: try row.text("category")) ?? .canBoDangVien,
                        partyMember: try row.flag("party_member"), status: OfficialStatus(rawValue: try row.text("status")) ?? .dangCongTac,
                        archived: try row.flag("archived"))
        }
    }
}

// MARK: Plans

public struct PlanRow: ListRow {
    public var code: String
    public var documentNumber: String
    public var title: String
    public var year: Int
    public var type: PlanType
    public var status: PlanStatus
    public var startOn: LocalDate?
    public var endOn: LocalDate?
}

public struct PlanListRequest: ListRequest {
    public static var entity: Entity? { .plan }
    public var query = ""
    public var origin: OriginFilter?
    public var voided = false
    public var status: PlanStatus?
    public var year: Int?
    public var offset = 0
    public var limit = 20

    public init() {}

    public func page(in database: AppDatabase) throws -> ListPage<PlanRow> {
        try listPage(database, table: "plan", columns: "code, document_number, title, year, type, status, start_on, end_on",
                     query: query, equal: [("status", status?.slug), ("year", year.map(String.init))], origin: (.plan, origin), voided: voided, order: "year DESC, code DESC", limit: limit, offset: offset) { row in
            PlanRow(code: try row.text("code"), documentNumber: try row.text("document_number"), title: try row.text("title"),
                    year: try row.integer("year"), type: PlanType(rawValue: try row.text("type")) ?? .thuongXuyen,
                    status: PlanStatus(rawValue: try row.text("status")) ?? .duThao,
                    startOn: try row.optionalDate("start_on"), endOn: try row.optionalDate("end_on"))
        }
    }
}

// MARK: Recommendations

public struct RecommendationRow: ListRow {
    public var code: String
    public var sentOn: LocalDate
    public var to: String
    public var content: String
    public var response: RecommendationResponse
    /// Awaiting an answer for more than the request's `answerDays`.
    public var late: Bool
}

public struct RecommendationListRequest: ListRequest {
    /// A recommendation unanswered longer is marked: the `answer-days` setting (20), the worklist's limit too, after
    /// which the matter is reported to the level above (issue 21; it was a fixed 30 before).
    public var answerDays = Settings.defaultAnswerDays
    public static var entity: Entity? { .recommendation }
    public var query = ""
    public var origin: OriginFilter?
    public var voided = false
    public var response: RecommendationResponse?
    public var today: LocalDate
    public var offset = 0
    public var limit = 20

    public init(today: LocalDate) { self.today = today }

    public func page(in database: AppDatabase) throws -> ListPage<RecommendationRow> {
        let lateBefore = today.adding(days: -answerDays)
        return try listPage(database, table: "recommendation", columns: "code, sent_on, to_body, content, response",
                            query: query, equal: [("response", response?.slug)], origin: (.recommendation, origin), voided: voided, order: "sent_on DESC, code DESC",
                            limit: limit, offset: offset) { row in
            let sentOn = try row.date("sent_on")
            let response = RecommendationResponse(rawValue: try row.text("response")) ?? .choTraLoi
            return RecommendationRow(code: try row.text("code"), sentOn: sentOn, to: try row.text("to_body"), content: try row.text("content"),
                                     response: response, late: response == .choTraLoi && sentOn < lateBefore)
        }
    }
}
