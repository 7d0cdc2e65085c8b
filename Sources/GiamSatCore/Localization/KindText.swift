// The words of each kind of record (`RecordKinds.all`): its names, and its fields as the audit trail labels them.
// Vietnamese then English. A new kind writes its own words in a file of its own beside this one.

/// Public: the app's forms and pages name the same fields with the same words (`T.documentNumber = KindText.documentNumber`).
public enum KindText {
    // Names: singular as messages say them ("không có kế hoạch mã …"), plural as lists and counts do.
    public static let communeNames = (Localized("xã", "commune"), Localized("xã", "communes"))
    public static let localityNames = (Localized("địa bàn", "locality"), Localized("địa bàn", "localities"))
    public static let officialNames = (Localized("đối tượng giám sát", "official"), Localized("đối tượng giám sát", "officials"))
    public static let planNames = (Localized("kế hoạch", "plan"), Localized("kế hoạch", "plans"))
    public static let feedbackNames = (Localized("phản ánh", "feedback"), Localized("phản ánh", "feedback"))
    public static let recommendationNames = (Localized("kiến nghị", "recommendation"), Localized("kiến nghị", "recommendations"))
    public static let residenceReviewNames = (Localized("góp ý nơi cư trú", "residence review"), Localized("góp ý nơi cư trú", "residence reviews"))

    // Fields, as the audit trail labels them.
    public static let receivedOn = Localized("Ngày nhận", "Received on")
    public static let channel = Localized("Kênh", "Channel")
    public static let kind = Localized("Loại", "Kind")
    public static let anonymous = Localized("Ẩn danh", "Anonymous")
    public static let reporter = Localized("Người phản ánh", "Reporter")
    public static let officials = Localized("Đối tượng", "Officials")
    public static let locality = Localized("Địa bàn", "Locality")
    public static let contentArea = Localized("Nội dung", "Content area")
    public static let summary = Localized("Tóm tắt", "Summary")
    public static let notes = Localized("Ghi chú", "Notes")
    public static let dueOn = Localized("Hạn giải quyết", "Due")
    public static let history = Localized("Quá trình xử lý", "Status history")
    public static let plan = Localized("Kế hoạch", "Plan")

    public static let familyName = Localized("Họ", "Family name")
    public static let middleName = Localized("Tên đệm", "Middle name")
    public static let givenName = Localized("Tên", "Given name")
    public static let gender = Localized("Giới tính", "Gender")
    public static let birthYear = Localized("Năm sinh", "Born")
    public static let position = Localized("Chức vụ", "Position")
    public static let unit = Localized("Đơn vị", "Unit")
    public static let category = Localized("Loại đối tượng", "Category")
    public static let partyMember = Localized("Đảng viên", "Party member")
    public static let partyCell = Localized("Chi bộ", "Party cell")
    public static let residence = Localized("Nơi cư trú", "Residence")
    public static let officialStatus = Localized("Tình trạng", "Status")
    public static let exemptFromResidence = Localized("Miễn SH cư trú", "Residence-exempt")
    public static let archived = Localized("Lưu trữ", "Archived")

    public static let name = Localized("Tên địa bàn", "Name")

    public static let staffName = Localized("Cán bộ ghi nhật ký", "Staff (audit trail)")
    public static let dueDays = Localized("Số ngày hạn giải quyết", "Days until due")
    public static let language = Localized("Ngôn ngữ", "Language")
    public static let inputMethod = Localized("Bộ gõ khi mở", "Input method")
    public static let holidays = Localized("Ngày nghỉ lễ", "Public holidays")
    public static let province = Localized("Tỉnh, thành phố", "Province")
    public static let formerDistrict = Localized("Huyện cũ", "Former district")
    public static let formerUnit = Localized("Xã cũ", "Former commune")

    public static let documentNumber = Localized("Số văn bản", "Document no.")
    public static let issuedOn = Localized("Ngày ban hành", "Issued on")
    public static let planTitle = Localized("Tên kế hoạch", "Title")
    public static let basis = Localized("Căn cứ", "Basis")
    public static let year = Localized("Năm", "Year")
    public static let planType = Localized("Loại kế hoạch", "Type")
    public static let planForm = Localized("Hình thức", "Form")
    public static let contentAreas = Localized("Nội dung", "Content areas")
    public static let teamDecision = Localized("QĐ lập đoàn", "Team decision")
    public static let teamLead = Localized("Trưởng đoàn", "Team lead")
    public static let teamMembers = Localized("Thành viên đoàn", "Team members")
    public static let startOn = Localized("Ngày bắt đầu", "Start")
    public static let endOn = Localized("Ngày kết thúc", "End")
    public static let targetUnits = Localized("Đơn vị được GS", "Units supervised")
    public static let supervised = Localized("Đối tượng được GS", "Officials supervised")
    public static let status = Localized("Trạng thái", "Status")
    public static let reportedOn = Localized("Ngày báo cáo", "Report date")

    public static let source = Localized("Nguồn", "Source")
    public static let addressedTo = Localized("Gửi tới", "To")
    public static let sentOn = Localized("Ngày gửi", "Sent")
    public static let response = Localized("Trả lời", "Response")
    public static let respondedOn = Localized("Ngày trả lời", "Answered on")
    public static let outcomes = Localized("Kết quả xử lý", "Outcomes")

    public static let assessment = Localized("Đánh giá", "Assessment")
    public static let opinions = Localized("Ý kiến góp ý", "Opinions")
}

extension RecordKind {
    /// `auditValue` for fields that hold a slug: its label.
    static func slugLabels(_ fields: [String: any Slugged.Type]) -> @Sendable (String, String) -> Localized? {
        { field, value in fields[field]?.init(rawValue: value)?.label }
    }
}
