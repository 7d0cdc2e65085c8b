import GiamSatCore

/// Void and restore (issue 17): the store's named operations, asked for from any record's page (`DetailScreen`).
struct VoidRecord: SaveRequest {
    let entity: Entity
    let code: String
    let reason: String
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (code, try context.database.void(entity, code: code, reason: reason, by: context.user))
    }
}

struct RestoreRecord: SaveRequest {
    let entity: Entity
    let code: String
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (code, try context.database.restore(entity, code: code, by: context.user))
    }
}

/// Why a record was voided (nil: it is not), asked with the page.
struct LoadVoidReason: StoreRequest {
    let entity: Entity
    let code: String
    func run(_ context: StoreContext) throws -> String? { try context.database.voidReason(entity, code: code) }
}
