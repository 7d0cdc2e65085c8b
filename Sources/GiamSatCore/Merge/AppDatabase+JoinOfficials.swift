import GRDB

extension AppDatabase {
    /// Joins two records of one person (an official who served in two former communes, found after the merge):
    /// every record naming `duplicate` names `target` instead, each through its own audited save; `duplicate`'s
    /// origins move to `target`; `duplicate` is deleted, and both audit trails say so. Refused, with nothing
    /// changed, when both have a residence review in the same year.
    public func joinOfficials(_ duplicate: String, into target: String, by user: String) throws {
        try write { db in
            guard duplicate != target, let gone = try Official.fetch(db, code: duplicate) else {
                throw GiamSatError.notFound(entity: .official, code: duplicate)
            }
            guard try Official.fetch(db, code: target) != nil else { throw GiamSatError.notFound(entity: .official, code: target) }
            let now = Self.timestamp()
            func codes(_ sql: String) throws -> [String] { try String.fetchAll(db, sql: sql, arguments: [duplicate]) }
            func unique(_ codes: [String]) -> [String] {
                var seen = Set<String>()
                return codes.map { $0 == duplicate ? target : $0 }.filter { seen.insert($0).inserted }
            }
            for code in try codes("SELECT DISTINCT feedback FROM feedback_official WHERE official = ?") {
                guard var record = try Feedback.fetch(db, code: code) else { continue }
                record.officials = unique(record.officials)
                _ = try Self.save(record, expectedVersion: nil, by: user, at: now, in: db)
            }
            for code in try codes("SELECT DISTINCT plan FROM plan_supervised WHERE official = ?") {
                guard var record = try Plan.fetch(db, code: code) else { continue }
                var seen = Set<String>()
                record.supervised = record.supervised.map { entry in
                    var entry = entry
                    if entry.official == duplicate { entry.official = target }
                    return entry
                }.filter { seen.insert($0.official).inserted }
                _ = try Self.save(record, expectedVersion: nil, by: user, at: now, in: db)
            }
            for code in try codes("SELECT DISTINCT recommendation FROM recommendation_outcome WHERE official = ?") {
                guard var record = try Recommendation.fetch(db, code: code) else { continue }
                for i in record.outcomes.indices where record.outcomes[i].official == duplicate { record.outcomes[i].official = target }
                _ = try Self.save(record, expectedVersion: nil, by: user, at: now, in: db)
            }
            // A review's code is its year and official: it moves by delete and add.
            for year in try Int.fetchAll(db, sql: "SELECT year FROM residence_review WHERE official = ? ORDER BY year", arguments: [duplicate]) {
                guard var review = try ResidenceReview.fetch(db, code: "\(year)/\(duplicate)") else { continue }
                if try ResidenceReview.fetch(db, code: "\(year)/\(target)") != nil {
                    throw GiamSatError.joinReviewTwice(year: year, duplicate: duplicate, target: target)
                }
                try db.execute(sql: "DELETE FROM residence_review WHERE year = ? AND official = ?", arguments: [year, duplicate])
                try Self.audit(db, AuditEntry(at: now, by: user, entity: .residenceReview, code: review.code,
                                              field: AuditEntry.deletedField, old: "", new: ""))
                review.official = target
                review.version = 0
                _ = try Self.save(review, expectedVersion: nil, by: user, at: now, in: db)
            }
            try db.execute(sql: "UPDATE record_origin SET code = ? WHERE entity = ? AND code = ?",
                           arguments: [target, Entity.official.rawValue, duplicate])
            // The moved origins' former codes find the target from now on (its search text holds them).
            try Self.reindex(Official.self, code: target, db)
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM official WHERE code = ?", arguments: [duplicate]) {
                try db.execute(sql: "DELETE FROM official_search WHERE rowid = ?", arguments: [id])
            }
            try db.execute(sql: "DELETE FROM official WHERE code = ?", arguments: [duplicate])
            try Self.audit(db, AuditEntry(at: now, by: user, entity: .official, code: target, field: AuditEntry.joinedField,
                                          old: "", new: "\(duplicate) \(gone.fullName)"))
            try Self.audit(db, AuditEntry(at: now, by: user, entity: .official, code: duplicate, field: AuditEntry.deletedField,
                                          old: "", new: target))
        }
    }
}
