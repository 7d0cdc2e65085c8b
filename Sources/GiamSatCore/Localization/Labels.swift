// Labels of the enumerations, Vietnamese then English. The one place they are written.

extension LocalityKind {
    public static let fieldName = Localized("loại địa bàn", "locality kind")
    public var label: Localized {
        switch self {
        case .ap: return Localized("Ấp", "Hamlet (ấp)")
        case .thon: return Localized("Thôn", "Village (thôn)")
        case .ban: return Localized("Bản", "Village (bản)")
        case .khuVuc: return Localized("Khu vực", "Area (khu vực)")
        case .toDanPho: return Localized("Tổ dân phố", "Residential group")
        }
    }
}

extension Gender {
    public static let fieldName = Localized("giới tính", "gender")
    public var label: Localized {
        switch self {
        case .nam: return Localized("Nam", "Male")
        case .nu: return Localized("Nữ", "Female")
        case .khac: return Localized("Khác", "Other")
        }
    }
}

extension OfficialCategory {
    public static let fieldName = Localized("đối tượng", "category")
    public var label: Localized {
        switch self {
        case .nguoiDungDau: return Localized("Người đứng đầu", "Head of unit")
        case .canBoChuChot: return Localized("Cán bộ chủ chốt", "Key official")
        case .canBoDangVien: return Localized("Cán bộ, đảng viên", "Official, party member")
        }
    }
}

extension OfficialStatus {
    public static let fieldName = Localized("tình trạng công tác", "employment status")
    public var label: Localized {
        switch self {
        case .dangCongTac: return Localized("Đang công tác", "Serving")
        case .nghiHuu: return Localized("Nghỉ hưu", "Retired")
        case .chuyenCongTac: return Localized("Chuyển công tác", "Moved")
        }
    }
}

extension PlanType {
    public static let fieldName = Localized("loại kế hoạch", "plan type")
    public var label: Localized {
        switch self {
        case .thuongXuyen: return Localized("Thường xuyên", "Regular")
        case .chuyenDe: return Localized("Chuyên đề", "Thematic")
        case .dotXuat: return Localized("Đột xuất", "Ad hoc")
        }
    }
}

extension PlanForm {
    public static let fieldName = Localized("hình thức giám sát", "form of supervision")
    public var label: Localized {
        switch self {
        case .doanGiamSat: return Localized("Trực tiếp qua đoàn giám sát", "Supervision team")
        case .nghienCuuVanBan: return Localized("Nghiên cứu báo cáo, văn bản", "Review of reports and documents")
        case .hoiNghi: return Localized("Qua hội nghị, đối thoại, dự sinh hoạt", "Meetings and dialogues")
        case .phanAnh: return Localized("Qua tiếp nhận phản ánh của nhân dân", "Residents' feedback")
        case .phoiHop: return Localized("Phối hợp với cấp ủy, ủy ban kiểm tra", "Jointly with party inspection")
        }
    }
}

extension ContentArea {
    public static let fieldName = Localized("nội dung giám sát", "content area")
    public var label: Localized {
        switch self {
        case .suyThoaiTW4: return Localized("27 biểu hiện suy thoái (NQ TW4 khóa XII)", "27 signs of degradation (TW4 resolution)")
        case .daoDucCongVu: return Localized("Chuẩn mực đạo đức công vụ, nghề nghiệp", "Public-service and professional ethics")
        case .neuGuong: return Localized("Trách nhiệm nêu gương", "Duty to set an example")
        case .noiCuTru: return Localized("Giữ mối liên hệ với nơi cư trú", "Ties with place of residence")
        case .khac: return Localized("Khác", "Other")
        }
    }
}

extension PlanStatus {
    public static let fieldName = Localized("trạng thái kế hoạch", "plan status")
    public var label: Localized {
        switch self {
        case .duThao: return Localized("Dự thảo", "Draft")
        case .banHanh: return Localized("Đã ban hành", "Issued")
        case .dangGiamSat: return Localized("Đang giám sát", "In progress")
        case .daBaoCao: return Localized("Đã có báo cáo kết quả", "Reported")
        case .hoanThanh: return Localized("Hoàn thành", "Completed")
        case .huy: return Localized("Đã hủy", "Cancelled")
        }
    }
}

extension FeedbackChannel {
    public static let fieldName = Localized("kênh tiếp nhận", "channel")
    public var label: Localized {
        switch self {
        case .trucTiep: return Localized("Tiếp xúc, đối thoại trực tiếp", "In person")
        case .homThu: return Localized("Hòm thư góp ý", "Suggestion box")
        case .thuDienTu: return Localized("Thư điện tử", "E-mail")
        case .duongDayNong: return Localized("Đường dây nóng", "Hotline")
        case .vanBan: return Localized("Văn bản, đơn thư", "Letter")
        case .hoiNghi: return Localized("Hội nghị, sinh hoạt nơi cư trú", "Meeting")
        case .chuyenDen: return Localized("Cơ quan khác chuyển đến", "Forwarded by another body")
        case .khac: return Localized("Khác", "Other")
        }
    }
}

