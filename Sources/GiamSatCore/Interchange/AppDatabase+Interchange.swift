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
    public func importBundles(_ bundles: [(file: String, bundle: CaseBundle)], by user: String, dryRun: Bool = false) throws -> ImportReport {
        let body = { (db: Database) throws -> ImportReport in
            var report = ImportReport()
            try Self.checkCommune(bundles, db)
            var errors: [RecordError] = []
            for (file, bundle) in bundles { errors += try Self.referenceErrors(bundle, file: file, all: bundles.map(\.bundle), db) }
            if !errors.isEmpty { throw GiamSatError.invalidRecords(errors) }
            for (_, bundle) in bundles {
                if var commune = bundle.commune {
                    // A field the file left out keeps what is stored; an empty one clears it.
                    if let stored = try Self.commune(db) {
                        if bundle.communeOmitted.contains("district") { commune.district = stored.district }
                        if bundle.communeOmitted.contains("province") { commune.province = stored.province }
                    }
                    report.record(.commune, try Self.setCommune(commune, by: user, in: db))
                }
                for r in bundle.localities { report.record(.locality, try Self.save(r, expectedVersion: nil, by: user, in: db)) }
                for r in bundle.officials { report.record(.official, try Self.save(r, expectedVersion: nil, by: user, in: db)) }
                for r in bundle.plans { report.record(.plan, try Self.save(r, expectedVersion: nil, by: user, in: db)) }
                for r in bundle.feedback {
                    report.record(.feedback, try Self.save(try Self.keepingWithheldIdentity(r, db), expectedVersion: nil, by: user, in: db))
                }
                for r in bundle.recommendations { report.record(.recommendation, try Self.save(r, expectedVersion: nil, by: user, in: db)) }
                for r in bundle.residenceReviews { report.record(.residenceReview, try Self.save(r, expectedVersion: nil, by: user, in: db)) }
            }
            if try Self.commune(db) == nil { throw GiamSatError.notInitialized(path: path ?? ":memory:") }
            return report
        }
        return dryRun ? try self.dryRun(body) : try write(body)
    }

    /// A bundle exported without identities says `anonymous: false` with no reporter:
    /// the identity was withheld, not erased, so the one on file is kept.
    static func keepingWithheldIdentity(_ record: Feedback, _ db: Database) throws -> Feedback {
        guard !record.anonymous, record.reporter == nil, let existing = try Feedback.fetch(db, code: record.code) else { return record }
        var kept = record
        kept.reporter = existing.reporter
        return kept
    }

    static func checkCommune(_ bundles: [(file: String, bundle: CaseBundle)], _ db: Database) throws {
        var current = try commune(db)?.code
        for (file, bundle) in bundles {
            guard let code = bundle.commune?.code else { continue }
            if let current, current != code { throw GiamSatError.otherCommune(file: file, bundle: code, database: current) }
            current = code
        }
    }

    /// Every code a record points to must exist, in the database or in one of the files.
    static func referenceErrors(_ bundle: CaseBundle, file: String, all: [CaseBundle], _ db: Database) throws -> [RecordError] {
        func inFiles(_ entity: Entity, _ code: String) -> Bool {
            all.contains { b in
                switch entity {
                case .locality: return b.localities.contains { $0.code == code }
                case .official: return b.officials.contains { $0.code == code }
                case .plan: return b.plans.contains { $0.code == code }
                case .feedback: return b.feedback.contains { $0.code == code }
                default: return false
                }
            }
        }
        func exists(_ entity: Entity, _ code: String) throws -> Bool {
            if inFiles(entity, code) { return true }
            let table = entity == .locality ? "locality" : entity.rawValue
            return try Int.fetchOne(db, sql: "SELECT 1 FROM \(table) WHERE code = ?", arguments: [code]) != nil
        }
        var errors: [RecordError] = []
        func need(_ entity: Entity, _ code: String?, from owner: Entity, _ ownerCode: String, field: String) throws {
            guard let code, !(try exists(entity, code)) else { return }
            errors.append(RecordError(file: file, entity: owner, code: ownerCode, field: field,
                                      problem: .unknownReference(entity: entity, code: code)))
        }
        for o in bundle.officials { try need(.locality, o.residence, from: .official, o.code, field: "residence") }
        for p in bundle.plans {
            for (i, s) in p.supervised.enumerated() { try need(.official, s.official, from: .plan, p.code, field: "supervised[\(i)].official") }
        }
        for f in bundle.feedback {
            for (i, o) in f.officials.enumerated() { try need(.official, o, from: .feedback, f.code, field: "officials[\(i)]") }
            try need(.locality, f.locality, from: .feedback, f.code, field: "locality")
            for (i, h) in f.history.enumerated() { try need(.feedback, h.duplicateOf, from: .feedback, f.code, field: "history[\(i)].duplicateOf") }
        }
        for r in bundle.recommendations {
            if let source = r.source, !(try exists(.plan, source)), !(try exists(.feedback, source)) {
                errors.append(RecordError(file: file, entity: .recommendation, code: r.code, field: "source",
                                          problem: .unknownReference(entity: source.hasPrefix("KH") ? .plan : .feedback, code: source)))
            }
            try need(.official, r.outcome?.official, from: .recommendation, r.code, field: "outcome.official")
        }
        for v in bundle.residenceReviews {
            try need(.locality, v.locality, from: .residenceReview, v.code, field: "locality")
            try need(.official, v.official, from: .residenceReview, v.code, field: "official")
        }
        return errors
    }

    /// Everything in the database, in a stable order (by code), ready to write as a bundle.
    public func exportBundle() throws -> CaseBundle {
        try read { db in
            var bundle = CaseBundle()
            bundle.commune = try Self.commune(db)
            func all<R: StoredRecord>(_ type: R.Type) throws -> [R] {
                try String.fetchAll(db, sql: "SELECT code FROM \(R.table) ORDER BY code").compactMap { try R.fetch(db, code: $0) }
            }
            bundle.localities = try all(Locality.self)
            bundle.officials = try all(Official.self)
            bundle.plans = try all(Plan.self)
            bundle.feedback = try all(Feedback.self)
            bundle.recommendations = try all(Recommendation.self)
            bundle.residenceReviews = try Row.fetchAll(db, sql: "SELECT year, official FROM residence_review ORDER BY year, official")
                .compactMap { try ResidenceReview.fetch(db, code: "\(try $0.integer("year"))/\(try $0.text("official"))") }
            return bundle
        }
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
