import Foundation
import GRDB

extension AppDatabase {
    /// The protection record, or nil when identities are stored in clear.
    static func protection(_ db: Database) throws -> ProtectionHeader? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [ProtectionHeader.settingKey])
            .map(ProtectionHeader.parse)
    }

    public func isProtected() throws -> Bool { try read { try Self.protection($0) != nil } }

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
    @discardableResult
    public func protect(passphrase: String, by user: String, logN: Int = ProtectionHeader.defaultLogN) throws -> Int {
        let (header, key) = try ProtectionHeader.create(passphrase: passphrase, logN: logN)
        let count = try write { db -> Int in
            if try Self.protection(db) != nil { throw GiamSatError.alreadyProtected }
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES (?, ?)", arguments: [ProtectionHeader.settingKey, header.json])
            let publicKey = try header.publicKeyValue
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
            try Self.audit(db, AuditEntry(at: Self.timestamp(), by: user, entity: .commune, code: try Self.commune(db)?.code ?? "",
                                          field: AuditEntry.protectedField, old: "", new: String(sealed)))
            return sealed
        }
        try scrub()
        Keyring.shared.remember(key, for: header)
        return count
    }

    /// A new passphrase for the same key: identities stay as they are.
    public func changePassphrase(from old: String, to new: String, by user: String, logN: Int = ProtectionHeader.defaultLogN) throws {
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
