import GiamSatCore

/// Words of attachments (issue 21), an extension of the one table `T` so parallel work does not edit the same lines.
extension T {
    static let keysAttachments = Localized("Tệp đính kèm", "Attachments")
    static let cmdAttachments = Localized("Tệp đính kèm", "Attachments")
    static let cmdAttach = Localized("Đính kèm tệp", "Attach a file")
    static let cmdOpenAttachment = Localized("Mở tệp", "Open the file")
    static let cmdMarkIdentity = Localized("Đánh dấu chứa danh tính", "Mark as holding the identity")
    static let cmdVoidAttachment = Localized("Hủy tệp đính kèm nhầm", "Void an attachment added by mistake")
    static let cmdRestoreAttachment = Localized("Khôi phục tệp đã hủy", "Restore a voided attachment")
    static let attachmentsTitle = Localized("Tệp đính kèm", "Attachments")
    static let noAttachments = Localized("Chưa có tệp nào. n: đính kèm tệp theo đường dẫn", "No files yet. n: attach a file by its path")
    static let attachmentColumns = (name: Localized("Tên tệp", "File"), size: Localized("Cỡ", "Size"), date: Localized("Ngày thêm", "Added"),
                                    state: Localized("Tình trạng", "State"))
    /// A voided file's state in the list; the reason is on the line below when it is selected.
    static let attachmentVoidedState = Localized("đã hủy", "voided")
    /// "Đã hủy 03/12/2026 (Lan): Chụp nhầm đơn khác — don.pdf"
    static func attachmentVoidedBecause(_ mark: VoidMark, name: String) -> Localized {
        let when = LocalDate(iso: String(mark.on.prefix(10)))?.vietnamese ?? String(mark.on.prefix(10))
        let reason = mark.reason.isEmpty ? "—" : mark.reason
        return Localized("Đã hủy \(when) (\(mark.by)): \(reason) — \(name)", "Voided \(when) (\(mark.by)): \(reason) — \(name)")
    }
    static let identityMark = Localized("DT", "ID")
    static let identityMasked = Localized("••• (tệp chứa danh tính người phản ánh)", "••• (file holding the reporter's identity)")
    static let identityFooter = Localized("Tệp chứa danh tính người phản ánh: không xuất khi không có --include-identities, được mã hóa khi bật protect",
                                          "Holds the reporter's identity: left out of exports without --include-identities, sealed by protect")
    /// Whole at 80 columns (it was cut at "Esc: qu…").
    static let attachmentsHint = Localized("n: đính kèm · Enter: mở · i: danh tính · X: hủy · K: khôi phục · Esc: quay lại",
                                           "n: attach · Enter: open · i: holds identity · X: void · K: restore · Esc: back")
    static let attachPathTitle = Localized("Đính kèm tệp", "Attach a file")
    static let attachPathLabel = Localized("Đường dẫn tệp (gõ hoặc kéo tệp vào cửa sổ):", "The file's path (type it or drag the file into the window):")
    static let attachPathHint = Localized("Enter: đính kèm (chép vào thư mục dữ liệu, tối đa 50 MB) · Esc: thôi",
                                          "Enter: attach (copied into the data folder, at most 50 MB) · Esc: cancel")
    static let attached = Localized("Đã đính kèm", "Attached")
    static let attachmentVoided = Localized("Đã hủy tệp đính kèm", "Attachment voided")
    static let attachmentRestored = Localized("Đã khôi phục tệp đính kèm", "Attachment restored")
    static let identityMarked = Localized("Đã đánh dấu tệp chứa danh tính", "Marked as holding the identity")
    static let identityUnmarked = Localized("Đã bỏ dấu chứa danh tính", "Identity mark taken off")
    static let openedInViewer = Localized("Đã mở bằng trình xem của máy", "Opened with the desktop's viewer")
    /// Short, so the copy's path (on the message's second line) is whole at 80 columns.
    static let noViewer = Localized("Không có trình xem; đã chép tệp ra", "No viewer; the file is copied to")
    /// A record's page, after its facts: "2 tệp, 1 đã hủy (a để xem)".
    static func attachmentsLine(_ tally: AttachmentTally) -> Localized {
        Localized("\(tally.live) tệp" + (tally.voided > 0 ? ", \(tally.voided) đã hủy" : "") + " (a để xem)",
                  "\(tally.live) " + (tally.live == 1 ? "file" : "files") + (tally.voided > 0 ? ", \(tally.voided) voided" : "") + " (a to see)")
    }
    static let voidAttachmentTitle = Localized("Hủy tệp đính kèm", "Void attachment")
    /// "Hủy tệp “bien ban.pdf”": the void dialog names the file it voids (masked when it holds the identity).
    static func voidAttachmentNamed(_ name: String) -> Localized {
        Localized("Hủy tệp “\(name)”", "Void “\(name)”")
    }
    static let voidAttachmentLabel = Localized("Lý do hủy (tệp vẫn được giữ, có dấu đã hủy):", "Reason (the file is kept, marked voided):")
    static let identityOnlyFeedback = Localized("Chỉ tệp của phản ánh mới có thể chứa danh tính người phản ánh",
                                                "Only a feedback record's file can hold the reporter's identity")

    /// "Hoàn tác: đính kèm “don.pdf” vào phản ánh PA-2026-0031?"
    static func undoAttachQuestion(_ step: UndoStep, name: String) -> Localized {
        Localized("Hoàn tác: đính kèm “\(name)” vào \(step.entity.label.vi) \(step.code)?",
                  "Undo: attaching “\(name)” to \(step.entity.label.en) \(step.code)?")
    }
}
