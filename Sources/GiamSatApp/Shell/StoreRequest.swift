import GiamSatCore

/// What the runner gives a store request: the store, who is asking (the staff name of `AppState.user`, sent with
/// each request), and today. (Where a report goes is the user's answer, carried by the request: `WriteReport`.)
public struct StoreContext: Sendable {
    public let database: AppDatabase
    public let user: String
    public let today: LocalDate
}

/// A read of the store a screen asks for by value (a plan's page, the residence grid of a village).
/// Like a `ListRequest`, it carries all it needs and runs itself, so a new kind of record's loads and
/// saves are new types, not new cases of the runner's switch. Its answer comes back as `.answer`.
public protocol StoreRequest: Sendable, Equatable {
    associatedtype Answer: Sendable
    func run(_ context: StoreContext) throws -> Answer
}

/// A write that answers as every save does (`.saved`, with its undo step), so forms, dialogs and
/// undo treat it like the feedback saves.
public protocol SaveRequest: Sendable, Equatable {
    var entity: Entity { get }
    /// The code saved under, and the step that takes the change back (nil: new or unchanged).
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?)
}

/// A kind of record the app's forms create and edit, through the store's named writes for that kind (a new
/// one saved under its code or the next free one; an edit versioned and audited). Declared in the kind's
/// `Screens/<Kind>/<Kind>Requests.swift`.
protocol FormRecord: StoredRecord, Equatable, Sendable {
    static func saveNew(_ record: Self, in database: AppDatabase, by user: String) throws -> String
    static func saveEdit(_ record: Self, expectedVersion: Int, in database: AppDatabase, by user: String) throws -> UndoStep?
}

extension FormRecord {
    static func saveEdit(_ record: Self, expectedVersion: Int, in database: AppDatabase, by user: String) throws -> UndoStep? {
        try database.saveEdit(record, expectedVersion: expectedVersion, by: user)
    }
}

/// A new record of any kind a form creates; answered with the code it was saved under, and, for a kind that can
/// be voided, the step that undoes the creation by voiding it (issue 17).
struct SaveNew<Record: FormRecord>: SaveRequest {
    let record: Record
    var entity: Entity { Record.entity }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        let code = try Record.saveNew(record, in: context.database, by: context.user)
        guard AppDatabase.voidableKinds.contains(Record.entity) else { return (code, nil) }
        return (code, try context.database.creationStep(Record.entity, code: code))
    }
}

/// An edit of any kind of record made from `expectedVersion` (the kind's `saveEdit` keeps the rules).
struct SaveEdit<Record: FormRecord>: SaveRequest {
    let record: Record
    let expectedVersion: Int
    var entity: Entity { Record.entity }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (record.code, try Record.saveEdit(record, expectedVersion: expectedVersion, in: context.database, by: context.user))
    }
}

/// A record to edit, or a blank one's code, with the localities its form chooses from (feedback, officials).
struct WithLocalities<Value: Equatable & Sendable>: Equatable, Sendable {
    var value: Value
    var localities: [Locality]
}

/// Any store request or save, so one effect carries them all.
public struct AnyStoreRequest: Equatable, @unchecked Sendable {
    let base: any Sendable
    private let equals: @Sendable (any Sendable) -> Bool
    private let perform: @Sendable (StoreContext) throws -> EffectResult

    public init<R: StoreRequest>(_ request: R) {
        base = request
        equals = { ($0 as? R) == request }
        perform = { context in .answer(AnyStoreRequest(request), try request.run(context)) }
    }

    public init<R: SaveRequest>(save request: R) {
        base = request
        equals = { ($0 as? R) == request }
        perform = { context in
            let (code, undo) = try request.run(context)
            return .saved(entity: request.entity, code: code, undo: undo)
        }
    }

    func run(_ context: StoreContext) throws -> EffectResult { try perform(context) }
    public func `as`<R>(_ type: R.Type) -> R? { base as? R }

    public static func == (a: AnyStoreRequest, b: AnyStoreRequest) -> Bool { a.equals(b.base) }
}

extension Effect {
    static func ask<R: StoreRequest>(_ request: R) -> Effect { .store(AnyStoreRequest(request)) }
    static func write<R: SaveRequest>(_ request: R) -> Effect { .store(AnyStoreRequest(save: request)) }
}

extension EffectResult {
    /// The answer to a request of type `R`, if this result is one.
    func answer<R: StoreRequest>(to type: R.Type) -> (request: R, answer: R.Answer)? {
        guard case .answer(let request, let value) = self, let typed = request.as(R.self), let answer = value as? R.Answer else { return nil }
        return (typed, answer)
    }
}
