import GiamSatCore

/// The palette's "open by code": the records a code means (this commune's, and merged ones that had it in a
/// former commune). The palette sends the code as typed, trimmed and in capitals.
struct FindRecord: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> [FoundRecord] { try context.database.findRecords(code: code) }
}
