import GiamSatCore

/// Every word the terminal UI shows, Vietnamese then English. The one table of the app's words.
enum T {
    static let appTitle = Localized("GIÁM SÁT 124", "SUPERVISION 124")
    static let matches = Localized("kết quả", "matches")
    static let filter = Localized("Lọc", "Filter")
    static let filterHint = Localized("gõ không dấu được; Enter: xong, Esc: xóa lọc", "accents optional; Enter: done, Esc: clear")
    static let all = Localized("tất cả", "all")
    static let overdueOnly = Localized("quá hạn", "overdue")
    static let tooSmall = Localized("Cửa sổ quá nhỏ. Cần ít nhất", "Terminal too small. Needs at least")
    static let moreKeys = Localized("thêm…", "more…")

    // Sections
    static let sectionDashboard = Localized("Tổng quan", "Overview")
    static let sectionFeedback = Localized("Phản ánh", "Feedback")
    static let sectionOfficials = Localized("Đối tượng", "Officials")
    static let sectionPlans = Localized("Kế hoạch", "Plans")
    static let sectionRecommendations = Localized("Kiến nghị", "Recommendations")
    /// In the section bar, where "7 Report" did not fit after "5 Recommendations" at 80 columns.
    static let sectionRecommendationsShort = Localized("Kiến nghị", "Recommend.")
    static let sectionResidence = Localized("Góp ý nơi cư trú", "Residence reviews")
    static let sectionResidenceShort = Localized("Cư trú", "Residence")
    static let sectionReport = Localized("Báo cáo", "Report")
    static let noPageYet = Localized("Trang chi tiết của loại bản ghi này sẽ có ở phiên bản sau:", "This kind of record has no page yet:")

    // Lists
    static let code = Localized("Mã", "Code")
    static let received = Localized("Nhận", "Received")
    static let channel = KindText.channel
    static let official = Localized("Đối tượng", "Official")
    static let summary = KindText.summary
    static let status = KindText.status
    static let due = Localized("Hạn", "Due")
    static let noFeedback = Localized("Không có phản ánh nào khớp.", "No feedback matches.")
    static let fullName = Localized("Họ và tên", "Name")
    static let position = Localized("Chức vụ, đơn vị", "Position, unit")
    static let category = KindText.category
    static let categoryShort = Localized("Loại", "Category")
    static let partyMemberShort = Localized("ĐV", "CPV")
    static let noOfficials = Localized("Không có đối tượng nào khớp.", "No officials match.")
    static let year = KindText.year
    static let planTitle = KindText.planTitle
    static let period = Localized("Thời gian", "Dates")
    static let noPlans = Localized("Không có kế hoạch nào khớp.", "No plans match.")
    static let sentOn = KindText.sentOn
    static let addressedTo = KindText.addressedTo
    static let response = KindText.response
    static let noRecommendations = Localized("Không có kiến nghị nào khớp.", "No recommendations match.")

    // Dashboard
    static let yearLabel = Localized("Năm", "Year")
    static let dashboardYearHint = Localized("← → đổi năm · Enter mở việc cần làm", "← → change year · Enter opens a task")
    static let dashboardHint = Localized("Số liệu cùng cách tính với Báo cáo (phím 7).", "Figures counted as in the Report (key 7).")
    static let noPlansThisYear = Localized("chưa có kế hoạch nào trong năm", "no plans this year")
    static let pending = Localized("đang giải quyết", "pending")
    static let overdueLabel = Localized("quá hạn", "overdue")
    static let awaitingAnswer = Localized("chờ trả lời", "awaiting an answer")
    static let localitiesDone = Localized("địa bàn đã góp ý", "localities reviewed")
    static let reason = Localized("Lý do", "Why")
    static let deadline = Localized("Hạn / ngày", "Date")
    static let workOverdue = Localized("Quá hạn", "Overdue")
    static let workDueSoon = Localized("Sắp đến hạn", "Due soon")
    static let workUnclassified = Localized("Chưa phân loại", "Not classified")
    static let nothingToDo = Localized("Không có việc nào cần làm hôm nay.", "Nothing needs action today.")

