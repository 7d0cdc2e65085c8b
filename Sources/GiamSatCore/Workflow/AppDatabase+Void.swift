import GRDB

/// Voiding a record entered by mistake (issue 17): it leaves lists, pickers and tallies, keeps its code (never reused,
/// since `nextCode` still sees it) and its history, shows under the "đã hủy" filter, and can be restored. Both steps are
/// audited (`AuditEntry.voidedField`). The mark lives in the `voided` table beside the records (migration `v6-void`).
extension AppDatabase {
    /// The kinds a user may void. Outcomes are rows of their recommendation (removed by editing it; voiding the
    /// recommendation takes them out of the tally); localities have their own delete, refused while in use.
    public static let voidableKinds: Set<Entity> = [.feedback, .official, .plan, .recommendation, .residenceReview, .residenceMeeting]

    /// Voids a record with the reason given; refused, naming them, when other records depend on it.
    public func void(_ entity: Entity, code: String, reason: String, by user: String) throws -> UndoStep {
        try write { db in
            try Self.void(entity, code: code, reason: VietnameseText.clean(reason), by: user, db)
            return UndoStep(entity: entity, code: code, change: .void)
        }
    }

    /// Takes a void back: the record is in lists and tallies again (a plan gets back the status it had).
    public func restore(_ entity: Entity, code: String, by user: String) throws -> UndoStep {
        try write { db in
            try Self.restore(entity, code: code, by: user, db)
            return UndoStep(entity: entity, code: code, change: .restore)
        }
    }

    /// The step that undoes the creation of a record just saved (by voiding it).
    public func creationStep(_ entity: Entity, code: String) throws -> UndoStep {
        try read { db in
            guard let record = try Self.storedRecord(entity, code: code, db) else { throw GiamSatError.notFound(entity: entity, code: code) }
            return UndoStep(entity: entity, code: code, change: .creation, versionAfter: record.version)
        }
    }

    /// Whether a record is voided, and why (nil: it is not).
    public func voidReason(_ entity: Entity, code: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT reason FROM voided WHERE entity = ? AND code = ?", arguments: [entity.rawValue, code]) }
    }

