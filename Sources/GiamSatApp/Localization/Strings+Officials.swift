import GiamSatCore

/// The words of the officials' screens and of settings: part of the one table `T`, in a file of their own
/// so that screens added side by side do not edit the same lines.
extension T {
    // Officials list
    static let unit = KindText.unit
    static let residence = KindText.residence
    static let partyMember = KindText.partyMember
    static let archivedOnly = Localized("đã lưu trữ", "archived")
    static let archivedMark = Localized("(lưu trữ)", "(archived)")
    static let noArchivedOfficials = Localized("Không có đối tượng nào đã lưu trữ khớp.", "No archived officials match.")
    static let anyUnit = Localized("(mọi đơn vị)", "(any unit)")
    static let anyLocality = Localized("(mọi địa bàn)", "(any locality)")

    // Official's page
    static let officialTitle = Localized("Đối tượng", "Official")
    static let gender = KindText.gender
    static let birthYear = KindText.birthYear
    static let positionOnly = KindText.position
    static let partyCell = KindText.partyCell
    static let officialStatus = KindText.officialStatus
    static let exemptFromResidence = KindText.exemptFromResidence
    static let exemptLong = Localized("Miễn sinh hoạt nơi cư trú: không góp ý hằng năm, không tính là thiếu",
                                      "Exempt from residence activities: no yearly review, not counted as missing")
    static let archivedNote = Localized("Đã lưu trữ: không hiện trong danh sách và ô chọn; vẫn giữ trong lịch sử và số liệu (a: bỏ lưu trữ).",
                                        "Archived: left out of lists and pickers; kept in history and figures (a: restore).")
    static let plansSupervising = Localized("Kế hoạch đã giám sát", "Plans that supervised them")
    static let findings = Localized("Kết quả", "Findings")
    static let noFindings = Localized("(chưa ghi kết quả)", "(no findings yet)")
    static let feedbackConcerning = Localized("Phản ánh liên quan", "Feedback concerning them")
    static let recommendationsOutcomes = Localized("Kiến nghị và kết quả xử lý", "Recommendations and outcomes")
    static let outcome = Localized("Kết quả xử lý", "Outcome")
    static let decidedBy = Localized("quyết định bởi", "decided by")
    static let fromSource = Localized("từ", "from")
    static let residenceReviews = Localized("Góp ý nơi cư trú theo năm", "Residence reviews by year")
    static let nothingYet = Localized("(không có)", "(none)")
    static let shownOf = Localized("đang hiện", "showing")
    static let archivedDone = Localized("Đã lưu trữ đối tượng", "Archived official")
    static let deletedLog = Localized("đã xóa", "deleted")
    static let restoredDone = Localized("Đã bỏ lưu trữ đối tượng", "Restored official")

    // Official's form
    static let newOfficialTitle = Localized("Đối tượng mới", "New official")
    static let editOfficialTitle = Localized("Sửa đối tượng", "Edit official")
    static let familyName = KindText.familyName
    static let middleName = KindText.middleName
    static let givenName = KindText.givenName
    static let badBirthYear = Localized("năm sinh 4 chữ số, từ 1900 đến năm nay", "a 4-digit year from 1900 to this year")
    static let tooLongName = Localized("quá dài (tối đa \(FieldLimit.name) ký tự)", "too long (at most \(FieldLimit.name) characters)")

