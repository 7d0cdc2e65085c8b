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
            func write(_ entity: Entity, _ code: String, _ json: JSONValue) throws {
                let json = merged ? BundleWriter.with(origins: try Self.origins(entity, code: code, db), json) : json
                try out.record(voided ? BundleWriter.with(void: try Self.voidMark(entity, code: code, db), json) : json)
            }
            func all<R: StoredRecord>(_ type: R.Type, _ json: (R) -> JSONValue) throws {
                try out.begin(R.entity)
                let codes = try String.fetchCursor(db, sql: "SELECT code FROM \(R.table) ORDER BY code")
                while let code = try codes.next() { if let record = try R.fetch(db, code: code) { try write(R.entity, code, json(record)) } }
                try out.end()
            }
            try all(Locality.self, BundleWriter.locality)
            try all(Official.self, BundleWriter.official)
            try all(Plan.self, BundleWriter.plan)
            // The rows in code order, their children by the code's index.
            try out.begin(.feedback)
            let rows = try Row.fetchCursor(db, sql: "SELECT \(Feedback.columns()) FROM feedback ORDER BY code")
            while let row = try rows.next() {
                var feedback = try Feedback.fetch(db, row: row, code: try row.text(at: 0))
                if includeIdentities, feedback.reporter?.isSealed ?? false {
                    feedback.reporter = try Self.opened(feedback.reporter, db, passphrase: passphrase)
                }
                try write(.feedback, feedback.code, BundleWriter.feedback(feedback, includeIdentities: includeIdentities))
            }
            try out.end()
            try all(Recommendation.self, BundleWriter.recommendation)
            try out.begin(.residenceReview)
            let keys = try Row.fetchCursor(db, sql: "SELECT year, official FROM residence_review ORDER BY year, official")
            while let row = try keys.next() {
                if let review = try ResidenceReview.fetch(db, code: "\(try row.integer(at: 0))/\(try row.text(at: 1))") {
                    try write(.residenceReview, review.code, BundleWriter.residenceReview(review))
                }
            }
            try out.end()
            try out.finish()
            return out.recordCount
        }
    }

    /// How many feedback records hold a reporter's identity (what an export with identities gives out).
    public func identityCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM feedback WHERE reporter_name IS NOT NULL") ?? 0 }
    }
}
