import GiamSatCore

// The words of issue 21's duplicates: the screen before saving, the links on a record's page. Vietnamese then English.
extension T {
    static let keysDuplicates = Localized("Có thể trùng", "Possible duplicates")
    static let duplicatesTitle = Localized("Có thể trùng với đơn đã có", "Possibly a duplicate of a record on file")
    static let duplicatesLead = Localized("Đơn đang nhập giống các đơn sau: lưu là đơn mới, hay là đơn trùng?",
                                          "The record being entered looks like these: save it as new, or as a duplicate?")
    static let cmdSaveAnyway = Localized("Vẫn lưu đơn mới", "Save anyway")
    static let cmdSaveAsDuplicate = Localized("Lưu là đơn trùng", "Save as duplicate")
    static let cmdOpenCandidate = Localized("Xem đơn", "Open")
    static let cmdBackToForm = Localized("Quay lại sửa", "Back to form")
    static let columnScore = Localized("Điểm", "Score")
    static let columnWhy = Localized("Giống", "Alike")
    static let sameOfficialShort = Localized("đối tượng", "official")
    static let sameReporterShort = Localized("người PA", "reporter")
    static let sameWordsShort = Localized("nội dung", "words")
    static let savedAsDuplicate = Localized("Đã lưu, trùng với", "Saved, a duplicate of")
    /// Settings: the window of days around the received date.
    static let duplicateDaysShort = Localized("Tìm đơn trùng ±", "Duplicates within ±")

    /// After "trùng": the record's own duplicates now name its original too (followed by their codes).
    static let duplicatesMovedAlong = Localized("đơn trùng chuyển theo:", "its duplicates moved along:")

    // A record's page.
    static let duplicateOfLine = Localized("Trùng với", "Duplicate of")
    static let duplicatesSection = Localized("Đơn trùng với đơn này", "Duplicates of this record")
    static let cmdOpenDuplicate = Localized("Mở đơn gốc / đơn trùng", "Open the original / a duplicate")
    static let pickDuplicate = Localized("Mở đơn trùng", "Open a duplicate")
    static let openHint = Localized("Enter: mở", "Enter: open")
}
