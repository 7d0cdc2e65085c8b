// The words of issue 21's duplicates in the core: the audit trail's labels for the link both ways.
// Vietnamese then English.

extension KindText {
    /// On the duplicate: the record it duplicates.
    public static let duplicateOf = Localized("Trùng với đơn", "Duplicate of")
    /// On the original: a duplicate linked to it, or unlinked.
    public static let duplicates = Localized("Đơn trùng với đơn này", "Duplicates of this record")
    /// The setting `duplicate-days`.
    public static let duplicateDays = Localized("Số ngày tìm đơn trùng", "Days to look for duplicates")
}
