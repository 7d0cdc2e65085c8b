import Foundation
// Every message the user may read, Vietnamese then English.

/// A value from a file as an error message shows it: at most a short prefix, control
/// characters made visible, so a 3 MB bad cell gives a one-line error (docs/security.md).
public enum Quote {
    public static let maxCharacters = 40

    public static func short(_ value: String) -> String {
        let visible = TerminalText.escaped(value)
        guard visible.count > maxCharacters else { return visible }
        return String(visible.prefix(maxCharacters)) + "…"
    }

    /// Characters that show as nothing (zero-width space, BOM, soft hyphen, no-break space…): a field name that
    /// holds one looks right and is still unknown, so the message must show them (issue 19).
    public static func invisible(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            scalar.properties.generalCategory == .format || (scalar.properties.isWhitespace && scalar != " ")
                || scalar.properties.isDefaultIgnorableCodePoint
        }
    }

    /// `text` with each invisible character written as <U+200B>.
    public static func showingInvisible(_ text: String) -> String {
        let hidden = Set(invisible(text))
        guard !hidden.isEmpty else { return text }
        return text.unicodeScalars.map { hidden.contains($0) ? "<U+\(String(format: "%04X", $0.value))>" : String($0) }.joined()
    }
}

extension RecordProblem {
    /// Both languages, for a form's message beside its field.
    public var localized: Localized { Localized(message(.vi), message(.en)) }

