import GiamSatCore
import GiamSatDocuments

/// The words of the documents dialog and the outgoing register's list (issue 18).
extension T {
    static let cmdDocuments = Localized("Văn bản", "Documents")
    static let cmdRegister = Localized("Sổ văn bản đi", "Outgoing register")
    static let documentsTitle = Localized("Soạn văn bản", "Documents")
    static let documentPreviewTitle = Localized("Xem trước trang đầu — Enter: ghi tệp, Esc: quay lại",
                                                "First page — Enter: write the file, Esc: back")
    static let documentPreviewFooter = Localized("Enter ghi tệp và lấy số trong sổ văn bản đi", "Enter writes the file and numbers it")
    static let documentWritten = Localized("Đã ghi", "Written")
    static let documentOverwrite = Localized("Tệp đã có. Ghi đè?", "The file exists. Overwrite it?")
    static func documentKeepNumber(_ symbol: String) -> Localized {
        Localized("Văn bản này đã có số \(symbol). Giữ số cũ (in lại)? Không: lấy số mới.",
                  "This document already has number \(symbol). Keep it (a reprint)? No: take a new one.")
    }
    static let registerTitle = Localized("Sổ văn bản đi", "Outgoing register")
    static let registerEmpty = Localized("Chưa có văn bản nào.", "No document yet.")

    static func documentName(_ template: DocumentTemplate) -> Localized {
        switch template {
        case .report: return Localized("Báo cáo kết quả thực hiện Quy định 124 (.docx)", "QĐ 124 report (.docx)")
        case .plan: return Localized("Kế hoạch giám sát (.docx)", "Supervision plan (.docx)")
        case .team: return Localized("Quyết định thành lập đoàn giám sát (.docx)", "Decision forming the team (.docx)")
        case .results: return Localized("Báo cáo kết quả giám sát (.docx)", "Results report (.docx)")
        case .recommendation: return Localized("Văn bản kiến nghị (.docx)", "Recommendation letter (.docx)")
        case .reminder: return Localized("Văn bản đôn đốc (.docx)", "Reminder (.docx)")
        case .reportUpward: return Localized("Báo cáo lên cấp trên (.docx)", "Report to the level above (.docx)")
        case .forward: return Localized("Phiếu chuyển đơn (.docx)", "Forwarding slip (.docx)")
        case .receipt: return Localized("Giấy biên nhận (.docx)", "Receipt (.docx)")
        case .reply: return Localized("Văn bản trả lời (.docx)", "Reply (.docx)")
        case .meetingSummary: return Localized("Báo cáo tổng hợp hội nghị góp ý (.docx)", "The meeting's summary (.docx)")
        case .meetingLetter: return Localized("Nhận xét gửi chi bộ nơi công tác, mỗi đảng viên một văn bản (.docx)",
                                              "A letter per member to their workplace party cell (.docx)")
        }
    }

    static func sheetName(_ sheet: SheetChoice) -> Localized {
        switch sheet {
        case .tally: return Localized("Số liệu kỳ này và cùng kỳ (.xlsx)", "Tally with the year before (.xlsx)")
        case .letters: return Localized("Sổ theo dõi đơn thư (.xlsx)", "Register of letters received (.xlsx)")
        case .officials: return Localized("Danh sách đối tượng giám sát (.xlsx)", "Officials (.xlsx)")
        case .plans: return Localized("Danh sách kế hoạch (.xlsx)", "Plans (.xlsx)")
        case .recommendations: return Localized("Danh sách kiến nghị (.xlsx)", "Recommendations (.xlsx)")
        case .register: return Localized("Sổ văn bản đi (.xlsx)", "Outgoing register (.xlsx)")
        }
    }
}

extension T {
    static let keysOutgoingDetail = Localized("Một văn bản đi", "An outgoing document")
    static let outgoingNumber = Localized("Số, ký hiệu", "Number")
    static let outgoingDate = Localized("Ngày", "Date")
    static let outgoingTitle = Localized("Trích yếu", "Title")
    static let outgoingRecipients = Localized("Nơi nhận", "Recipients")
    static let outgoingSource = Localized("Hồ sơ", "Record")
    static let outgoingFile = Localized("Tệp", "File")
    static let outgoingFormer = Localized("Xã cũ", "Former commune")
}

extension T {
    static let documentSettings = Localized("Văn bản: cơ quan ban hành, người ký, nơi nhận", "Documents: issuer, signer, recipients")
    static let docIssuer = Localized("Cơ quan ban hành (mỗi dòng một dòng)", "Issuing body (one line each)")
    static let docPlace = Localized("Địa danh", "Place")
    static let docSuffix = Localized("Ký hiệu sau loại văn bản", "Symbol suffix")
    static let docSigningFor = Localized("Thẩm quyền ký", "Signing for")
    static let docSignerTitle = Localized("Chức vụ người ký", "Signer's title")
    static let docSignerName = Localized("Người ký", "Signer")
    static let docRecipients = Localized("Nơi nhận mặc định (mỗi dòng một nơi)", "Default recipients (one a line)")
    static let docFolder = Localized("Thư mục văn bản (trống: DATA/van-ban)", "Documents folder (empty: DATA/van-ban)")
}

extension T {
    static let documentsSettingLine = Localized("Văn bản", "Documents")
    static let documentsSettingValue = Localized("cơ quan ban hành, người ký, nơi nhận", "issuer, signer, recipients")
}
