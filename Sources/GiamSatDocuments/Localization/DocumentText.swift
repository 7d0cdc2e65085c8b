import GiamSatCore

/// The words of the documents module that people see outside the documents themselves (messages, the kinds' names,
/// the spreadsheets' headings). The documents' own prose is in their templates (`ShippedTemplates`).
public enum DocumentText {
    static let kindReport = Localized("Báo cáo", "Report")
    static let kindPlan = Localized("Kế hoạch", "Plan")
    static let kindDecision = Localized("Quyết định", "Decision")
    static let kindNotice = Localized("Thông báo", "Notice")
    static let kindLetter = Localized("Công văn", "Letter")
    static let kindForwarding = Localized("Phiếu chuyển", "Forwarding slip")
    static let kindReceipt = Localized("Giấy biên nhận", "Receipt")

    /// A discipline line in the report's section III: "Diện chính quyền – công chức", "Chưa xác định diện".
    static func trackHeading(_ line: DisciplineLine) -> Localized {
        switch line {
        case .track(let track): return Localized("Diện " + Values.lowerFirst(track.label.vi), track.label.en + " track")
        case .unplaced: return OutcomeTrack.unplacedLabel
        }
    }

    public static func templateBroken(file: String, line: Int, column: Int, reason: String) -> Localized {
        Localized("Mẫu văn bản \(file), dòng \(line), cột \(column): \(reason). Sửa tệp, hoặc xóa nó để dùng lại mẫu mặc định "
                  + "(--shipped-template dùng mẫu mặc định ngay).",
                  "Template \(file), line \(line), column \(column): \(reason). Fix the file, or remove it to get the shipped "
                  + "default back (--shipped-template uses the default now).")
    }
    public static let templateReasonSection = Localized("thẻ đóng không khớp thẻ mở", "closing tag does not match the opening one")
    public static let templateReasonUnfinished = Localized("thẻ chưa đóng ({{…}})", "tag not closed ({{…}})")
    public static let templateReasonSectionEnd = Localized("thiếu thẻ đóng {{/…}}", "missing closing tag {{/…}}")
    public static let templateReasonOther = Localized("cú pháp không hợp lệ", "invalid syntax")

    public static func alreadyExists(_ path: String) -> Localized {
        Localized("Tệp đã có: \(path). Dùng --force để ghi đè.", "File exists: \(path). Use --force to overwrite it.")
    }
    public static let answered = Localized("Kiến nghị này đã được trả lời: không cần văn bản đôn đốc.",
                                           "This recommendation has been answered: no reminder is needed.")
    public static let noForwardBody = Localized("Chưa có cơ quan nhận: ghi bước “Đã chuyển” (phím s trên trang phản ánh) trước; trên dòng lệnh có thể ghi --to.",
                                                "No receiving body: record the “Forwarded” step first (s on the record's page); on the command line, --to names it.")
    public static let identityNeeded = Localized("Văn bản này ghi danh tính người gửi: cần --include-identity (được ghi nhật ký).",
                                                 "This document names the sender: --include-identity is needed (it is audited).")
    public static let noMeetingLetters = Localized("Hội nghị chưa có đảng viên nào được góp ý (hoặc đều được miễn): không có văn bản nhận xét để gửi.",
                                                   "No member has been reviewed at this meeting (or all are exempt): no letter to send.")
    public static let anonymousSender = Localized("Hồ sơ ẩn danh: không có người nhận để gửi văn bản này.",
                                                  "An anonymous record: there is nobody to send this document to.")
    public static let noPDF = Localized("Chưa có LibreOffice để tạo PDF: cài gói libreoffice-writer-nogui (và libreoffice-calc-nogui cho bảng tính).",
                                        "LibreOffice is not installed, so no PDF: install libreoffice-writer-nogui (and libreoffice-calc-nogui for spreadsheets).")
    public static func pdfFailed(_ reason: String) -> Localized {
        Localized("Không tạo được PDF: \(reason)", "Could not make the PDF: \(reason)")
    }
    public static let noPrinter = Localized("Chưa có lệnh in lp: cài gói cups-client.", "No lp command: install cups-client to print.")