    public func message(_ lang: Lang) -> String {
        let vi = lang == .vi
        switch self {
        case .missing: return vi ? "thiếu trường bắt buộc" : "required field is missing"
        case .empty: return vi ? "không được để trống" : "must not be empty"
        case .unknownKey: return vi ? "trường không có trong định dạng (gõ sai tên?)" : "unknown field (a typo?)"
        case .wrongType(let expected):
            let names = ["string": ("chuỗi", "a string"), "integer": ("số nguyên", "an integer"),
                         "boolean": ("true/false", "true/false"), "array": ("mảng", "an array"),
                         "object": ("đối tượng JSON", "an object")]
            let name = names[expected].map { vi ? $0.0 : $0.1 } ?? expected
            return vi ? "phải là \(name)" : "must be \(name)"
        case .unknownSlug(let raw, let allowed):
            let value = Quote.short(raw)
            return vi ? "giá trị “\(value)” không hợp lệ; dùng một trong: \(allowed.joined(separator: ", "))"
                      : "invalid value “\(value)”; use one of: \(allowed.joined(separator: ", "))"
        case .badDate(let raw):
            let value = Quote.short(raw), years = "\(LocalDate.validYears.lowerBound)–\(LocalDate.validYears.upperBound)"
            return vi ? "ngày “\(value)” không có thật, sai dạng (YYYY-MM-DD) hoặc ngoài các năm \(years)"
                      : "date “\(value)” does not exist, is malformed (YYYY-MM-DD) or is outside the years \(years)"
        case .badYear(let year): return vi ? "năm \(year) không hợp lệ" : "year \(year) is not valid"
        case .unknownReference(let entity, let raw):
            let code = Quote.short(raw)
            return vi ? "không có \(entity.label.vi) mã “\(code)”" : "no \(entity.label.en) with code “\(code)”"
        case .duplicateCode: return vi ? "mã bị trùng trong tệp" : "code appears twice in the file"
        case .historyMustStartReceived(let status):
            return vi ? "lịch sử phải bắt đầu bằng “tiep-nhan”, không phải “\(status)”"
                      : "history must start with “tiep-nhan”, not “\(status)”"
        case .historyBeforeReceipt(let date):
            return vi ? "ngày \(date.vietnamese) trước ngày tiếp nhận" : "date \(date.iso) is before the received date"
        case .historyDateGoesBack(let date, let previous):
            return vi ? "ngày \(date.vietnamese) trước bước trước đó (\(previous.vietnamese))"
                      : "date \(date.iso) is before the previous step (\(previous.iso))"
        case .transitionNotAllowed(let from, let to, let allowed):
            let next = allowed.isEmpty ? (vi ? "không còn bước nào (đã kết thúc)" : "none (it has ended)") : allowed.joined(separator: ", ")
            return vi ? "không thể chuyển từ “\(from)” sang “\(to)”; bước tiếp theo được phép: \(next)"
                      : "cannot go from “\(from)” to “\(to)”; allowed next: \(next)"
        case .forwardNeedsRecipient:
            return vi ? "chuyển đơn phải ghi cơ quan nhận (“to”)" : "forwarding needs the receiving body (“to”)"
        case .duplicateNeedsOriginal:
            return vi ? "đơn trùng phải ghi mã đơn gốc (“duplicateOf”)" : "a duplicate must name the original (“duplicateOf”)"
        case .duplicateOfItself: return vi ? "đơn không thể trùng với chính nó" : "a record cannot duplicate itself"
        case .extensionRefused(let refusal): return ClockText.refusal(refusal).text(vi ? .vi : .en)
        case .duplicateOfVoided(let original):
            return vi ? "đơn gốc \(original) đã bị hủy; chọn đơn gốc khác" : "the original \(original) is voided; choose another"
        case .duplicateCycle(let original):
            return vi ? "\(original) đã là đơn trùng của đơn này (liên kết vòng); chọn đơn gốc khác"
                      : "\(original) is already a duplicate of this record (a loop); choose another original"
        case .duplicateOfDuplicate(let duplicate, let original):
            return vi ? "\(duplicate) đã là đơn trùng của \(original); hãy ghi đơn gốc \(original)"
                      : "\(duplicate) is itself a duplicate of \(original); name the original \(original)"
        case .anonymousCloseWithReporter:
            return vi ? "chỉ đơn ẩn danh mới đóng được mà không trả lời; đơn này có người phản ánh"
                      : "only an anonymous record can be closed without a reply; this one has a reporter"
        case .endBeforeStart: return vi ? "ngày kết thúc trước ngày bắt đầu" : "end date is before start date"
        case .dueBeforeReceipt: return vi ? "hạn giải quyết trước ngày tiếp nhận" : "due date is before the received date"
        case .tooLong(let length, let limit):
            return vi ? "dài \(length) ký tự, tối đa \(limit)" : "\(length) characters long, at most \(limit)"
        case .dateOutOfRange(let date):
            let years = "\(LocalDate.validYears.lowerBound)–\(LocalDate.validYears.upperBound)"
            return vi ? "ngày \(Quote.short(date)) ngoài các năm \(years)" : "date \(Quote.short(date)) is outside the years \(years)"
        case .badCode(let code):
            return vi ? "mã “\(Quote.short(code))” không hợp lệ: chỉ chữ thường không dấu, số và dấu gạch ngang (vd. lao-chai)"
                      : "code “\(Quote.short(code))” is not valid: lower-case ASCII letters, digits and hyphens only (e.g. lao-chai)"
        case .outOfRange(let value, let range):
            return vi ? "\(value) nằm ngoài khoảng \(range.lowerBound)–\(range.upperBound)"
                      : "\(value) is outside \(range.lowerBound)–\(range.upperBound)"
        case .statusGoesBack(let from, let to):
            return vi ? "trạng thái kế hoạch không được lùi từ “\(from)” về “\(to)” (chỉ đi tiếp: du-thao → ban-hanh → dang-giam-sat → da-bao-cao → hoan-thanh, hoặc huy)"
                      : "a plan's status cannot go back from “\(from)” to “\(to)” (only forward: du-thao → ban-hanh → dang-giam-sat → da-bao-cao → hoan-thanh, or huy)"
        case .partyMeasureForNonMember(let measure, let official):
            return vi ? "“\(measure)” là hình thức kỷ luật của Đảng, chỉ áp dụng cho đảng viên; \(official) không phải đảng viên"
                      : "“\(measure)” is a Party measure, for party members only; \(official) is not a party member"
        case .measureNotOnTrack(let measure, let track):
            return OutcomeTrack.notOnTrack(measure: measure, track: track, lang)
        case .meetingTwice(let locality, let year, let existing): return MeetingText.meetingTwice(locality, year, existing).text(lang)
        case .exemptWithoutReason(let official): return MeetingText.exemptWithoutReason(official).text(lang)
        case .dateAfterToday(let today):
            return vi ? "ngày sau hôm nay (\(today.vietnamese)): chỉ ghi việc đã diễn ra" : "the date is after today (\(today.iso)): record only what has happened"
        case .dateNotInYear(let year): return vi ? "ngày không thuộc năm \(year)" : "the date is not in \(year)"
        case .decisionBeforeSent(let sent):
            return vi ? "ngày quyết định trước ngày gửi kiến nghị (\(sent.vietnamese))"
                      : "the decision date is before the recommendation was sent (\(sent.iso))"
        }
    }
}

