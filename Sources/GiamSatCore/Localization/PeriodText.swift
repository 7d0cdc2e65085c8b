// Words of report periods, Vietnamese then English.

extension TallyPeriod.Kind {
    public var label: Localized {
        switch self {
        case .year: return Localized("cả năm", "full year")
        case .h1: return Localized("6 tháng đầu năm", "first half")
        case .h2: return Localized("6 tháng cuối năm", "second half")
        case .q1: return Localized("quý I", "Q1")
        case .q2: return Localized("quý II", "Q2")
        case .q3: return Localized("quý III", "Q3")
        case .q4: return Localized("quý IV", "Q4")
        case .nineMonths: return Localized("9 tháng", "nine months")
        }
    }
}

extension TallyPeriod.Scheme {
    /// Said after a report's dates: "01/01/2024 – 31/12/2024 (theo năm dương lịch)".
    public var label: Localized {
        switch self {
        case .calendar: return Localized("theo năm dương lịch", "calendar periods")
        case .cutOff: return Localized("kỳ chốt số liệu", "cut-off periods")
        }
    }
}

extension TallyPeriod {
    /// Said after the dates of a range given by hand (neither scheme's period).
    static let customRange = Localized("khoảng ngày tự chọn", "dates as given")
    static let yearWord = Localized("năm", "year")
    static let fromWord = Localized("từ", "from")
    static let toWord = Localized("đến", "to")

    /// "năm 2021", "quý II 2021", "từ 01/03/2021 đến 31/05/2021".
    public func label(_ lang: Lang) -> String {
        if let kind { return kind == .year ? "\(Self.yearWord.text(lang)) \(to.year)" : "\(kind.label.text(lang)) \(to.year)" }
        let from = lang == .vi ? self.from.vietnamese : self.from.iso, to = lang == .vi ? self.to.vietnamese : self.to.iso
        return lang == .vi ? "\(Self.fromWord.vi) \(from) \(Self.toWord.vi) \(to)" : "\(from) \(Self.toWord.en) \(to)"
    }
}

extension TallyPeriod {
    /// The dates reports print, with how they were cut: "15/12/2023 – 14/12/2024 (kỳ chốt số liệu)".
    /// Several periods side by side: from the first one's start to the last one's end.
    public static func span(_ periods: [TallyPeriod], _ lang: Lang) -> String {
        guard let first = periods.first, let last = periods.last else { return "" }
        let how = first.scheme?.label ?? customRange
        return "\(first.from.vietnamese) – \(last.to.vietnamese) (\(how.text(lang)))"
    }
}
