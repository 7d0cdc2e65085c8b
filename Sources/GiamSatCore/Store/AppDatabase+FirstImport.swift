import Foundation
import GRDB

extension AppDatabase {
    /// Makes a commune's first database: built whole under a name of this process (`.giamsat.sqlite.PID.new`),
    /// then put in place with `link`, which fails rather than replace a database another process put there first.
    /// Until `body` has succeeded nothing named `giamsat.sqlite` exists, so a refused, failed or killed first import
    /// leaves no half-made database (tables and no commune: `check` failed and the app opened with a blank name),
    /// and the only file it ever removes is its own (issue 19: a refused import once deleted the database a second
    /// import had just made). Returns nil, with nothing kept, when another process made the database meanwhile:
    /// the caller then works on that one.
    public static func buildNew<T>(_ directory: DataDirectory, _ body: (AppDatabase) throws -> T) throws -> T? {
        try directory.prepare()
        Leftovers.clean(directory) // a first import killed before this one
        let staging = directory.path + "/.giamsat.sqlite.\(getpid()).new"
        let companions = ["", "-journal", "-wal", "-shm"]
        func discard() { for suffix in companions { unlink(staging + suffix) } }
        discard() // an earlier process with this id is gone: what it left is nobody's
        let previousMask = umask(0o077)
        defer { umask(previousMask) }
        let result: T
        do {
            // A rollback journal, not WAL, while it is private: one file to put in place. The first window opening it
            // turns WAL on, as for any database.
            let queue = try mapErrors(path: directory.databasePath) { try DatabaseQueue(path: staging, configuration: configuration()) }
            do {
                result = try body(try AppDatabase(queue, path: staging))
                try queue.close()
            } catch {
                try? queue.close()
                throw error
            }
            try Self.flushToDisk(staging)
        } catch {
            discard()
            throw error
        }
        let placed = try directory.withLock { () throws -> Bool in
            if link(staging, directory.databasePath) == 0 { return true }
            if errno == EEXIST { return false }
            let reason = Files.posixReason(errno)
            throw GiamSatError.cannotWrite(path: directory.databasePath, reason: reason)
        }
        discard()
        if placed { try? Self.flushToDisk(directory.path) }
        return placed ? result : nil
    }

    /// `fsync` of a file or folder: what was acknowledged is on the disk.
    static func flushToDisk(_ path: String) throws {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw GiamSatError.cannotWrite(path: path, reason: Files.posixReason(errno)) }
        defer { Glibc.close(fd) }
        if fsync(fd) != 0 { throw GiamSatError.cannotWrite(path: path, reason: Files.posixReason(errno)) }
    }
}
