// The words of each kind of record (`RecordKinds.all`): its names, and its fields as the audit trail labels them.
// Vietnamese then English. A new kind writes its own words in a file of its own beside this one.

enum KindText {
    // Names: singular as messages say them ("không có kế hoạch mã …"), plural as lists and counts do.
    static let communeNames = (Localized("xã", "commune"), Localized("xã", "communes"))
    static let localityNames = (Localized("địa bàn", "locality"), Localized("địa bàn", "localities"))
    static let officialNames = (Localized("đối tượng giám sát", "official"), Localized("đối tượng giám sát", "officials"))
    static let planNames = (Localized("kế hoạch", "plan"), Localized("kế hoạch", "plans"))
    static let feedbackNames = (Localized("phản ánh", "feedback"), Localized("phản ánh", "feedback"))
    static let recommendationNames = (Localized("kiến nghị", "recommendation"), Localized("kiến nghị", "recommendations"))
    static let residenceReviewNames = (Localized("góp ý nơi cư trú", "residence review"), Localized("góp ý nơi cư trú", "residence reviews"))

    // Fields, as the audit trail labels them.
    static let receivedOn = Localized("Ngày nhận", "Received on")
    static let channel = Localized("Kênh", "Channel")
    static let kind = Localized("Loại", "Kind")
    static let anonymous = Localized("Ẩn danh", "Anonymous")
    static let reporter = Localized("Người phản ánh", "Reporter")
    static let officials = Localized("Đối tượng", "Officials")
    static let locality = Localized("Địa bàn", "Locality")
    static let contentArea = Localized("Nội dung", "Content area")
    static let summary = Localized("Tóm tắt", "Summary")
    static let notes = Localized("Ghi chú", "Notes")
    static let dueOn = Localized("Hạn giải quyết", "Due")
    static let history = Localized("Quá trình xử lý", "Status history")
    static let plan = Localized("Kế hoạch", "Plan")

    static let familyName = Localized("Họ", "Family name")
    static let middleName = Localized("Tên đệm", "Middle name")
    static let givenName = Localized("Tên", "Given name")
    static let gender = Localized("Giới tính", "Gender")
    static let birthYear = Localized("Năm sinh", "Born")
    static let position = Localized("Chức vụ", "Position")
    static let unit = Localized("Đơn vị", "Unit")
    static let category = Localized("Loại đối tượng", "Category")
    static let partyMember = Localized("Đảng viên", "Party member")
    static let partyCell = Localized("Chi bộ", "Party cell")
    static let residence = Localized("Nơi cư trú", "Residence")
    static let officialStatus = Localized("Tình trạng", "Status")
    static let exemptFromResidence = Localized("Miễn SH cư trú", "Residence-exempt")
    static let archived = Localized("Lưu trữ", "Archived")

    static let name = Localized("Tên địa bàn", "Name")

    static let staffName = Localized("Cán bộ ghi nhật ký", "Staff (audit trail)")
    static let dueDays = Localized("Số ngày hạn giải quyết", "Days until due")
    static let language = Localized("Ngôn ngữ", "Language")
    static let inputMethod = Localized("Bộ gõ khi mở", "Input method")
    static let holidays = Localized("Ngày nghỉ lễ", "Public holidays")
    static let province = Localized("Tỉnh, thành phố", "Province")
    static let formerDistrict = Localized("Huyện cũ", "Former district")
    static let formerUnit = Localized("Xã cũ", "Former commune")

    static let documentNumber = Localized("Số văn bản", "Document no.")
    static let issuedOn = Localized("Ngày ban hành", "Issued on")
    static let planTitle = Localized("Tên kế hoạch", "Title")
    static let basis = Localized("Căn cứ", "Basis")
    static let year = Localized("Năm", "Year")
    static let planType = Localized("Loại kế hoạch", "Type")
    static let planForm = Localized("Hình thức", "Form")
    static let contentAreas = Localized("Nội dung", "Content areas")
    static let teamDecision = Localized("QĐ lập đoàn", "Team decision")
    static let teamLead = Localized("Trưởng đoàn", "Team lead")
    static let teamMembers = Localized("Thành viên đoàn", "Team members")
    static let startOn = Localized("Ngày bắt đầu", "Start")
    static let endOn = Localized("Ngày kết thúc", "End")
    static let targetUnits = Localized("Đơn vị được GS", "Units supervised")
    static let supervised = Localized("Đối tượng được GS", "Officials supervised")
    static let status = Localized("Trạng thái", "Status")
    static let reportedOn = Localized("Ngày báo cáo", "Report date")

    static let source = Localized("Nguồn", "Source")
    static let addressedTo = Localized("Gửi tới", "To")
    static let sentOn = Localized("Ngày gửi", "Sent")
    static let response = Localized("Trả lời", "Response")
    static let respondedOn = Localized("Ngày trả lời", "Answered on")
    static let outcomes = Localized("Kết quả xử lý", "Outcomes")

    static let assessment = Localized("Đánh giá", "Assessment")
    static let opinions = Localized("Ý kiến góp ý", "Opinions")
}

extension RecordKind {
    /// `auditValue` for fields that hold a slug: its label.
    static func slugLabels(_ fields: [String: any Slugged.Type]) -> @Sendable (String, String) -> Localized? {
        { field, value in fields[field]?.init(rawValue: value)?.label }
    }
}
