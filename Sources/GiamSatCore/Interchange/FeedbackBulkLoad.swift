import GRDB

/// The bulk path of an import into a database that holds no feedback yet (docs/performance.md, "Import").
/// Every feedback record is then new, so none is looked up, compared or diffed: each is written with plain
/// INSERTs of cached statements, and the officials' and localities' names are looked up once per code. The
/// secondary indexes of `feedback` (and the officials' side of `feedback_official`) are dropped before the
/// first row and created again by `end`, in the same transaction: sorting each once costs far less than a
/// million random inserts into each, which spilled index pages to the -wal again and again.
/// What a record goes through is otherwise the normal save's: the same validation and rules, its identity
/// sealed when `protect` is on, its search row, and its one "created" audit row. A refusal rolls the whole
/// import back, dropped indexes included.
final class FeedbackBulkLoad {
    /// The `CREATE INDEX` statements of the indexes dropped before the first row; nil until then.
    private var dropped: [String]?
    /// The rows' INSERTs, bound through SQLite's C API (`BulkStatement`); prepared with the first row.
    private var row, link, step, audit: BulkStatement?
    /// The import's page cache size, given back by `end`.
    private var cacheSize = -2000
    private var nextID: Int64 = 1
    /// Names by code, nil for a code not on file. They cannot change while rows are written: the importer ends
    /// the bulk load before it saves a locality or an official (`Importer.save`).
    private var officialNames: [String: String?] = [:]
    private var localityNames: [String: String?] = [:]

    /// Whether feedback may have origins (`record_origin`, a merged commune's bundle): their former codes join the
    /// search text, as `AppDatabase.index` does. Set by the importer when it writes one; otherwise not looked up.
    var hasOrigins = false

    /// True once a row has been written (and the indexes dropped).
    var hasRows: Bool { dropped != nil }

    /// A bulk load when the database holds no feedback, else nil.
    static func ifEmpty(_ db: Database) throws -> FeedbackBulkLoad? {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM feedback)") == false else { return nil }
        let load = FeedbackBulkLoad()
        load.hasOrigins = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM record_origin WHERE entity = 'feedback')") == true
        return load
    }

    /// Writes a new record, as `AppDatabase.save` would for a code not on file.
    func insert(_ record: Feedback, by user: String, at now: String, searchRows: SearchRows, _ db: Database) throws {
        if let invalid = record.validationErrors().first { throw invalid }
        try record.check(replacing: nil, db)
        let record = try record.forStorage(old: nil, db)
        if dropped == nil { try dropIndexes(db) }
        let id = nextID
        nextID += 1
        let names = try record.officials.map { try officialName($0, db) }
        try row?.execute(record.rowValues(id: id, names: zip(record.officials, names).map { $1 ?? $0 }))
        for values in record.linkValues { try link?.execute(values) }
        for values in record.stepValues { try step?.execute(values) }
        try record.insertExtensions(db)
        let former = hasOrigins ? try AppDatabase.formerCodes(.feedback, record.code, db) : []
        let text = ([record.searchText(names: names, localityName: try record.locality.flatMap { try localityName($0, db) })] + former)
            .joined(separator: " ")
        try searchRows.append(SearchRows.row(Feedback.table, record.searchRowID(id: id), text), db)
        // As `AppDatabase.audit` writes it.
        try audit?.execute([now, user, Entity.feedback.rawValue, record.code, AuditEntry.createdField, "", ""].map(\.databaseValue))
    }

    /// Creates the dropped indexes again: the schema is as before the import.
    func end(_ db: Database) throws {
        guard let statements = dropped, !statements.isEmpty else { return }
        // CREATE INDEX sorts in memory up to the page cache's size, on top of the cache itself: with the import's
        // large cache the two passed the import's memory budget (300 MB at 1M). The rows are all written, so
        // their pages may leave the cache now (they go to the -wal once, as they would at the commit).
        try db.execute(sql: "PRAGMA cache_size = -32768")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        (row, link, step, audit) = (nil, nil, nil, nil)
        for sql in statements { try db.execute(sql: sql) }
        try setSearchHashSize(Self.defaultHashSize, db)
        // Set back to the default and forgotten: the index's settings are as the normal path leaves them.
        try db.execute(sql: "DELETE FROM feedback_search_config WHERE k = 'hashsize'")
        dropped = []
    }

    /// FTS5 writes the words it holds as a new index segment whenever they pass `hashsize` (1 MiB by default),
    /// and merges segments as they pile up: a million records made thousands of segments to merge. While the
    /// rows go in, a larger size makes fewer, larger segments (it is memory held until written: 48 MiB keeps the
    /// import under its budget).
    static let bulkHashSize = 48 << 20, defaultHashSize = 1 << 20

    private func setSearchHashSize(_ bytes: Int, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO feedback_search(feedback_search, rank) VALUES ('hashsize', ?)", arguments: [bytes])
    }

    private func dropIndexes(_ db: Database) throws {
        // Unique constraints stay (SQLite made them: no `sql`): a code is refused twice as before. The audit's index by
        // record goes too: keyed by code, a bundle in random order inserted into it at random (issue 19).
        let indexes = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
              AND (tbl_name = 'feedback' OR name IN ('feedback_official_by_official', 'audit_by_record')) ORDER BY name
            """)
        for index in indexes { try db.execute(sql: "DROP INDEX \(try index.text(at: 0))") }
        dropped = try indexes.map { try $0.text(at: 1) }
        row = try BulkStatement("INSERT INTO feedback(\(Feedback.writtenColumns)) VALUES (\(Array(repeating: "?", count: 21).joined(separator: ", ")))", db)
        (link, step) = (try BulkStatement(Feedback.linkSQL, db), try BulkStatement(Feedback.stepSQL, db))
        audit = try BulkStatement(AppDatabase.auditSQL, db)
        try setSearchHashSize(Self.bulkHashSize, db)
        // Rows now go to the ends of their tables and indexes (codes and days in order), which needs few pages
        // in the cache: a quarter of it leaves room for the search words held (`bulkHashSize`) within the budget.
        cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? cacheSize
        try db.execute(sql: "PRAGMA cache_size = \(cacheSize / 4)")
    }

    private func officialName(_ code: String, _ db: Database) throws -> String? {
        try Self.cached(code, in: &officialNames) { try Feedback.officialName($0, db) }
    }

    private func localityName(_ code: String, _ db: Database) throws -> String? {
        try Self.cached(code, in: &localityNames) { try Feedback.localityName($0, db) }
    }

    private static func cached(_ code: String, in cache: inout [String: String?], _ lookUp: (String) throws -> String?) rethrows -> String? {
        if let known = cache[code] { return known }
        let found = try lookUp(code)
        cache[code] = found
        return found
    }
}
