import GiamSatCore

/// Where one record came from (its former communes and codes): asked by every record's page.
struct LoadOrigins: StoreRequest {
    let entity: Entity
    let code: String
    func run(_ context: StoreContext) throws -> [RecordOrigin] { try context.database.origins(entity, code: code) }
}
