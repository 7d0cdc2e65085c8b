import Foundation
import GRDB

/// What an import did, per kind of record.
public struct ImportReport: Equatable, Sendable {
    public struct Counts: Equatable, Sendable {
        public var added = 0, updated = 0, unchanged = 0
        public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
            self.added = added
            self.updated = updated
            self.unchanged = unchanged
        }
    }
    public var counts: [Entity: Counts] = [:]
    /// Attachments brought in from beside the bundles (issue 21).
    public var attachments = 0

    public init(counts: [Entity: Counts] = [:]) { self.counts = counts }

    mutating func record(_ entity: Entity, _ outcome: SaveOutcome) {
        var c = counts[entity] ?? Counts()
        switch outcome {
        case .added: c.added += 1
        case .updated: c.updated += 1
        case .unchanged: c.unchanged += 1
        }
        counts[entity] = c
    }

    public var total: Counts {
        counts.values.reduce(into: Counts()) { $0.added += $1.added; $0.updated += $1.updated; $0.unchanged += $1.unchanged }
    }
}

extension AppDatabase {
    /// Imports bundles in one transaction: every record lands, or none does.
    /// Records are matched by code; a record whose content is the same is left alone.
    public func importBundles(_ bundles: [(file: String, bundle: CaseBundle)], by user: String, dryRun: Bool = false,
                              bulkLoad: Bool = true) throws -> ImportReport {
        let body = { (db: Database) throws -> ImportReport in
            var importer = try Importer(db, user: user, bulkLoad: bulkLoad)
            for (file, bundle) in bundles {
                if let commune = bundle.commune { try importer.commune(commune, omitted: bundle.communeOmitted, file: file) }
                for item in bundle.provenance { try importer.provenance(item) }
                for (kind, _) in RecordKinds.records {
                    for record in bundle.records(kind.entity) { try importer.save(record, file: file) }
                }
                try importer.endOfFile()
            }
            return try importer.finish(path: path)
        }
        return dryRun ? try self.dryRun(body) : try write(body)
    }

    /// Imports files in one transaction, reading and writing one record at a time: bundles (.json) as a
    /// stream, officials lists (.csv) whole. Every record lands, or none does; a file with any problem is
    /// refused whole, with every problem of every file named.
    /// `bulkLoad` false: the normal path even into an empty database (tests compare it with the bulk load).
    public func importFiles(_ files: [String], by user: String, dryRun: Bool = false, bulkLoad: Bool = true) throws -> ImportReport {
        // Attachments beside a bundle come in with it (issue 21); a dry run only checks their contents.
        let attachmentFiles = dryRun ? nil : try? attachmentFiles()
        var written: Set<String> = []
        var attachments = 0
        let body = { (db: Database) throws -> ImportReport in
            // A bigger page cache for the one long transaction: index pages stay in memory instead of being
            // spilled to the -wal again and again (docs/performance.md, "Import").
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -131072")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            var importer = try Importer(db, user: user, bulkLoad: bulkLoad)
            let dueDays = try Self.settings(db).dueDays
            var errors: [RecordError] = []
            for file in files {
                do {
                    switch (file as NSString).pathExtension.lowercased() {
                    case "json":
                        try BundleReader.read(contentsOf: file, file: file, dueDays: dueDays,
                                              commune: { if errors.isEmpty { try importer.commune($0, omitted: $1, file: file) } },
                                              provenance: { if errors.isEmpty { try importer.provenance($0) } },
                                              visit: { if errors.isEmpty { try importer.save($0.record, file: file) } })
                        if errors.isEmpty, let index = try AttachmentIndex.read(beside: file) {
                            try importer.endOfFile()
                            attachments += try Self.importAttachments(index, into: attachmentFiles, by: user, file: file, code: { $1 }, written: &written, db)
                        }
                    case "csv":
                        // A spreadsheet has no archive or exemption column: keep what is on file.
                        let officials = try OfficialsCSV.read(try Files.read(file), file: file).map { official in
                            guard let stored = try Official.fetch(db, code: official.code) else { return official }
                            var kept = official
                            kept.archived = stored.archived
                            kept.exemptFromResidence = stored.exemptFromResidence
                            return kept
                        }
                        if errors.isEmpty { for r in officials { try importer.save(r, file: file) } }
                    default: throw GiamSatError.unknownFileType(file: file)
                    }
                    try importer.endOfFile()
                } catch GiamSatError.invalidRecords(let found) {
                    errors += found
                }
            }
            if !errors.isEmpty { throw GiamSatError.invalidRecords(errors) }
            return try importer.finish(path: path)
        }
        do {
            var report = try importTransaction(dryRun: dryRun, body)
            report.attachments = attachments
            if dryRun { removeUnwritten(written) }
            return report
        } catch {
            removeUnwritten(written)
            throw error
        }
    }

