// The words of the residence review meeting (issue 21), Vietnamese then English.

public enum MeetingText {
    public static let names = (Localized("hội nghị góp ý", "review meeting"),
                               Localized("hội nghị góp ý", "review meetings"))
    public static let heldOn = Localized("Ngày họp", "Held on")
    public static let chair = Localized("Chủ trì", "Chaired by")
    public static let present = Localized("Số dự", "Present")
    public static let invited = Localized("Số triệu tập", "Invited")
    public static let minutes = Localized("Tóm tắt biên bản", "Minutes (summary)")
    public static let exempt = Localized("Đảng viên được miễn", "Members exempt")
    public static let exemptReason = Localized("Lý do miễn", "Reason exempt")

    static let auditLabels: [String: Localized] = [
        "year": KindText.year, "locality": KindText.locality, "heldOn": heldOn, "chair": chair, "present": present,
        "invited": invited, "minutes": minutes, "exempt": exempt,
    ]

    /// Column headings of `list meetings`.
    public static let listHeader = [Localized("Mã", "Code"), Localized("Năm", "Year"), Localized("Địa bàn", "Locality"), heldOn, chair,
                                    Localized("Dự/triệu tập", "Present/invited"), Localized("Số góp ý", "Reviews"), minutes]

    /// A member exempt with no reason: `member` is the name in the form, the code in the store's refusal.
    public static func exemptWithoutReason(_ member: String) -> Localized {
        Localized("\(member) được miễn nhưng chưa ghi lý do miễn", "\(member) is exempt but no reason is given")
    }

    static func meetingTwice(_ locality: String, _ year: Int, _ existing: String) -> Localized {
        Localized("địa bàn \(locality) đã có hội nghị góp ý năm \(year) (\(existing)); mỗi địa bàn họp một lần mỗi năm",
                  "locality \(locality) already has its \(year) review meeting (\(existing)); one meeting per locality a year")
    }
}
