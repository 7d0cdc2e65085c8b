import GiamSatCore
import TerminalUI

/// Supervision plans (section 4), newest year first; filters by status and year.
struct PlanListSource: ListSource {
    var request = PlanListRequest()
    /// The years the year filter steps through, this year first (set from today when the list is made).
    var years: [Int] = []

    init(today: LocalDate? = nil) {
        if let year = today?.year { years = Array((year - 6)...(year + 1)).reversed() }
    }

    var keymap: Keymap { .planList }
    var title: Localized { T.sectionPlans }
    var emptyText: Localized { T.noPlans }
    var hasFilters: Bool { request.status != nil || request.year != nil }
    mutating func clearFilters() {
        request.status = nil
        request.year = nil
    }

    func columns(wide: Bool, _ env: ScreenEnv) -> [Column] {
        [Column(env.text(T.code), width: 11), Column(env.text(T.year), width: 4), Column(env.text(T.planTitle), flex: 1),
         Column(env.text(T.period), width: wide ? 23 : 17), Column(env.text(T.status), width: wide ? 22 : 14)]
    }

    func cells(_ row: PlanRow, wide: Bool, _ env: ScreenEnv) -> [String] {
        let span = [row.startOn, row.endOn].map { $0.map { shortDate($0, wide: wide) } ?? "…" }.joined(separator: "–")
        return [row.code, String(row.year), row.title, row.startOn == nil && row.endOn == nil ? "" : span, env.text(row.status.label)]
    }

    func role(_ row: PlanRow) -> Role { row.status == .huy ? .muted : .normal }

    func filterSummary(_ env: ScreenEnv) -> [String] {
        ["\(env.text(T.year)): \(request.year.map(String.init) ?? env.text(T.allYears))",
         "\(env.text(T.status)): \(request.status.map { env.text($0.label) } ?? env.text(T.all))"]
    }

    func preview(_ row: PlanRow, _ env: ScreenEnv) -> String? {
        "\(row.code)\(row.documentNumber.isEmpty ? "" : " (\(row.documentNumber))"): \(row.title)"
    }

    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> ListAction? {
        switch command {
        case .new: return .outcome(.navigate(.push(FormScreen(spec: PlanFormSpec(newIn: env.today.year)))))
        case .cycleStatus: request.status = cycle(request.status, PlanStatus.allCases)
        case .cycleYear: request.year = cycle(request.year, years.isEmpty ? Array((env.today.year - 6)...(env.today.year + 1)).reversed() : years)
        default: return nil
        }
        return .reload
    }

    func open(_ row: PlanRow, _ env: ScreenEnv) -> Outcome {
        Registry.page(.plan, code: row.code).map { .navigate(.push($0)) } ?? .say(.error(T.noPageYet, row.code))
    }
}