extension FeedbackKind {
    public static let fieldName = Localized("loại đơn", "kind")
    public var label: Localized {
        switch self {
        case .phanAnh: return Localized("Phản ánh", "Report")
        case .kienNghi: return Localized("Kiến nghị", "Proposal")
        case .khieuNai: return Localized("Khiếu nại", "Complaint")
        case .toCao: return Localized("Tố cáo", "Denunciation")
        }
    }
}

extension FeedbackStatus {
    public static let fieldName = Localized("trạng thái phản ánh", "feedback status")
    public var label: Localized {
        switch self {
        case .tiepNhan: return Localized("Mới tiếp nhận", "Received")
        case .xemXet: return Localized("Đang xem xét, xác minh", "Under review")
        case .daChuyen: return Localized("Đã chuyển cơ quan có thẩm quyền", "Forwarded")
        case .coKetQua: return Localized("Đã có kết quả xử lý", "Result known")
        case .daTraLoi: return Localized("Đã trả lời người phản ánh", "Answered")
        case .khongCoCoSo: return Localized("Không có cơ sở", "No basis")
        case .trungLap: return Localized("Trùng", "Duplicate")
        case .luu: return Localized("Lưu, không xử lý", "Filed, no action")
        case .ketQuaAnDanh: return Localized("Đã có kết quả, không trả lời (ẩn danh)", "Result known, no reply (anonymous)")
        }
    }
}

extension RecommendationResponse {
    public static let fieldName = Localized("trả lời kiến nghị", "response")
    public var label: Localized {
        switch self {
        case .choTraLoi: return Localized("Chờ trả lời", "Awaiting answer")
        case .daTraLoi: return Localized("Đã trả lời", "Answered")
        case .daKhacPhuc: return Localized("Đã khắc phục", "Remedied")
        }
    }
}

extension OutcomeMeasure {
    public static let fieldName = Localized("hình thức xử lý", "measure")
    public var label: Localized {
        switch self {
        case .khongViPham: return Localized("Không vi phạm", "No violation")
        case .nhacNho: return Localized("Nhắc nhở", "Reminder")
        case .kiemDiem: return Localized("Kiểm điểm rút kinh nghiệm", "Self-criticism")
        case .khienTrach: return Localized("Khiển trách", "Reprimand")
        case .canhCao: return Localized("Cảnh cáo", "Warning")
        case .haBacLuong: return Localized("Hạ bậc lương", "Salary grade lowered")
        case .giangChuc: return Localized("Giáng chức", "Demotion")
        case .cachChuc: return Localized("Cách chức", "Removal from office")
        case .baiNhiem: return Localized("Bãi nhiệm", "Recall from elected office")
        case .khaiTru: return Localized("Khai trừ khỏi Đảng", "Expulsion from the Party")
        case .khaiTruToChuc: return Localized("Khai trừ khỏi tổ chức", "Expulsion from the organisation")
        case .buocThoiViec: return Localized("Buộc thôi việc", "Dismissal")
        case .khac: return Localized("Khác", "Other")
        }
    }
}

extension Assessment {
    public static let fieldName = Localized("đánh giá", "assessment")
    public var label: Localized {
        switch self {
        case .tot: return Localized("Tốt", "Good")
        case .coHanChe: return Localized("Có hạn chế", "Has shortcomings")
        case .khongYKien: return Localized("Không có ý kiến", "No opinion")
        }
    }
}

// Short forms for narrow table columns.

extension FeedbackChannel {
    public var shortLabel: Localized {
        switch self {
        case .trucTiep: return Localized("Trực tiếp", "In person")
        case .homThu: return Localized("Hòm thư", "Box")
        case .thuDienTu: return Localized("Thư điện tử", "E-mail")
        case .duongDayNong: return Localized("Dây nóng", "Hotline")
        case .vanBan: return Localized("Văn bản", "Letter")
        case .hoiNghi: return Localized("Hội nghị", "Meeting")
        case .chuyenDen: return Localized("Chuyển đến", "Forwarded")
        case .khac: return Localized("Khác", "Other")
        }
    }
}

extension FeedbackStatus {
    public var shortLabel: Localized {
        switch self {
        case .tiepNhan: return Localized("Mới tiếp nhận", "Received")
        case .xemXet: return Localized("Xem xét", "Reviewing")
        case .daChuyen: return Localized("Đã chuyển", "Forwarded")
        case .coKetQua: return Localized("Có kết quả", "Result")
        case .daTraLoi: return Localized("Đã trả lời", "Answered")
        case .khongCoCoSo: return Localized("Không cơ sở", "No basis")
        case .trungLap: return Localized("Trùng", "Duplicate")
        case .luu: return Localized("Lưu", "Filed")
        case .ketQuaAnDanh: return Localized("KQ ẩn danh", "Closed anon.")
        }
    }
}

extension FeedbackOrder {
    public var label: Localized {
        switch self {
        case .newest: return Localized("mới nhất trước", "newest first")
        case .oldest: return Localized("cũ nhất trước", "oldest first")
        case .dueSoonest: return Localized("hạn gần nhất", "due soonest")
        case .code: return Localized("theo mã", "by code")
        }
    }
}