    /// The import's one transaction (rolled back on a dry run), with SQLite's temporary files in memory: each
    /// upsert keeps the pages it changes in a statement journal, a file once past 64 KiB, and the 100,000
    /// officials of a 1M bundle wrote and cut that file 170,000 times (docs/performance.md, "Import").
    /// `temp_store` cannot change inside a transaction, hence around it.
    private func importTransaction(dryRun: Bool, _ body: (Database) throws -> ImportReport) throws -> ImportReport {
        try withoutTransaction { db in
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            defer { try? db.execute(sql: "PRAGMA temp_store = DEFAULT") }
            var report: ImportReport?
            try db.inTransaction(.immediate) {
                report = try body(db)
                return dryRun ? .rollback : .commit
            }
            return report!
        }
    }

    /// A bundle exported without identities says `anonymous: false` with no reporter:
    /// the identity was withheld, not erased, so the one on file is kept.
    static func keepingWithheldIdentity(_ record: Feedback, _ db: Database) throws -> Feedback {
        guard !record.anonymous, record.reporter == nil, let existing = try Feedback.fetch(db, code: record.code) else { return record }
        var kept = record
        kept.reporter = existing.reporter
        return kept
    }

    /// Everything in the database, in a stable order (by code), ready to write as a bundle (small databases
    /// and tests; `exportBundle(includeIdentities:to:)` streams).
    public func exportBundle() throws -> CaseBundle {
        try read { db in
            var bundle = CaseBundle()
            bundle.commune = try Self.commune(db)
            for (_, type) in RecordKinds.records { try Self.readAll(type, into: &bundle, db) }
            bundle.provenance = try Self.formerUnits(db).map(Provenance.formerUnit)
            for row in try Row.fetchAll(db, sql: "SELECT DISTINCT entity, code FROM record_origin ORDER BY entity, code") {
                guard let entity = Entity(rawValue: try row.text("entity")) else { continue }
                let code = try row.text("code")
                bundle.provenance.append(.origins(entity, code: code, try Self.origins(entity, code: code, db)))
            }
            for row in try Row.fetchAll(db, sql: "SELECT entity, code FROM voided ORDER BY entity, code") {
                guard let entity = Entity(rawValue: try row.text("entity")), let mark = try Self.voidMark(entity, code: try row.text("code"), db) else { continue }
                bundle.provenance.append(.voided(entity, code: try row.text("code"), mark))
            }
            return bundle
        }
    }
}

extension AppDatabase {
    private static func readAll<R: KindRecord>(_ type: R.Type, into bundle: inout CaseBundle, _ db: Database) throws {
        var records: [R] = []
        try R.forEachInBundleOrder(db) { records.append($0) }
        bundle[R.self] = records
    }
}

extension AppDatabase {
    /// Records that reporters' identities left the database: who, when, where to (a path,
    /// or "stdout"). Written before the file, so an export never happens unrecorded.
    public func recordIdentityExport(to destination: String, records: Int, by user: String) throws {
        try write { db in
            let code = try Self.commune(db)?.code ?? ""
            try Self.audit(db, AuditEntry(at: Self.timestamp(), by: user, entity: .commune, code: code,
                                          field: AuditEntry.identityExportField, old: String(records), new: destination))
        }
    }

    /// The audit rows about the whole database (commune settings, identity exports), oldest first.
    public func communeAuditTrail() throws -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE entity = ? ORDER BY id", arguments: [Entity.commune.rawValue]).map {
                AuditEntry(at: try $0.text("at"), by: try $0.text("by"), entity: .commune, code: try $0.text("code"),
                           field: try $0.text("field"), old: try $0.text("old"), new: try $0.text("new"))
            }
        }
    }
}