    // Detail
    static let receivedOn = KindText.receivedOn
    static let kind = KindText.kind
    static let content = KindText.contentArea
    static let officials = KindText.officials
    static let locality = KindText.locality
    static let reporter = KindText.reporter
    static let anonymous = KindText.anonymous
    static let masked = Localized("••• (bảo mật — nhấn v để xem, việc xem được ghi nhật ký)", "••• (confidential — press v to show; showing is logged)")
    static let withheld = Localized("(không có trong dữ liệu này)", "(not in this data)")
    static let notes = KindText.notes
    static let dueOn = KindText.dueOn
    static let classifyBy = Localized("Hạn phân loại", "Classify by")
    static let overdue = Localized("QUÁ HẠN", "OVERDUE")
    static let history = KindText.history
    static let audit = Localized("Nhật ký thay đổi", "Audit trail")
    static let created = Localized("tạo mới", "created")
    static let revealedLog = Localized("xem danh tính người phản ánh", "reporter's identity shown")
    static let undoneLog = Localized("hoàn tác thay đổi trước đó", "undid the previous change")
    static let statusStepRemoved = Localized("bỏ bước", "step removed")
    static let statusStep = Localized("chuyển trạng thái", "status step")
    static let forwardedTo = Localized("chuyển tới", "to")
    static let duplicateOf = Localized("trùng với", "duplicate of")
    static let version = Localized("phiên bản", "version")

    // Form
    static let newFeedbackTitle = Localized("Phản ánh mới", "New feedback")
    static let editFeedbackTitle = Localized("Sửa phản ánh", "Edit feedback")
    static let reporterName = Localized("Họ tên người PA", "Reporter's name")
    static let reporterAddress = Localized("Địa chỉ", "Address")
    static let reporterPhone = Localized("Điện thoại", "Phone")
    static let maskedInForm = Localized("••• (bảo mật — F7 để xem và sửa, việc xem được ghi nhật ký)", "••• (confidential — F7 to show and edit; logged)")
    static let revealFirst = Localized("Thông tin người phản ánh đang được che: nhấn F7 để xem (được ghi nhật ký).",
                                       "The reporter's details are masked: press F7 to show them (this is logged).")
    static let yes = Localized("Có", "Yes")
    static let no = Localized("Không", "No")
    static let choose = Localized("(Enter để chọn)", "(Enter to choose)")
    static let moreRows = Localized("… số dòng còn lại:", "… more rows:")
    static let newRow = Localized("dòng mới", "new row")
    static let noRows = Localized("Chưa có dòng nào. n: thêm", "No rows yet. n: add one")
    static let rowsHint = Localized("n thêm · Enter sửa · Del/x xóa · Esc/F2 xong", "n add · Enter edit · Del/x remove · Esc/F2 done")
    static let none = Localized("(không)", "(none)")
    static let dateHint = Localized("dd/mm/yyyy", "dd/mm/yyyy")
    static let badDate = Localized("ngày không có thật hoặc sai dạng dd/mm/yyyy", "not a real date (dd/mm/yyyy)")
    static let receivedInFuture = Localized("ngày nhận ở tương lai", "received in the future")
    static let dateInFuture = Localized("ngày ở tương lai", "date in the future")
    static let required = Localized("bắt buộc", "required")
    static let dueBeforeReceived = Localized("hạn trước ngày nhận", "due before received")
    static let fixErrors = Localized("Chưa lưu: sửa các trường báo lỗi.", "Not saved: fix the fields marked in red.")
    static let saved = Localized("Đã lưu", "Saved")
    static let staleReloaded = Localized(
        "Chưa lưu: người khác vừa sửa bản ghi này. Đã nạp bản mới; các trường bạn sửa được giữ nguyên — xem lại rồi F2 để lưu.",
        "Not saved: someone else just changed this record. Their version is loaded; the fields you edited are kept — check, then F2 to save.")
    static let unsavedTitle = Localized("Chưa lưu", "Unsaved")
    static let discardQuestion = Localized("Bỏ các thay đổi chưa lưu?", "Discard unsaved changes?")
    static let quitQuestion = Localized("Có thay đổi chưa lưu. Vẫn thoát?", "There are unsaved changes. Quit anyway?")
    static let leaveQuestion = Localized("Có thay đổi chưa lưu. Bỏ và chuyển mục?", "There are unsaved changes. Discard and switch?")
    static let yesNo = Localized("y: có   n/Esc: không", "y: yes   n/Esc: no")
    static let pickHint = Localized("gõ để lọc · Enter chọn · Esc thôi", "type to filter · Enter choose · Esc cancel")
    static let pickManyHint = Localized("gõ để lọc · Tab đánh dấu · Enter xong · Esc thôi", "type to filter · Tab mark · Enter done · Esc cancel")

