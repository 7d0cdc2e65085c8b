import GiamSatCore

// What the feedback screens ask of the store (see `Shell/StoreRequest.swift`).

/// A feedback record with what is needed to show it: officials' names, the locality's name, its audit trail.
public struct FeedbackRecord: Equatable, Sendable {
    public var feedback: Feedback
    public var officialNames: [String: String]
    public var localityName: String?
    public var audit: [AuditEntry]
}

/// A feedback record's page.
struct LoadFeedback: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> FeedbackRecord { try Self.record(code, context.database) }

    static func record(_ code: String, _ database: AppDatabase) throws -> FeedbackRecord {
        guard let feedback = try database.fetch(Feedback.self, code: code) else {
            throw GiamSatError.notFound(entity: .feedback, code: code)
        }
        let locality = try feedback.locality.flatMap { try database.fetch(Locality.self, code: $0)?.name }
        return FeedbackRecord(feedback: feedback, officialNames: try database.officialNames(feedback.officials),
                              localityName: locality, audit: try database.auditTrail(.feedback, code: code))
    }
}

/// A blank feedback form: the next free code of the year and the localities to choose from.
struct FeedbackDraft: StoreRequest {
    let year: Int
    func run(_ context: StoreContext) throws -> WithLocalities<String> {
        WithLocalities(value: try context.database.nextCode(prefix: "PA", year: year), localities: try context.database.localities())
    }
}

/// A feedback record to edit, with the localities to choose from.
struct FeedbackToEdit: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> WithLocalities<FeedbackRecord> {
        WithLocalities(value: try LoadFeedback.record(code, context.database), localities: try context.database.localities())
    }
}

extension Feedback: FormRecord {
    static func saveNew(_ record: Feedback, in database: AppDatabase, by user: String) throws -> String {
        try database.saveNew(record, by: user)
    }
}

/// One step along the record's lifecycle (the status dialog).
struct AdvanceFeedback: SaveRequest {
    let code: String
    let version: Int
    let change: Feedback.StatusChange
    var entity: Entity { .feedback }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (code, try context.database.advance(code: code, version: version, change: change, by: context.user))
    }
}

/// Shows a reporter (audited); `passphrase` opens identities sealed by `giamsat-tui protect`.
struct RevealReporter: StoreRequest {
    let code: String
    var passphrase: String? = nil
    func run(_ context: StoreContext) throws -> Feedback.Reporter? {
        try context.database.revealReporter(of: code, by: context.user, passphrase: passphrase)
    }
}
