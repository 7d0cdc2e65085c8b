import GRDB

/// A change the user made in the app that can be taken back: an edit (the record as it was, and the version the
/// change left, so undo refuses when someone else has changed the record since), a creation (undone by voiding the
/// record: its code is never reused), a void (undone by restoring) or a restore (undone by voiding again).
public struct UndoStep: Sendable, Equatable {
    public enum Change: Sendable, Equatable { case edit, creation, void, restore }

    public let entity: Entity
    public let code: String
    public let versionAfter: Int
    public let change: Change
    let before: (any StoredRecord)?
    /// A file attached to the record (issue 21): undone by taking that attachment away (`AppDatabase.undoAttachment`).
    public internal(set) var attachment: AttachmentUndo?
    /// The duplicates of a feedback record that this "trùng" step moved on to the record's own original (issue 21):
    /// the undo moves them back.
    public internal(set) var relinked: [String] = []

    init<R: StoredRecord>(before: R, versionAfter: Int) {
        entity = R.entity
        code = before.code
        self.versionAfter = versionAfter
        self.before = before
        change = .edit
    }

    /// A record created (version 1), voided or restored.
    public init(entity: Entity, code: String, change: Change, versionAfter: Int = 1) {
        self.entity = entity
        self.code = code
        self.change = change
        self.versionAfter = versionAfter
        before = nil
    }

    public static func == (a: UndoStep, b: UndoStep) -> Bool {
        a.entity == b.entity && a.code == b.code && a.versionAfter == b.versionAfter && a.change == b.change && a.attachment == b.attachment
            && a.relinked == b.relinked
    }
}

/// The invariant-preserving writes of the app, each one transaction. Screens ask for these by name;
/// no screen or runner repeats their rules.
extension AppDatabase {
    /// Saves a new record under `record.code`, or under the next free code of its year when another
    /// desk took that code meanwhile. Returns the code it was saved under.
    public func saveNew(_ feedback: Feedback, by user: String) throws -> String {
        try write { db in try Self.saveNew(feedback, by: user, in: db) }
    }

    /// Every kind's "new record": saved under its code, or, when another desk took that code meanwhile, under the
    /// next of its series (`KindRecord.nextCode`); `check` sees it under that code before it is saved. Returns the code
    /// it was saved under.
    static func saveNew<R: KindRecord>(_ record: R, by user: String, in db: Database, check: (R) throws -> Void = { _ in }) throws -> String {
        var record = record
        if try exists(R.entity, code: record.code, db) { record.recode(try record.nextCode(db)) }
        try check(record)
        record.version = 0
        _ = try save(record, expectedVersion: 0, by: user, in: db)
        return record.code
    }

    /// Saves an edit made from `expectedVersion`; refused as stale when the record moved on since.
    public func saveEdit<R: StoredRecord>(_ record: R, expectedVersion: Int, by user: String) throws -> UndoStep? {
        try write { db in
            guard let before = try R.fetch(db, code: record.code) else { throw GiamSatError.notFound(entity: R.entity, code: record.code) }
            let outcome = try Self.save(record, expectedVersion: expectedVersion, by: user, in: db)
            return outcome == .unchanged ? nil : UndoStep(before: before, versionAfter: before.version + 1)
        }
    }

    /// Moves a feedback record one step along its lifecycle (docs/formats.md lists the steps).
    public func advance(code: String, version: Int, change: Feedback.StatusChange, by user: String) throws -> UndoStep {
        try write { db in
            guard var feedback = try Feedback.fetch(db, code: code) else { throw GiamSatError.notFound(entity: .feedback, code: code) }
            if feedback.version != version { throw GiamSatError.staleWrite(entity: .feedback, code: code) }
            if change.status == .trungLap, let original = change.duplicateOf { try Self.checkDuplicateLink(code: code, original: original, db) }
            let before = feedback
            var change = change
            change.by = user
            try feedback.advance(to: change)
            _ = try Self.save(feedback, expectedVersion: version, by: user, in: db)
            try Self.auditDuplicateLink(code, from: before.duplicateOf, to: feedback.duplicateOf, by: user, db)
            var step = UndoStep(before: before, versionAfter: version + 1)
            if let original = feedback.duplicateOf {
                step.relinked = try Self.moveDuplicateLinks(try Self.duplicatesNaming(code, db), from: code, to: original, by: user, db)
            }
            return step
        }
    }

    /// Puts a record back as it was before `step`, unless it was changed again since (by anyone).
    /// The restore is audited like any edit, plus one row saying it was an undo.
    public func undo(_ step: UndoStep, by user: String) throws {
        if let attachment = step.attachment { return try undoAttachment(step.entity, code: step.code, attachment, by: user) }
        try write { db in
            switch step.change {
            case .edit:
                if let before = step.before {
                    // A "trùng" step taken back unlinks the original too, in its audit trail (issue 21).
                    let link = step.entity == .feedback ? try Self.currentDuplicateLink(step.code, db) : nil
                    try restore(before, versionAfter: step.versionAfter, by: user, db)
                    try Self.auditDuplicateLink(step.code, from: link, to: (before as? Feedback)?.duplicateOf, by: user, db)
                    if let link { _ = try Self.moveDuplicateLinks(step.relinked, from: link, to: step.code, by: user, db) }
                }
            case .creation:
                // Changed since by someone (or by a later step of this window not undone): refused like an edit's undo.
                guard let current = try Self.storedRecord(step.entity, code: step.code, db) else {
                    throw GiamSatError.notFound(entity: step.entity, code: step.code)
                }
                if current.version != step.versionAfter { throw GiamSatError.undoStale(entity: step.entity, code: step.code) }
                try Self.void(step.entity, code: step.code, reason: "", by: user, db)
            case .void:
                try Self.restore(step.entity, code: step.code, by: user, db)
            case .restore:
                let reason = try String.fetchOne(db, sql: """
                    SELECT old FROM audit WHERE entity = ? AND code = ? AND field = ? ORDER BY id DESC LIMIT 1
                    """, arguments: [step.entity.rawValue, step.code, AuditEntry.voidedField]) ?? ""
                try Self.void(step.entity, code: step.code, reason: reason, by: user, db)
            }
            try Self.audit(db, AuditEntry(at: Self.timestamp(), by: user, entity: step.entity, code: step.code,
                                          field: AuditEntry.undoField, old: "", new: ""))
        }
    }

    private func restore<R: StoredRecord>(_ before: R, versionAfter: Int, by user: String, _ db: Database) throws {
        guard let current = try R.fetch(db, code: before.code) else { throw GiamSatError.notFound(entity: R.entity, code: before.code) }
        if current.version != versionAfter { throw GiamSatError.undoStale(entity: R.entity, code: before.code) }
        var restored = before
        restored.version = current.version
        _ = try Self.save(restored, expectedVersion: current.version, by: user, checked: false, in: db)
    }

    /// The next free code of `entity`'s series (of `year` for a per-year series); a kind without one is refused.
    static func nextCode(_ entity: Entity, year: Int?, _ db: Database) throws -> String {
        guard let series = entity.kind.series else { throw GiamSatError.noCodeSeries(entity.rawValue) }
        return try series.next(in: entity.table, year: year, db)
    }

    /// Where a code typed in the palette leads: the kind of record that has it, if any.
    public func findRecord(code: String) throws -> Entity? {
        let code = code.trimmingCharacters(in: .whitespaces).uppercased()
        return try findRecords(code: code).first { $0.code == code }?.entity
    }
}
