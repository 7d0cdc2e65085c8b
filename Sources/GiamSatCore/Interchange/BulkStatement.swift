import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// An INSERT the bulk load runs a million times, bound and stepped through SQLite's C API. Through GRDB each
/// run builds its `StatementArguments` (an array of existential values) and binds them generically, which at
/// 1M cost as much as a sixth of the import (docs/performance.md, "Import"). Values come converted by GRDB
/// (`DatabaseValue`), so what is stored is the same. Prepared on the import's connection, finalized with it.
final class BulkStatement {
    private let statement: OpaquePointer
    private let connection: OpaquePointer
    private let sql: String

    init(_ sql: String, _ db: Database) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE, sql: sql) }
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &prepared, nil)
        guard code == SQLITE_OK, let prepared else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.connection = connection
        self.statement = prepared
        self.sql = sql
    }

    deinit { sqlite3_finalize(statement) }

    func execute(_ values: [DatabaseValue]) throws {
        defer { sqlite3_reset(statement) }
        for (index, value) in values.enumerated() { bind(value, at: Int32(index + 1)) }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
    }

    private func bind(_ value: DatabaseValue, at index: Int32) {
        // SQLite copies text and blobs (SQLITE_TRANSIENT): the Swift values may go before the step.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        switch value.storage {
        case .null: sqlite3_bind_null(statement, index)
        case .int64(let number): sqlite3_bind_int64(statement, index, number)
        case .double(let number): sqlite3_bind_double(statement, index, number)
        case .string(let text): sqlite3_bind_text(statement, index, text, -1, transient)
        case .blob(let data): _ = data.withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), transient) }
        }
    }
}
