import GiamSatCore

// What the dashboard asks of the store (see `Shell/StoreRequest.swift`).

/// The year's figures and today's worklist, by the settings' calendar and report periods.
struct LoadDashboard: StoreRequest {
    let year: Int
    func run(_ context: StoreContext) throws -> Dashboard {
        let settings = try context.database.settings()
        return try context.database.dashboard(year: year, today: context.today, calendar: settings.calendar, periods: settings.reportPeriods)
    }
}
