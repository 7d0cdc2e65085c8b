import GiamSatCore

/// One former commune, to correct in settings.
struct LoadFormerUnit: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> FormerUnit {
        guard let unit = try context.database.formerUnits().first(where: { $0.code == code }) else {
            throw GiamSatError.notFound(entity: .commune, code: code)
        }
        return unit
    }
}

/// A former commune as corrected (audited on the commune, like the other settings).
struct SaveFormerUnit: SaveRequest {
    let unit: FormerUnit
    var entity: Entity { .commune }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        try context.database.editFormerUnit(unit, by: context.user)
        return (unit.code, nil)
    }
}
