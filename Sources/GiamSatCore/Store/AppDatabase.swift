import Foundation
import GRDB

/// The one SQLite file of a commune. Every user action is one transaction; every
/// changed field leaves an audit row; a save carrying an old version is refused.
public struct AppDatabase: Sendable {
    /// Private: outside this file the store is reached through its named, audited operations
    /// (and, inside `GiamSatCore`, `read`/`write`), never through GRDB directly (docs/ARCHITECTURE.md, "Store").
    private let writer: any DatabaseWriter
    /// The file, or nil for an in-memory database (tests).
    public let path: String?

    init(_ writer: any DatabaseWriter, path: String?, migrate: Bool = true) throws {
        self.writer = writer
        self.path = path
        try mapErrors(path: path) {
            if try writer.read({ try Schema.migrator.hasBeenSuperseded($0) }) {
                throw GiamSatError.newerDatabase(path: path ?? ":memory:")
            }
            if migrate {
                if let path { try keepCopyBeforeUpgrade(databaseAt: path) }
                try Schema.migrator.migrate(writer)
            } else if try writer.read({ try !Schema.migrator.hasCompletedMigrations($0) }) {
                // Read-only and older than this version: it cannot be brought up to date here.
                throw GiamSatError.readOnly(path: path ?? ":memory:")
            }
        }
    }

    /// An empty database in memory: for tests and dry runs.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration()), path: nil)
    }

    /// Opens (creating if needed) the database of a data directory, in WAL mode so
    /// that a second window can read while one writes.
    public static func open(_ directory: DataDirectory, create: Bool) throws -> AppDatabase {
        if directory.isFile { throw GiamSatError.dataDirectoryIsFile(path: directory.path) }
        if !directory.databaseExists && !create {
            // A first import killed here leaves its private file: this start removes it (Leftovers).
            if access(directory.path, W_OK) == 0 { Leftovers.clean(directory) }
            throw GiamSatError.notInitialized(path: directory.path)
        }
        // A file or folder we cannot write can still be read: lists, exports and tallies work,
        // saving says why not, and no -wal/-shm file is left behind (DataDirectory.readOnlyURI).
        if directory.databaseExists && !create, let uri = directory.readOnlyURI {
            return try openReadOnly(directory, uri: uri)
        }
        try directory.prepare()
        // Temporary files of processes killed here before (an export, a backup, a first import) go first.
        Leftovers.clean(directory)
        let path = directory.databasePath
        let existed = ["", "-wal", "-shm"].map { FileManager.default.fileExists(atPath: path + $0) }
        // Created files get 0600 whatever the user's umask says.
        let previousMask = umask(0o077)
        defer { umask(previousMask) }
        do {
            // One process at a time creates or migrates the file (DataDirectory.withLock).
            let database = try directory.withLock {
                try mapErrors(path: path) { try AppDatabase(DatabasePool(path: path, configuration: configuration()), path: path) }
            }
            directory.protectFiles()
            return database
        } catch GiamSatError.diskFull {
            // Nothing could be written: take away the empty files this attempt created.
            for (suffix, was) in zip(["-wal", "-shm", ""], [existed[1], existed[2], existed[0]]) where !was {
                let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)?.intValue
                if size == 0 || (suffix == "-shm" && !FileManager.default.fileExists(atPath: path + "-wal")) {
                    try? FileManager.default.removeItem(atPath: path + suffix)
                }
            }
            // Reading needs no room (issue 19: under 32 KB free, list, check and the app refused): open it read-only,
            // and a save then says "disk full" (mapErrors).
            if !create, directory.databaseExists, let database = try? openReadOnly(directory, uri: directory.readingURI) {
                return database
            }
            throw GiamSatError.diskFull
        }
    }

    private static func openReadOnly(_ directory: DataDirectory, uri: String) throws -> AppDatabase {
        try mapErrors(path: directory.databasePath) {
            try AppDatabase(DatabaseQueue(path: uri, configuration: readOnlyConfiguration()), path: directory.databasePath, migrate: false)
        }
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // A second copy of the app writing at the same moment: wait rather than fail.
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            // Deleted and overwritten content is zeroed, not left in free pages: an identity changed
            // or sealed leaves no copy in clear in the file (docs/security.md).
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // A million-record import writes its whole transaction to the -wal; once checkpointed,
            // the file is cut back to this size instead of staying at a gigabyte.
            try db.execute(sql: "PRAGMA journal_size_limit = \(64 << 20)")
        }
        return config
    }

    /// Writes the -wal back into the database, cuts it to nothing, and closes every connection.
    /// Commands call this before they exit, so a large import leaves no large -wal behind.
    public func close() throws {
        try mapErrors(path: path) {
            if path != nil, !(writer.configuration.readonly) {
                _ = try writer.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            }
            // Readers first: the writer, closing last, is the one that may delete the -wal and -shm.
            (writer as? DatabasePool)?.releaseMemory()
            try writer.close()
        }
    }

    // MARK: Reading and writing with errors the user can read
    // Internal, as the unversioned `save` is: the app, the command line and the bench call named operations;
    // tests reach these with `@testable import GiamSatCore`.

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try mapErrors(path: path) { try writer.read(body) }
    }

    /// Stops the statements running now on every connection (`sqlite3_interrupt`): a read whose answer nobody
    /// waits for any more. They fail with SQLITE_INTERRUPT, and whoever ran them drops that (`EffectWorker`);
    /// a statement started after the call is not affected.
    public func interrupt() { writer.interrupt() }

    /// One transaction: all of `body` is saved, or none of it.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try mapErrors(path: path) { try writer.write(body) }
    }

    /// `body` outside a transaction: for what cannot run inside one (VACUUM, `temp_store`, a checkpoint) or opens its own.
    func withoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try mapErrors(path: path) { try writer.writeWithoutTransaction(body) }
    }

    /// Copies the whole database into `target` with SQLite's backup API (a consistent copy while others write).
    func copy(to target: DatabaseQueue) throws {
        try writer.backup(to: target)
    }

    /// Replaces the whole database by `source` with the backup API (other windows see the old data or the new,
    /// never a half), then brings it up to this version's schema.
    func replace(from source: DatabaseQueue) throws {
        try source.backup(to: writer)
        try Schema.migrator.migrate(writer)
    }

    /// A file (a pool of readers) rather than memory: several reads can run at the same time.
    var readsInParallel: Bool { writer is DatabasePool }

    /// Runs `body` in a transaction that is always rolled back (import --dry-run).
    func dryRun<T>(_ body: (Database) throws -> T) throws -> T {
        try mapErrors(path: path) {
            try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction {
                    result = try body(db)
                    return .rollback
                }
                return result!
            }
        }
    }
}

