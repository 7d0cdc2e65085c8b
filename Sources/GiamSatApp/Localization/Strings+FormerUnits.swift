import GiamSatCore

/// The words of the former communes (issue 12): the label on merged records, the lists' filter by former
/// unit, the palette's choice between records with one code, and the settings' list of former units.
/// Part of the one table `T`, in a file of its own so that parallel work does not edit the same lines.
extension T {
    /// A list's column and filter, and the detail line: "Xã cũ: Xã Tân Phú (mã cũ PA-2024-0001)".
    static let formerUnit = KindText.formerUnit
    static let formerUnitColumn = Localized("Xã cũ", "Former")
    /// The same column where the list is narrow: initials under it ("TP" for Tân Phú).
    static let formerUnitNarrow = Localized("Cũ", "Old")
    static let formerCode = Localized("mã cũ", "former code")
    static let formerName = Localized("tên cũ", "former name")
    /// The filter on records no merge brought in.
    static let ownRecords = Localized("của xã nay", "this commune's")
    static let cmdCycleFormerUnit = Localized("Xã cũ", "Former commune")
    /// The palette, when a code is this commune's and a merged record's former code too.
    static let severalRecordsTitle = Localized("Mã này ứng với nhiều hồ sơ", "This code matches several records")
    static let thisCommune = Localized("xã nay", "this commune")
    // Settings
    static let formerUnits = Localized("Các xã cũ đã hợp nhất", "Former communes merged")
    static let formerUnitsCount = Localized("xã", "communes")
    static let formerUnitsTitle = Localized("Các xã cũ", "Former communes")
    static let noFormerUnits = Localized("Xã chưa hợp nhất xã cũ nào.", "No former commune merged into this one.")
    static let formerUnitCode = Localized("Mã", "Code")
    static let formerUnitName = Localized("Tên xã cũ", "Former commune")
    static let formerUnitDistrict = KindText.formerDistrict
    static let mergedOn = Localized("Hợp nhất", "Merged on")
    static let mergeResolution = Localized("Nghị quyết", "Resolution")
    static let formerUnitsHint = Localized("Enter: sửa tên, ngày, nghị quyết · xã cũ do lệnh merge-commune thêm vào",
                                           "Enter: correct name, date, resolution · merge-commune adds former communes")
    /// The audit trail's rows of a merge: "gộp từ tan-binh/PA-2024-0001", "ghép từ DT-0006 Nguyễn Văn Hùng".
    static let mergedFromLog = Localized("gộp từ", "merged from")
    static let joinedLog = Localized("ghép từ", "joined from")
    static let editFormerUnitTitle = Localized("Sửa xã cũ", "Former commune")
}
