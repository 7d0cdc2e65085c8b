import GiamSatCore

// What the plan screens ask of the store (see `Shell/StoreRequest.swift`).

/// A plan's page: the plan, the officials' names, the recommendations and feedback linked to it.
struct LoadPlan: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> PlanRecord { try context.database.planRecord(code: code) }
}

/// A blank plan form: the next free code of the year.
struct PlanDraft: StoreRequest {
    let year: Int
    func run(_ context: StoreContext) throws -> String { try context.database.nextCode(prefix: "KH", year: year) }
}

/// Plans to choose from (linking a record, the source of a recommendation).
struct PlanChoices: StoreRequest {
    func run(_ context: StoreContext) throws -> [LinkedRecord] { try context.database.planChoices() }
}

extension Plan: FormRecord {
    static func saveNew(_ record: Plan, in database: AppDatabase, by user: String) throws -> String {
        try database.saveNew(record, by: user)
    }
}

struct AdvancePlan: SaveRequest {
    let code: String
    let version: Int
    let status: PlanStatus
    let on: LocalDate
    var entity: Entity { .plan }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (code, try context.database.advancePlan(code: code, version: version, to: status, on: on, by: context.user))
    }
}

struct SaveFindings: SaveRequest {
    let plan: String
    let version: Int
    let official: String
    let findings: String
    var entity: Entity { .plan }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (plan, try context.database.saveFindings(plan: plan, version: version, official: official, findings: findings, by: context.user))
    }
}