    // Import
    static let importTitle = Localized("Nhập danh sách đối tượng (CSV)", "Import officials (CSV)")
    static let importPathLabel = Localized("Đường dẫn tệp .csv:", "Path of the .csv file:")
    static let importPathHint = Localized("Enter kiểm tra (chưa ghi gì) · Esc thôi", "Enter checks it (writes nothing) · Esc cancel")
    static let checking = Localized("Đang kiểm tra…", "Checking…")
    static let dryRunHead = Localized("Kiểm tra xong, chưa ghi gì. Nếu nhập:", "Checked; nothing written yet. Importing would:")
    static let willAdd = Localized("thêm mới", "add")
    static let willUpdate = Localized("cập nhật", "update")
    static let willKeep = Localized("không đổi", "leave unchanged")
    static let importQuestion = Localized("y: nhập   n/Esc: thôi", "y: import   n/Esc: cancel")
    static let importRefused = Localized("Tệp chưa nhập được, không ghi gì:", "The file cannot be imported; nothing written:")
    static let importClose = Localized("Esc: đóng", "Esc: close")
    static let importedDone = Localized("Đã nhập danh sách đối tượng:", "Officials imported:")

    // Settings
    static let settingsTitle = Localized("Cài đặt", "Settings")
    static let settingsHint = Localized("↑↓ chọn · Enter sửa · Esc quay lại", "↑↓ choose · Enter change · Esc back")
    static let communeName = Localized("Tên xã, phường", "Commune")
    static let province = KindText.province
    static let formerDistrict = Localized("Huyện cũ (đến 30/6/2025)", "Former district (to 6/2025)")
    static let formerDistrictShort = KindText.formerDistrict
    static let staffName = KindText.staffName
    static let staffNameShort = Localized("Cán bộ (nhật ký)", "Staff name")
    static let dueDaysShort = Localized("Hạn xử lý (ngày)", "Days until due")
    static let dueDays = KindText.dueDays
    static let daysUnit = Localized("ngày", "days")
    static let language = KindText.language
    static let inputMethodLabel = KindText.inputMethod
    static let localities = Localized("Địa bàn (ấp, thôn, bản…)", "Localities")
    static let holidays = KindText.holidays
    static let followSystem = Localized("theo hệ thống (--lang, LANG)", "as the system (--lang, LANG)")
    static let vietnamese = Localized("Tiếng Việt", "Vietnamese")
    static let english = Localized("English", "English")
    static let telex = Localized("Telex", "Telex")
    static let vni = Localized("VNI", "VNI")
    static let inputOff = Localized("Tắt (gõ không dấu)", "Off (plain letters)")
    static let localitiesCount = Localized("địa bàn", "localities")
    static let holidaysCount = Localized("ngày trong năm", "days this year")
    static let editSettingsTitle = Localized("Sửa cài đặt chung", "Edit settings")
    static let badDueDays = Localized("số ngày từ 1 đến 365", "a number of days from 1 to 365")
    static let districtNote = Localized("Từ 1/7/2025 không còn cấp huyện: xã báo cáo thẳng lên tỉnh; huyện cũ chỉ để tra cứu.",
                                        "Since 1/7/2025 there are no districts: communes report to the province; the former district is history.")

    // Localities
    static let localitiesTitle = Localized("Địa bàn", "Localities")
    static let localityKind = Localized("Loại địa bàn", "Kind")
    static let localityName = KindText.name
    static let officialsLiving = Localized("Đối tượng cư trú", "Officials living")
    static let noLocalities = Localized("Chưa có địa bàn nào. Nhấn n để thêm.", "No localities yet. Press n to add one.")
    static let newLocalityTitle = Localized("Địa bàn mới", "New locality")
    static let editLocalityTitle = Localized("Sửa địa bàn", "Edit locality")
    static let codeAuto = Localized("để trống mã thì tự đặt mã kế tiếp", "leave the code empty for the next one")
    static let deleteLocalityQuestion = Localized("Xóa địa bàn", "Delete the locality")
    static let badLocalityCode = Localized("mã chỉ gồm chữ không dấu, số, “-”, tối đa 12", "letters, digits and “-”, at most 12")
    static let localityDeleted = Localized("Đã xóa địa bàn", "Deleted locality")
    static let localityCodeKept = Localized("mã giữ nguyên (bản ghi trỏ tới mã)", "the code stays (records point to it)")

