import Foundation

extension DataDirectory {
    /// Runs `body` holding an exclusive `flock` on the folder itself (nothing is created for it): processes that
    /// create, migrate or put a database in place take turns, so two first imports cannot both migrate one new
    /// file ("duplicate column name") and no process removes a database another has just put there (issue 19).
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return try body() } // nothing to lock yet: the caller creates the folder first
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { return try body() } // a file system without locks: go on as before
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