    // Status change
    static let statusTitle = Localized("Chuyển trạng thái", "Change status")
    static let nextStatus = Localized("Bước tiếp theo", "Next step")
    static let date = Localized("Ngày", "Date")
    static let note = Localized("Ghi chú", "Note")
    static let to = Localized("Chuyển tới", "Forward to")
    static let original = Localized("Mã đơn gốc", "Original code")
    static let forwardNeedsBody = Localized("ghi cơ quan nhận", "name the receiving body")
    static let duplicateNeedsCode = Localized("ghi mã đơn gốc", "give the original's code")
    static let duplicateOfItself = Localized("không thể trùng chính nó", "cannot duplicate itself")
    static let statusHint = Localized("↑↓ chọn · Tab/Enter trường sau · F2 lưu · Esc thôi", "↑↓ choose · Tab/Enter next · F2 save · Esc cancel")
    static let ended = Localized("Phản ánh đã kết thúc, không còn bước nào.", "This record has ended; no further steps.")
    static let statusChanged = Localized("Đã chuyển trạng thái:", "Status changed:")

    // Protected identities
    static let passphraseTitle = Localized("Mật khẩu bảo vệ", "Protection passphrase")
    static let passphrasePrompt = Localized("Danh tính người phản ánh được mã hóa. Nhập mật khẩu:",
                                            "Reporters' identities are encrypted. Passphrase:")
    static let passphraseHint = Localized("Enter: mở · Esc: thôi · việc xem được ghi nhật ký", "Enter: open · Esc: cancel · showing is logged")

    // Undo and palette
    static let nothingToUndo = Localized("Không có thay đổi nào để hoàn tác.", "Nothing to undo.")
    static let undone = Localized("Đã hoàn tác thay đổi gần nhất của", "Undid the last change to")
    static let paletteTitle = Localized("Tìm lệnh hoặc mở mã", "Find a command or open a code")
    static let paletteHint = Localized("gõ tên lệnh (không dấu được) hoặc mã bản ghi · Enter · Esc", "type a command (accents optional) or a code · Enter · Esc")
    static let openCode = Localized("Mở bản ghi mã", "Open record")
    static let noSuchCode = Localized("Không có bản ghi nào mã", "No record has the code")

