import Foundation
import GRDB

/// A record the store knows how to read and write. The generic `save` below adds the
/// version check, the audit rows and the search index, so each type only maps columns.
public protocol StoredRecord: AuditedRecord, Validated {
    static var table: String { get }
    static func fetch(_ db: Database, code: String) throws -> Self?
    /// Inserts or updates the row and its child rows; returns the row id.
    func upsert(_ db: Database) throws -> Int64
    /// Folded words to index for search, or nil if the kind has no search.
    func searchText(_ db: Database) throws -> String?
    /// The search index's rowid for the row `id`.
    func searchRowID(id: Int64) -> Int64
    /// The column of the table that holds `searchRowID`.
    static var searchKeyColumn: String { get }
    /// The record as it is stored: with `protect` on, a feedback record's identity sealed.
    func forStorage(old: Self?, _ db: Database) throws -> Self
    /// The rules that need the stored record or others (a plan's status never goes back): throws a
    /// `RecordError` to refuse the save. Every save runs it: forms, imports, the command line.
    func check(replacing old: Self?, _ db: Database) throws
}

extension StoredRecord {
    public func searchText(_ db: Database) throws -> String? { nil }
    public func searchRowID(id: Int64) -> Int64 { id }
    public static var searchKeyColumn: String { "id" }
    public func forStorage(old: Self?, _ db: Database) throws -> Self { self }
    public func check(replacing old: Self?, _ db: Database) throws {}
}

/// What a save did.
public enum SaveOutcome: Equatable, Sendable {
    case added
    case updated(fields: [String])
    case unchanged
}

extension AppDatabase {
    /// Saves one record in its own transaction. `expectedVersion` is the version the
    /// user started editing; nil means "whatever is there" (imports).
    @discardableResult
    func save<R: StoredRecord>(_ record: R, expectedVersion: Int? = nil, by user: String) throws -> SaveOutcome {
        try write { db in try Self.save(record, expectedVersion: expectedVersion, by: user, in: db) }
    }

    /// `now` is the audit time: an import passes one for all its records rather than format a clock per record.
    /// `searchRows`, when given, collects the search index rows instead of writing them (imports: see `SearchRows`).
    /// `checked` false only for undo, which puts back what the record was (a plan's earlier status).
    static func save<R: StoredRecord>(_ record: R, expectedVersion: Int?, by user: String, at now: String? = nil,
                                      searchRows: SearchRows? = nil, checked: Bool = true, in db: Database) throws -> SaveOutcome {
        // The last boundary: whatever the caller (form, import, CLI), no over-long text and no date out of range.
        if let invalid = record.validationErrors().first { throw invalid }
        let now = now ?? timestamp()
        let old = try R.fetch(db, code: record.code)
        if checked { try record.check(replacing: old, db) }
        let record = try record.forStorage(old: old, db)
        guard let old else {
            if let expectedVersion, expectedVersion > 0 { throw GiamSatError.staleWrite(entity: R.entity, code: record.code) }
            let id = try record.upsert(db)
            try index(record, id: id, db, into: searchRows)
            try audit(db, AuditEntry(at: now, by: user, entity: R.entity, code: record.code,
                                     field: AuditEntry.createdField, old: "", new: ""))
            return .added
        }
        if let expectedVersion, expectedVersion != old.version {
            throw GiamSatError.staleWrite(entity: R.entity, code: record.code)
        }
        let changes = record.changes(from: old)
        if changes.isEmpty && record.hasSameContent(as: old) { return .unchanged }
        let id = try record.upsert(db)
        try db.cachedStatement(sql: "UPDATE \(R.table) SET version = ? WHERE id = ?").execute(arguments: [old.version + 1, id])
        try index(record, id: id, db, into: searchRows)
        for change in changes {
            try audit(db, AuditEntry(at: now, by: user, entity: R.entity, code: record.code,
                                     field: change.field, old: change.old, new: change.new))
        }
        return .updated(fields: changes.map(\.field))
    }

    /// A merged record is also found by the codes it had in its former communes (typing `PA-2024-0001` finds the record
    /// that was PA-2024-0001 in xã B and is PA-2024-0007 here). So a merge writes a record's origin rows
    /// (`addOrigin`) before it saves the record, or saves the record again after, for its index to hold them.
    static func index<R: StoredRecord>(_ record: R, id: Int64, _ db: Database, into rows: SearchRows? = nil) throws {
        guard let text = try record.searchText(db) else { return }
        let row = SearchRows.row(R.table, record.searchRowID(id: id), ([text] + (try formerCodes(R.entity, record.code, db))).joined(separator: " "))
        if let rows { return try rows.append(row, db) }
        try SearchRows.write(row, db)
    }

    /// The codes a merged record had in its former communes (`record_origin`), which its search row holds too.
    static func formerCodes(_ entity: Entity, _ code: String, _ db: Database) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: "SELECT former_code FROM record_origin WHERE entity = ? AND code = ?"),
                            arguments: [entity.rawValue, code])
    }

    /// Writes a stored record's search row again: after an origin is added to a record already saved (an official
    /// joined from a second former commune), so its index holds that former code too.
    static func reindex<R: StoredRecord>(_ type: R.Type, code: String, _ db: Database) throws {
        guard let record = try R.fetch(db, code: code),
              let id = try Int64.fetchOne(db, sql: "SELECT id FROM \(R.table) WHERE code = ?", arguments: [code]) else { return }
        try index(record, id: id, db)
    }

    static let auditSQL = "INSERT INTO audit(at, by, entity, code, field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?)"

    static func audit(_ db: Database, _ entry: AuditEntry) throws {
        try db.cachedStatement(sql: auditSQL)
            .execute(arguments: [entry.at, entry.by, entry.entity.rawValue, entry.code, entry.field, entry.old, entry.new])
    }

    /// Local time to the second, ISO 8601 with offset: when the audit row was written.
    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone.current
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The audit trail of one record, oldest first.
    public func auditTrail(_ entity: Entity, code: String) throws -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE entity = ? AND code = ? ORDER BY id",
                             arguments: [entity.rawValue, code]).map {
                AuditEntry(at: try $0.text("at"), by: try $0.text("by"), entity: entity, code: try $0.text("code"),
                           field: try $0.text("field"), old: try $0.text("old"), new: try $0.text("new"))
            }
        }
    }

    public func fetch<R: StoredRecord>(_ type: R.Type, code: String) throws -> R? {
        try read { db in try R.fetch(db, code: code) }
    }
}

extension Entity {
    /// The table that holds this kind of record (`RecordKind.table`).
    var table: String { kind.table }
}

extension AppDatabase {
    /// Whether a record of `entity` has `code`, by the code's index. A residence review, whose code is two columns,
    /// is looked up by them.
    static func exists(_ entity: Entity, code: String, _ db: Database) throws -> Bool {
        guard entity.kind.codeIsColumn else { return try entity.kind.record?.fetch(db, code: code) != nil }
        return try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM \(entity.table) WHERE code = ?"), arguments: [code]) == true
    }
}
