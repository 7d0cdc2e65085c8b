// Words of the command line's lists, Vietnamese then English.

public enum CLIText {
    public static let seeHelp = Localized("(xem: giamsat-tui --help)", "(see: giamsat-tui --help)")
    public static let written = Localized("Đã ghi", "Written:")
    /// After the due date of a feedback record that is still open.
    public static let overdue = Localized("QUÁ HẠN", "OVERDUE")

    /// After the status of an archived official.
    public static let archived = Localized(" · lưu trữ", " · archived")

    /// The count of rows printed under a table (on standard error).
    public static func rows(_ count: Int) -> Localized { Localized("\(count) dòng", "\(count) rows") }
}
