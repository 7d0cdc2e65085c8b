// Words of `merge-commune`, Vietnamese then English.

extension MergeProblem {
    public func message(_ lang: Lang) -> String {
        switch self {
        case .ownCommune(let file):
            return Localized("\(file): đây là dữ liệu của chính xã này — dùng import, không phải merge-commune",
                             "\(file): this is this commune's own data — use import, not merge-commune").text(lang)
        case .noCommune(let file):
            return Localized("\(file): tệp không ghi xã nào (\"commune\"), không biết là xã cũ nào",
                             "\(file): the file names no commune (\"commune\"), so its former unit is unknown").text(lang)
        case .unitTwice(let file, let other, let unit):
            return Localized("\(file): xã cũ “\(unit)” đã có trong \(other); mỗi xã cũ chỉ gộp từ một tệp",
                             "\(file): former commune “\(unit)” is already in \(other); merge each former commune from one file").text(lang)
        case .unknownReference(let error), .record(let error):
            return error.message(lang)
        case .badJoin(let line, let text):
            return Localized("tệp ánh xạ, dòng \(line): “\(text)” — cần dạng xa-cu/DT-0002 = xa-khac/DT-0001 (hoặc = DT-0031), đúng mã có trong tệp",
                             "mapping file, line \(line): “\(text)” — expected former-unit/DT-0002 = other-unit/DT-0001 (or = DT-0031), with codes the files hold").text(lang)
        case .noSuchJoinOfficial(let line, let text, let official, let unitKnown):
            let unit = official.split(separator: "/").first.map(String.init) ?? official
            return unitKnown
                ? Localized("tệp ánh xạ, dòng \(line): “\(text)” — không có đối tượng \(official) (mã phải có trong tệp của xã cũ đó, hoặc ở xã này)",
                            "mapping file, line \(line): “\(text)” — there is no official \(official) (the code must be in that former commune's file, or in this commune)").text(lang)
                : Localized("tệp ánh xạ, dòng \(line): “\(text)” — không có xã cũ “\(unit)” trong các tệp đang gộp (mã xã cũ như trong dòng Xã cũ của kế hoạch)",
                            "mapping file, line \(line): “\(text)” — no former commune “\(unit)” among the files merged (use a code from the plan's Former communes list)").text(lang)
        case .joinTwice(let line, let text, let firstLine):
            return Localized("tệp ánh xạ, dòng \(line): “\(text)” — người này đã được ghép vào người khác ở dòng \(firstLine); giữ một dòng đúng",
                             "mapping file, line \(line): “\(text)” — line \(firstLine) already joins this official into someone else; keep the right one").text(lang)
        case .joinChain(let line, let text):
            return Localized("tệp ánh xạ, dòng \(line): “\(text)” — người đích cũng được nhập vào người khác; ghi thẳng người cuối cùng",
                             "mapping file, line \(line): “\(text)” — the target is itself joined into another; name the final one").text(lang)
        case .reviewTwice(let unit, let year, let official):
            return Localized("\(unit): đã có góp ý nơi cư trú năm \(year) cho \(official) (hai xã cũ cùng góp ý một người); bỏ một bản trước khi gộp",
                             "\(unit): \(official) already has a residence review for \(year) (two former communes reviewed one person); drop one before merging").text(lang)
        }
    }
}

public enum MergeText {
    public static func title(_ commune: Commune, dryRun: Bool, applied: Bool) -> Localized {
        if !dryRun && !applied {
            return Localized("KHÔNG gộp vào \(commune.name) (\(commune.code)) vì có vấn đề — chưa ghi gì:",
                             "NOT merged into \(commune.name) (\(commune.code)): problems found — nothing written:")
        }
        return dryRun ? Localized("Chạy thử gộp dữ liệu xã cũ vào \(commune.name) (\(commune.code)) — chưa ghi gì:",
                           "Dry run: merging former communes into \(commune.name) (\(commune.code)) — nothing written:")
               : Localized("Đã gộp dữ liệu xã cũ vào \(commune.name) (\(commune.code)):",
                           "Merged former communes into \(commune.name) (\(commune.code)):")
    }
    public static let units = Localized("Xã cũ:", "Former communes:")
    /// One former unit as a row: code, name, former district, when and by what it was merged.
    public static func unitRow(_ u: FormerUnit) -> [Localized] {
        let plain = { (text: String) in Localized(text, text) }
        return [plain("  " + u.code), plain(u.name), plain(u.district),
                u.mergedOn.map { Localized("sáp nhập \($0.vietnamese)", "merged \($0.vietnamese)") } ?? plain(""), plain(u.resolution)]
    }
    public static let countsHeader = [Localized("", ""), Localized("thêm", "added"), Localized("đổi mã", "recoded"),
                                      Localized("đã gộp trước", "merged before"), Localized("nhập vào người có sẵn", "joined")]
    public static let total = Localized("cộng", "total")
    public static let recoded = Localized("Đổi mã (trùng mã đã có; mã cũ vẫn tìm được):", "Recoded (code taken; the former code stays searchable):")
    public static let joins = Localized("Nhập vào người có sẵn (theo tệp ánh xạ):", "Joined into an existing official (mapping file):")
    public static let candidates = Localized(
        "Có thể là cùng một người (cùng họ tên, năm sinh) — KHÔNG tự gộp. Nếu đúng, chép dòng gợi ý vào tệp ánh xạ rồi chạy lại với --map TỆP:",
        "Possibly the same person (same full name and birth year) — NOT joined. If so, copy the suggested line into a mapping file and run again with --map FILE:")
    public static func mergedOnFuture(_ text: String) -> Localized {
        Localized("--merged-on \(text): ngày sáp nhập ở tương lai; ghi ngày nghị quyết có hiệu lực (ví dụ 01/07/2025)",
                  "--merged-on \(text): the merger date is in the future; give the day the resolution took effect (e.g. 01/07/2025)")
    }
    public static let refused = Localized("Bị từ chối (phải sửa trước khi gộp):", "Refused (fix before merging):")
    public static let nothingNew = Localized("Không có gì mới: mọi hồ sơ đã được gộp trước đây.", "Nothing new: every record was merged before.")
    public static let audited = Localized("Mỗi hồ sơ được ghi nhật ký “gộp từ xã cũ/mã cũ”.", "Each record's audit trail says “merged from former-unit/former-code”.")
    public static func backedUp(_ path: String) -> Localized {
        Localized("Dữ liệu ngay trước khi gộp được sao lưu ở \(path) (quay lại: giamsat-tui restore \(path))",
                  "The data just before the merge is backed up in \(path) (to go back: giamsat-tui restore \(path))")
    }
    public static func nameYear(_ name: String, _ year: Int?) -> String { year.map { "\(name), \($0)" } ?? name }
}
