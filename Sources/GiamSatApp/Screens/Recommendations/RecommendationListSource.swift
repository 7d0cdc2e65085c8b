import GiamSatCore
import TerminalUI

/// Recommendations (section 5), newest first; those awaiting an answer past `answer-days` (20) marked.
struct RecommendationListSource: ListSource {
    var request: RecommendationListRequest

    init(today: LocalDate, answerDays: Int = Settings.defaultAnswerDays) {
        request = RecommendationListRequest(today: today)
        request.answerDays = answerDays
    }

    var keymap: Keymap { .recommendationList }
    var title: Localized { T.sectionRecommendations }
    var emptyText: Localized { T.noRecommendations }
    var hasFilters: Bool { request.response != nil }
    mutating func clearFilters() { request.response = nil }

    func columns(wide: Bool, _ env: ScreenEnv) -> [Column] {
        [Column(env.text(T.code), width: 12), Column(env.text(T.sentOn), width: wide ? 10 : 8), Column(env.text(T.addressedTo), width: wide ? 28 : 18),
         Column(env.text(T.content), flex: 1), Column(env.text(T.response), width: wide ? 16 : 12)]
    }

    func cells(_ row: RecommendationRow, wide: Bool, _ env: ScreenEnv) -> [String] {
        [row.code, shortDate(row.sentOn, wide: wide), row.to, row.content, (row.late ? "!" : "") + env.text(row.response.label)]
    }

    func role(_ row: RecommendationRow) -> Role { row.late ? .overdue : .normal }

    func filterSummary(_ env: ScreenEnv) -> [String] {
        ["\(env.text(T.response)): \(request.response.map { env.text($0.label) } ?? env.text(T.all))"]
    }

    func preview(_ row: RecommendationRow, _ env: ScreenEnv) -> String? { "\(row.code) → \(row.to): \(row.content)" }

    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> ListAction? {
        switch command {
        case .new: return .outcome(.navigate(.push(FormScreen(spec: RecommendationFormSpec(newOn: env.today, source: nil)))))
        case .cycleResponse: request.response = cycle(request.response, RecommendationResponse.allCases)
        default: return nil
        }
        return .reload
    }

    func open(_ row: RecommendationRow, _ env: ScreenEnv) -> Outcome {
        Registry.page(.recommendation, code: row.code).map { .navigate(.push($0)) } ?? .say(.error(T.noPageYet, row.code))
    }
}
