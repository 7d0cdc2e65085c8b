import GiamSatCore

// What the dashboard asks of the store (see `Shell/StoreRequest.swift`).

/// The year's figures and today's worklist (its first page), by the settings' calendar, report periods and deadlines.
struct LoadDashboard: StoreRequest {
    let year: Int
    func run(_ context: StoreContext) throws -> Dashboard {
        try context.database.dashboard(year: year, today: context.today, settings: try context.database.settings())
    }
}

/// A page of today's worklist, asked for when the selection moves past the rows loaded with the dashboard.
struct LoadWorklist: StoreRequest {
    let offset: Int
    let limit: Int
    func run(_ context: StoreContext) throws -> Worklist {
        try context.database.worklist(today: context.today, settings: try context.database.settings(), offset: offset, limit: limit)
    }
}
