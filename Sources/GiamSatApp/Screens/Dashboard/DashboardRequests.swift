import GiamSatCore

/// A page of today's worklist, asked for when the selection moves past the rows loaded with the dashboard.
struct LoadWorklist: StoreRequest {
    let offset: Int
    let limit: Int
    func run(_ context: StoreContext) throws -> Worklist {
        try context.database.worklist(today: context.today, settings: try context.database.settings(), offset: offset, limit: limit)
    }
}
