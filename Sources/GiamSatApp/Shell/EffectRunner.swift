import Foundation
import GiamSatCore
import TerminalUI

/// Carries out effects against the store, and nothing else: it reads no app state, words nothing, names no file
/// and keeps no state of its own. Each request says all it needs (who asks comes with it, from `AppState.user`)
/// and runs itself; the result goes back, typed, to the screen that asked.
public struct EffectRunner: Sendable {
    public let database: AppDatabase
    public let today: LocalDate

    public init(database: AppDatabase, today: LocalDate) {
        self.database = database
        self.today = today
    }

    public func run(_ request: Request) -> EffectResult { run(request.effect, by: request.user) }

    /// Runs one effect for `user` (the name the audit trail records).
    public func run(_ effect: Effect, by user: String) -> EffectResult {
        do {
            switch effect {
            case .page(let request):
                return .page(request, try request.page(in: database))
            case .store(let request):
                return try request.run(StoreContext(database: database, user: user, today: today))
            case .undo(let step):
                try database.undo(step, by: user)
                return .undone(step.entity, code: step.code)
            }
        } catch {
            return .failed(AppFailure(error))
        }
    }
}
