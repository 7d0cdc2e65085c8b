import GRDB

/// Which records a list shows by where they came from (issue 12): the commune's own, or those a merge
/// brought in from one former commune. nil in a request: all of them.
public enum OriginFilter: Hashable, Sendable {
    /// Records with no origin row: made in this commune.
    case own
    /// Records merged in from the former unit with this code.
    case unit(String)

    /// The next step of the list's cycle: all → own → each former unit → all.
    public static func next(after current: OriginFilter?, units: [FormerUnit]) -> OriginFilter? {
        let steps: [OriginFilter] = [.own] + units.map { .unit($0.code) }
        guard let current, let index = steps.firstIndex(of: current) else { return steps.first }
        return index + 1 < steps.count ? steps[index + 1] : nil
    }

    /// The SQL condition on a list's code column (qualified: it is used inside a subquery), with its arguments.
    /// Written once for every list (`listPage` and the feedback query). A correlated EXISTS probes the origin
    /// indexes row by row, so a list keeps walking its own order and a page stops after its rows (a few ms on a
    /// million records; `code IN (SELECT …)` built the whole set first, 0.2 s a page).
    func condition(_ entity: Entity, codeColumn: String) -> (sql: String, arguments: StatementArguments) {
        switch self {
        case .own:
            return ("NOT EXISTS (SELECT 1 FROM record_origin o WHERE o.entity = ? AND o.code = \(codeColumn))", [entity.rawValue])
        case .unit(let unit):
            return ("EXISTS (SELECT 1 FROM record_origin o WHERE o.entity = ? AND o.former_unit = ? AND o.code = \(codeColumn))",
                    [entity.rawValue, unit])
        }
    }
}

/// A line of a list: every listed record has a code, which is what its origins are looked up by.
public protocol ListRow: Sendable, Equatable {
    var code: String { get }
}

extension ListRequest {
    /// The page, with the origins of its rows (a merged record's former unit and code) when the kind has them.
    /// One lookup for the page through the (entity, code) index: a commune with no former units pays nothing more.
    public func labelledPage(in database: AppDatabase) throws -> ListPage<Row> {
        var page = try page(in: database)
        guard let entity = Self.entity, !page.rows.isEmpty else { return page }
        page.origins = try database.origins(entity, codes: page.rows.map(\.code))
        return page
    }
}

extension AppDatabase {
    /// The origins of several records of a kind, by code (a code with none is left out).
    public func origins(_ entity: Entity, codes: [String]) throws -> [String: [RecordOrigin]] {
        try read { db in
            let marks = Array(repeating: "?", count: codes.count).joined(separator: ", ")
            let rows = try Row.fetchAll(db, sql: """
                SELECT code, former_unit, former_code, former_name FROM record_origin
                WHERE entity = ? AND code IN (\(marks)) ORDER BY rowid
                """, arguments: StatementArguments([entity.rawValue] + codes))
            var origins: [String: [RecordOrigin]] = [:]
            for row in rows {
                origins[try row.text("code"), default: []].append(
                    RecordOrigin(formerUnit: try row.text("former_unit"), formerCode: try row.text("former_code"),
                                 formerName: try row.text("former_name")))
            }
            return origins
        }
    }
}
