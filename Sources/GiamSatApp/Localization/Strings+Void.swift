import GiamSatCore

/// Words of undo and void (issue 17), an extension of the one table `T` so parallel work does not edit the same lines.
extension T {
    static let undoTitle = Localized("Hoàn tác", "Undo")
    /// "Hoàn tác: tạo phản ánh PA-2026-0031?"
    static func undoQuestion(_ step: UndoStep) -> Localized {
        if let attachment = step.attachment { return undoAttachQuestion(step, name: attachment.name) }
        let what = undoVerb(step.change)
        return Localized("Hoàn tác: \(what.vi) \(step.entity.label.vi) \(step.code)?",
                         "Undo: \(what.en) \(step.entity.label.en) \(step.code)?")
    }
    static func undoVerb(_ change: UndoStep.Change) -> Localized {
        switch change {
        case .edit: return Localized("sửa", "edit of")
        case .creation: return Localized("tạo", "creation of")
        case .void: return Localized("hủy", "void of")
        case .restore: return Localized("khôi phục", "restore of")
        }
    }
    static let undoHint = Localized("u: hoàn tác", "u: undo")

    static let cmdVoid = Localized("Hủy hồ sơ nhập nhầm", "Void (entered by mistake)")
    static let cmdRestore = Localized("Khôi phục hồ sơ đã hủy", "Restore a voided record")
    static let cmdShowVoided = Localized("Xem hồ sơ đã hủy", "Show voided records")
    static let voidTitle = Localized("Hủy hồ sơ", "Void record")
    static let voidReasonLabel = Localized("Lý do hủy (hồ sơ giữ mã, không còn trong danh sách và số liệu):",
                                           "Reason (the record keeps its code, leaves lists and tallies):")
    static let voidReasonHint = Localized("Enter: hủy · Esc: thôi", "Enter: void · Esc: cancel")
    static let voided = Localized("Đã hủy", "Voided")
    static let restored = Localized("Đã khôi phục", "Restored")
    static let voidedBadge = Localized("đã hủy", "voided")
    static let voidedFilter = Localized("đã hủy", "voided")
    static let voidedBecause = Localized("Đã hủy", "Voided")
    static let voidedByUndo = Localized("hoàn tác việc tạo", "creation undone")
    static let voidedLog = Localized("hủy hồ sơ", "voided")
    static let restoredLog = Localized("khôi phục hồ sơ", "restored")
}

/// Words of the export's questions (issue 17).
extension T {
    static let exportFolderShort = Localized("Thư mục xuất", "Export folder")
    static let exportFolderLabel = Localized("Ghi vào thư mục (tên tệp theo xã và kỳ báo cáo):", "Write into the folder (file named by commune and period):")
    static let exportFolderHint = Localized("Enter: xuất · Esc: thôi · mặc định trong Cài đặt", "Enter: export · Esc: cancel · default in Settings")
    static let overwriteQuestion = Localized("Đã có tệp này; ghi đè", "This file exists; replace")
}

extension T {
    /// The palette's line for a person found by name: "Mở đối tượng Giàng A Dình — Bí thư Đảng ủy xã".
    static let openPerson = Localized("Mở đối tượng", "Open official")
}

extension T {
    static let cmdVoidReview = Localized("Hủy góp ý nhập nhầm", "Void a review entered by mistake")
}

extension T {
    static let cmdBackup = Localized("Sao lưu ngay", "Back up now")
    static let backedUpTo = Localized("Đã sao lưu vào", "Backed up to")
}
