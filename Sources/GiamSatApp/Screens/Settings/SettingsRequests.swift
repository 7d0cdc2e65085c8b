import GiamSatCore

// What the settings screens ask of the store (see `Shell/StoreRequest.swift`). Their writes are the named,
// audited transactions of `AppDatabase+SettingsWorkflow.swift`.

/// What the settings screen shows: the general settings, how many localities, the holidays, the former communes.
public struct SettingsOverview: Equatable, Sendable {
    public var general: GeneralSettings
    public var localities: Int
    public var holidays: Set<LocalDate>
    /// The former communes merged into this one (issue 12), by name.
    public var formerUnits: [FormerUnit] = []
}

/// The settings as stored (the app also learns from it of former communes merged while it was open).
struct LoadSettings: StoreRequest {
    func run(_ context: StoreContext) throws -> SettingsOverview {
        let settings = try context.database.settings()
        return SettingsOverview(general: try context.database.generalSettings(), localities: try context.database.localities().count,
                                holidays: settings.holidays, formerUnits: settings.formerUnits)
    }
}

/// Saves the general settings; answered with them as saved, which the app adopts at once (language, input
/// method, staff name, due days, report periods: `AppState.adopt`).
struct SaveGeneralSettings: StoreRequest {
    let settings: GeneralSettings
    func run(_ context: StoreContext) throws -> GeneralSettings {
        try context.database.saveGeneralSettings(settings, by: context.user)
        return try context.database.generalSettings()
    }
}

/// A blank locality: of the kind of the last one (a commune's villages are mostly of one kind).
struct LocalityDraft: StoreRequest {
    func run(_ context: StoreContext) throws -> LocalityKind { try context.database.localities().last?.kind ?? .thon }
}

/// A locality to edit, with what names it.
struct LocalityToEdit: StoreRequest {
    struct Answer: Equatable, Sendable {
        var locality: Locality
        var use: AppDatabase.LocalityUse
    }
    let code: String
    func run(_ context: StoreContext) throws -> Answer {
        guard let locality = try context.database.fetch(Locality.self, code: code) else {
            throw GiamSatError.notFound(entity: .locality, code: code)
        }
        return Answer(locality: locality, use: try context.database.localityUse(code))
    }
}

struct AddLocality: SaveRequest {
    let locality: Locality
    var entity: Entity { .locality }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (try context.database.addLocality(locality, by: context.user), nil)
    }
}

struct EditLocality: SaveRequest {
    let locality: Locality
    let expectedVersion: Int
    var entity: Entity { .locality }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (locality.code, try context.database.editLocality(locality, expectedVersion: expectedVersion, by: context.user))
    }
}

/// Deletes a locality no record names (the store refuses one in use); answered with its code.
struct DeleteLocality: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> String {
        try context.database.deleteLocality(code: code, by: context.user)
        return code
    }
}

/// Adds or removes a public holiday; answered with the holidays now in force, which the app adopts for deadlines.
struct ChangeHolidays: StoreRequest {
    let date: LocalDate
    let add: Bool
    func run(_ context: StoreContext) throws -> Set<LocalDate> {
        if add { try context.database.addHoliday(date, by: context.user) } else { try context.database.removeHoliday(date, by: context.user) }
        return try context.database.settings().holidays
    }
}
