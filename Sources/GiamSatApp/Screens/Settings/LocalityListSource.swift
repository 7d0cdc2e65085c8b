import GiamSatCore
import TerminalUI

/// The commune's localities (settings): add, rename or change the kind; delete only one no record names
/// (the store refuses otherwise and says what uses it).
struct LocalityListSource: ListSource {
    var request = LocalityListRequest()

    var keymap: Keymap { .localityList }
    var title: Localized { T.localitiesTitle }
    var emptyText: Localized { T.noLocalities }
    var hasFilters: Bool { false }
    mutating func clearFilters() {}

    func columns(wide: Bool, _ env: ScreenEnv) -> [Column] {
        [Column(env.text(T.code), width: 8), Column(env.text(T.localityName), flex: 2), Column(env.text(T.localityKind), width: 18),
         Column(env.text(T.officialsLiving), width: 16, alignRight: true)]
    }

    func cells(_ row: LocalityRow, wide: Bool, _ env: ScreenEnv) -> [String] {
        [row.code, row.name, env.text(row.kind.label), String(row.officials)]
    }

    func role(_ row: LocalityRow) -> Role { .normal }
    func filterSummary(_ env: ScreenEnv) -> [String] { [] }
    func preview(_ row: LocalityRow, _ env: ScreenEnv) -> String? { "\(row.code): \(row.name) · \(env.text(row.kind.label))" }

    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> ListAction? {
        handle(command, selected: nil, env)
    }

    mutating func handle(_ command: CommandID, selected: LocalityRow?, _ env: ScreenEnv) -> ListAction? {
        switch command {
        case .new: return .outcome(.navigate(.push(FormScreen(spec: LocalityFormSpec(new: ())))))
        case .edit: return selected.map { .outcome(open($0, env)) }
        case .delete:
            return selected.map { .outcome(.navigate(.push(ConfirmScreen(question: .deleteLocality(code: $0.code, name: $0.name))))) }
        default: return nil
        }
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> ListAction? {
        guard let (_, code) = result.answer(to: DeleteLocality.self) else { return nil }
        return .reloadSaying(.info(T.localityDeleted, code))
    }

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> ListAction? {
        guard case .confirmed(.deleteLocality(let code, _)) = delivery else { return nil }
        return .outcome(.effects(.ask(DeleteLocality(code: code))))
    }

    func open(_ row: LocalityRow, _ env: ScreenEnv) -> Outcome {
        .navigate(.push(FormScreen(spec: LocalityFormSpec(editing: row.code))))
    }
}
