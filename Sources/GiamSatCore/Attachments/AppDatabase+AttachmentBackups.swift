import Foundation
import GRDB

/// Backups carry their attachments (docs/formats.md "Attachments"): beside `backups/X.sqlite` the folder
/// `backups/X.sqlite.attachments/` holds the contents that backup names, laid out as in the data folder
/// (`ab/<sha256>`, `….sealed`), hard-linked from the data folder when it can be. Restore brings back the ones the data
/// folder lacks before the database is replaced, so the restored rows never name a file that is not there.
extension AppDatabase {
    static func attachmentsFolder(beside file: String) -> String { file + ".attachments" }

    /// The contents a database file names, read from that file (a backup made before attachments names none).
    static func storedContents(_ queue: DatabaseQueue) throws -> [(hash: String, sealed: Bool)] {
        try queue.read { db in
            guard try db.tableExists("attachment") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT DISTINCT sha256, sealed FROM attachment ORDER BY sha256").map {
                (try $0.text(at: 0), try $0.flag(at: 1))
            }
        }
    }

    /// Called by `backup(to:)` with the finished copy before it is put in place: its contents beside `destination`.
    func backUpAttachments(ofCopy copy: DatabaseQueue, beside destination: String) throws {
        guard let files = try? attachmentFiles() else { return }
        let contents = try Self.storedContents(copy)
        if contents.isEmpty { return }
        let target = AttachmentFiles(root: Self.attachmentsFolder(beside: destination))
        for (hash, sealed) in contents { try target.take(hash, sealed: sealed, from: files) }
    }

    /// Whether a backup names a file holding a reporter's identity that is not sealed.
    static func clearIdentityAttachments(_ queue: DatabaseQueue) throws -> Bool {
        try queue.read { db in
            try db.tableExists("attachment") && (try Bool.fetchOne(db, sql: "SELECT 1 FROM attachment WHERE identity = 1 AND sealed = 0 LIMIT 1") ?? false)
        }
    }

    /// Removes a backup and the attachments beside it (`protect --delete-old-backups`); false when the file stays.
    public static func removeBackup(at path: String) -> Bool {
        guard (try? FileManager.default.removeItem(atPath: path)) != nil else { return false }
        try? FileManager.default.removeItem(atPath: attachmentsFolder(beside: path))
        return true
    }

    /// Before a restore replaces the data: the backup's contents the data folder lacks come back.
    func restoreAttachments(from source: DatabaseQueue, backup path: String) throws {
        let contents = try Self.storedContents(source)
        if contents.isEmpty { return }
        let files = try attachmentFiles()
        let saved = AttachmentFiles(root: Self.attachmentsFolder(beside: path))
        for (hash, sealed) in contents { try files.take(hash, sealed: sealed, from: saved) }
    }
}