extension RecordError {
    public func message(_ lang: Lang) -> String {
        let vi = lang == .vi
        var place = vi ? "\(entity.label.vi)" : "\(entity.label.en)"
        if let code { place += " \(Quote.short(code))" }
        let shown = Quote.short(Quote.showingInvisible(field))
        place += vi ? ", trường “\(shown)”" : ", field “\(shown)”"
        let prefix = file.map { "\($0): " } ?? ""
        var hint = ""
        if problem == .unknownKey, !Quote.invisible(field).isEmpty {
            hint = vi ? " — tên trường có ký tự vô hình (<U+…>): xóa tên đó rồi gõ lại" : " — the name holds an invisible character (<U+…>): delete the name and type it again"
        }
        return "\(prefix)\(place): \(problem.message(lang))\(hint)"
    }
}

extension GiamSatError {
    public func message(_ lang: Lang) -> String {
        let vi = lang == .vi
        switch self {
        case .record(let error): return error.message(lang)
        case .attachment(let problem): return problem.message(lang)
        case .invalidRecords(let errors):
            let shown = errors.prefix(20).map { $0.message(lang) }
            let more = errors.count > 20 ? [vi ? "… và \(errors.count - 20) lỗi khác" : "… and \(errors.count - 20) more"] : []
            let head = vi ? "không nhập gì cả, vì có \(errors.count) lỗi:" : "nothing imported: \(errors.count) error(s):"
            return ([head] + shown + more).joined(separator: "\n  ")
        case .notJSON(let file, let line?, let column?):
            return vi ? "\(file): không phải JSON hợp lệ, lỗi ở dòng \(line), cột \(column)"
                      : "\(file): not valid JSON, error at line \(line), column \(column)"
        case .jsonTooDeep(let file, let line, let column, let limit):
            return vi ? "\(file): mảng/đối tượng JSON lồng nhau quá \(limit) tầng ở dòng \(line), cột \(column); tệp giamsat không bao giờ lồng sâu như vậy: tệp hỏng hoặc không phải tệp xuất của giamsat"
                      : "\(file): JSON arrays/objects nested more than \(limit) deep at line \(line), column \(column); giamsat files never nest that deep: the file is damaged or not a giamsat export"
        case .notUTF8(let file, let offset, let line):
            return vi ? "\(file): không phải UTF-8 ở byte \(offset) (dòng \(line)); không nhập gì. Lưu lại tệp với mã hóa UTF-8 (tệp Windows-1258/TCVN3 cần chuyển mã trước)"
                      : "\(file): not UTF-8 at byte offset \(offset) (line \(line)); nothing imported. Save the file again as UTF-8 (convert a Windows-1258/TCVN3 file first)"
        case .notJSON(let file, _, _):
            return vi ? "\(file): không phải JSON hợp lệ (tệp bị cắt cụt?)" : "\(file): not valid JSON (truncated file?)"
        case .notABundle(let file):
            return vi ? "\(file): không phải tệp giamsat-bundle (thiếu \"format\": \"giamsat-bundle\")"
                      : "\(file): not a giamsat-bundle file (missing \"format\": \"giamsat-bundle\")"
        case .unsupportedVersion(let file, let version):
            // Bundles and tallies read the same versions (1 and 2 since outcomes by track, docs/formats.md).
            let known = CaseBundle.readableVersions
            let range = "\(known.lowerBound)–\(known.upperBound)"
            let newer = version > known.upperBound
            return vi ? "\(file): phiên bản \(version) chưa được hỗ trợ (đọc được phiên bản \(range)"
                        + (newer ? "; tệp do bản mới hơn của ứng dụng ghi: hãy cập nhật ứng dụng)" : ")")
                      : "\(file): version \(version) is not supported (versions \(range) are read"
                        + (newer ? "; a newer copy of the app wrote it: update the app)" : ")")
        case .csv(let file, let line, let problem):
            return "\(file), " + (vi ? "dòng \(line): " : "line \(line): ") + problem.message(lang)
        case .unknownFileType(let file):
            return vi ? "\(file): chỉ nhập được tệp .json (giamsat-bundle) hoặc .csv (danh sách đối tượng)"
                      : "\(file): only .json (giamsat-bundle) or .csv (officials list) files can be imported"
        case .otherCommune(let file, let bundle, let database):
            return vi ? "\(file): dữ liệu của xã “\(bundle)”, còn thư mục này là của xã “\(database)”; dùng --data để chọn thư mục khác, hoặc merge-commune để gộp dữ liệu xã cũ"
                      : "\(file): data of commune “\(bundle)”, but this directory holds “\(database)”; use --data for another directory, or merge-commune to merge a former commune"
        case .cannotRead(let path, let reason):
            return vi ? "không đọc được \(path): \(reason)" : "cannot read \(path): \(reason)"
        case .cannotWrite(let path, let reason):
            return vi ? "không ghi được \(path): \(reason)" : "cannot write \(path): \(reason)"
        case .dataDirectory(let path, let reason):
            return vi ? "không dùng được thư mục dữ liệu \(path): \(reason)" : "cannot use data directory \(path): \(reason)"
        case .notInitialized(let path):
            return vi ? "chưa có dữ liệu ở \(path); chạy “giamsat-tui init --commune-name …” hoặc “giamsat-tui import TỆP”"
                      : "no data in \(path) yet; run “giamsat-tui init --commune-name …” or “giamsat-tui import FILE”"
        case .dataDirectoryIsFile(let path):
            return vi ? "\(path) là một tệp, không phải thư mục dữ liệu; --data (hoặc GIAMSAT_DATA) phải chỉ đến một thư mục, vd. --data ~/giamsat (nếu đó là tệp giamsat.sqlite, hãy chỉ đến thư mục chứa nó)"
                      : "\(path) is a file, not a data directory; --data (or GIAMSAT_DATA) must name a folder, e.g. --data ~/giamsat (if it is a giamsat.sqlite file, name the folder holding it)"
        case .firstImportWithoutCommune(let path):
            return vi ? "chưa nhập gì: \(path) chưa có dữ liệu, và tệp nhập không có phần “commune” (tên xã) để tạo dữ liệu mới. Chạy trước “giamsat-tui init --commune-name …” rồi nhập lại, hoặc nhập một tệp xuất có “commune”"
                      : "nothing imported: \(path) has no data yet, and the file has no “commune” part (the commune's name) to start it. Run “giamsat-tui init --commune-name …” first and import again, or import an export that has “commune”"
        case .alreadyInitialized(let path):
            return vi ? "\(path) đã có dữ liệu của một xã" : "\(path) already holds a commune's data"
        case .databaseBusy:
            return vi ? "cơ sở dữ liệu đang bận (một cửa sổ khác đang ghi); thử lại sau giây lát"
                      : "the database is busy (another window is writing); try again in a moment"
        case .diskFull:
            return vi ? "đĩa đầy: không ghi được, dữ liệu cũ vẫn nguyên vẹn" : "disk full: nothing was written, existing data is intact"
        case .readOnly(let path):
            return vi ? "\(path) chỉ đọc: không ghi được thay đổi" : "\(path) is read-only: changes cannot be saved"
        case .notADatabase(let path):
            return vi ? "\(path) không phải cơ sở dữ liệu giamsat (hoặc đã hỏng)" : "\(path) is not a giamsat database (or is damaged)"
        case .newerDatabase(let path):
            return vi ? "\(path) do phiên bản mới hơn tạo ra; hãy cập nhật giamsat-tui"
                      : "\(path) was written by a newer giamsat-tui; please upgrade"
        case .database(let detail): return vi ? "lỗi cơ sở dữ liệu: \(detail)" : "database error: \(detail)"
        case .staleWrite(let entity, let code):
            return vi ? "\(entity.label.vi) \(code) vừa được người khác sửa; chưa lưu — hãy mở lại để xem bản mới"
                      : "\(entity.label.en) \(code) was changed by someone else; not saved — reopen it to see the new version"
        case .undoStale(let entity, let code):
            return vi ? "không hoàn tác được: \(entity.label.vi) \(code) đã được sửa tiếp sau thay đổi đó"
                      : "cannot undo: \(entity.label.en) \(code) was changed again after that change"
        case .notFound(let entity, let code):
            return vi ? "không có \(entity.label.vi) mã \(code)" : "no \(entity.label.en) with code \(code)"
        case .noCodeSeries(let name):
            return vi ? "không có dãy mã “\(Quote.short(name))”" : "no code series “\(Quote.short(name))”"
        case .invalidDate(let text):
            return vi ? "ngày “\(Quote.short(text))” không hợp lệ (dạng dd/mm/yyyy, ngày phải có thật, năm 1945–2100)"
                      : "invalid date “\(Quote.short(text))” (dd/mm/yyyy, a real day, years 1945–2100)"
        case .invalidPeriod(let text):
            return vi ? "kỳ báo cáo không hợp lệ: \(text)" : "invalid period: \(text)"
        case .joinReviewTwice(let year, let duplicate, let target):
            return vi ? "Không ghép được: \(duplicate) và \(target) đều có góp ý nơi cư trú năm \(year) (mỗi người mỗi năm một lần góp ý); chưa thay đổi gì"
                      : "Not joined: \(duplicate) and \(target) both have a residence review for \(year) (one a year per person); nothing changed"
        case .notAMergeSource(let path):
            return vi ? "\(path): không phải tệp xuất của một xã cũ; merge-commune nhận tệp xuất giamsat-bundle (.json, lệnh export ở xã cũ) hoặc thư mục dữ liệu của xã cũ (danh sách đối tượng .csv thì dùng import)"
                      : "\(path): not a former commune's export; merge-commune takes a giamsat-bundle export (.json, from export in the former commune) or its data directory (an officials list .csv goes through import)"
        case .protectedSource(let path):
            return vi ? "\(path): dữ liệu xã cũ này đã bật bảo vệ danh tính; ở thư mục đó chạy export --include-identities (cần mật khẩu) rồi gộp tệp xuất ra"
                      : "\(path): this former commune's identities are protected; run export --include-identities there (needs its passphrase) and merge that file"
        case .mergeRefused(let count):
            return vi ? "không gộp: \(count) vấn đề (liệt kê ở trên); chưa ghi gì" : "not merged: \(count) problem(s) (listed above); nothing was written"
        case .notATally(let file):
            return vi ? "\(file): không phải tệp số liệu giamsat-tally (thiếu \"format\": \"giamsat-tally\")"
                      : "\(file): not a giamsat-tally file (missing \"format\": \"giamsat-tally\")"
        case .badTallyField(let file, let field):
            return vi ? "\(file): trường “\(field)” thiếu hoặc không phải số hợp lệ" : "\(file): field “\(field)” is missing or not a valid count"
        case .periodMismatch(let file, let period, let expected):
            return vi ? "\(file): kỳ \(period) khác kỳ \(expected) của các tệp trước; chỉ cộng được số liệu cùng kỳ"
                      : "\(file): period \(period) differs from \(expected) of the files before; only tallies of one period add up"
        case .badStoredValue(let column, let value, let expected):
            return vi ? "giá trị đã lưu không đọc được: \(column) = “\(Quote.short(value))” (cần \(expected)); khôi phục một bản sao lưu (giamsat-tui restore) hoặc sửa tệp"
                      : "a stored value cannot be read: \(column) = “\(Quote.short(value))” (expected \(expected)); restore a backup (giamsat-tui restore) or repair the file"
        case .passphraseNeeded:
            return vi ? "danh tính người phản ánh đã được mã hóa: cần mật khẩu bảo vệ (nhập khi được hỏi, hoặc đặt GIAMSAT_PASSPHRASE)"
                      : "reporters' identities are encrypted: the protection passphrase is needed (type it when asked, or set GIAMSAT_PASSPHRASE)"
        case .wrongPassphrase:
            return vi ? "mật khẩu bảo vệ không đúng" : "wrong protection passphrase"
        case .passphraseTooShort(let minimum):
            return vi ? "mật khẩu bảo vệ phải có ít nhất \(minimum) ký tự" : "the protection passphrase needs at least \(minimum) characters"
        case .passphraseTooWeak:
            return vi ? "mật khẩu bảo vệ quá dễ đoán (dãy liên tiếp như 12345678/abcdefgh, một ký tự lặp lại, hoặc mật khẩu phổ biến); chưa mã hóa gì. Hãy dùng một câu vài từ dễ nhớ, vd. “trâu cày ruộng sáng thứ hai”"
                      : "the protection passphrase is too easy to guess (a run like 12345678/abcdefgh, one character repeated, or a common password); nothing was encrypted. Use a short sentence of a few words, e.g. “buffalo ploughs the field on monday”"
        case .protectedNotScrubbed(let count):
            return vi ? "ĐÃ mã hóa danh tính của \(count) phản ánh bằng mật khẩu mới (hãy giữ mật khẩu đó), nhưng đĩa đầy nên chưa ghi lại được tệp: các trang cũ trong tệp có thể còn danh tính chưa mã hóa. Giải phóng chỗ trên đĩa rồi chạy lại “giamsat-tui protect” để hoàn tất"
                      : "identities of \(count) feedback records ARE now encrypted under the new passphrase (keep it), but the disk is full and the file could not be rewritten: old pages may still hold identities in clear. Free some disk space and run “giamsat-tui protect” again to finish"
        case .alreadyProtected:
            return vi ? "danh tính đã được mã hóa; đổi mật khẩu bằng “giamsat-tui protect --change-passphrase”"
                      : "identities are already encrypted; change the passphrase with “giamsat-tui protect --change-passphrase”"
        case .notProtected:
            return vi ? "danh tính chưa được mã hóa; chạy “giamsat-tui protect” trước" : "identities are not encrypted; run “giamsat-tui protect” first"
        case .communeTwice(let file, let commune, let other):
            return vi ? "\(file): xã “\(commune)” đã có trong \(other); cộng hai lần sẽ sai số liệu"
                      : "\(file): commune “\(commune)” is already in \(other); adding it twice would be wrong"
        case .formerCommuneTwice(let commune, let ownFile, let mergedFile):
            return vi ? "xã cũ “\(commune)” có số liệu riêng trong \(ownFile) và đã được tính trong \(mergedFile) (xã mới nhận sáp nhập xã này); cộng cả hai sẽ tính trùng: bỏ bớt một trong hai tệp"
                      : "former commune “\(commune)” has its own tally in \(ownFile) and is already counted in \(mergedFile) (the new commune it was merged into); adding both would count it twice: leave one of the two files out"
        case .localityInUse(let code, let officials, let feedback, let reviews):
            return vi ? "không xóa được địa bàn \(code): đang được dùng bởi \(officials) đối tượng, \(feedback) phản ánh, \(reviews) góp ý nơi cư trú (đổi tên thay vì xóa)"
                      : "cannot delete locality \(code): used by \(officials) official(s), \(feedback) feedback record(s), \(reviews) residence review(s) (rename it instead)"
        case .voidHasDependents(let entity, let code, let dependents):
            let names = dependents.joined(separator: ", ")
            if entity == .official {
                return vi ? "không hủy được \(entity.label.vi) \(code): đã có hồ sơ nhắc đến (\(names)); hãy lưu trữ thay vì hủy"
                          : "cannot void \(entity.label.en) \(code): records name them (\(names)); archive instead"
            }
            return vi ? "không hủy được \(entity.label.vi) \(code): có hồ sơ dựa vào (\(names)); hủy hoặc sửa các hồ sơ đó trước"
                      : "cannot void \(entity.label.en) \(code): other records depend on it (\(names)); void or edit them first"
        case .cannotVoid(let entity, let code):
            return vi ? "\(entity.label.vi) \(code) không hủy được theo cách này" : "\(entity.label.en) \(code) cannot be voided this way"
        case .notVoided(let entity, let code):
            return vi ? "\(entity.label.vi) \(code) chưa bị hủy" : "\(entity.label.en) \(code) is not voided"
        }
    }
}

