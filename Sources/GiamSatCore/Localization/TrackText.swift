/// The words of discipline tracks (docs/formats.md, "Version 2").
extension OutcomeTrack {
    public static let fieldName = Localized("diện xử lý", "track")
    public var label: Localized {
        switch self {
        case .dang: return Localized("Đảng", "Party")
        case .canBo: return Localized("Chính quyền – cán bộ", "Administration – cán bộ")
        case .congChuc: return Localized("Chính quyền – công chức", "Administration – civil servant")
        case .vienChuc: return Localized("Chính quyền – viên chức", "Administration – public employee")
        case .doanThe: return Localized("Đoàn thể", "Mass organisation")
        }
    }
    private static func lowerFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }

    /// "kết quả 2": an outcome by its place in the recommendation, from 1.
    static func outcomeRow(_ n: Int) -> Localized { Localized("kết quả \(n)", "outcome \(n)") }
    /// An outcome whose track is not known yet (from before tracks).
    public static let unplacedLabel = Localized("Chưa xác định diện", "Track not set")

    public static func label(_ track: OutcomeTrack?) -> Localized { track?.label ?? unplacedLabel }

    /// A word of a recommendation's outcomes as its audit trail stores them ("DT-0023 dang khien-trach …"): a track's
    /// or a measure's slug in words; nil for any other word (the official's code, the decision's number).
    static func auditWord(_ word: String) -> Localized? {
        if word == unplacedSlug { return unplacedLabel }
        return OutcomeTrack(rawValue: word)?.label ?? OutcomeMeasure(rawValue: word)?.label
    }

    /// "“Hạ bậc lương” is not a measure of the Party track; it has: …", from the slugs a `RecordProblem` carries.
    static func notOnTrack(measure: String, track: String, _ lang: Lang) -> String {
        let measureText = OutcomeMeasure(rawValue: measure)?.label(lang) ?? measure
        guard let known = OutcomeTrack(rawValue: track) else { return measureText }
        let allowed = known.disciplineMeasures.map { lowerFirst($0.label(lang)) }.joined(separator: ", ")
        return lang == .vi
            ? "“\(measureText)” không phải hình thức xử lý của diện \(known.label(lang)); diện này có: \(allowed) (và không vi phạm, nhắc nhở, kiểm điểm, khác)"
            : "“\(measureText)” is not a measure of the \(known.label(lang)) track; it has: \(allowed) (and no violation, reminder, self-criticism, other)"
    }
}

extension OutcomeMeasure {
    /// Why an outcome is listed by `check` after migration v7-outcome-tracks.
    static func unplacedReason(_ measure: OutcomeMeasure, _ lang: Lang) -> String {
        let tracks = OutcomeTrack.allCases.filter { $0.allows(measure) }.map { $0.label(lang) }.joined(separator: lang == .vi ? " hay " : " or ")
        return lang == .vi
            ? "chưa xác định diện xử lý (\(tracks)); mở kiến nghị, sửa dòng kết quả và chọn diện để xác nhận"
            : "the track is not set (\(tracks)); open the recommendation, edit the outcome row and pick its track to confirm"
    }
}

extension Recommendation.Outcome {
    /// "Khiển trách (Đảng, QĐ số 12-QĐ/UBKT)": the measure, its track and the decision's number, for one-line lists.
    public func measureText(_ lang: Lang) -> String {
        var parts = [OutcomeTrack.label(track).text(lang)]
        if !decisionNumber.isEmpty { parts.append((lang == .vi ? "QĐ số " : "decision ") + decisionNumber) }
        return "\(measure.label(lang)) (\(parts.joined(separator: ", ")))"
    }
}
