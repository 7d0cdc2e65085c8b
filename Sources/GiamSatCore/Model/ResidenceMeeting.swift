/// The yearly residence review meeting of one village (hội nghị góp ý đảng viên nơi cư trú, Quy định 213-QĐ/TW): the
/// village's Front work committee and the residence party cell meet once a year; the reviews of the party members living
/// there come out of it. One per village and year (`check(replacing:)`); a voided one (recorded by mistake) does not count.
///
/// A review belongs to the meeting of its village and year: the pair is the meeting's key, so the tie is the review's own
/// `year` and `locality`, never a second column that could disagree with them. Reviews entered before meetings existed
/// (bundles of version 1, the grid of earlier versions) are tied to their village's meeting as soon as it is recorded.
public struct ResidenceMeeting: AuditedRecord {
    public static let entity = Entity.residenceMeeting
    /// `HN-2026-03`: the meetings' own series, per year.
    public var code: String
    public var year: Int
    public var locality: String
    public var heldOn: LocalDate
    /// Who chaired (usually the head of the village's Front work committee).
    public var chair: String
    /// Attendance: how many were present, of how many invited.
    public var present: Int
    public var invited: Int
    /// The minutes, summarised.
    public var minutes: String
    /// Party members living in the village who are exempt that year, each with the reason.
    public var exempt: [ExemptMember]
    public var version: Int

    public struct ExemptMember: Equatable, Sendable {
        public var official: String
        public var reason: String
        public init(official: String, reason: String = "") {
            self.official = official
            self.reason = reason
        }
    }

    public init(code: String, year: Int, locality: String, heldOn: LocalDate, chair: String = "", present: Int = 0, invited: Int = 0,
                minutes: String = "", exempt: [ExemptMember] = [], version: Int = 0) {
        self.code = code
        self.year = year
        self.locality = locality
        self.heldOn = heldOn
        self.chair = chair
        self.present = present
        self.invited = invited
        self.minutes = minutes
        self.exempt = exempt
        self.version = version
    }

    public var auditFields: [(field: String, value: String)] {
        [("year", String(year)), ("locality", locality), ("heldOn", heldOn.iso), ("chair", chair), ("present", String(present)),
         ("invited", String(invited)), ("minutes", minutes),
         ("exempt", exempt.map { $0.reason.isEmpty ? $0.official : "\($0.official) (\($0.reason))" }.joined(separator: "; "))]
    }

    /// What is wrong with the meeting's date (within its year, not after `today`), or nil: the store's check, the form
    /// and the bundle reader all ask this one question.
    public func heldOnProblem(today: LocalDate) -> RecordProblem? { Self.heldOnProblem(heldOn, year: year, today: today) }

    public static func heldOnProblem(_ heldOn: LocalDate, year: Int, today: LocalDate) -> RecordProblem? {
        if heldOn.year != year { return .dateNotInYear(year) }
        if heldOn > today { return .dateAfterToday(today) }
        return nil
    }

    /// Whether `official` is on the meeting's list of members exempt that year.
    public func exempts(_ official: String) -> Bool { exempt.contains { $0.official == official } }
}

extension ResidenceMeeting: Validated {
    public var limitedFields: [LimitedField] {
        [LimitedField("code", code, FieldLimit.code), LimitedField("locality", locality, FieldLimit.code),
         LimitedField("chair", chair, FieldLimit.name), LimitedField("minutes", minutes, FieldLimit.longText)]
            + exempt.enumerated().flatMap { index, member in
                [LimitedField("exempt[\(index)].official", member.official, FieldLimit.code),
                 LimitedField("exempt[\(index)].reason", member.reason, FieldLimit.name)]
            }
    }
    public var dateFields: [(field: String, date: LocalDate?)] { [("heldOn", heldOn)] }
}
