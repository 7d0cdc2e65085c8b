/// A former commune merged into this one (Nghị quyết 202/2025/QH15 and the resolutions per province): its records
/// live on here, labelled with it, and count in tallies of the years before the merger.
public struct FormerUnit: Equatable, Hashable, Sendable {
    /// The former commune's own code, as in its bundles ("lao-chai").
    public var code: String
    public var name: String
    /// Its district, kept as history (districts no longer exist).
    public var district: String
    public var mergedOn: LocalDate?
    /// The resolution that merged it ("1661/NQ-UBTVQH15").
    public var resolution: String

    public init(code: String, name: String, district: String = "", mergedOn: LocalDate? = nil, resolution: String = "") {
        self.code = code
        self.name = name
        self.district = district
        self.mergedOn = mergedOn
        self.resolution = resolution
    }
}

/// Where a record came from: the former commune and the code it had there. A record may have several
/// (an official who served in two former communes, joined into one).
public struct RecordOrigin: Equatable, Hashable, Sendable {
    public var formerUnit: String
    public var formerCode: String
    /// A locality's name in its former commune (it may be renamed since); empty for other kinds.
    public var formerName: String

    public init(formerUnit: String, formerCode: String, formerName: String = "") {
        self.formerUnit = formerUnit
        self.formerCode = formerCode
        self.formerName = formerName
    }
}
