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
    /// Records out of code order wait in `spool` and are written in code order (issue 19, `BulkSpool`): in random order
    /// each insert into an index keyed by code touched a random page. The first `probe` records always wait: if they
    /// came in order they are written and the load goes on writing each record as it comes (`direct`), setting aside
    /// only those whose code is not after the last one written; if not, every record waits (`sorting`), so a bundle
    /// in random order leaves the very database the same records sorted leave, row ids included.
    private enum Mode { case probing, direct, sorting }
    static let probe = 1_000
    private var mode = Mode.probing
    /// The code of the last record seen while probing, of the last one written as it came after.
    private var last: String?
    private let spool = BulkSpool()
    /// Who imports, and when: the same for every record of an import (`Importer`); kept for the records set aside.
    private var user = "", now = ""
    /// Names by code, nil for a code not on file. They cannot change while rows are written: the importer ends
    /// the bulk load before it saves a locality or an official (`Importer.save`).
    private var officialNames: [String: String?] = [:]
    private var localityNames: [String: String?] = [:]
    /// The settings' clock rules, read with the first record: an import does not change them.
    private var clockRules: ClockRules?

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

    /// Writes a new record, as `AppDatabase.save` would for a code not on file. A record whose code does not come
    /// after the last one written is checked and prepared now (every look-up done, every error raised with its
    /// file and record as before), then set aside and written in code order by `drain` (issue 19, `Mode`).
    func insert(_ record: Feedback, by user: String, at now: String, searchRows: SearchRows, _ db: Database) throws {
        if let invalid = record.validationErrors().first { throw invalid }
        try record.check(replacing: nil, db)
        let rules = try clockRules ?? AppDatabase.clockRules(db)
        clockRules = rules
        let record = try record.forStorage(old: nil, rules: rules, db)
        if dropped == nil { try dropIndexes(db) }
        (self.user, self.now) = (user, now)
        let names = try record.officials.map { try officialName($0, db) }
        func text() throws -> String {
            let former = hasOrigins ? try AppDatabase.formerCodes(.feedback, record.code, db) : []
            return SearchRows.folded(([record.searchText(names: names, localityName: try record.locality.flatMap { try localityName($0, db) })]
                                      + former).joined(separator: " "))
        }
        // A denunciation's extensions (rare) go in at once, whatever the order: their key is deferred to the commit.
        try record.insertExtensions(db)
        let after = last.map { $0 < record.code } ?? true
        if mode == .direct, after {
            // As it comes: the rows, then the search text (made when needed, as before the spool: a sorted 1M import
            // peaked 20 MB higher with every part of the record made first).
            let id = nextID
            nextID += 1
            try row?.execute(record.rowValues(id: id, names: zip(record.officials, names).map { $1 ?? $0 }))
            for values in record.linkValues { try link?.execute(values) }
            for values in record.stepValues { try step?.execute(values) }
            try indexAndAudit(record.code, rowid: record.searchRowID(id: id), text: try text(), searchRows: searchRows, db)
            last = record.code
            return
        }
        try spool.append(key: record.code, Prepared(row: record.rowValues(id: 0, names: zip(record.officials, names).map { $1 ?? $0 }),
                                                    code: record.code, day: record.searchRowID(id: 0), text: try text(),
                                                    links: record.linkValues[...], steps: record.stepValues[...]).groups)
        if mode == .probing {
            last = record.code
            if !after {
                mode = .sorting
            } else if spool.count >= Self.probe {
                try drain(searchRows: searchRows, db)
                mode = .direct
            }
        }
    }

    /// Whether records wait to be written (`drain`).
    var isWaiting: Bool { !spool.isEmpty }

    /// Writes the records set aside, in code order: before anything else reads or writes the feedback tables
    /// (another kind of record, the end of the load), so that all find every record written, as before.
    func drain(searchRows: SearchRows, _ db: Database) throws {
        try spool.drain { try write(Prepared(groups: $0), searchRows: searchRows, db) }
    }

    /// A record ready to write but for its id: the row (its id and recency to fill in), the search rowid without the
    /// id and the folded search text, the officials' links and the history's steps.
    private struct Prepared {
        var row: [DatabaseValue]
        let code: String, day: Int64, text: String
        let links: ArraySlice<[DatabaseValue]>, steps: ArraySlice<[DatabaseValue]>

        init(row: [DatabaseValue], code: String, day: Int64, text: String, links: ArraySlice<[DatabaseValue]>,
             steps: ArraySlice<[DatabaseValue]>) {
            (self.row, self.code, self.day, self.text, self.links, self.steps) = (row, code, day, text, links, steps)
        }

        /// As the spool keeps it: values in groups.
        var groups: [[DatabaseValue]] {
            [row, [code.databaseValue, day.databaseValue, text.databaseValue, links.count.databaseValue]] + Array(links) + Array(steps)
        }

        init(groups: [[DatabaseValue]]) {
            guard groups.count >= 2, groups[0].count >= 2, case .string(let code) = groups[1][0].storage,
                  case .int64(let day) = groups[1][1].storage, case .string(let text) = groups[1][2].storage,
                  case .int64(let links) = groups[1][3].storage, groups.count >= 2 + Int(links) else {
                preconditionFailure("a record set aside is written by `groups`")
            }
            self.init(row: groups[0], code: code, day: day, text: text, links: groups[2..<2 + Int(links)],
                      steps: groups[(2 + Int(links))...])
        }
    }

    /// A record set aside, under the next id: the row, its officials and its history, then `indexAndAudit`.
    private func write(_ record: Prepared, searchRows: SearchRows, _ db: Database) throws {
        let id = nextID
        nextID += 1
        var values = record.row
        values[0] = id.databaseValue
        values[1] = (record.day | id).databaseValue
        try row?.execute(values)
        for values in record.links { try link?.execute(values) }
        for values in record.steps { try step?.execute(values) }
        try indexAndAudit(record.code, rowid: record.day | id, text: record.text, searchRows: searchRows, db)
    }

    /// A written record's search row and its one "created" audit row (as `AppDatabase.audit` writes it).
    private func indexAndAudit(_ code: String, rowid: Int64, text: String, searchRows: SearchRows, _ db: Database) throws {
        try searchRows.append((Feedback.table, rowid, text), db)
        try audit?.execute([now, user, Entity.feedback.rawValue, code, AuditEntry.createdField, "", ""].map(\.databaseValue))
    }

    /// Creates the dropped indexes again: the schema is as before the import.
    /// The records set aside are written first, and every search row held (in rowid order, while FTS5's hash is large).
    func end(searchRows: SearchRows, _ db: Database) throws {
        guard let statements = dropped, !statements.isEmpty else { return }
        try drain(searchRows: searchRows, db)
        try searchRows.flush(db)
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
