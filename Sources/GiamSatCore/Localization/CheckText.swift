// Words of `check`, Vietnamese then English.

public enum CheckText {
    public static let noCommune = Localized("chưa có thông tin xã", "no commune set")

    public static func missingParent(table: String, parent: String, row: Int) -> Localized {
        Localized("bảng \(table) trỏ tới \(parent) không tồn tại (dòng \(row))", "table \(table) points to a missing \(parent) (row \(row))")
    }

    public static func missingFromIndex(count: Int, table: String) -> Localized {
        Localized("\(count) bản ghi \(table) chưa có trong chỉ mục tìm kiếm", "\(count) \(table) records missing from the search index")
    }

    public static let ok = Localized("Dữ liệu toàn vẹn, không phát hiện lỗi.", "Data is consistent; no problems found.")

    public static func found(_ count: Int) -> Localized {
        Localized("phát hiện \(count) lỗi; bản ghi hỏng không hiện trong danh sách: sửa tệp, hoặc khôi phục bản sao lưu (giamsat-tui restore)",
                  "\(count) problem(s) found; damaged records are left out of lists: fix them, or restore a backup (giamsat-tui restore)")
    }
}
