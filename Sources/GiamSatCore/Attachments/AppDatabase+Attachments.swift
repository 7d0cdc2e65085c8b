import Crypto
import Foundation
import GRDB

/// What undoes the addition of one attachment (the step of `attach`).
public struct AttachmentUndo: Equatable, Sendable {
    public let id: Int
    public let name: String
}

/// Files held by records (issue 21): added by path, listed, voided and restored (never deleted), marked as holding
/// the reporter's identity, opened. Each change is one transaction with an audit row on the record
/// (`attachment`, `attachment.voided`, `attachment.identity`, `attachment.undone`); the content is written before the
/// row and taken away again when the row could not be written, so nothing is ever half done.
extension AppDatabase {
    /// The content folder of this database's data folder; refused for a database in memory.
    func attachmentFiles() throws -> AttachmentFiles {
        guard let path else { throw GiamSatError.attachment(.noDataFolder) }
        return AttachmentFiles(dataFolder: (path as NSString).deletingLastPathComponent)
    }

    /// Copies the file at `file` into the data folder (once per content) and attaches it to the record.
    @discardableResult
    public func attach(_ entity: Entity, code: String, file: String, by user: String,
                       limit: Int = AttachmentFiles.limit) throws -> (attachment: Attachment, undo: UndoStep) {
        let files = try attachmentFiles()
        try read { db in
            guard try Self.storedRecord(entity, code: code, db) != nil else { throw GiamSatError.notFound(entity: entity, code: code) }
        }
        let data = try AttachmentFiles.readSource(file, limit: limit)
        let hash = AttachmentFiles.hash(data)
        let wrote = try files.store(data, hash: hash)
        do {
            let attachment = try write { db -> Attachment in
                let id = (try Int.fetchOne(db, sql: "SELECT MAX(id) FROM attachment WHERE entity = ? AND record = ?",
                                           arguments: [entity.rawValue, code]) ?? 0) + 1
                let name = VietnameseText.clean((file as NSString).lastPathComponent)
                let attachment = Attachment(entity: entity, record: code, id: id, name: name, size: data.count,
                                            addedOn: Self.timestamp(), addedBy: user, sha256: hash)
                try Self.insert(attachment, db)
                try Self.audit(db, AuditEntry(at: attachment.addedOn, by: user, entity: entity, code: code,
                                              field: AttachmentText.auditAdded, old: "", new: "\(id) \(name)"))
                return attachment
            }
            var step = UndoStep(entity: entity, code: code, change: .creation)
            step.attachment = AttachmentUndo(id: attachment.id, name: attachment.name)
            return (attachment, step)
        } catch {
            if wrote { try? removeUnused(hash, files) }
            throw error
        }
    }

    static func insert(_ a: Attachment, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO attachment(entity, record, id, name, size, added_on, added_by, sha256, identity, sealed, void_reason, voided_on, voided_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [a.entity.rawValue, a.record, a.id, a.name, a.size, a.addedOn, a.addedBy, a.sha256, a.identity, a.sealed,
                             a.voided?.reason, a.voided?.on, a.voided?.by])
    }

    static func attachment(_ row: Row) throws -> Attachment? {
        guard let entity = Entity(rawValue: try row.text("entity")) else { return nil }
        let voided = try row.optionalText("voided_on").map {
            VoidMark(reason: try row.optionalText("void_reason") ?? "", on: $0, by: try row.optionalText("voided_by") ?? "")
        }
        return Attachment(entity: entity, record: try row.text("record"), id: try row.integer("id"), name: try row.text("name"),
                          size: try row.integer("size"), addedOn: try row.text("added_on"), addedBy: try row.text("added_by"),
                          sha256: try row.text("sha256"), identity: try row.flag("identity"), sealed: try row.flag("sealed"), voided: voided)
    }

    static func attachments(_ entity: Entity, code: String, _ db: Database) throws -> [Attachment] {
        try Row.fetchAll(db, sql: "SELECT * FROM attachment WHERE entity = ? AND record = ? ORDER BY id",
                         arguments: [entity.rawValue, code]).compactMap(attachment)
    }

    /// A record's attachments in the order they were added, voided ones included (they say so).
    public func attachments(_ entity: Entity, code: String) throws -> [Attachment] {
        try read { try Self.attachments(entity, code: code, $0) }
    }

    /// Every attachment, in record order (export, backups, check).
    static func allAttachments(_ db: Database) throws -> [Attachment] {
        try Row.fetchAll(db, sql: "SELECT * FROM attachment ORDER BY entity, record, id").compactMap(attachment)
    }