    // Help
    static let helpTitle = Localized("Phím tắt", "Keys")
    static let helpFooter = Localized("PgDn/j cuộn · Esc đóng", "PgDn/j scroll · Esc closes")
    static let helpTelex = Localized(
        "Trong ô nhập: Telex (aa â, aw ă, ow ơ, uw ư, dd đ; s f r x j dấu, z xóa dấu) hoặc VNI (1–5 dấu, 6 ^, 7 móc, 8 trăng, 9 đ, 0 xóa).",
        "In text fields: Telex (aa â, aw ă, ow ơ, uw ư, dd đ; s f r x j tones, z removes) or VNI (1–5 tones, 6 ^, 7 horn, 8 breve, 9 đ, 0 removes).")
    static let helpEditing = Localized("Ctrl-U xóa đến đầu dòng, Ctrl-W xóa từ trước, Home/End đầu/cuối dòng.",
                                       "Ctrl-U clears to the line's start, Ctrl-W deletes a word, Home/End.")
    static let keysEverywhere = Localized("Mọi nơi", "Everywhere")
    static let keysNavigation = Localized("Di chuyển trong danh sách", "Moving in a list")
    static let keysList = Localized("Danh sách", "Lists")
    static let keysDashboard = Localized("Tổng quan", "Overview")
    static let keysFeedbackList = Localized("Danh sách phản ánh", "Feedback list")
    static let keysOtherLists = Localized("Đối tượng, kế hoạch, kiến nghị", "Officials, plans, recommendations")
    static let keysDetail = Localized("Xem bản ghi", "A record's page")
    static let keysFeedbackDetail = Localized("Xem phản ánh", "A feedback record")
    static let keysForm = Localized("Biểu mẫu", "Forms")
    static let keysRowsEditor = Localized("Các dòng của một trường (thành viên đoàn, kết quả xử lý)", "Sub-rows (team members, outcomes)")
    static let keysReport = Localized("Báo cáo", "Report")
    static let keysDrill = Localized("Bản ghi của một số liệu", "Records behind a figure")
    static let keysHelp = Localized("Trợ giúp", "Help")
    static let keysConfirm = Localized("Câu hỏi xác nhận", "Questions")
    static let keysPicker = Localized("Danh sách chọn", "Pickers")
    static let keysStatusDialog = Localized("Chuyển trạng thái", "Status change")
    static let keysPalette = Localized("Tìm lệnh", "Command palette")

    // Commands
    static let cmdHelp = Localized("Trợ giúp", "Help")
    static let cmdPalette = Localized("Tìm lệnh", "Commands")
    static let cmdUndo = Localized("Hoàn tác thay đổi gần nhất", "Undo the last change")
    static let cmdNextSection = Localized("Mục sau", "Next section")
    static let cmdPreviousSection = Localized("Mục trước", "Previous section")
    static let cmdToggleInput = Localized("Bộ gõ Telex/VNI/EN", "Input Telex/VNI/EN")
    static let cmdQuit = Localized("Thoát", "Quit")
    static let cmdOpen = Localized("Mở", "Open")
    static let cmdBack = Localized("Quay lại", "Back")
    static let cmdClose = Localized("Đóng", "Close")
    static let cmdUp = Localized("Lên", "Up")
    static let cmdDown = Localized("Xuống", "Down")
    static let cmdScrollUp = Localized("Cuộn lên", "Scroll up")
    static let cmdScrollDown = Localized("Cuộn xuống", "Scroll down")
    static let cmdPageUp = Localized("Trang trước", "Page up")
    static let cmdPageDown = Localized("Trang sau", "Page down")
    static let cmdTop = Localized("Về đầu", "First")
    static let cmdBottom = Localized("Xuống cuối", "Last")
    static let cmdFilter = Localized("Lọc", "Filter")
    static let cmdClearFilters = Localized("Bỏ mọi bộ lọc", "Clear filters")
    static let cmdRefresh = Localized("Tải lại", "Reload")
    static let cmdNew = Localized("Mới", "New")
    static let cmdCycleStatus = Localized("Trạng thái", "Status")
    static let cmdCycleChannel = Localized("Kênh", "Channel")
    static let cmdToggleOverdue = Localized("Quá hạn", "Overdue")
    static let cmdCycleOrder = Localized("Sắp xếp", "Sort")
    static let cmdCycleCategory = Localized("Loại đối tượng", "Category")
    static let cmdCycleResponse = Localized("Trả lời", "Response")
    static let cmdReport = Localized("Báo cáo", "Report")
    static let cmdChangeStatus = Localized("Chuyển trạng thái", "Status")
    static let cmdEdit = Localized("Sửa", "Edit")
    static let cmdReveal = Localized("Xem người PA", "Show reporter")
    static let cmdSave = Localized("Lưu", "Save")
    static let cmdNextField = Localized("Trường sau", "Next field")
    static let cmdPreviousField = Localized("Trường trước", "Previous field")
    static let cmdNextOrSave = Localized("Trường sau; ở trường cuối thì lưu", "Next field; saves from the last")
    static let cmdChoose = Localized("Chọn", "Choose")
    static let cmdMark = Localized("Đánh dấu", "Mark")
    static let cmdCancel = Localized("Thôi", "Cancel")
    static let cmdDrill = Localized("Xem các bản ghi", "Records")
    static let cmdPreviousYear = Localized("Năm trước", "Previous year")
    static let cmdNextYear = Localized("Năm sau", "Next year")
    static let cmdCyclePeriod = Localized("Kỳ", "Period")
    static let cmdBars = Localized("Biểu đồ", "Bars")
    static let cmdYears = Localized("So sánh năm", "Years")
    static let cmdExport = Localized("Xuất", "Export")
    static let cmdYes = Localized("Có", "Yes")
    static let cmdNo = Localized("Không", "No")
    static let cmdAddRow = Localized("Thêm dòng", "Add a row")
    static let cmdEditRow = Localized("Sửa dòng", "Edit the row")
    static let cmdDeleteRow = Localized("Xóa dòng", "Remove the row")
    static let cmdDone = Localized("Xong", "Done")
    static let cmdRun = Localized("Chạy", "Run")

