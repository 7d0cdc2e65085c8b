import GRDB

extension AppDatabase {
    /// Writes everything as a bundle, one record at a time, in the same bytes as
    /// `BundleWriter.json(exportBundle(), …).serialized()`: memory stays flat whatever the size.
    /// Returns how many records were written.
    /// With `includeIdentities`, identities sealed by `protect` are opened with `passphrase` (as
    /// `exportBundle(revealingIdentities:)` does).
    @discardableResult
    public func exportBundle(includeIdentities: Bool, passphrase: String? = nil, to sink: TextSink) throws -> Int {
        try read { db in
            let out = try BundleStreamWriter(sink: sink)
            if let commune = try Self.commune(db) { try out.commune(commune, formerUnits: try Self.formerUnits(db)) }
            // Merged records say where they came from; a commune that merged nothing skips the lookup per record.
            let merged = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM record_origin)") ?? false
            // Voided records carry their mark (issue 17); a commune that voided nothing skips the lookup too.
            let voided = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM voided)") ?? false
            // Every kind in the bundle's order, each record as it is read (`KindRecord.forEachInBundleOrder`).
            for (kind, type) in RecordKinds.records {
                try out.begin(kind.entity)
                try exportAll(type, out, merged: merged, voided: voided, includeIdentities: includeIdentities, passphrase: passphrase, db)
                try out.end()
            }
            try out.finish()
            return out.recordCount
        }
    }

    private func exportAll<R: KindRecord>(_ type: R.Type, _ out: BundleStreamWriter, merged: Bool, voided: Bool, includeIdentities: Bool,
                                          passphrase: String?, _ db: Database) throws {
        try R.forEachInBundleOrder(db) { record in
            let json = try record.exported(includeIdentities: includeIdentities, passphrase: passphrase, db)
            let withOrigins = merged ? BundleWriter.with(origins: try Self.origins(R.entity, code: record.code, db), json) : json
            try out.record(voided ? BundleWriter.with(void: try Self.voidMark(R.entity, code: record.code, db), withOrigins) : withOrigins)
        }
    }

    /// How many feedback records hold a reporter's identity (what an export with identities gives out).
    public func identityCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM feedback WHERE reporter_name IS NOT NULL") ?? 0 }
    }
}
