/// A person under supervision (đối tượng giám sát). Names are kept in three parts
/// because Vietnamese lists sort by given name, then middle, then family name.
public struct Official: AuditedRecord {
    public static let entity = Entity.official
    public var code: String
    public var familyName: String
    public var middleName: String
    public var givenName: String
    public var gender: Gender?
    public var birthYear: Int?
    public var position: String
    public var unit: String
    public var category: OfficialCategory
    public var partyMember: Bool
    public var partyCell: String
    /// Code of the locality where the official lives.
    public var residence: String?
    public var status: OfficialStatus
    /// Exempt from residence activities (QĐ 213): gets no yearly residence review and is not counted as missing.
    public var exemptFromResidence: Bool
    /// Archived: left out of lists and pickers, kept in history and tallies (never deleted once referenced).
    public var archived: Bool
    public var version: Int

    public init(code: String, familyName: String, middleName: String = "", givenName: String,
                gender: Gender? = nil, birthYear: Int? = nil, position: String = "", unit: String = "",
                category: OfficialCategory, partyMember: Bool = false, partyCell: String = "",
                residence: String? = nil, status: OfficialStatus = .dangCongTac, exemptFromResidence: Bool = false,
                archived: Bool = false, version: Int = 0) {
        self.code = code
        self.familyName = familyName
        self.middleName = middleName
        self.givenName = givenName
        self.gender = gender
        self.birthYear = birthYear
        self.position = position
        self.unit = unit
        self.category = category
        self.partyMember = partyMember
        self.partyCell = partyCell
        self.residence = residence
        self.status = status
        self.exemptFromResidence = exemptFromResidence
        self.archived = archived
        self.version = version
    }

    /// "Nguyễn Văn Đình": family, middle, given, as written and spoken.
    public var fullName: String {
        [familyName, middleName, givenName].filter { !$0.isEmpty }.joined(separator: " ")
    }

    public var sortKey: String {
        VietnameseCollation.personKey(family: familyName, middle: middleName, given: givenName)
    }

    public var auditFields: [(field: String, value: String)] {
        [("familyName", familyName), ("middleName", middleName), ("givenName", givenName),
         ("gender", gender?.slug ?? ""), ("birthYear", auditText(birthYear)), ("position", position),
         ("unit", unit), ("category", category.slug), ("partyMember", partyMember ? "true" : "false"),
         ("partyCell", partyCell), ("residence", residence ?? ""), ("status", status.slug),
         ("exemptFromResidence", exemptFromResidence ? "true" : "false"), ("archived", archived ? "true" : "false")]
    }
}