/// Turns SQLite failures into messages a user can act on.
func mapErrors<T>(path: String?, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as DatabaseError {
        let file = path ?? ":memory:"
        switch error.resultCode {
        case .SQLITE_FULL: throw GiamSatError.diskFull
        case .SQLITE_READONLY where path.map(DataDirectory.isFull(at:)) ?? false: throw GiamSatError.diskFull
        case .SQLITE_READONLY, .SQLITE_PERM: throw GiamSatError.readOnly(path: file)
        case .SQLITE_BUSY, .SQLITE_LOCKED: throw GiamSatError.databaseBusy
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: throw GiamSatError.notADatabase(path: file)
        case .SQLITE_CANTOPEN where path.map(DataDirectory.isFull(at:)) ?? false, .SQLITE_IOERR where path.map(DataDirectory.isFull(at:)) ?? false:
            throw GiamSatError.diskFull
        case .SQLITE_CANTOPEN: throw GiamSatError.cannotRead(path: file, reason: error.message ?? "cannot open")
        case .SQLITE_IOERR:
            // Extended code SQLITE_IOERR_WRITE etc. on a full disk surface as IOERR too.
            throw GiamSatError.cannotWrite(path: file, reason: error.message ?? "I/O error")
        default: throw GiamSatError.database(error.message ?? "\(error.resultCode)")
        }
    }
}
