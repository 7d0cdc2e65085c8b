import GiamSatCore

/// Where the app shows this kind: its list and a record's page (registered once in `Registry.kinds`).
extension KindScreens {
    static let plans = KindScreens(entity: .plan, list: { ListScreen(source: PlanListSource(today: $0.today)) }, page: { DetailScreen(source: PlanDetailSource(code: $0)) })
}
