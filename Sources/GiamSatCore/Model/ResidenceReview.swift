/// The yearly review of a party member by the residents where they live
/// (góp ý đảng viên nơi cư trú, Quy định 213-QĐ/TW). One per official per year.
public struct ResidenceReview: AuditedRecord {
    public static let entity = Entity.residenceReview
    public var year: Int
    public var locality: String
    public var official: String
    public var assessment: Assessment
    public var opinions: String
    public var version: Int

    public init(year: Int, locality: String, official: String, assessment: Assessment,
                opinions: String = "", version: Int = 0) {
        self.year = year
        self.locality = locality
        self.official = official
        self.assessment = assessment
        self.opinions = opinions
        self.version = version
    }

    /// Reviews have no code of their own in files; the year and the official identify one.
    public var code: String { "\(year)/\(official)" }

    public var auditFields: [(field: String, value: String)] {
        [("locality", locality), ("assessment", assessment.slug), ("opinions", opinions)]
    }
}

/// One changed field of one record: who, when, old and new value.
public struct AuditEntry: Equatable, Sendable {
    public var at: String
    public var by: String
    public var entity: Entity
    public var code: String
    public var field: String
    public var old: String
    public var new: String

    public init(at: String, by: String, entity: Entity, code: String, field: String, old: String, new: String) {
        self.at = at
        self.by = by
        self.entity = entity
        self.code = code
        self.field = field
        self.old = old
        self.new = new
    }

    /// Field name used for the row written when a record is created.
    public static let createdField = "*"
    /// Field name used when someone reveals a reporter's identity on screen.
    public static let revealField = "reporter.revealed"
    /// Field name of the row that marks a change taken back with undo.
    public static let undoField = "undo"
    /// A record voided (new: the reason) or restored (old: the reason it was voided for).
    public static let voidedField = "voided"
    /// Field name of the row written when identities leave the database in an export; `new` says where to.
    public static let identityExportField = "reporters.exported"
    /// Field name of the row written by `restore`: `old` is where the replaced data was kept, `new` the restored file.
    public static let restoredField = "database.restored"
    /// Field name of the row written by `protect` (`new`: how many identities were sealed) and by a passphrase change.
    public static let protectedField = "identities.protected"
    public static let passphraseChangedField = "identities.passphrase-changed"
    /// Field name of the row written when a record no other names is deleted (an unused locality).
    public static let deletedField = "-"
    /// Field name of the row written on the commune when a former unit is added or changed.
    public static let formerUnitField = "formerUnits"
    /// Field name of the row written on each record a merge brought in (`new`: "former-unit/former-code").
    public static let mergedFromField = "merged-from"
    /// Field name of the row written on an official when another one is joined into it (`old`: the joined one).
    public static let joinedField = "joined"
}
