import GRDB

extension AppDatabase {
    /// The former communes this commune carries, by name.
    public func formerUnits() throws -> [FormerUnit] {
        try read { db in try Self.formerUnits(db) }
    }

    static func formerUnits(_ db: Database) throws -> [FormerUnit] {
        try Row.fetchAll(db, sql: "SELECT * FROM former_unit ORDER BY sort_key, code").map {
            FormerUnit(code: try $0.text("code"), name: try $0.text("name"), district: try $0.text("district"),
                       mergedOn: try $0.optionalDate("merged_on"), resolution: try $0.text("resolution"))
        }
    }

    /// Adds or updates a former unit; audited on the commune like its other settings.
    @discardableResult
    static func saveFormerUnit(_ unit: FormerUnit, by user: String, at now: String, in db: Database) throws -> SaveOutcome {
        let old = try formerUnits(db).first { $0.code == unit.code }
        if old == unit { return .unchanged }
        try db.execute(sql: """
            INSERT INTO former_unit(code, name, district, merged_on, resolution, sort_key) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET name = excluded.name, district = excluded.district,
              merged_on = excluded.merged_on, resolution = excluded.resolution, sort_key = excluded.sort_key
            """, arguments: [unit.code, unit.name, unit.district, unit.mergedOn, unit.resolution, VietnameseCollation.key(unit.name)])
        let commune = try commune(db)?.code ?? ""
        try audit(db, AuditEntry(at: now, by: user, entity: .commune, code: commune, field: AuditEntry.formerUnitField,
                                 old: old.map { "\($0.code) \($0.name)" } ?? "", new: "\(unit.code) \(unit.name)"))
        return old == nil ? .added : .updated(fields: ["formerUnits"])
    }

    /// Where a record came from, oldest origin first (empty: the commune's own record).
    public func origins(_ entity: Entity, code: String) throws -> [RecordOrigin] {
        try read { db in try Self.origins(entity, code: code, db) }
    }

    static func origins(_ entity: Entity, code: String, _ db: Database) throws -> [RecordOrigin] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM record_origin WHERE entity = ? AND code = ? ORDER BY rowid"),
                         arguments: [entity.rawValue, code]).map {
            RecordOrigin(formerUnit: try $0.text("former_unit"), formerCode: try $0.text("former_code"), formerName: try $0.text("former_name"))
        }
    }

    /// The code in this commune of the record a former unit knew as `formerCode`, if it was merged.
    static func mergedCode(_ entity: Entity, unit: String, formerCode: String, _ db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT code FROM record_origin WHERE entity = ? AND former_unit = ? AND former_code = ?"),
                            arguments: [entity.rawValue, unit, formerCode])
    }

    /// Written before the record is saved (or the record saved again after): its search text includes
    /// its former codes (`AppDatabase.index`).
    static func addOrigin(_ origin: RecordOrigin, entity: Entity, code: String, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO record_origin(entity, former_unit, former_code, code, former_name) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(entity, former_unit, former_code) DO UPDATE SET code = excluded.code, former_name = excluded.former_name
            """).execute(arguments: [entity.rawValue, origin.formerUnit, origin.formerCode, code, origin.formerName])
    }
}
