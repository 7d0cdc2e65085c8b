import GiamSatCore

/// Where the app shows this kind: its list and a record's page (registered once in `Registry.kinds`).
extension KindScreens {
    static let recommendations = KindScreens(entity: .recommendation, list: { ListScreen(source: RecommendationListSource(today: $0.today, answerDays: $0.settings.answerDays)) }, page: { DetailScreen(source: RecommendationDetailSource(code: $0)) })
}
