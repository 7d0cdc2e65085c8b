import GiamSatCore

/// Where the app shows this kind: its list and a record's page (registered once in `Registry.kinds`).
extension KindScreens {
    static let feedback = KindScreens(entity: .feedback, list: { ListScreen(source: FeedbackListSource(today: $0.today)) }, page: { DetailScreen(source: FeedbackDetailSource(code: $0)) })
}