    static func fetchAttachment(_ entity: Entity, code: String, id: Int, _ db: Database) throws -> Attachment {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM attachment WHERE entity = ? AND record = ? AND id = ?",
                                         arguments: [entity.rawValue, code, id]), let found = try attachment(row) else {
            throw GiamSatError.attachment(.notFound(entity: entity, record: code, id: id))
        }
        return found
    }

    /// Voids an attachment added by mistake: it stays in the list, marked, with its reason; its file stays.
    public func voidAttachment(_ entity: Entity, code: String, id: Int, reason: String, by user: String) throws {
        try write { db in
            let found = try Self.fetchAttachment(entity, code: code, id: id, db)
            if found.voided != nil { return }
            let now = Self.timestamp(), reason = VietnameseText.clean(reason)
            try db.execute(sql: "UPDATE attachment SET void_reason = ?, voided_on = ?, voided_by = ? WHERE entity = ? AND record = ? AND id = ?",
                           arguments: [reason, now, user, entity.rawValue, code, id])
            try Self.audit(db, AuditEntry(at: now, by: user, entity: entity, code: code, field: AttachmentText.auditVoided,
                                          old: "", new: "\(id) \(found.name): \(reason)"))
        }
    }

    public func restoreAttachment(_ entity: Entity, code: String, id: Int, by user: String) throws {
        try write { db in
            let found = try Self.fetchAttachment(entity, code: code, id: id, db)
            guard let mark = found.voided else { return }
            try db.execute(sql: "UPDATE attachment SET void_reason = NULL, voided_on = NULL, voided_by = NULL WHERE entity = ? AND record = ? AND id = ?",
                           arguments: [entity.rawValue, code, id])
            try Self.audit(db, AuditEntry(at: Self.timestamp(), by: user, entity: entity, code: code, field: AttachmentText.auditVoided,
                                          old: "\(id) \(found.name): \(mark.reason)", new: ""))
        }
    }

    /// Undo of an addition: the row goes (it was only just added), and its file when no other row names it.
    func undoAttachment(_ entity: Entity, code: String, _ undo: AttachmentUndo, by user: String) throws {
        let files = try attachmentFiles()
        let hash = try write { db -> String in
            let found = try Self.fetchAttachment(entity, code: code, id: undo.id, db)
            try db.execute(sql: "DELETE FROM attachment WHERE entity = ? AND record = ? AND id = ?", arguments: [entity.rawValue, code, undo.id])
            try Self.audit(db, AuditEntry(at: Self.timestamp(), by: user, entity: entity, code: code, field: AttachmentText.auditUndone,
                                          old: "\(undo.id) \(found.name)", new: ""))
            return found.sha256
        }
        try removeUnused(hash, files)
    }

    /// Removes the content of `hash` (plain and sealed) when no row names it any more.
    func removeUnused(_ hash: String, _ files: AttachmentFiles) throws {
        let used = try read { try Bool.fetchOne($0, sql: "SELECT 1 FROM attachment WHERE sha256 = ? LIMIT 1", arguments: [hash]) ?? false }
        if !used {
            files.remove(hash, sealed: false)
            files.remove(hash, sealed: true)
        }
    }

    /// Marks a feedback record's file as holding the reporter's identity (or not). When identities are protected the
    /// content is sealed at once; taking the mark off a sealed file opens it with the passphrase.
    public func markAttachmentIdentity(_ entity: Entity, code: String, id: Int, identity: Bool, passphrase: String? = nil, by user: String) throws {
        guard entity == .feedback || !identity else { throw GiamSatError.attachment(.identityOnlyForFeedback) }
        let found = try read { try Self.fetchAttachment(entity, code: code, id: id, $0) }
        if found.identity == identity { return }
        if !identity, found.sealed {
            // The plain copy comes back before the row says so.
            let files = try attachmentFiles()
            try files.store(try openedContent(found, passphrase: passphrase), hash: found.sha256)
        }
        try write { db in
            try db.execute(sql: "UPDATE attachment SET identity = ?, sealed = CASE WHEN ? THEN sealed ELSE 0 END WHERE entity = ? AND record = ? AND id = ?",
                           arguments: [identity, identity, entity.rawValue, code, id])
            try Self.audit(db, AuditEntry(at: Self.timestamp(), by: user, entity: entity, code: code, field: AttachmentText.auditIdentity,
                                          old: identity ? "" : "\(id)", new: identity ? "\(id)" : ""))
        }
        if identity, let header = try read({ try Self.protection($0) }) { try sealIdentityAttachments(to: try header.publicKeyValue) }
    }

    /// The content of an attachment, checked against its hash; a sealed one is opened with the passphrase
    /// (or `GIAMSAT_PASSPHRASE`, or a key unlocked earlier in this process).
    public func attachmentContent(_ entity: Entity, code: String, id: Int, passphrase: String? = nil) throws -> Data {
        try openedContent(try read { try Self.fetchAttachment(entity, code: code, id: id, $0) }, passphrase: passphrase)
    }

    func openedContent(_ a: Attachment, passphrase: String?) throws -> Data {
        let files = try attachmentFiles()
        guard let stored = files.content(a.sha256, sealed: a.sealed) else {
            throw GiamSatError.attachment(.missingFile(entity: a.entity, record: a.record, id: a.id, sha256: a.sha256))
        }
        var plain = stored
        if a.sealed {
            guard let header = try read({ try Self.protection($0) }) else { throw GiamSatError.notProtected }
            plain = try AttachmentSeal.open(stored, with: try Keyring.shared.privateKey(header, passphrase: passphrase))
        }
        guard AttachmentFiles.hash(plain) == a.sha256 else {
            throw GiamSatError.attachment(.corruptFile(entity: a.entity, record: a.record, id: a.id, sha256: a.sha256))
        }
        return plain
    }

    /// A file the desktop's viewer can open: the stored copy itself, or for a sealed one a private copy opened
    /// under `attachments/.opened/` (0600, removed at the next start).
    /// With `readableCopy` (no viewer on the machine: the user opens the file by hand), an open file is copied too,
    /// to `.opened/` under its own name and extension rather than its bare content hash (0600, as every copy there).
    public func attachmentFileToOpen(_ entity: Entity, code: String, id: Int, passphrase: String? = nil,
                                     readableCopy: Bool = false) throws -> String {
        let a = try read { try Self.fetchAttachment(entity, code: code, id: id, $0) }
        let files = try attachmentFiles()
        guard a.sealed || readableCopy else {
            guard files.exists(a.sha256) else { throw GiamSatError.attachment(.missingFile(entity: a.entity, record: a.record, id: a.id, sha256: a.sha256)) }
            return files.path(a.sha256)
        }
        let plain = try openedContent(a, passphrase: passphrase)
        try AttachmentFiles.makeFolder(files.root, for: files.openedFolder)
        try AttachmentFiles.makeFolder(files.openedFolder, for: files.openedFolder)
        let target = files.openedFolder + "/" + Files.safeName(a.record, fallback: "tep") + "-\(a.id)-" + a.name.replacingOccurrences(of: "/", with: "_")
        try Files.write(plain, to: target)
        return target
    }

    /// Seals the content of every identity file not sealed yet (protect, a mark added while protected, a restore):
    /// the sealed copies are written first, then the rows say so, then the plain copies no clear row names go.
    func sealIdentityAttachments(to publicKey: Curve25519.KeyAgreement.PublicKey) throws {
        let pending = try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM attachment WHERE identity = 1 AND sealed = 0 AND entity = ?",
                             arguments: [Entity.feedback.rawValue]).compactMap(Self.attachment)
        }
        if pending.isEmpty { return }
        let files = try attachmentFiles()
        for a in pending where !files.exists(a.sha256, sealed: true) {
            try files.store(try AttachmentSeal.seal(try openedContent(a, passphrase: nil), to: publicKey), hash: a.sha256, sealed: true)
        }
        try write { db in
            try db.execute(sql: "UPDATE attachment SET sealed = 1 WHERE identity = 1 AND sealed = 0 AND entity = ?", arguments: [Entity.feedback.rawValue])
        }
        try removeSealedPlainCopies()
    }

    /// Plain copies of contents that only sealed rows name (left by a run stopped between its two steps too).
    func removeSealedPlainCopies() throws {
        guard let files = try? attachmentFiles() else { return }
        let hashes = try read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT sha256 FROM attachment a WHERE sealed = 1
                AND NOT EXISTS (SELECT 1 FROM attachment b WHERE b.sha256 = a.sha256 AND b.sealed = 0)
                """)
        }
        for hash in hashes { files.remove(hash, sealed: false) }
    }

    /// What `check` says of attachments: a row whose file is missing, or whose content does not match its hash.
    /// Sealed contents are checked for presence only (their hash is of the plain content).
    static func attachmentProblems(_ db: Database, files: AttachmentFiles?) throws -> [AttachmentProblem] {
        guard let files else { return [] }
        var problems: [AttachmentProblem] = []
        var verified: [String: Bool] = [:]
        for a in try allAttachments(db) {
            guard files.exists(a.sha256, sealed: a.sealed) else {
                problems.append(.missingFile(entity: a.entity, record: a.record, id: a.id, sha256: a.sha256))
                continue
            }
            if a.sealed { continue }
            let good = verified[a.sha256] ?? (files.content(a.sha256).map(AttachmentFiles.hash) == a.sha256)
            verified[a.sha256] = good
            if !good { problems.append(.corruptFile(entity: a.entity, record: a.record, id: a.id, sha256: a.sha256)) }
        }
        return problems
    }

    /// `check`'s attachment problems for this database.
    public func checkAttachments() throws -> [AttachmentProblem] {
        let files = try? attachmentFiles()
        return try read { try Self.attachmentProblems($0, files: files) }
    }
}
