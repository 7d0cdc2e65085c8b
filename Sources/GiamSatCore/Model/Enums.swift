// The enumerations of DOMAIN.md. Slugs are the file format: never rename one.

public enum LocalityKind: String, Slugged {
    case ap, thon, ban, khuVuc = "khu-vuc", toDanPho = "to-dan-pho"
}

public enum Gender: String, Slugged {
    case nam, nu, khac
}

/// Category of an official under Quy định 124-QĐ/TW.
public enum OfficialCategory: String, Slugged {
    case nguoiDungDau = "nguoi-dung-dau", canBoChuChot = "can-bo-chu-chot", canBoDangVien = "can-bo-dang-vien"
}

public enum OfficialStatus: String, Slugged {
    case dangCongTac = "dang-cong-tac", nghiHuu = "nghi-huu", chuyenCongTac = "chuyen-cong-tac"
}

public enum PlanType: String, Slugged {
    case thuongXuyen = "thuong-xuyen", chuyenDe = "chuyen-de", dotXuat = "dot-xuat"
}

public enum PlanForm: String, Slugged {
    case doanGiamSat = "doan-giam-sat", nghienCuuVanBan = "nghien-cuu-van-ban", hoiNghi = "hoi-nghi"
    case phanAnh = "phan-anh", phoiHop = "phoi-hop"
}

/// What is supervised (nội dung giám sát); shared by plans and feedback.
public enum ContentArea: String, Slugged {
    case suyThoaiTW4 = "suy-thoai-tw4", daoDucCongVu = "dao-duc-cong-vu", neuGuong = "neu-guong"
    case noiCuTru = "noi-cu-tru", khac
}

public enum PlanStatus: String, Slugged {
    case duThao = "du-thao", banHanh = "ban-hanh", dangGiamSat = "dang-giam-sat"
    case daBaoCao = "da-bao-cao", hoanThanh = "hoan-thanh", huy

    /// The lifecycle: forward one step at a time; cancelling is possible until completed.
    public var allowedNext: [PlanStatus] {
        switch self {
        case .duThao: return [.banHanh, .huy]
        case .banHanh: return [.dangGiamSat, .huy]
        case .dangGiamSat: return [.daBaoCao, .huy]
        case .daBaoCao: return [.hoanThanh]
        case .hoanThanh, .huy: return []
        }
    }

    /// Whether a plan in this status may later be in `other`: the same status, or one reached by
    /// going forward along the lifecycle (a file may skip steps; no one may go back).
    public func reaches(_ other: PlanStatus) -> Bool {
        if other == self { return true }
        return allowedNext.contains { $0.reaches(other) }
    }
}

public enum FeedbackChannel: String, Slugged {
    case trucTiep = "truc-tiep", homThu = "hom-thu", thuDienTu = "thu-dien-tu", duongDayNong = "duong-day-nong"
    case vanBan = "van-ban", hoiNghi = "hoi-nghi", chuyenDen = "chuyen-den", khac
}

public enum FeedbackKind: String, Slugged {
    case phanAnh = "phan-anh", kienNghi = "kien-nghi", khieuNai = "khieu-nai", toCao = "to-cao"
}

public enum FeedbackStatus: String, Slugged {
    case tiepNhan = "tiep-nhan", xemXet = "xem-xet", daChuyen = "da-chuyen", coKetQua = "co-ket-qua"
    case daTraLoi = "da-tra-loi", khongCoCoSo = "khong-co-co-so", trungLap = "trung-lap", luu
    /// "Đã có kết quả, không trả lời (ẩn danh)": an anonymous record's result is known and there is nobody to answer
    /// (issue 21). Last in the list, so lists of statuses keep their order; only for anonymous records
    /// (`Feedback.historyProblem`).
    case ketQuaAnDanh = "ket-qua-an-danh"

    /// The lifecycle of DOMAIN.md. A letter is classified first; "no basis" needs a
    /// verification (xem-xet) or the answer of the body it was forwarded to.
    public var allowedNext: [FeedbackStatus] {
        switch self {
        case .tiepNhan: return [.xemXet, .daChuyen, .trungLap, .luu]
        case .xemXet: return [.daChuyen, .coKetQua, .khongCoCoSo, .trungLap, .luu]
        case .daChuyen: return [.coKetQua, .khongCoCoSo]
        case .coKetQua: return [.daTraLoi, .ketQuaAnDanh]
        case .daTraLoi, .khongCoCoSo, .trungLap, .luu, .ketQuaAnDanh: return []
        }
    }

    /// Resolved as DOMAIN.md counts it; closing an anonymous record counts as an answer does.
    public var isResolved: Bool { self == .coKetQua || self == .daTraLoi || self == .ketQuaAnDanh }
    public var isEnded: Bool { allowedNext.isEmpty || isResolved }
    public static var endedCases: [FeedbackStatus] { allCases.filter(\.isEnded) }
}

public enum RecommendationResponse: String, Slugged {
    case choTraLoi = "cho-tra-loi", daTraLoi = "da-tra-loi", daKhacPhuc = "da-khac-phuc"

    public var allowedNext: [RecommendationResponse] {
        switch self {
        case .choTraLoi: return [.daTraLoi, .daKhacPhuc]
        case .daTraLoi: return [.daKhacPhuc]
        case .daKhacPhuc: return []
        }
    }

    public var isAnswered: Bool { self != .choTraLoi }
}

/// Outcome decided for an official. Ordered from lightest to heaviest. Which track a measure belongs to is
/// `OutcomeTrack`'s (Model/OutcomeTrack.swift): the same khiển trách exists on every track, hạ bậc lương only for
/// công chức, khai trừ (khỏi Đảng) only on the Party's.
public enum OutcomeMeasure: String, Slugged {
    case khongViPham = "khong-vi-pham", nhacNho = "nhac-nho", kiemDiem = "kiem-diem"
    case khienTrach = "khien-trach", canhCao = "canh-cao", haBacLuong = "ha-bac-luong", giangChuc = "giang-chuc"
    case cachChuc = "cach-chuc", baiNhiem = "bai-nhiem", khaiTru = "khai-tru", khaiTruToChuc = "khai-tru-to-chuc"
    case buocThoiViec = "buoc-thoi-viec", khac

    /// Discipline = khiển trách and heavier (DOMAIN.md); không vi phạm, nhắc nhở, kiểm điểm and khác are results
    /// that every track may record.
    public var isDiscipline: Bool {
        switch self {
        case .khongViPham, .nhacNho, .kiemDiem, .khac: return false
        default: return true
        }
    }
    public static var disciplineCases: [OutcomeMeasure] { allCases.filter(\.isDiscipline) }

    /// Only a party member can be given it: expulsion from the Party.
    public var isPartyOnly: Bool { self == .khaiTru }
}

public enum Assessment: String, Slugged {
    case tot, coHanChe = "co-han-che", khongYKien = "khong-y-kien"
}
