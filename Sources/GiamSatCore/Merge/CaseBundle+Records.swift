import GRDB

extension CaseBundle {
    /// The kinds a merge places, in the order their references need: a record's targets come before it.
    static let mergeOrder: [Entity] = [.locality, .official, .plan, .feedback, .recommendation, .residenceReview]

    /// The records of one kind, as read.
    func records(_ entity: Entity) -> [BundleRecord] {
        switch entity {
        case .locality: return localities.map(BundleRecord.locality)
        case .official: return officials.map(BundleRecord.official)
        case .plan: return plans.map(BundleRecord.plan)
        case .feedback: return feedback.map(BundleRecord.feedback)
        case .recommendation: return recommendations.map(BundleRecord.recommendation)
        case .residenceReview: return residenceReviews.map(BundleRecord.residenceReview)
        case .commune: return []
        }
    }
}

extension BundleRecord {
    /// The record under `code` (a residence review's code is its year and official), its references mapped.
    func merged(as code: String, through map: CodeMap, unknown: (String, Entity, String) -> Void) -> BundleRecord {
        func moved<R: ReferenceRemapping>(_ record: R, _ recode: (inout R) -> Void) -> R {
            var copy = record
            recode(&copy)
            copy.remapReferences(map, unknown: unknown)
            return copy
        }
        switch self {
        case .locality(let r): return .locality(moved(r) { $0.code = code; $0.version = 0 })
        case .official(let r): return .official(moved(r) { $0.code = code; $0.version = 0 })
        case .plan(let r): return .plan(moved(r) { $0.code = code; $0.version = 0 })
        case .feedback(let r): return .feedback(moved(r) { $0.code = code; $0.version = 0 })
        case .recommendation(let r): return .recommendation(moved(r) { $0.code = code; $0.version = 0 })
        case .residenceReview(let r): return .residenceReview(moved(r) { $0.version = 0 })
        }
    }

    /// Saves it as a new record of this commune, with every rule a save checks.
    func saveNew(by user: String, at now: String, in db: Database) throws {
        switch self {
        case .locality(let r): _ = try AppDatabase.save(r, expectedVersion: nil, by: user, at: now, in: db)
        case .official(let r): _ = try AppDatabase.save(r, expectedVersion: nil, by: user, at: now, in: db)
        case .plan(let r): _ = try AppDatabase.save(r, expectedVersion: nil, by: user, at: now, in: db)
        case .feedback(let r): _ = try AppDatabase.save(r, expectedVersion: nil, by: user, at: now, in: db)
        case .recommendation(let r): _ = try AppDatabase.save(r, expectedVersion: nil, by: user, at: now, in: db)
        case .residenceReview(let r): _ = try AppDatabase.save(r, expectedVersion: nil, by: user, at: now, in: db)
        }
    }
}
