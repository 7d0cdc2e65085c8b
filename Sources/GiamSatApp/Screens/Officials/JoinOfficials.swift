import GiamSatCore

/// Joins an official's record into another of the same person (the store's `joinOfficials`): what the merge of
/// former communes lists as "possibly the same person" and the user decides later, from the official's page.
struct JoinOfficials: SaveRequest {
    let duplicate: String
    let into: String
    var entity: Entity { .official }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        try context.database.joinOfficials(duplicate, into: into, by: context.user)
        return (into, nil)
    }
}
