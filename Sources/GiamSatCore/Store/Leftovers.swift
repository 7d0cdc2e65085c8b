import Foundation

/// Files a process makes under a name of its own (`.F.PID.tmp`, `….sqlite.PID.partial`, `.giamsat.sqlite.PID.new`)
/// and renames or removes when it is done. A `kill -9` leaves them behind; they may hold identities in clear (an
/// export with `--include-identities`). The next run that writes the same file, and every start in the data folder,
/// removes those whose process is gone (issue 19), and never one of a process still running.
public enum Leftovers {
    /// True while a process with this id runs (or exists under another user: then it is not ours to judge).
    static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// The process id in `name` when it is `prefix` + digits + `suffix…` (a suffix such as "-journal" may follow).
    static func owner(of name: String, prefix: String, suffix: String) -> Int32? {
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(suffix) else { return nil }
        return Int32(digits)
    }

    /// Removes, in `folder`, the files named `prefix` PID `suffix` (with any ending after it) of processes that are gone.
    /// Returns how many were removed.
    @discardableResult
    public static func remove(in folder: String, prefix: String, suffix: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        var removed = 0
        for name in names {
            guard let pid = owner(of: name, prefix: prefix, suffix: suffix), pid != getpid(), !isRunning(pid) else { continue }
            if unlink((folder.isEmpty ? "." : folder) + "/" + name) == 0 { removed += 1 }
        }
        return removed
    }

    /// What a start in a data folder cleans: a first import that was killed, temporary files of writes into the
    /// folder, and backups that were being made.
    @discardableResult
    public static func clean(_ directory: DataDirectory) -> Int {
        var removed = remove(in: directory.path, prefix: ".giamsat.sqlite.", suffix: ".new")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in Set(names.compactMap(temporaryTarget)) {
            removed += remove(in: directory.path, prefix: "." + name + ".", suffix: ".tmp")
        }
        let backups = directory.path + "/backups"
        let backupNames = (try? FileManager.default.contentsOfDirectory(atPath: backups)) ?? []
        for name in Set(backupNames.compactMap(partialTarget)) {
            removed += remove(in: backups, prefix: name + ".", suffix: ".partial")
        }
        removed += AttachmentFiles(dataFolder: directory.path).cleanLeftovers()
        return removed
    }

    /// `.x.json.123.tmp` → `x.json`.
    static func temporaryTarget(_ name: String) -> String? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.last!.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return parts.dropLast().joined(separator: ".")
    }

    /// `auto-2026-12-01.sqlite.123.partial` (or `….partial-journal`) → `auto-2026-12-01.sqlite`.
    static func partialTarget(_ name: String) -> String? {
        guard let range = name.range(of: ".sqlite.") else { return nil }
        let target = String(name[..<range.upperBound].dropLast())
        return owner(of: name, prefix: target + ".", suffix: ".partial") == nil ? nil : target
    }
}