    // Spreadsheet headings.
    static let sheetTally = Localized("Số liệu", "Tally")
    static let sheetItem = Localized("Nội dung", "Item")
    static let sheetSection = Localized("Mục", "Section")
    static let sheetNumber = Localized("STT", "No.")
    static let sheetCommune = Localized("Đơn vị", "Commune")
    static let sheetPeriod = Localized("Kỳ", "Period")
    static let sheetSamePeriodBefore = Localized("Cùng kỳ", "Year before")
    static let sheetFormerUnits = Localized("Gồm các xã cũ", "Includes the former communes")
    static let lettersTitle = Localized("SỔ THEO DÕI ĐƠN THƯ, PHẢN ÁNH TIẾP NHẬN", "REGISTER OF LETTERS RECEIVED")
    static let lettersSheet = Localized("Đơn thư", "Letters")
    static let lettersColumns = [
        Localized("STT", "No."), Localized("Mã hồ sơ", "Code"), Localized("Ngày tiếp nhận", "Received"),
        Localized("Họ tên, địa chỉ người gửi", "Sender's name, address"),
        Localized("Nội dung", "Content"), Localized("Phân loại", "Kind"), Localized("Kênh tiếp nhận", "Channel"),
        Localized("Cơ quan đã giải quyết", "Body already handling it"),
        Localized("Hướng xử lý (thụ lý / hướng dẫn / chuyển)", "Accepted / guided / forwarded"),
        Localized("Kết quả", "Result"), Localized("Ghi chú", "Notes"),
    ]
    static let identityWithheld = Localized("(giữ bí mật)", "(withheld)")
    static let anonymousWord = Localized("Ẩn danh", "Anonymous")
    static let handledAccepted = Localized("Thụ lý", "Accepted")
    static let handledForwarded = Localized("Chuyển", "Forwarded")
    static let handledGuided = Localized("Hướng dẫn / lưu", "Guided / filed")
    static let registerTitle = Localized("SỔ ĐĂNG KÝ VĂN BẢN ĐI", "OUTGOING DOCUMENTS REGISTER")
    static let registerSheet = Localized("Văn bản đi", "Outgoing")
    static let registerColumns = [
        Localized("Số, ký hiệu", "Number"), Localized("Ngày", "Date"), Localized("Loại", "Kind"),
        Localized("Trích yếu", "Title"), Localized("Nơi nhận", "Recipients"), Localized("Hồ sơ", "Record"),
        Localized("Tệp", "File"), Localized("Xã cũ", "Former commune"),
    ]
    static let officialsTitle = Localized("DANH SÁCH ĐỐI TƯỢNG GIÁM SÁT", "OFFICIALS UNDER SUPERVISION")
    static let officialsColumns = [
        Localized("STT", "No."), Localized("Mã", "Code"), Localized("Họ và tên", "Name"), Localized("Năm sinh", "Born"),
        Localized("Chức vụ", "Position"), Localized("Đơn vị", "Unit"), Localized("Đối tượng", "Category"),
        Localized("Đảng viên", "Party member"), Localized("Tình trạng", "Status"),
    ]
    static let plansTitle = Localized("DANH SÁCH KẾ HOẠCH GIÁM SÁT", "SUPERVISION PLANS")
    static let plansColumns = [
        Localized("STT", "No."), Localized("Mã", "Code"), Localized("Số văn bản", "Document"), Localized("Tên kế hoạch", "Title"),
        Localized("Hình thức", "Form"), Localized("Từ ngày", "From"), Localized("Đến ngày", "To"),
        Localized("Số người được giám sát", "Officials supervised"), Localized("Tình trạng", "Status"),
    ]
    static let recommendationsTitle = Localized("DANH SÁCH KIẾN NGHỊ", "RECOMMENDATIONS")
    static let recommendationsColumns = [
        Localized("STT", "No."), Localized("Mã", "Code"), Localized("Ngày gửi", "Sent"), Localized("Nơi nhận", "To"),
        Localized("Nội dung", "Content"), Localized("Trả lời", "Answer"), Localized("Ngày trả lời", "Answered on"),
        Localized("Hình thức xử lý", "Outcome"),
    ]
    static let yes = Localized("Có", "Yes")
}

/// The command line's words for documents and the register.
public enum DocCLIText {
    public static func numbered(_ path: String, _ number: String) -> Localized {
        Localized("Đã ghi \(path) — Số: \(number)", "Written \(path) — number \(number)")
    }
    public static func draftWritten(_ path: String) -> Localized {
        Localized("Đã ghi bản nháp (chưa lấy số) \(path)", "Draft written (no number taken) \(path)")
    }
    public static func written(_ path: String) -> Localized { Localized("Đã ghi \(path)", "Written \(path)") }
    public static func needsChoice(_ previous: OutgoingDocument) -> Localized {
        Localized("Văn bản này đã có số \(previous.symbol) ngày \(previous.issuedOn.vietnamese) trong sổ văn bản đi: "
                  + "--reprint để in lại giữ số cũ, --new-number để lấy số mới.",
                  "This document already has number \(previous.symbol) of \(previous.issuedOn.vietnamese) in the outgoing register: "
                  + "--reprint keeps that number (a corrected reprint), --new-number takes a new one.")
    }
    public static func askKeep(_ previous: OutgoingDocument) -> Localized {
        Localized("Văn bản này đã có số \(previous.symbol) ngày \(previous.issuedOn.vietnamese). Giữ số cũ (in lại)? [C/k] ",
                  "This document already has number \(previous.symbol) of \(previous.issuedOn.vietnamese). Keep it (reprint)? [Y/n] ")
    }
    public static let yesAnswers: Set<String> = ["", "c", "co", "có", "y", "yes"]
    public static let identityPassphrase = Localized("Mật khẩu mở danh tính: ", "Passphrase to open identities: ")
    public static let registerEmpty = Localized("Sổ văn bản đi chưa có văn bản nào.", "The outgoing register is empty.")
    public static let registerHeadings = [Localized("Số, ký hiệu", "Number"), Localized("Ngày", "Date"), Localized("Trích yếu", "Title"),
                                          Localized("Hồ sơ", "Record"), Localized("Xã cũ", "Former")]
    public static func templatesInstalled(_ folder: String) -> Localized {
        Localized("Mẫu văn bản ở \(folder) (sửa được; xóa một tệp để lấy lại mẫu mặc định).",
                  "Templates are in \(folder) (edit them; remove a file to get the shipped default back).")
    }
}

extension DocCLIText {
    public static let settingsLabels = [
        Localized("Cơ quan ban hành", "Issuing body"), Localized("Địa danh", "Place"), Localized("Ký hiệu", "Symbol suffix"),
        Localized("Thẩm quyền ký", "Signing for"), Localized("Chức vụ người ký", "Signer's title"), Localized("Người ký", "Signer"),
        Localized("Nơi nhận mặc định", "Default recipients"), Localized("Thư mục văn bản", "Documents folder"),
    ]
}
