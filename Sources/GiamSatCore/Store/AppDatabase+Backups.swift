import Foundation
import GRDB

/// Automatic daily backups in `backups/` of the data directory, and restoring one.
/// Manual backups (`giamsat-tui backup`) are never pruned; only the `auto-` files are.
public enum BackupRotation {
    public static let keepDaily = 7
    public static let keepWeekly = 4
    static let prefix = "auto-"

    /// `auto-2026-11-29.sqlite` → that day.
    static func date(ofFile name: String) -> LocalDate? {
        guard name.hasPrefix(prefix), name.hasSuffix(".sqlite") else { return nil }
        return LocalDate(iso: String(name.dropFirst(prefix.count).dropLast(".sqlite".count)))
    }

    /// The days to keep among the days that have a backup: the newest `keepDaily`, and the
    /// newest of each of the newest `keepWeekly` weeks (Monday to Sunday).
    public static func keep(_ days: [LocalDate]) -> Set<LocalDate> {
        let newestFirst = days.sorted(by: >)
        var kept = Set(newestFirst.prefix(keepDaily))
        var weeks: [Int] = []
        for day in newestFirst {
            let monday = day.dayNumber - (day.weekday - 1)
            if weeks.contains(monday) { continue }
            if weeks.count == keepWeekly { break }
            weeks.append(monday)
            kept.insert(day)
        }
        return kept
    }
}

/// What `restore` did: where the data it replaced was kept, and how many identities of a backup made before
/// `protect` it sealed again (nil when it sealed nothing because none needed it).
public struct RestoreOutcome: Equatable, Sendable {
    public var kept: String?
    public var resealed: Int?
}

/// What a database file holds, shown before `restore` replaces anything.
public struct DatabaseSummary: Equatable, Sendable {
    public var path: String
    public var commune: Commune?
    public var counts: [Entity: Int]
    /// When the newest audit row was written (the last change), if any.
    public var lastChange: String?
}

extension AppDatabase {
    /// The first start of the day makes `backups/auto-YYYY-MM-DD.sqlite` (backup API: consistent
    /// while other windows write) and prunes older automatic ones. Nil when today's exists.
    @discardableResult
    public func dailyBackup(in directory: DataDirectory, today: LocalDate = .today()) throws -> String? {
        let folder = DataDirectory(path: directory.path + "/backups")
        let path = folder.path + "/\(BackupRotation.prefix)\(today.iso).sqlite"
        // Nothing to keep yet (the first import creates the database a moment before): no backup.
        if FileManager.default.fileExists(atPath: path) { return nil }
        if try commune() == nil { return nil }
        try folder.prepare()
        try backup(to: path)
        Self.prune(folder: folder.path)
        return path
    }

    /// A backup made on request (`giamsat-tui backup`, the palette's "back up now"): `backups/giamsat-YYYYMMDD.sqlite`
    /// in `directory`, `-2`, `-3`… when the day has one already (never replaced). Returns its path.
    public func backupNow(in directory: DataDirectory, today: LocalDate = .today()) throws -> String {
        let folder = directory.path + "/backups"
        try DataDirectory(path: folder).prepare()
        let stamp = String(today.iso.filter(\.isNumber))
        var path = "\(folder)/giamsat-\(stamp).sqlite"
        var n = 2
        while FileManager.default.fileExists(atPath: path) {
            path = "\(folder)/giamsat-\(stamp)-\(n).sqlite"
            n += 1
        }
        try backup(to: path)
        return path
    }

    static func prune(folder: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let dated = names.compactMap { name in BackupRotation.date(ofFile: name).map { (name, $0) } }
        let kept = BackupRotation.keep(dated.map(\.1))
        for (name, day) in dated where !kept.contains(day) {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
            try? FileManager.default.removeItem(atPath: attachmentsFolder(beside: folder + "/" + name))
        }
    }

