import GiamSatCore

/// Where the app shows this kind: its list and a record's page (registered once in `Registry.kinds`).
extension KindScreens {
    static let officials = KindScreens(entity: .official, list: { _ in ListScreen(source: OfficialListSource()) }, page: { DetailScreen(source: OfficialDetailSource(code: $0)) })
}
