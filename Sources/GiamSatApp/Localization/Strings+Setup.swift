import GiamSatCore

/// The words of the first run's setup (an empty data folder): part of the one table `T`.
extension T {
    static let setupTitle = Localized("Thiết lập lần đầu — F2 tạo dữ liệu, Esc thoát", "First run — F2 creates the data, Esc leaves")
    static let setupUseSample = Localized("Dùng xã mẫu", "Load the sample")
    static let setupSampleNote = Localized("(dữ liệu thử của xã Vị Trung; F2 để nạp)", "(a sample commune to try; F2 loads it)")
    static let setupFormerCommunes = Localized("Xã cũ hợp nhất", "Former communes")
    static let setupFormerCommune = Localized("Xã cũ", "Former commune")
    static let setupFormerName = Localized("Tên xã cũ", "Name")
    static let setupVillageKind = Localized("Loại thôn, ấp", "Village kind")
    static let setupVillages = Localized("Thôn, ấp", "Villages")
    static let setupVillage = Localized("Thôn, ấp", "Village")
    static let setupKindByDefault = Localized("(theo tên, hoặc loại chung)", "(from the name, or the usual kind)")
    static let setupCreated = Localized("Đã tạo dữ liệu", "Created the data of")
}
