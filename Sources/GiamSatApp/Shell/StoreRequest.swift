import GiamSatCore

/// What the runner gives a store request: the store, who is saving, and today.
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

/// An edit of any kind of record made from `expectedVersion` (the store's `saveEdit` keeps the rules).
struct SaveEdit<Record: StoredRecord>: SaveRequest {
    let record: Record
    let expectedVersion: Int
    var entity: Entity { Record.entity }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (record.code, try context.database.saveEdit(record, expectedVersion: expectedVersion, by: context.user))
    }
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