extension GiamSatError.CSVProblem {
    public func message(_ lang: Lang) -> String {
        let vi = lang == .vi
        switch self {
        case .missingColumn(let name): return vi ? "thiếu cột bắt buộc “\(name)”" : "required column “\(name)” is missing"
        case .unknownColumn(let raw):
            let name = Quote.short(raw)
            return vi ? "cột “\(name)” không có trong định dạng" : "unknown column “\(name)”"
        case .duplicateColumn(let raw):
            let name = Quote.short(raw)
            return vi ? "cột “\(name)” trùng với một cột trước (cùng một trường hai lần); xóa một cột rồi nhập lại"
                      : "column “\(name)” repeats an earlier one (the same field twice); delete one of them and import again"
        case .wrongColumnCount(let expected, let found):
            return vi ? "có \(found) cột, tiêu đề có \(expected)" : "has \(found) cells, the header has \(expected)"
        case .unterminatedQuote: return vi ? "dấu ngoặc kép không được đóng" : "unterminated quote"
        case .notUTF8(let offset):
            return vi ? "không phải UTF-8 ở byte \(offset); lưu lại tệp với mã hóa UTF-8 (trong bảng tính: Lưu thành → CSV UTF-8)"
                      : "not UTF-8 at byte offset \(offset); save the file again as UTF-8 (in a spreadsheet: Save as → CSV UTF-8)"
        }
    }
}