    // Report
    static let reportTitle = Localized("Báo cáo số liệu", "Figures")
    static let reportHint = Localized("← → năm · p kỳ · Enter xem bản ghi · b biểu đồ · y so sánh năm · x xuất",
                                      "← → year · p period · Enter records · b bars · y years · x export")
    static let barsHint = Localized("Enter, Esc hoặc b: về bảng số liệu · ← → năm · p kỳ · x xuất",
                                    "Enter, Esc or b: back to the figures · ← → year · p period · x export")
    static let yearsHint = Localized("← → chọn năm · Enter xem bản ghi của năm đã chọn · y về một năm · x xuất",
                                     "← → choose a year · Enter records of that year · y one year · x export")
    static let tableView = Localized("Bảng số liệu", "Table")
    static let barsView = Localized("Biểu đồ phản ánh", "Feedback bars")
    static let yearsView = Localized("So sánh 4 năm", "Four years")
    static let byChannelTitle = Localized("Phản ánh theo kênh", "Feedback by channel")
    static let byMonthTitle = Localized("Phản ánh theo tháng", "Feedback by month")
    static let monthPrefix = Localized("T", "M")
    static let noRecordsFigure = Localized("Không có bản ghi nào.", "No records.")
    static let exportTitle = Localized("Xuất báo cáo", "Export report")
    static let formatText = Localized("Văn bản (.txt)", "Text (.txt)")
    static let formatCSV = Localized("Bảng tính CSV (.csv)", "Spreadsheet CSV (.csv)")
    static let formatMarkdown = Localized("Markdown (.md) để dán vào báo cáo", "Markdown (.md) for the written report")
    static let formatJSON = Localized("JSON giamsat-tally (.json) gửi cấp trên", "JSON giamsat-tally (.json) for the level above")
    static let exportedTo = Localized("Đã xuất báo cáo vào", "Report written to")
}

/// Words the executable needs from the app's table.
public enum AppText {
    public static let localeFallback = Localized("Locale không phải UTF-8; đang dùng", "The locale is not UTF-8; using")
    public static let noUTF8Locale = Localized("Không có locale UTF-8: tiếng Việt có thể hiển thị sai (đặt LANG=C.UTF-8).",
                                               "No UTF-8 locale: Vietnamese may display wrongly (set LANG=C.UTF-8).")
}
