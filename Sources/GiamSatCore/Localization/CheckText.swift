// Words of `check`, Vietnamese then English.

/// One problem `check` found. The store says what is wrong; these words say it to the user.
public enum CheckProblem: Equatable, Sendable {
    /// A line of SQLite's `PRAGMA integrity_check`.
    case integrity(String)
    case missingParent(table: String, parent: String, row: Int)
    case noCommune
    /// A record that reads back but breaks the model's rules.
    case record(RecordError)
    /// A record with a stored value that cannot be read.
    case unreadable(Entity, code: String, GiamSatError)
    case missingFromIndex(count: Int, table: String)
    /// An attachment's file missing from the data folder, or not matching its hash (issue 21).
    case attachment(AttachmentProblem)

    public func message(_ lang: Lang) -> String {
        switch self {
        case .integrity(let line): return "integrity_check: \(line)"
        case .missingParent(let table, let parent, let row): return CheckText.missingParent(table: table, parent: parent, row: row).text(lang)
        case .noCommune: return CheckText.noCommune.text(lang)
        case .record(let error): return error.message(lang)
        case .unreadable(let entity, let code, let error):
            return code.isEmpty ? "\(entity.label.text(lang)): \(error.message(lang))"
                                : "\(entity.label.text(lang)) \(Quote.short(code)): \(error.message(lang))"
        case .missingFromIndex(let count, let table): return CheckText.missingFromIndex(count: count, table: table).text(lang)
        case .attachment(let problem): return problem.message(lang)
        }
    }
}

public enum CheckText {
    public static let noCommune = Localized("chưa có thông tin xã", "no commune set")

    public static func missingParent(table: String, parent: String, row: Int) -> Localized {
        Localized("bảng \(table) trỏ tới \(parent) không tồn tại (dòng \(row))", "table \(table) points to a missing \(parent) (row \(row))")
    }

    public static func missingFromIndex(count: Int, table: String) -> Localized {
        Localized("\(count) bản ghi \(table) chưa có trong chỉ mục tìm kiếm", "\(count) \(table) records missing from the search index")
    }

    public static let ok = Localized("Dữ liệu toàn vẹn, không phát hiện lỗi.", "Data is consistent; no problems found.")

    /// Before the outcomes migration v7-outcome-tracks could not place (not errors: printed after the check's result).
    public static func toConfirm(_ count: Int) -> Localized {
        Localized("\(count) kết quả xử lý cần xác nhận diện (Đảng, cán bộ, công chức, viên chức, đoàn thể):",
                  "\(count) outcome(s) need their track confirmed (Party, cán bộ, civil servant, public employee, mass organisation):")
    }

    public static func found(_ count: Int) -> Localized {
        Localized("phát hiện \(count) lỗi; bản ghi hỏng không hiện trong danh sách: sửa tệp, hoặc khôi phục bản sao lưu (giamsat-tui restore)",
                  "\(count) problem(s) found; damaged records are left out of lists: fix them, or restore a backup (giamsat-tui restore)")
    }
}
