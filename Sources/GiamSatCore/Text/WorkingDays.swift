/// Working-day arithmetic for deadlines: weekends and the listed public holidays are skipped.
/// Tết and Giỗ Tổ follow the lunar calendar, so holidays are data (editable in settings).
public struct WorkingCalendar: Sendable {
    public var holidays: Set<LocalDate>

    public init(holidays: Set<LocalDate>) { self.holidays = holidays }

    public func isWorkingDay(_ date: LocalDate) -> Bool {
        !date.isWeekend && !holidays.contains(date)
    }

    /// The day on which `count` working days after `start` have passed.
    public func adding(workingDays count: Int, to start: LocalDate) -> LocalDate {
        var date = start
        var left = count
        while left > 0 {
            date = date.adding(days: 1)
            if isWorkingDay(date) { left -= 1 }
        }
        return date.clamped()
    }

    /// Defaults shipped with the app: fixed-date holidays for every year in range, plus Tết
    /// (eve to 4th day) and Giỗ Tổ from lunar tables for 2024–2030. Users edit the list in settings.
    public static func defaultHolidays(years: ClosedRange<Int> = 2018...2030) -> Set<LocalDate> {
        var days = Set<LocalDate>()
        for year in years {
            for (month, day) in [(1, 1), (4, 30), (5, 1), (9, 2)] {
                days.insert(LocalDate(year: year, month: month, day: day)!)
            }
        }
        let lunarNewYear: [(Int, Int, Int)] = [
            (2018, 2, 16), (2019, 2, 5), (2020, 1, 25), (2021, 2, 12), (2022, 2, 1), (2023, 1, 22),
            (2024, 2, 10), (2025, 1, 29), (2026, 2, 17), (2027, 2, 6), (2028, 1, 26), (2029, 2, 13), (2030, 2, 3),
        ]
        for (y, m, d) in lunarNewYear where years.contains(y) {
            let first = LocalDate(year: y, month: m, day: d)!
            for offset in -1...3 { days.insert(first.adding(days: offset)) }
        }
        let hungKings: [(Int, Int, Int)] = [
            (2018, 4, 25), (2019, 4, 14), (2020, 4, 2), (2021, 4, 21), (2022, 4, 10), (2023, 4, 29),
            (2024, 4, 18), (2025, 4, 7), (2026, 4, 26), (2027, 4, 16), (2028, 4, 4), (2029, 4, 23), (2030, 4, 12),
        ]
        for (y, m, d) in hungKings where years.contains(y) { days.insert(LocalDate(year: y, month: m, day: d)!) }
        return days
    }
}
