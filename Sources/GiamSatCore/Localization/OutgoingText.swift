/// The outgoing register's words in messages and the audit trail (issue 18).
public enum OutgoingText {
    static let names = (Localized("văn bản đi", "outgoing document"), Localized("sổ văn bản đi", "outgoing documents"))
    static let auditLabels: [String: Localized] = [
        "year": Localized("Năm", "Year"), "number": Localized("Số", "Number"), "kind": Localized("Loại", "Kind"),
        "symbol": Localized("Số, ký hiệu", "Number and symbol"), "issuedOn": Localized("Ngày", "Date"),
        "title": Localized("Trích yếu", "Title"), "recipients": Localized("Nơi nhận", "Recipients"),
        "source": Localized("Hồ sơ", "Record"), "purpose": Localized("Mục đích", "Purpose"), "file": Localized("Tệp", "File"),
    ]
}
