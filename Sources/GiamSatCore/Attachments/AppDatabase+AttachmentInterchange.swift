import Foundation
import GRDB

/// Attachments carried by `export --with-attachments`, `import` and `merge-commune` (docs/formats.md "Attachments").
extension AppDatabase {
    /// Writes the attachments beside an exported bundle: the contents (opened when sealed, checked against their
    /// hash) and then `index.json`. A file holding a reporter's identity goes only with `includeIdentities`, as the
    /// identity does. Returns how many were written.
    @discardableResult
    public func exportAttachments(beside bundle: String, includeIdentities: Bool, passphrase: String? = nil) throws -> Int {
        let all = try read { try Self.allAttachments($0) }.filter { includeIdentities || !$0.identity }
        let folder = AttachmentIndex.folder(beside: bundle)
        let target = AttachmentFiles(root: folder)
        try AttachmentFiles.makeFolder(folder, for: folder)
        // Each content is read back and checked against its hash: a damaged file is refused here, not at the import.
        for a in all where !target.exists(a.sha256) {
            try target.store(try openedContent(a, passphrase: passphrase), hash: a.sha256)
        }
        try Files.write(try AttachmentIndex.json(all.map { var a = $0; a.sealed = false; return a }), to: folder + "/index.json")
        return all.count
    }

    /// Brings in the attachments of `index` for records now in the database, inside the caller's transaction:
    /// each content checked against its hash and stored (its hash added to `written` when this call wrote it, so a
    /// failed or dry run can take it back); `code` maps a record's code in the index to its code here (merge).
    /// An attachment already here with the same content is left alone, so importing twice changes nothing.
    static func importAttachments(_ index: AttachmentIndex, into files: AttachmentFiles?, by user: String, file: String,
                                  code: (Entity, String) throws -> String?, written: inout Set<String>, _ db: Database) throws -> Int {
        var added = 0
        for a in index.attachments {
            let data = try index.content(a)
            guard let record = try code(a.entity, a.record), try storedRecord(a.entity, code: record, db) != nil else {
                throw GiamSatError.attachment(.recordMissing(file: AttachmentIndex.folder(beside: file) + "/index.json", entity: a.entity, record: a.record))
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM attachment WHERE entity = ? AND record = ? AND sha256 = ? AND name = ?",
                                 arguments: [a.entity.rawValue, record, a.sha256, a.name]) ?? false { continue }
            if let files, try files.store(data, hash: a.sha256) { written.insert(a.sha256) }
            let taken = try Bool.fetchOne(db, sql: "SELECT 1 FROM attachment WHERE entity = ? AND record = ? AND id = ?",
                                          arguments: [a.entity.rawValue, record, a.id]) ?? false
            var row = a
            row.record = record
            row.size = data.count
            row.sealed = false
            if taken {
                row.id = (try Int.fetchOne(db, sql: "SELECT MAX(id) FROM attachment WHERE entity = ? AND record = ?",
                                           arguments: [a.entity.rawValue, record]) ?? 0) + 1
            }
            try insert(row, db)
            try audit(db, AuditEntry(at: timestamp(), by: user, entity: a.entity, code: record, field: AttachmentText.auditAdded,
                                     old: "", new: "\(row.id) \(row.name) ← \(file)"))
            added += 1
        }
        return added
    }

    /// After a failed or rolled-back import or merge: the contents it wrote that no row names.
    func removeUnwritten(_ written: Set<String>) {
        guard let files = try? attachmentFiles() else { return }
        for hash in written { try? removeUnused(hash, files) }
    }
}
