/// The commune whose Front committee keeps this database. One per database.
public struct Commune: Equatable, Sendable {
    public var code: String
    public var name: String
    public var district: String
    public var province: String

    public init(code: String, name: String, district: String = "", province: String = "") {
        self.code = code
        self.name = name
        self.district = district
        self.province = province
    }

    /// A code made from the name when the user gives none: "Xã Lao Chải" → "lao-chai".
    public static func code(fromName name: String) -> String {
        var words = VietnameseText.searchTokens(name)
        if let first = words.first, ["xa", "phuong", "thi"].contains(first), words.count > 1 {
            words.removeFirst()
            if first == "thi", words.first == "tran", words.count > 1 { words.removeFirst() }
        }
        return words.joined(separator: "-")
    }
}

/// A village or residential group (ấp, thôn, bản, khu vực, tổ dân phố).
public struct Locality: AuditedRecord {
    public static let entity = Entity.locality
    public var code: String
    public var name: String
    public var kind: LocalityKind
    public var version: Int

    public init(code: String, name: String, kind: LocalityKind, version: Int = 0) {
        self.code = code
        self.name = name
        self.kind = kind
        self.version = version
    }

    public var auditFields: [(field: String, value: String)] {
        [("name", name), ("kind", kind.slug)]
    }
}