    /// The codes of a kind's voided records, in code order (the "đã hủy" view of a kind with no list of its own).
    public func voidedCodes(_ entity: Entity) throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT code FROM voided WHERE entity = ? ORDER BY code", arguments: [entity.rawValue]) }
    }

    static func void(_ entity: Entity, code: String, reason: String, by user: String, _ db: Database) throws {
        guard voidableKinds.contains(entity) else { throw GiamSatError.cannotVoid(entity: entity, code: code) }
        guard let record = try storedRecord(entity, code: code, db) else { throw GiamSatError.notFound(entity: entity, code: code) }
        if try isVoided(entity, code: code, db) { return }
        let dependents = try Self.dependents(entity, code: code, db)
        if !dependents.isEmpty { throw GiamSatError.voidHasDependents(entity: entity, code: code, dependents: dependents) }
        var previous: String?
        if var plan = record as? Plan {
            // A plan is voided through its own cancelled status, so everything that already leaves `huy` out agrees.
            previous = plan.status.slug
            plan.status = .huy
            _ = try save(plan, expectedVersion: plan.version, by: user, checked: false, in: db)
        }
        let now = timestamp()
        try db.execute(sql: "INSERT INTO voided(entity, code, reason, voided_on, voided_by, previous_status) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [entity.rawValue, code, reason, now, user, previous])
        try audit(db, AuditEntry(at: now, by: user, entity: entity, code: code, field: AuditEntry.voidedField, old: "", new: reason))
        // A voided duplicate leaves its original's list: the original's trail says so (issue 21).
        if entity == .feedback { try auditDuplicateLink(code, from: try currentDuplicateLink(code, db), to: nil, by: user, db) }
    }

    static func restore(_ entity: Entity, code: String, by user: String, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT reason, previous_status FROM voided WHERE entity = ? AND code = ?",
                                         arguments: [entity.rawValue, code]) else {
            throw GiamSatError.notVoided(entity: entity, code: code)
        }
        let reason = try row.text(at: 0)
        let original = try checkRestoredLink(entity, code: code, db)
        if let previous = try row.optionalText(at: 1), var plan = try Plan.fetch(db, code: code), let status = PlanStatus(rawValue: previous) {
            plan.status = status
            _ = try save(plan, expectedVersion: plan.version, by: user, checked: false, in: db)
        }
        try db.execute(sql: "DELETE FROM voided WHERE entity = ? AND code = ?", arguments: [entity.rawValue, code])
        // Restored, a meeting is its village's again: refused while the village has recorded another for the year.
        if entity == .residenceMeeting, let meeting = try ResidenceMeeting.fetch(db, code: code) { try meeting.checkOnePerVillage(db) }
        try audit(db, AuditEntry(at: timestamp(), by: user, entity: entity, code: code, field: AuditEntry.voidedField, old: reason, new: ""))
        try auditDuplicateLink(code, from: nil, to: original, by: user, db)
    }

    static func voidMark(_ entity: Entity, code: String, _ db: Database) throws -> VoidMark? {
        try Row.fetchOne(db, sql: "SELECT reason, voided_on, voided_by, previous_status FROM voided WHERE entity = ? AND code = ?",
                         arguments: [entity.rawValue, code]).map {
            VoidMark(reason: try $0.text(at: 0), on: try $0.text(at: 1), by: try $0.text(at: 2), previousStatus: try $0.optionalText(at: 3))
        }
    }

    /// A mark read from a bundle: kept as it was (who voided it, when), for a kind that can be voided.
    static func importVoid(_ mark: VoidMark, entity: Entity, code: String, _ db: Database) throws {
        guard voidableKinds.contains(entity) else { throw GiamSatError.cannotVoid(entity: entity, code: code) }
        try db.execute(sql: """
            INSERT OR REPLACE INTO voided(entity, code, reason, voided_on, voided_by, previous_status) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [entity.rawValue, code, mark.reason, mark.on, mark.by, mark.previousStatus])
    }

    static func isVoided(_ entity: Entity, code: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM voided WHERE entity = ? AND code = ?", arguments: [entity.rawValue, code]) ?? false
    }

    /// The records (not voided themselves) that depend on this one, by code, at most six.
    static func dependents(_ entity: Entity, code: String, _ db: Database) throws -> [String] {
        let queries: [(Entity, String)]
        switch entity {
        case .feedback:
            queries = [(.feedback, "SELECT DISTINCT feedback FROM feedback_history WHERE duplicate_of = ?1"),
                       (.recommendation, "SELECT code FROM recommendation WHERE source = ?1")]
        case .plan:
            queries = [(.feedback, "SELECT code FROM feedback WHERE plan = ?1"),
                       (.recommendation, "SELECT code FROM recommendation WHERE source = ?1")]
        case .official:
            queries = [(.feedback, "SELECT feedback FROM feedback_official WHERE official = ?1"),
                       (.plan, "SELECT plan FROM plan_supervised WHERE official = ?1"),
                       (.recommendation, "SELECT recommendation FROM recommendation_outcome WHERE official = ?1"),
                       (.recommendation, "SELECT code FROM recommendation WHERE outcome_official = ?1"),
                       (.residenceReview, "SELECT year || '/' || official FROM residence_review WHERE official = ?1")]
        default:
            queries = []
        }
        var found: [String] = []
        for (kind, sql) in queries {
            for dependent in try String.fetchAll(db, sql: sql + " LIMIT 50", arguments: [code]) where dependent != code {
                if try !isVoided(kind, code: dependent, db), !found.contains(dependent) { found.append(dependent) }
            }
        }
        return Array(found.prefix(6))
    }

    /// The record of any voidable kind by code.
    static func storedRecord(_ entity: Entity, code: String, _ db: Database) throws -> (any StoredRecord)? {
        try entity.kind.record?.fetch(db, code: code)
    }

    /// What `check` says of the marks (issue 17): each names a record of a voidable kind that is still here, and a
    /// voided plan is cancelled (`huy`), as the tallies expect.
    static func voidProblems(_ db: Database) throws -> [CheckProblem] {
        var problems: [CheckProblem] = []
        for row in try Row.fetchAll(db, sql: "SELECT entity, code FROM voided ORDER BY entity, code") {
            let slug = try row.text(at: 0), code = try row.text(at: 1)
            guard let entity = Entity(rawValue: slug), voidableKinds.contains(entity) else {
                let kinds = voidableKinds.map(\.rawValue).sorted().joined(separator: ", ")
                problems.append(.unreadable(.commune, code: code, .badStoredValue(column: "voided.entity", value: slug, expected: kinds)))
                continue
            }
            guard let record = try readable({ try storedRecord(entity, code: code, db) }) else {
                problems.append(.record(RecordError(entity: entity, code: code, field: "voided", problem: .unknownReference(entity: entity, code: code))))
                continue
            }
            if let plan = record as? Plan, plan.status != .huy {
                problems.append(.record(RecordError(entity: .plan, code: code, field: "status",
                                                    problem: .unknownSlug(plan.status.slug, allowed: [PlanStatus.huy.slug]))))
            }
        }
        return problems
    }

    /// The condition, with its leading AND, that leaves out the voided records of `entity` whose code is `column`
    /// (`voided` true: keeps only them). Empty when nothing of that kind is voided and the list hides them, so lists and
    /// tallies of a commune that never voided anything run exactly the statements they always ran.
    static func voidCondition(_ entity: Entity, _ column: String, voided: Bool = false, _ db: Database) throws -> String {
        // The entity's slug is an ASCII identifier, never user text. `column` stays outside the subquery: written inside
        // it (`v.code = code`), a bare `code` was the voided row's own, so one voided plan, recommendation or meeting
        // took all of its kind out of the tally.
        let marked = "\(column) IN (SELECT code FROM voided WHERE entity = '\(entity.rawValue)')"
        if voided { return " AND " + marked }
        let any = try Bool.fetchOne(db, sql: "SELECT 1 FROM voided WHERE entity = ? LIMIT 1", arguments: [entity.rawValue]) ?? false
        return any ? " AND NOT " + marked : ""
    }
}