    // Holidays
    static let holidaysTitle = Localized("Ngày nghỉ lễ dùng tính ngày làm việc", "Public holidays for working days")
    static let holidaysHint = Localized("← → năm · n thêm · x xóa · các ngày này không tính vào hạn theo ngày làm việc",
                                        "← → year · n add · x remove · deadlines in working days skip these days")
    static let noHolidays = Localized("Năm này chưa có ngày nghỉ lễ nào. Nhấn n để thêm.", "No holidays this year. Press n to add one.")
    static let addHolidayTitle = Localized("Thêm ngày nghỉ lễ", "Add a public holiday")
    static let addHolidayLabel = Localized("Ngày (dd/mm/yyyy):", "Date (dd/mm/yyyy):")
    static let holidayPromptHint = Localized("Enter thêm · Esc thôi", "Enter adds · Esc cancel")
    static let holidayAdded = Localized("Đã thêm ngày nghỉ", "Holiday added")
    static let holidayRemoved = Localized("Đã xóa ngày nghỉ", "Holiday removed")
    static let weekend = Localized("(cuối tuần)", "(weekend)")
    static let weekdays = [Localized("Chủ nhật", "Sunday"), Localized("Thứ hai", "Monday"), Localized("Thứ ba", "Tuesday"),
                           Localized("Thứ tư", "Wednesday"), Localized("Thứ năm", "Thursday"), Localized("Thứ sáu", "Friday"),
                           Localized("Thứ bảy", "Saturday")]

    // Keys
    static let keysOfficialDetail = Localized("Xem đối tượng", "An official")
    static let keysSettings = Localized("Cài đặt", "Settings")
    static let keysLocalities = Localized("Địa bàn", "Localities")
    static let keysHolidays = Localized("Ngày nghỉ lễ", "Public holidays")
    static let keysPrompt = Localized("Ô nhập", "Prompt")
    static let cmdSettings = Localized("Cài đặt", "Settings")
    static let cmdFilterUnit = Localized("Lọc đơn vị", "Unit")
    static let cmdFilterLocality = Localized("Lọc nơi cư trú", "Locality")
    static let cmdCycleParty = Localized("Đảng viên / không", "Party member")
    static let cmdToggleArchived = Localized("Xem đối tượng đã lưu trữ", "Archived officials")
    static let cmdImportOfficials = Localized("Nhập danh sách CSV", "Import CSV")
    static let cmdArchive = Localized("Lưu trữ / bỏ lưu trữ", "Archive / restore")
    static let cmdJoinOfficial = Localized("Ghép vào người trùng", "Join into a duplicate")
    static let joinOfficialTitle = Localized("Ghép hai hồ sơ một người", "Join two records of one person")
    static let joinIntoTitle = Localized("Ghép vào người nào? (gõ tên)", "Join into whom? (type a name)")
    static let joinSelf = Localized("Chọn một người khác", "Choose another official")
    static func joinOfficialQuestion(duplicate: String, into: String, name: String) -> Localized {
        Localized("Ghép \(duplicate) vào \(into) \(name)? Mọi hồ sơ nhắc \(duplicate) chuyển sang \(into), \(duplicate) bị xóa; không hoàn tác được.",
                  "Join \(duplicate) into \(into) \(name)? Every record naming \(duplicate) moves to \(into), \(duplicate) is deleted; this cannot be undone.")
    }
    static let joinedDone = Localized("Đã ghép vào", "Joined into")
    static let cmdChange = Localized("Sửa", "Change")
    static let cmdAddLocality = Localized("Thêm địa bàn", "Add")
    static let cmdEditLocality = Localized("Đổi tên, loại", "Rename")
    static let cmdDeleteLocality = Localized("Xóa (nếu chưa dùng)", "Delete (if unused)")
    static let cmdAddHoliday = Localized("Thêm ngày", "Add")
    static let cmdRemoveHoliday = Localized("Xóa ngày", "Remove")
    static let cmdOK = Localized("Đồng ý", "OK")
}
