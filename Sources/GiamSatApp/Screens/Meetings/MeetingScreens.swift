import GiamSatCore

/// Where the app shows a residence meeting: its page (registered once in `Registry.kinds`; the palette opens `HN-…`).
/// The meetings of a year are listed by village on the residence screen (section 6), which `m` opens them from.
extension KindScreens {
    static let meetings = KindScreens(entity: .residenceMeeting, list: nil, page: { DetailScreen(source: MeetingDetailSource(code: $0)) })
}

/// `m` on the residence screens: the village's meeting of the year, its page when recorded, else the form to record it.
/// `thenGrid`: the form was opened to enter reviews (Enter on a village with no meeting): once saved, the grid opens.
enum MeetingNavigation {
    static func open(meeting: String?, year: Int, locality: Locality, today: LocalDate, thenGrid: Bool = false) -> any Screen {
        if let meeting { return DetailScreen(source: MeetingDetailSource(code: meeting)) }
        return FormScreen(spec: MeetingFormSpec(newIn: year, locality: locality, today: today, thenGrid: thenGrid))
    }
}
