/// The track an outcome is decided on (DOMAIN.md, "Discipline by track"): the Party's (Quy định 69-QĐ/TW), the
/// administration's — cán bộ, công chức, viên chức, each under its own law — or a mass organisation's. A measure is
/// valid on a track only when the track has it; the results that are not discipline (không vi phạm, nhắc nhở, kiểm
/// điểm, khác) are valid on every track.
public enum OutcomeTrack: String, Slugged {
    case dang, canBo = "can-bo", congChuc = "cong-chuc", vienChuc = "vien-chuc", doanThe = "doan-the"

    /// What a bundle writes for an outcome whose track is not known (docs/formats.md, "Version 2"); nil in the model.
    public static let unplacedSlug = "chua-xac-dinh"

    /// The track's disciplinary measures, lightest first.
    public var disciplineMeasures: [OutcomeMeasure] {
        switch self {
        case .dang: return [.khienTrach, .canhCao, .cachChuc, .khaiTru]
        case .canBo: return [.khienTrach, .canhCao, .cachChuc, .baiNhiem]
        case .congChuc: return [.khienTrach, .canhCao, .haBacLuong, .giangChuc, .cachChuc, .buocThoiViec]
        case .vienChuc: return [.khienTrach, .canhCao, .cachChuc, .buocThoiViec]
        case .doanThe: return [.khienTrach, .canhCao, .cachChuc, .khaiTruToChuc]
        }
    }

    /// Every measure the track may record, in the measures' order: its discipline and the results that are not.
    public var measures: [OutcomeMeasure] { OutcomeMeasure.allCases.filter(allows) }

    public func allows(_ measure: OutcomeMeasure) -> Bool { !measure.isDiscipline || disciplineMeasures.contains(measure) }

    /// Cán bộ, công chức, viên chức: the administration (chính quyền), reported apart from the Party and the
    /// mass organisations.
    public var isAdministration: Bool { [.canBo, .congChuc, .vienChuc].contains(self) }

    /// Where an outcome recorded before tracks existed goes (migration v7-outcome-tracks, a bundle outcome without
    /// `track`): on the Party's track when the Party has the measure (every outcome of version 1 was counted as
    /// party discipline), else on the only track that has it; nil — unplaced, for the user to confirm — when
    /// several do and the official's record cannot say which (buộc thôi việc: công chức or viên chức).
    public static func placing(_ measure: OutcomeMeasure) -> OutcomeTrack? {
        if OutcomeTrack.dang.allows(measure) { return .dang }
        let tracks = allCases.filter { $0.allows(measure) }
        return tracks.count == 1 ? tracks[0] : nil
    }

    /// The track of an outcome as a slug, unplaced included.
    public static func slug(_ track: OutcomeTrack?) -> String { track?.slug ?? unplacedSlug }
}
