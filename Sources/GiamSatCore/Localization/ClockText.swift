// Words of the law's clocks (issue 21), Vietnamese then English.

public enum ClockText {
    public static func refusal(_ refusal: Feedback.ExtensionRefusal) -> Localized {
        switch refusal {
        case .onlyDenunciations:
            return Localized("chỉ đơn tố cáo được gia hạn giải quyết", "only a denunciation's resolution can be extended")
        case .ended: return Localized("đơn đã kết thúc, không gia hạn", "the record has ended; nothing to extend")
        case .notAccepted:
            return Localized("đơn chưa được thụ lý (phân loại): thời hạn giải quyết chưa bắt đầu",
                             "the record is not accepted (classified) yet: its resolution time has not started")
        case .tooMany(let most):
            return Localized("đã gia hạn \(most) lần, Luật Tố cáo không cho gia hạn thêm",
                             "already extended \(most) times; the Law on Denunciations allows no more")
        case .needsReason: return Localized("ghi lý do gia hạn", "give the reason for the extension")
        case .needsDays: return Localized("số ngày gia hạn phải lớn hơn 0", "the extension needs a number of days")
        case .beforeAcceptance(let date):
            return Localized("ngày gia hạn không được trước \(date.vietnamese) (ngày thụ lý hoặc lần gia hạn trước)",
                             "the extension's date may not be before \(date.iso) (the acceptance or the previous extension)")
        case .afterToday(let today):
            return Localized("ngày gia hạn sau hôm nay (\(today.vietnamese)): chỉ ghi lần gia hạn đã quyết định",
                             "the extension's date is after today (\(today.iso)): record only an extension already decided")
        }
    }

    // Bundle and audit labels of the new fields.
    public static let clockFlags = Localized("Tính chất (phức tạp, vùng sâu, nhiều nơi)", "Clock flags (complex, remote, several places)")
    public static let extensions = Localized("Gia hạn giải quyết", "Extensions")
    public static let complex = Localized("phức tạp", "complex")
    public static let remote = Localized("vùng sâu, vùng xa", "remote area")
    public static let severalPlaces = Localized("xác minh nhiều nơi", "checks in several places")
}
