import GiamSatCore

// What the duplicates of issue 21 ask of the store (see `Shell/StoreRequest.swift`).

/// The likely duplicates of a record about to be saved (the form asks before `SaveNew`).
struct FindDuplicates: StoreRequest {
    let record: Feedback
    /// A comparison that cannot run never stops the save it comes before: no suggestion, the record is saved.
    func run(_ context: StoreContext) throws -> [DuplicateSuggestion] { (try? context.database.likelyDuplicates(of: record)) ?? [] }
}

/// A new record saved as a duplicate of `original`, in one transaction; undone, like any creation, by voiding it.
struct SaveNewDuplicate: SaveRequest {
    let record: Feedback
    let original: String
    var entity: Entity { .feedback }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        let code = try context.database.saveNewDuplicate(record, of: original, on: context.today, by: context.user)
        return (code, try context.database.creationStep(.feedback, code: code))
    }
}

/// A record's "trùng" links both ways, for its page.
struct LoadDuplicateLinks: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> DuplicateLinks { try context.database.duplicateLinks(of: code) }
}

/// What the screen before saving hands back to the form.
public enum DuplicateDecision: Equatable, Sendable {
    /// Saved as a new record, whatever it looks like.
    case saveAnyway(Feedback)
    /// Saved as a duplicate of the record chosen.
    case saveAsDuplicate(Feedback, of: String)
}
