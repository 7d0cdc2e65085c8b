import Crypto
import Foundation
import GRDB

extension AppDatabase {
    /// The protection record, or nil when identities are stored in clear.
    static func protection(_ db: Database) throws -> ProtectionHeader? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [ProtectionHeader.settingKey])
            .map(ProtectionHeader.parse)
    }

    public func isProtected() throws -> Bool { try read { try Self.protection($0) != nil } }

    /// Opens the key with `passphrase` (or GIAMSAT_PASSPHRASE) when identities are sealed, so that a wrong one is
    /// said before any work is done; nothing when they are not.
    public func unlockIdentities(passphrase: String?) throws {
        try read { db in
            if let header = try Self.protection(db) { _ = try Keyring.shared.privateKey(header, passphrase: passphrase) }
        }
    }

    /// A sealed reporter opened (or the reporter as it is when not sealed).
    static func opened(_ reporter: Feedback.Reporter?, _ db: Database, passphrase: String?) throws -> Feedback.Reporter? {
        guard let reporter, let sealed = reporter.sealed else { return reporter }
        guard let header = try protection(db) else {
            throw GiamSatError.badStoredValue(column: "reporter_name", value: String(sealed.prefix(12)), expected: "protection key")
        }
        return try IdentitySeal.open(sealed, with: try Keyring.shared.privateKey(header, passphrase: passphrase))
    }

    /// What a feedback record becomes on its way into the store when `protect` is on: a clear
    /// identity is sealed; the placeholder a form saves back keeps the sealed one; an identity
    /// equal to the stored one (known when a key is unlocked) keeps it too, so importing the same
    /// file twice changes nothing.
    static func sealingIdentity(_ record: Feedback, old: Feedback?, _ db: Database) throws -> Feedback {
        guard let reporter = record.reporter, !reporter.isSealed else { return record }
        var result = record
        if let stored = old?.reporter, stored.isSealed {
            if reporter.isPlaceholder {
                result.reporter = stored
                return result
            }
            if let header = try protection(db), let key = Keyring.shared.cached(header) ?? (try? Keyring.shared.privateKey(header, passphrase: nil)),
               let sealed = stored.sealed, try IdentitySeal.open(sealed, with: key) == reporter {
                result.reporter = stored
                return result
            }
        }
        guard let header = try protection(db) else { return record }
        result.reporter = Feedback.Reporter(sealed: try IdentitySeal.seal(reporter, to: try header.publicKeyValue))
        return result
    }

    /// Turns protection on: a key pair, its private half sealed under the passphrase, every
    /// identity sealed, then the file rewritten (VACUUM) and the WAL emptied so that no page
    /// still holds one in clear. Returns how many identities were sealed.
    ///
    /// The sealing is one transaction: after it, every identity is sealed under the new passphrase, whatever
    /// happens next. If the rewrite then fails (a full disk), that is said as it is (`protectedNotScrubbed`),
    /// never "nothing was written", and a mark stays in the file so that `protect` run again finishes it
    /// (`finishProtection`) (issue 19: a user told nothing happened may throw the passphrase away).
    @discardableResult
    public func protect(passphrase: String, by user: String) throws -> Int {
        try protect(passphrase: passphrase, by: user, logN: ProtectionHeader.defaultLogN)
    }

    /// The scrypt cost is chosen here only by tests (`@testable`, a cheap 2^10): the command line, the app and every
    /// public entry use `ProtectionHeader.defaultLogN`, and no environment variable changes it (issue 19: it once
    /// did, and stored a cost that made each guess 40 times cheaper).
    @discardableResult
    func protect(passphrase: String, by user: String, logN: Int) throws -> Int {
        let (header, key) = try ProtectionHeader.create(passphrase: passphrase, logN: logN)
        let count = try write { db -> Int in
            if try Self.protection(db) != nil { throw GiamSatError.alreadyProtected }
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES (?, ?)", arguments: [ProtectionHeader.settingKey, header.json])
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES (?, '1')", arguments: [Self.scrubPendingKey])
            let sealed = try Self.sealClearIdentities(db, to: try header.publicKeyValue)
            try Self.audit(db, AuditEntry(at: Self.timestamp(), by: user, entity: .commune, code: try Self.commune(db)?.code ?? "",
                                          field: AuditEntry.protectedField, old: "", new: String(sealed)))
            return sealed
        }
        Keyring.shared.remember(key, for: header)
        // Files holding a reporter's identity are sealed with the same key, their plain copies removed (issue 21).
        try sealIdentityAttachments(to: try header.publicKeyValue)
        do {
            try finishProtection()
        } catch GiamSatError.diskFull {
            throw GiamSatError.protectedNotScrubbed(count: count)
        } catch let error as GiamSatError where Self.isWriteFailure(error) {
            throw GiamSatError.protectedNotScrubbed(count: count)
        }
        return count
    }

    static func isWriteFailure(_ error: GiamSatError) -> Bool {
        if case .cannotWrite = error { return true }
        return false
    }

    /// A setting present from the sealing transaction until the file has been rewritten.
    static let scrubPendingKey = "identity-protection-scrub-pending"

    /// True when `protect` sealed the identities but could not rewrite the file yet.
    public func protectionUnfinished() throws -> Bool {
        try read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = ?", arguments: [Self.scrubPendingKey]) != nil }
    }

    /// Rewrites the file (no free page keeps an identity in clear), then removes the mark.
    public func finishProtection() throws {
        try scrub()
        try write { try $0.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [Self.scrubPendingKey]) }
        _ = try? withoutTransaction { try $0.checkpoint(.truncate) }
    }

    /// Seals every identity still in clear to `publicKey` (protect, and a restore of a backup from before it).
    static func sealClearIdentities(_ db: Database, to publicKey: Curve25519.KeyAgreement.PublicKey) throws -> Int {
        var sealed = 0
        for row in try Row.fetchAll(db, sql: "SELECT id, reporter_name, reporter_address, reporter_phone FROM feedback WHERE reporter_name IS NOT NULL") {
            let name = try row.text("reporter_name")
            if IdentitySeal.isSealed(name) { continue }
            let reporter = Feedback.Reporter(name: name, address: try row.optionalText("reporter_address") ?? "",
                                             phone: try row.optionalText("reporter_phone") ?? "")
            try db.execute(sql: "UPDATE feedback SET reporter_name = ?, reporter_address = NULL, reporter_phone = NULL WHERE id = ?",
                           arguments: [try IdentitySeal.seal(reporter, to: publicKey), try row.integer("id")])
            sealed += 1
        }
        return sealed
    }

    /// Backups in `backups/` that hold an identity in clear (made before `protect`): what `--delete-old-backups` removes.
    /// Judged by what the file holds, not by its date, so the command works on any later day too.
    public static func backupsInClear(in directory: DataDirectory) -> [String] {
        let folder = directory.path + "/backups"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".sqlite") }.sorted()
        return names.map { folder + "/" + $0 }.filter { path in
            guard let queue = try? DatabaseQueue(path: DataDirectory.immutableURI(path), configuration: readOnlyConfiguration()) else { return false }
            defer { try? queue.close() }
            let clear = try? queue.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM feedback WHERE reporter_name IS NOT NULL AND reporter_name NOT LIKE 'gs1:%'")
            }
            // A file holding a reporter's identity, not sealed, beside it (issue 21) counts as an identity in clear.
            return (clear ?? 0 ?? 0) > 0 || (try? clearIdentityAttachments(queue)) ?? false
        }
    }

    /// A new passphrase for the same key: identities stay as they are.
    public func changePassphrase(from old: String, to new: String, by user: String) throws {
        try changePassphrase(from: old, to: new, by: user, logN: ProtectionHeader.defaultLogN)
    }

    func changePassphrase(from old: String, to new: String, by user: String, logN: Int) throws {
        try write { db in
            guard let header = try Self.protection(db) else { throw GiamSatError.notProtected }
            let key = try header.unlock(old)
            let next = try ProtectionHeader.sealing(key, passphrase: new, logN: logN)
            try db.execute(sql: "UPDATE setting SET value = ? WHERE key = ?", arguments: [next.json, ProtectionHeader.settingKey])
            try Self.audit(db, AuditEntry(at: Self.timestamp(), by: user, entity: .commune, code: try Self.commune(db)?.code ?? "",
                                          field: AuditEntry.passphraseChangedField, old: "", new: ""))
        }
        try scrub()
    }

    /// Rewrites the file without its free pages and empties the WAL: what was deleted or
    /// overwritten (identities in clear, an old sealed key) is gone from the disk too.
    func scrub() throws {
        try withoutTransaction { db in
            _ = try? db.checkpoint(.truncate)
            try db.execute(sql: "VACUUM")
            _ = try? db.checkpoint(.truncate)
        }
    }

    /// Everything, for `export --include-identities`: sealed identities opened with the passphrase.
    public func exportBundle(revealingIdentities passphrase: String?) throws -> CaseBundle {
        var bundle = try exportBundle()
        guard bundle.feedback.contains(where: { $0.reporter?.isSealed ?? false }) else { return bundle }
        try read { db in
            for index in bundle.feedback.indices {
                bundle.feedback[index].reporter = try Self.opened(bundle.feedback[index].reporter, db, passphrase: passphrase)
            }
        }
        return bundle
    }
}
