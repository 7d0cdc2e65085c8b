import GiamSatCore

/// The words of report periods on the settings and report screens: part of the one table `T`.
extension T {
    static let reportPeriods = Localized("Kỳ báo cáo", "Report periods")
    static let reportPeriodsShort = Localized("Kỳ báo cáo", "Periods")
    static let calendarPeriods = Localized("Theo năm dương lịch (ngày 1 – cuối tháng)", "Calendar (1st to month's end)")
    static let cutOffPeriods = Localized("Kỳ chốt số liệu (15/12 – 14/12; quý 15 – 14)", "Cut-off (15/12 – 14/12; quarters 15th – 14th)")

    static func periodsLabel(_ scheme: TallyPeriod.Scheme) -> Localized {
        switch scheme {
        case .calendar: return calendarPeriods
        case .cutOff: return cutOffPeriods
        }
    }
}