    /// Opens a file that is meant to be a giamsat database, read-only and without leaving
    /// `-wal`/`-shm` files beside it, and checks it: SQLite integrity, the app's schema, not newer.
    public static func inspect(databaseAt path: String) throws -> DatabaseSummary {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw GiamSatError.cannotRead(path: path, reason: "là một thư mục, không phải tệp sao lưu; chọn một tệp .sqlite trong đó (vd. backups/auto-….sqlite) / is a folder, not a backup file; give a .sqlite file in it (e.g. backups/auto-….sqlite)")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw GiamSatError.cannotRead(path: path, reason: FileManager.default.fileExists(atPath: path)
                                          ? "permission denied / không có quyền đọc" : "no such file / không có tệp này")
        }
        let queue = try mapErrors(path: path) { try DatabaseQueue(path: DataDirectory.immutableURI(path), configuration: readOnlyConfiguration()) }
        defer { try? queue.close() }
        return try mapErrors(path: path) {
            try queue.read { db in
                guard try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"] else { throw GiamSatError.notADatabase(path: path) }
                guard try db.tableExists("grdb_migrations"), try db.tableExists("commune"), try db.tableExists("feedback") else {
                    throw GiamSatError.notADatabase(path: path)
                }
                if try Schema.migrator.hasBeenSuperseded(db) { throw GiamSatError.newerDatabase(path: path) }
                var counts: [Entity: Int] = [:]
                // A backup made before a kind was added has no table for it: none of those records.
                for (kind, _) in RecordKinds.records {
                    counts[kind.entity] = try db.tableExists(kind.table) ? Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(kind.table)") ?? 0 : 0
                }
                return DatabaseSummary(path: path, commune: try Self.commune(db), counts: counts,
                                       lastChange: try String.fetchOne(db, sql: "SELECT at FROM audit ORDER BY id DESC LIMIT 1"))
            }
        }
    }

    static func readOnlyConfiguration() -> Configuration {
        var config = configuration()
        config.readonly = true
        return config
    }

    /// Replaces this database's content with the file's, after `inspect` accepted it. The
    /// current content is first kept as `backups/truoc-khoi-phuc-….sqlite`; the copy goes
    /// through SQLite's backup API into the open database, so other windows see either the
    /// old data or the new, never a mix. Returns the path of the kept copy (nil if there was no data).
    ///
    /// A backup made before `protect`, restored into a protected folder, would put every identity back in clear
    /// without a word (issue 19): the folder's protection key is kept and every clear identity is sealed to it again
    /// in the same step, then the file is rewritten (`RestoreOutcome.resealed` says how many).
    @discardableResult
    public func restore(from path: String, in directory: DataDirectory, by user: String, now: Date = Date()) throws -> RestoreOutcome {
        _ = try Self.inspect(databaseAt: path)
        let protection = try read { try Self.protection($0) }
        let kept = try commune() == nil ? nil : try keepCopy(named: "truoc-khoi-phuc", in: directory, now: now)
        let source = try mapErrors(path: path) { try DatabaseQueue(path: DataDirectory.immutableURI(path), configuration: Self.readOnlyConfiguration()) }
        defer { try? source.close() }
        try restoreAttachments(from: source, backup: path)
        try mapErrors(path: self.path) {
            // An older file is brought up to this version's schema.
            try replace(from: source)
        }
        let resealed = try write { db -> Int? in
            let code = try Self.commune(db)?.code ?? ""
            try Self.audit(db, AuditEntry(at: Self.timestamp(now), by: user, entity: .commune, code: code,
                                          field: AuditEntry.restoredField, old: kept ?? "", new: path))
            guard let protection, try Self.protection(db) == nil else { return nil }
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES (?, ?)", arguments: [ProtectionHeader.settingKey, protection.json])
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES (?, '1')", arguments: [Self.scrubPendingKey])
            let count = try Self.sealClearIdentities(db, to: try protection.publicKeyValue)
            try Self.audit(db, AuditEntry(at: Self.timestamp(now), by: user, entity: .commune, code: code,
                                          field: AuditEntry.protectedField, old: "", new: String(count)))
            return count
        }
        if let protection { try sealIdentityAttachments(to: try protection.publicKeyValue) }
        if let resealed {
            do { try finishProtection() } catch GiamSatError.diskFull { throw GiamSatError.protectedNotScrubbed(count: resealed) }
        }
        return RestoreOutcome(kept: kept, resealed: resealed)
    }

    /// Copies the data to `backups/NAME-YYYY-MM-DDTHHMMSS.sqlite` (`-2`, `-3`… when taken) before a step that changes
    /// it wholesale (restore, merge, an upgrade), so `restore` can take it back to that moment. Returns the copy's path.
    public func keepCopy(named name: String, in directory: DataDirectory, now: Date = Date()) throws -> String {
        let folder = DataDirectory(path: directory.path + "/backups")
        try folder.prepare()
        let stamp = Self.timestamp(now).prefix(19).replacingOccurrences(of: ":", with: "")
        var candidate = folder.path + "/\(name)-\(stamp).sqlite"
        var n = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = folder.path + "/\(name)-\(stamp)-\(n).sqlite"
            n += 1
        }
        try backup(to: candidate)
        return candidate
    }

    /// A file last written by an older version (a package upgraded over its data) is copied to
    /// `backups/truoc-nang-cap-….sqlite` before its first migration: going back to the older version, or a
    /// migration that went wrong, still has the data as it was. A new, empty file has nothing to keep.
    func keepCopyBeforeUpgrade(databaseAt path: String) throws {
        let older = try read { db in
            try !Schema.migrator.appliedIdentifiers(db).isEmpty && !Schema.migrator.hasCompletedMigrations(db)
        }
        if older { _ = try keepCopy(named: Self.upgradeCopyName, in: DataDirectory(path: (path as NSString).deletingLastPathComponent)) }
    }

    static let upgradeCopyName = "truoc-nang-cap"
}
