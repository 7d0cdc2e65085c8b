import GRDB

extension CaseBundle {
    /// The kinds a merge places, in the order their references need: a record's targets come before it
    /// (the bundle's order, `RecordKinds.all`).
    static var mergeOrder: [Entity] { RecordKinds.records.map(\.kind.entity) }
}

extension KindRecord {
    /// The record under `code` (a residence review's code is its year and official), its references mapped.
    func merged(as code: String, through map: CodeMap, unknown: (String, Entity, String) -> Void) -> Self {
        var copy = self
        copy.recode(code)
        copy.version = 0
        copy.remapReferences(map, unknown: unknown)
        return copy
    }

    /// Saves it as a new record of this commune, with every rule a save checks.
    func saveNew(by user: String, at now: String, in db: Database) throws {
        _ = try AppDatabase.save(self, expectedVersion: nil, by: user, at: now, in: db)
    }
}
