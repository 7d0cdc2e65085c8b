// Words of the tally reports, Vietnamese then English.

extension TallySection {
    public var label: Localized {
        switch self {
        case .plans: return Localized("Kế hoạch giám sát", "Supervision plans")
        case .supervisedOfficials: return Localized("Đối tượng được giám sát", "Officials supervised")
        case .feedback: return Localized("Tiếp nhận phản ánh, đơn thư", "Feedback received")
        case .recommendations: return Localized("Kiến nghị", "Recommendations")
        case .discipline: return Localized("Kỷ luật đảng viên", "Party discipline")
        case .administrativeDiscipline: return Localized("Kỷ luật cán bộ, công chức, viên chức", "Administrative discipline")
        case .organisationDiscipline: return Localized("Kỷ luật trong đoàn thể", "Mass organisation discipline")
        case .unplacedDiscipline: return Localized("Kỷ luật chưa xác định diện", "Discipline with no track set")
        case .residenceReviews: return Localized("Góp ý đảng viên nơi cư trú", "Residence reviews")
        }
    }
}

extension RollUpLevel {
    public var label: Localized {
        switch self {
        case .province: return Localized("cấp tỉnh", "province level")
        case .upper: return Localized("cấp trên", "upper level")
        }
    }
}

public enum TallyText {
    public static let title = Localized("Số liệu giám sát theo Quy định 124-QĐ/TW", "Supervision figures under Quy định 124-QĐ/TW")
    public static let period = Localized("Kỳ báo cáo", "Period")
    public static let communes = Localized("Đơn vị", "Communes")
    public static let section = Localized("Mục", "Section")
    public static let item = Localized("Chỉ tiêu", "Item")
    public static let value = Localized("Số liệu", "Value")
    public static let generated = Localized("Tính đến", "As of")
    /// "Tổng hợp cấp tỉnh", after the title of a merged tally.
    public static let rolledUp = Localized("tổng hợp", "rolled up at")
    public static let formerUnits = Localized("Gồm cả xã cũ", "Including former communes")
    /// Columns of `tally --by-former-unit`, after one per former commune.
    public static let ownRecords = Localized("Bản ghi riêng của xã", "The commune's own")
    public static let total = Localized("Tổng cộng", "Total")

    static let plansTotal = Localized("Tổng số cuộc giám sát", "Plans carried out")
    static let byForm = Localized("Theo hình thức", "By form")
    static let byType = Localized("Theo loại", "By type")
    static let supervisedTotal = Localized("Số người được giám sát", "Officials supervised")
    static let byCategory = Localized("Theo đối tượng", "By category")
    static let received = Localized("Số phản ánh, đơn thư tiếp nhận", "Feedback received")
    static let anonymous = Localized("Trong đó ẩn danh", "Of which anonymous")
    static let resolved = Localized("Đã có kết quả giải quyết", "Resolved")
    static let pending = Localized("Đang giải quyết", "Pending")
    static let overdue = Localized("Quá hạn", "Overdue")
    static let byChannel = Localized("Theo kênh", "By channel")
    static let byKind = Localized("Theo loại đơn", "By kind")
    static let byContent = Localized("Theo nội dung", "By content area")
    static let byStatus = Localized("Theo trạng thái", "By status")
    static let recommendationsTotal = Localized("Số kiến nghị đã gửi", "Recommendations sent")
    static let answered = Localized("Đã được trả lời", "Answered")
    static let disciplineTotal = Localized("Số đảng viên bị kỷ luật", "Party members disciplined")
    static let byMeasure = Localized("Theo hình thức", "By measure")
    static let headsTotal = Localized("Trong đó người đứng đầu", "Of which heads of units")
    static let headsByMeasure = Localized("Người đứng đầu, theo hình thức", "Heads, by measure")

    /// The words of one discipline line: its total, its measures' group, its heads and their measures' group.
    struct DisciplineWords {
        var total, byMeasure, heads, headsByMeasure: Localized
    }
    static func discipline(_ line: DisciplineLine) -> DisciplineWords {
        // The Party's lines keep the words reports have always printed.
        if line == .track(.dang) { return DisciplineWords(total: disciplineTotal, byMeasure: byMeasure, heads: headsTotal, headsByMeasure: headsByMeasure) }
        let who: Localized
        switch line {
        case .track(.canBo): who = Localized("cán bộ", "cán bộ")
        case .track(.congChuc): who = Localized("công chức", "civil servants")
        case .track(.vienChuc): who = Localized("viên chức", "public employees")
        case .track: who = Localized("đoàn viên, hội viên", "organisation members")
        case .unplaced: who = Localized("trường hợp chưa xác định diện", "cases with no track")
        }
        let short = line == .unplaced ? Localized("Chưa xác định diện", "No track set") : Localized(capitalised(who.vi), capitalised(who.en))
        return DisciplineWords(
            // Short enough for the text report's column (the unplaced are all disciplined: no "bị kỷ luật").
            total: line == .unplaced ? Localized("Số \(who.vi)", capitalised(who.en)) : Localized("Số \(who.vi) bị kỷ luật", "\(capitalised(who.en)) disciplined"),
            byMeasure: Localized("\(short.vi), theo hình thức", "\(short.en), by measure"),
            heads: Localized("\(short.vi): người đứng đầu", "\(short.en): heads of units"),
            headsByMeasure: Localized("\(short.vi): người đứng đầu, theo hình thức", "\(short.en): heads, by measure"))
    }
    private static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
    static let reviewLocalities = Localized("Số địa bàn đã tổ chức góp ý", "Localities that held reviews")
    static let reviewLocalitiesTotal = Localized("Tổng số địa bàn", "Localities in all")
    static let reviewOfficials = Localized("Số cán bộ, đảng viên được góp ý", "Officials and party members reviewed")
}
