import GiamSatCore

/// Where one record came from (its former communes and codes): asked by every record's page.
struct LoadOrigins: StoreRequest {
    let entity: Entity
    let code: String
    func run(_ context: StoreContext) throws -> [RecordOrigin] { try context.database.origins(entity, code: code) }
}

/// Where several records of a kind came from, by code (a code with none left out): the residence list's villages.
struct LoadOriginsOfCodes: StoreRequest {
    let entity: Entity
    let codes: [String]
    func run(_ context: StoreContext) throws -> [String: [RecordOrigin]] {
        codes.isEmpty ? [:] : try context.database.origins(entity, codes: codes)
    }
}
