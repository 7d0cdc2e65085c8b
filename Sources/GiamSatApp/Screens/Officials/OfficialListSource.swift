import GiamSatCore
import TerminalUI

/// Officials under supervision (section 3), sorted the Vietnamese way: given name, middle, family.
struct OfficialListSource: ListSource {
    var request = OfficialListRequest()

    var keymap: Keymap { .officialList }
    var title: Localized { T.sectionOfficials }
    var emptyText: Localized { T.noOfficials }
    var hasFilters: Bool { request.category != nil || request.status != nil }

    mutating func clearFilters() {
        request.category = nil
        request.status = nil
    }

    func columns(wide: Bool, _ env: ScreenEnv) -> [Column] {
        [Column(env.text(T.code), width: 9), Column(env.text(T.fullName), width: wide ? 26 : 20), Column(env.text(T.position), flex: 2),
         Column(env.text(T.categoryShort), width: wide ? 18 : 12), Column(env.text(T.partyMemberShort), width: 3)]
    }

    func cells(_ row: OfficialRow, wide: Bool, _ env: ScreenEnv) -> [String] {
        [row.code, row.name, row.unit.isEmpty ? row.position : "\(row.position), \(row.unit)", env.text(row.category.label),
         row.partyMember ? "✓" : ""]
    }

    func role(_ row: OfficialRow) -> Role { row.status == .dangCongTac ? .normal : .muted }

    func filterSummary(_ env: ScreenEnv) -> [String] {
        ["\(env.text(T.category)): \(request.category.map { env.text($0.label) } ?? env.text(T.all))",
         "\(env.text(T.status)): \(request.status.map { env.text($0.label) } ?? env.text(T.all))"]
    }

    func preview(_ row: OfficialRow, _ env: ScreenEnv) -> String? {
        "\(row.code): \(row.name) — \(row.position)\(row.unit.isEmpty ? "" : ", " + row.unit) · \(env.text(row.status.label))"
    }

    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> ListAction? {
        switch command {
        case .cycleCategory: request.category = cycle(request.category, OfficialCategory.allCases)
        case .cycleStatus: request.status = cycle(request.status, OfficialStatus.allCases)
        default: return nil
        }
        return .reload
    }

    func open(_ row: OfficialRow, _ env: ScreenEnv) -> Outcome {
        Registry.page(.official, code: row.code).map { .navigate(.push($0)) } ?? .say(.error(T.noPageYet, row.code))
    }
}
