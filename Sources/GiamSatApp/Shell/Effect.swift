import GiamSatCore
import TerminalUI

/// What a screen asks of the store: a page of a list, or any other read or write as a typed request
/// (`Shell/StoreRequest.swift`; each kind's in `Screens/<Kind>/<Kind>Requests.swift`), or taking a change back.
/// Each carries all it needs; the runner reads no app state and words nothing.
public enum Effect: Equatable, Sendable {
    /// A page of any list (the request says which kind, which filters, which page).
    case page(AnyListRequest)
    /// Any other read or write of the store, as a typed request.
    case store(AnyStoreRequest)
    case undo(UndoStep)
}

/// What came back, addressed to the screen that asked.
public enum EffectResult: Sendable {
    /// A page, with the request it answers (a screen drops a page asked for before its latest request).
    case page(AnyListRequest, any Sendable)
    /// The answer to a `.store` request, with the request it answers.
    case answer(AnyStoreRequest, any Sendable)
    /// A `SaveRequest` done: the code saved under and the step that takes it back (nil: new or unchanged).
    case saved(entity: Entity, code: String, undo: UndoStep?)
    case undone(Entity, code: String)
    case failed(AppFailure)
}

/// Any typed list request, so one effect pages every kind of list.
public struct AnyListRequest: Equatable, @unchecked Sendable {
    let base: any ListRequest
    private let key: AnyHashable
    private let run: @Sendable (AppDatabase) throws -> any Sendable

    public init<R: ListRequest>(_ request: R) {
        base = request
        key = AnyHashable(request)
        run = { try request.labelledPage(in: $0) }
    }

    public func page(in database: AppDatabase) throws -> any Sendable { try run(database) }
    public func `as`<R: ListRequest>(_ type: R.Type) -> R? { base as? R }

    public static func == (a: AnyListRequest, b: AnyListRequest) -> Bool { a.key == b.key }
}
