// Words of backups, restore, identity exports and terminal checks, Vietnamese then English.

public enum SafetyText {
    // MARK: Terminal

    public static let termUnset = Localized(
        "chưa đặt biến TERM nên không biết vẽ giao diện thế nào; chạy ví dụ: TERM=xterm-256color giamsat-tui (trên màn hình console: TERM=linux)",
        "TERM is not set, so the interface cannot be drawn; run e.g.: TERM=xterm-256color giamsat-tui (on the text console: TERM=linux)")
    public static let termDumb = Localized(
        "TERM=dumb không vẽ được giao diện; mở một terminal thật (TERM=xterm-256color) hoặc dùng các lệnh con (giamsat-tui --help)",
        "TERM=dumb cannot show the interface; use a real terminal (TERM=xterm-256color) or the subcommands (giamsat-tui --help)")

    public static func termUnknown(_ term: String) -> Localized {
        Localized("máy này không biết loại terminal “\(Quote.short(term))”; đặt TERM=xterm-256color (hoặc TERM=linux trên console), hoặc cài gói ncurses-term",
                  "this machine does not know the terminal type “\(Quote.short(term))”; set TERM=xterm-256color (or TERM=linux on the console), or install ncurses-term")
    }

    // MARK: Years on the command line

    public static let badYears = Localized("--years cần dạng 2021-2024, các năm trong khoảng 1945–2100, tối đa 50 năm",
                                           "--years needs the form 2021-2024, years within 1945–2100, at most 50 years")

    public static func badYear(_ year: Int) -> Localized {
        Localized("--year \(year) ngoài khoảng 1945–2100", "--year \(year) is outside 1945–2100")
    }

    // MARK: Backups

    public static func autoBackupFailed(_ reason: String) -> Localized {
        Localized("chưa sao lưu tự động được hôm nay: \(reason)", "today's automatic backup failed: \(reason)")
    }

    public static func backedUp(_ path: String) -> Localized { Localized("Đã sao lưu vào \(path)", "Backed up to \(path)") }

    // MARK: Restore

    public static func summaryLines(_ s: DatabaseSummary, _ lang: Lang) -> [String] {
        let commune = s.commune.map { "\($0.name) (\($0.code))" } ?? "—"
        var lines = [Localized("Tệp: \(s.path)", "File: \(s.path)").text(lang),
                     Localized("Xã: \(commune)", "Commune: \(commune)").text(lang),
                     Localized("Thay đổi cuối: \(s.lastChange ?? "—")", "Last change: \(s.lastChange ?? "—")").text(lang)]
        for entity in Entity.allCases where entity != .commune {
            lines.append("  \(entity.label.text(lang)): \(s.counts[entity] ?? 0)")
        }
        return lines
    }

    public static let restoreQuestion = Localized("Thay toàn bộ dữ liệu hiện tại bằng tệp này? Gõ “co” để đồng ý: ",
                                                  "Replace all current data with this file? Type “yes” to agree: ")
    public static let restoreNeedsYes = Localized(
        "chưa khôi phục: thêm --yes để đồng ý thay dữ liệu (khi không chạy trong terminal)",
        "not restored: add --yes to agree to replacing the data (when not run in a terminal)")
    public static let restoreCancelled = Localized("Không khôi phục gì cả.", "Nothing restored.")

    public static func restored(kept: String?) -> Localized {
        guard let kept else { return Localized("Đã khôi phục.", "Restored.") }
        return Localized("Đã khôi phục. Dữ liệu cũ được giữ ở \(kept)", "Restored. The replaced data is kept in \(kept)")
    }

    /// What counts as "yes" at the restore question.
    public static let yesAnswers: Set<String> = ["c", "co", "có", "y", "yes", "dong y", "đồng ý"]

    // MARK: Identity exports

    public static let identityExportNotice = Localized(
        "Tệp có danh tính người phản ánh: chỉ người dùng này đọc được (0600); việc xuất đã được ghi vào nhật ký.",
        "The file holds reporters' identities: readable by this user only (0600); the export is recorded in the audit trail.")
    public static let identityExportNeedsAudit = Localized(
        "không xuất danh tính: dữ liệu chỉ đọc nên không ghi được nhật ký xuất",
        "identities not exported: the data is read-only, so the export cannot be recorded in the audit trail")

    // MARK: Protection (protect)

    public static let lostPassphraseWarning = Localized(
        "Chú ý: quên mật khẩu bảo vệ là MẤT danh tính người phản ánh — không ai, kể cả người viết phần mềm, khôi phục được. Hãy ghi mật khẩu ra giấy, niêm phong, cất trong tủ có khóa.",
        "Note: a lost protection passphrase means LOST reporters' identities — nobody, not even the authors, can recover them. Write it down, seal it, keep it locked away.")
    public static let newPassphrase = Localized("Mật khẩu bảo vệ mới: ", "New protection passphrase: ")
    public static let repeatPassphrase = Localized("Gõ lại mật khẩu: ", "Type it again: ")
    public static let currentPassphrase = Localized("Mật khẩu bảo vệ: ", "Protection passphrase: ")
    public static let passphrasesDiffer = Localized("hai lần gõ mật khẩu không giống nhau; không thay đổi gì", "the two passphrases differ; nothing changed")
    public static let passphraseChanged = Localized("Đã đổi mật khẩu bảo vệ.", "The protection passphrase is changed.")

    public static func passphraseNoTerminal(_ variable: String) -> Localized {
        Localized("cần mật khẩu: chạy trong terminal để gõ, hoặc đặt \(variable)", "a passphrase is needed: run in a terminal to type it, or set \(variable)")
    }

    public static func protected(_ count: Int) -> Localized {
        Localized("Đã mã hóa danh tính của \(count) phản ánh. Từ nay xem hoặc xuất danh tính cần mật khẩu.",
                  "Encrypted the identities of \(count) feedback records. Revealing or exporting identities now needs the passphrase.")
    }

    public static func oldBackupsInClear(_ count: Int, _ folder: String) -> Localized {
        Localized("Chú ý: \(count) bản sao lưu cũ trong \(folder) vẫn còn danh tính chưa mã hóa; xóa bằng “giamsat-tui protect --delete-old-backups” hoặc cất giữ cẩn thận.",
                  "Note: \(count) older backups in \(folder) still hold identities in clear; delete them (protect --delete-old-backups) or keep them safe.")
    }

    public static func restoredResealed(_ count: Int) -> Localized {
        Localized("Bản sao lưu này được tạo trước khi bật bảo vệ: đã mã hóa lại danh tính của \(count) phản ánh bằng khóa hiện tại (mật khẩu không đổi).",
                  "This backup was made before protection was turned on: the identities of \(count) feedback records were encrypted again with the current key (same passphrase).")
    }

    public static let protectionFinished = Localized(
        "Đã ghi lại tệp dữ liệu: không còn trang cũ nào giữ danh tính chưa mã hóa. Việc bảo vệ đã hoàn tất.",
        "The data file has been rewritten: no old page holds an identity in clear. Protection is complete.")

    public static func oldBackupsDeleted(_ count: Int) -> Localized {
        Localized("Đã xóa \(count) bản sao lưu cũ còn danh tính chưa mã hóa.", "Deleted \(count) older backups that held identities in clear.")
    }

    public static let exportPassphrase = Localized("Mật khẩu bảo vệ (để xuất danh tính): ", "Protection passphrase (to export identities): ")
}
