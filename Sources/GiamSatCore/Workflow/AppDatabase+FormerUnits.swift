import GRDB

extension AppDatabase {
    /// Corrects a former commune's name, former district, merger date or resolution (settings). Its code stays: the
    /// origins of its records point to it, and `merge-commune` adds units, this does not.
    public func editFormerUnit(_ unit: FormerUnit, by user: String) throws {
        var unit = unit
        unit.name = VietnameseText.line(unit.name)
        unit.district = VietnameseText.line(unit.district)
        unit.resolution = VietnameseText.line(unit.resolution)
        if unit.name.isEmpty { throw RecordError(entity: .commune, code: unit.code, field: "formerUnits.name", problem: .empty) }
        for (field, text) in [("name", unit.name), ("district", unit.district), ("resolution", unit.resolution)] where text.count > FieldLimit.name {
            throw RecordError(entity: .commune, code: unit.code, field: "formerUnits.\(field)", problem: .tooLong(length: text.count, limit: FieldLimit.name))
        }
        try write { db in
            guard try Self.formerUnits(db).contains(where: { $0.code == unit.code }) else {
                throw GiamSatError.notFound(entity: .commune, code: unit.code)
            }
            try Self.saveFormerUnit(unit, by: user, at: Self.timestamp(), in: db)
        }
    }
}
