import GRDB

/// Search index rows held back and written together. FTS5 writes its pending rows to disk at every
/// statement savepoint, and SQLite opens one for each upsert: written one by one between upserts, a
/// million records made a million tiny index segments to merge (docs/performance.md, "Import").
/// Written in batches, in the same transaction, they make a few large ones.
final class SearchRows {
    typealias Row = (table: String, rowid: Int64, text: String)
    private var rows: [Row] = []
    /// The tables `rows` holds rows of: `flush(_:only:)` looks here, not through the batch, once per official.
    private var tables: Set<String> = []
    let batch: Int
    /// Each table's INSERT, bound through SQLite's C API (`BulkStatement`): a million rows per import.
    private var statements: [String: BulkStatement] = [:]

    init(batch: Int = 100_000) { self.batch = batch }

    /// The index row of a record's text: its folded words, in order.
    static func row(_ table: String, _ rowid: Int64, _ text: String) -> Row {
        (table, rowid, folded(text))
    }

    /// A record's text as the index holds it: its folded words, in order.
    static func folded(_ text: String) -> String { VietnameseText.searchTokens(text).joined(separator: " ") }

    func append(_ row: Row, _ db: Database) throws {
        rows.append(row)
        tables.insert(row.table)
        if rows.count >= batch { try flush(db) }
    }

    /// Writes what is held, in rowid order per table. Called before anything else touches the index directly.
    /// FTS5 keeps pending words per term in rowid order and writes them out as a segment whenever a rowid is not
    /// larger than the one before: rows in random order (a bundle not sorted by date: the feedback rowid is the
    /// received day's recency) made a segment for nearly every row, and the import took twice as long (issue 19).
    /// Sorted in each batch, the rowids go up but at the batch's start; a batch of 100,000 rows (about 20 MB) makes
    /// an import of up to 100,000 records in any order write its index as a sorted one does. The sort is stable: a
    /// row written twice keeps its last text.
    func flush(_ db: Database) throws {
        let ordered = rows.enumerated().sorted { ($0.element.table, $0.element.rowid, $0.offset) < ($1.element.table, $1.element.rowid, $1.offset) }
        for (_, row) in ordered { try write(row, db) }
        rows.removeAll(keepingCapacity: true)
        tables.removeAll()
    }

    /// Writes what is held for one table only, before something else writes that table's index directly;
    /// the other tables' rows stay in the batch. (Flushing everything before each official made one index
    /// segment per official: 100,000 of them at 1M, a tenth of the import.)
    func flush(_ db: Database, only table: String) throws {
        guard tables.remove(table) != nil else { return }
        for row in rows where row.table == table { try write(row, db) }
        rows.removeAll { $0.table == table }
    }

    static func write(_ row: Row, _ db: Database) throws {
        try db.cachedStatement(sql: sql(row.table)).execute(arguments: [row.rowid, row.text])
    }

    private func write(_ row: Row, _ db: Database) throws {
        if statements[row.table] == nil { statements[row.table] = try BulkStatement(Self.sql(row.table), db) }
        try statements[row.table]?.execute([row.rowid.databaseValue, row.text.databaseValue])
    }

    private static func sql(_ table: String) -> String { "INSERT OR REPLACE INTO \(table)_search(rowid, text) VALUES (?, ?)" }
}
