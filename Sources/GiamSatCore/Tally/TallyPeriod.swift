/// The span a tally covers: a year, a half, a quarter, the first nine months, or any range.
public struct TallyPeriod: Equatable, Sendable {
    public var from: LocalDate
    public var to: LocalDate

    public init(from: LocalDate, to: LocalDate) {
        self.from = from
        self.to = to
    }

    public enum Kind: String, CaseIterable, Sendable {
        case year, h1, h2, q1, q2, q3, q4, nineMonths = "9m"

        /// First and last month of the kind within a year.
        var months: (Int, Int) {
            switch self {
            case .year: return (1, 12)
            case .h1: return (1, 6)
            case .h2: return (7, 12)
            case .q1: return (1, 3)
            case .q2: return (4, 6)
            case .q3: return (7, 9)
            case .q4: return (10, 12)
            case .nineMonths: return (1, 9)
            }
        }
    }

    /// How periods are cut (DOMAIN.md, "Report periods"; the `report-periods` setting). Calendar periods run from the
    /// first of a month to the end of one; cut-off periods, which many report requests follow so that figures can be
    /// gathered before the report is due, from the 15th of the month before the first to the 14th of the last.
    public enum Scheme: String, CaseIterable, Sendable {
        case calendar, cutOff = "cut-off"
    }

    /// A year outside LocalDate.validYears (typed, or stepped to with → on the report screen)
    /// becomes the nearest valid one: the dates it makes always exist.
    public init(year: Int, kind: Kind, scheme: Scheme = .calendar) {
        let (first, last) = kind.months
        let year = min(max(year, LocalDate.validYears.lowerBound), LocalDate.validYears.upperBound)
        switch scheme {
        case .calendar:
            from = LocalDate(year: year, month: first, day: 1) ?? .earliest
            to = LocalDate(year: year, month: last, day: LocalDate.daysIn(month: last, year: year)) ?? .latest
        case .cutOff:
            // The month before January is the December of the year before (none before the first valid day).
            let start = first == 1 ? LocalDate(year: year - 1, month: 12, day: 15) : LocalDate(year: year, month: first - 1, day: 15)
            from = max(start ?? .earliest, .earliest)
            to = LocalDate(year: year, month: last, day: 14) ?? .latest
        }
    }

    /// The years the period touches (residence reviews are counted by year). Under cut-off periods the days from
    /// 15/12 on belong to the next year's reports, so the cut-off year 2024 (15/12/2023 – 14/12/2024) counts the
    /// reviews of 2024 only, as the calendar year does.
    public var years: ClosedRange<Int> {
        guard scheme == .cutOff, from.month == 12 else { return from.year...to.year }
        return min(from.year + 1, to.year)...to.year
    }

    /// The day pending and overdue are judged on: the period's end, or today if that is earlier.
    public func asOf(today: LocalDate) -> LocalDate { min(to, today) }

    /// "01/01/2021 – 31/12/2021"
    public var vietnamese: String { "\(from.vietnamese) – \(to.vietnamese)" }

    /// The kind and scheme of the period, when it is exactly one. A period is named by the year it ends in
    /// (a cut-off year 2024 starts on 15/12/2023).
    public var recognized: (kind: Kind, scheme: Scheme)? {
        for scheme in Scheme.allCases {
            if let kind = Kind.allCases.first(where: { TallyPeriod(year: to.year, kind: $0, scheme: scheme) == self }) { return (kind, scheme) }
        }
        return nil
    }

    public var kind: Kind? { recognized?.kind }
    /// Nil for a range of dates given by hand.
    public var scheme: Scheme? { recognized?.scheme }
}
