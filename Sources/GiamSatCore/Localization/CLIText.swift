// Words of the command line's lists, Vietnamese then English.

public enum CLIText {
    public static let seeHelp = Localized("(xem: giamsat-tui --help)", "(see: giamsat-tui --help)")
    public static let written = Localized("Đã ghi", "Written:")
    /// `tally --by-former-unit` with `--years`.
    public static let byFormerUnitOnePeriod = Localized("--by-former-unit đi với một kỳ, không đi với --years",
                                                        "--by-former-unit takes one period, not --years")
    /// After the due date of a feedback record that is still open.
    public static let overdue = Localized("QUÁ HẠN", "OVERDUE")

    /// After the status of an archived official.
    public static let archived = Localized(" · lưu trữ", " · archived")

    /// The count of rows printed under a table (on standard error).
    public static func rows(_ count: Int) -> Localized { Localized("\(count) dòng", "\(count) rows") }
    /// The first-run setup was left without creating anything.
    public static func setupLeft(_ path: String) -> Localized {
        Localized("Chưa tạo dữ liệu; lần mở sau sẽ lại có màn hình thiết lập (\(path)).",
                  "No data created; the setup opens again next time (\(path)).")
    }

    /// Column headings of `list officials`.
    public static let officialsHeader = [Localized("Mã", "Code"), Localized("Họ và tên", "Name"), Localized("Chức vụ", "Position"), Localized("Đơn vị", "Unit"), Localized("Đối tượng", "Category"), Localized("Tình trạng", "Status")]

    /// Column headings of `list plans`.
    public static let plansHeader = [Localized("Mã", "Code"), Localized("Năm", "Year"), Localized("Số văn bản", "Document"), Localized("Tên kế hoạch", "Title"), Localized("Loại", "Type"), Localized("Trạng thái", "Status"), Localized("Trưởng đoàn", "Team lead"), Localized("Số ĐT GS", "Supervised")]

    /// Column headings of `list feedback`.
    public static let feedbackHeader = [Localized("Mã", "Code"), Localized("Ngày nhận", "Received"), Localized("Kênh", "Channel"), Localized("Đối tượng", "Official"), Localized("Tóm tắt", "Summary"), Localized("Trạng thái", "Status"), Localized("Hạn", "Due")]

    /// Column headings of `list recommendations`.
    public static let recommendationsHeader = [Localized("Mã", "Code"), Localized("Ngày gửi", "Sent"), Localized("Gửi tới", "To"), Localized("Nguồn", "Source"), Localized("Trả lời", "Response"), Localized("Xử lý", "Outcome")]

    /// Column headings of `list reviews`.
    public static let reviewsHeader = [Localized("Năm", "Year"), Localized("Địa bàn", "Locality"), Localized("Mã", "Code"), Localized("Họ và tên", "Name"), Localized("Đánh giá", "Assessment"), Localized("Ý kiến", "Opinions")]

    /// Column headings of `list localities`.
    /// The column added to the localities and reviews lists after a merger: which former commune a village was in.
    public static let formerUnitHeader = Localized("Xã cũ", "Former commune")
    public static let localitiesHeader = [Localized("Mã", "Code"), Localized("Tên địa bàn", "Name"), Localized("Loại", "Kind"), Localized("Đối tượng cư trú", "Officials living")]
}
