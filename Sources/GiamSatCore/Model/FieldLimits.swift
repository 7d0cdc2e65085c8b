/// How long each kind of text may be, and which dates a record may hold. The same
/// limits apply at every boundary (bundle, CSV, form, store), listed in docs/formats.md.
/// A 3 MB cell or a 100,000-character summary is a mistake (a pasted file, a broken export),
/// and it would make every list and every audit row that repeats it slow and unreadable.
public enum FieldLimit {
    /// Record codes (`PA-2024-0001`).
    public static let code = 64
    /// Names, positions, units, places, bodies, document numbers, phone numbers.
    public static let name = 200
    /// A plan's title.
    public static let title = 1_000
    /// A feedback summary: what lists show.
    public static let summary = 4_000
    /// Notes, findings, opinions, content, basis, status notes.
    public static let longText = 20_000
}

/// One text field of a record with its limit, and one date field.
public struct LimitedField: Sendable {
    public var field: String
    public var value: String
    public var limit: Int
    public init(_ field: String, _ value: String, _ limit: Int) {
        self.field = field
        self.value = value
        self.limit = limit
    }
}

/// A record whose text lengths and dates can be checked before it is stored.
public protocol Validated {
    static var entity: Entity { get }
    var code: String { get }
    var limitedFields: [LimitedField] { get }
    var dateFields: [(field: String, date: LocalDate?)] { get }
}

extension Validated {
    /// Every field that is too long or holds a date outside `LocalDate.validYears`.
    public func validationErrors(file: String? = nil) -> [RecordError] {
        var errors: [RecordError] = []
        // Characters are counted (grapheme breaking) only for a text whose UTF-8 bytes pass the limit: no
        // character takes less than a byte, and counting every field of a million records twice took seconds.
        for item in limitedFields where item.value.utf8.count > item.limit && item.value.count > item.limit {
            errors.append(RecordError(file: file, entity: Self.entity, code: code, field: item.field,
                                      problem: .tooLong(length: item.value.count, limit: item.limit)))
        }
        for (field, date) in dateFields {
            if let date, !date.isInValidRange {
                errors.append(RecordError(file: file, entity: Self.entity, code: code, field: field, problem: .dateOutOfRange(date.iso)))
            }
        }
        return errors
    }
}

extension Locality: Validated {
    public var limitedFields: [LimitedField] { [LimitedField("code", code, FieldLimit.code), LimitedField("name", name, FieldLimit.name)] }
    public var dateFields: [(field: String, date: LocalDate?)] { [] }
}

extension Official: Validated {
    /// An official born before 1945 may still be on a list (retired, moved).
    public static let birthYears = 1900...LocalDate.validYears.upperBound

    public var limitedFields: [LimitedField] {
        [LimitedField("code", code, FieldLimit.code), LimitedField("familyName", familyName, FieldLimit.name),
         LimitedField("middleName", middleName, FieldLimit.name), LimitedField("givenName", givenName, FieldLimit.name),
         LimitedField("position", position, FieldLimit.name), LimitedField("unit", unit, FieldLimit.name),
         LimitedField("partyCell", partyCell, FieldLimit.name), LimitedField("residence", residence ?? "", FieldLimit.code)]
    }
    public var dateFields: [(field: String, date: LocalDate?)] { [] }
}

extension Plan: Validated {
    public var limitedFields: [LimitedField] {
        var fields = [LimitedField("code", code, FieldLimit.code), LimitedField("documentNumber", documentNumber, FieldLimit.name),
                      LimitedField("title", title, FieldLimit.title), LimitedField("basis", basis, FieldLimit.longText),
                      LimitedField("team.decisionNumber", team.decisionNumber, FieldLimit.name),
                      LimitedField("team.lead", team.lead, FieldLimit.name)]
        for (i, member) in team.members.enumerated() {
            fields.append(LimitedField("team.members[\(i)].name", member.name, FieldLimit.name))
            fields.append(LimitedField("team.members[\(i)].organization", member.organization, FieldLimit.name))
        }
        for (i, unit) in targetUnits.enumerated() { fields.append(LimitedField("targetUnits[\(i)]", unit, FieldLimit.name)) }
        for (i, entry) in supervised.enumerated() {
            fields.append(LimitedField("supervised[\(i)].findings", entry.findings, FieldLimit.longText))
        }
        return fields
    }
    public var dateFields: [(field: String, date: LocalDate?)] {
        [("issuedOn", issuedOn), ("startOn", startOn), ("endOn", endOn), ("reportedOn", reportedOn),
         ("year", LocalDate(year: year, month: 1, day: 1))]
    }
}

extension Feedback: Validated {
    public var limitedFields: [LimitedField] {
        var fields = [LimitedField("code", code, FieldLimit.code), LimitedField("summary", summary, FieldLimit.summary),
                      LimitedField("notes", notes, FieldLimit.longText)]
        if let reporter {
            fields += [LimitedField("reporter.name", reporter.name, FieldLimit.name),
                       LimitedField("reporter.address", reporter.address, FieldLimit.name),
                       LimitedField("reporter.phone", reporter.phone, FieldLimit.name)]
        }
        for (i, change) in history.enumerated() {
            fields += [LimitedField("history[\(i)].by", change.by, FieldLimit.name),
                       LimitedField("history[\(i)].note", change.note, FieldLimit.longText),
                       LimitedField("history[\(i)].to", change.to, FieldLimit.name)]
        }
        return fields + extensionLimitedFields
    }
    public var dateFields: [(field: String, date: LocalDate?)] {
        [("receivedOn", receivedOn), ("dueOn", dueOn)] + history.enumerated().map { ("history[\($0.offset)].on", $0.element.on) }
            + extensions.enumerated().map { ("extensions[\($0.offset)].on", $0.element.on) }
    }
}

extension Recommendation: Validated {
    public var limitedFields: [LimitedField] {
        [LimitedField("code", code, FieldLimit.code), LimitedField("to", to, FieldLimit.name),
         LimitedField("content", content, FieldLimit.longText)]
            + outcomes.enumerated().flatMap { [LimitedField("outcomes[\($0.offset)].decidedBy", $0.element.decidedBy, FieldLimit.name),
                                               LimitedField("outcomes[\($0.offset)].decisionNumber", $0.element.decisionNumber, FieldLimit.name)] }
    }
    public var dateFields: [(field: String, date: LocalDate?)] {
        [("sentOn", sentOn), ("respondedOn", respondedOn)] + outcomes.enumerated().map { ("outcomes[\($0.offset)].decidedOn", $0.element.decidedOn) }
    }
}

extension ResidenceReview: Validated {
    public var limitedFields: [LimitedField] { [LimitedField("opinions", opinions, FieldLimit.longText)] }
    public var dateFields: [(field: String, date: LocalDate?)] { [("year", LocalDate(year: year, month: 1, day: 1))] }
}

extension Commune {
    /// A commune code names files (reports, exports): lower-case ASCII words joined by "-".
    public static func isValidCode(_ code: String) -> Bool {
        guard !code.isEmpty, code.count <= FieldLimit.code, !code.hasPrefix("-"), !code.hasSuffix("-"), !code.contains("--") else { return false }
        return code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    public func validationErrors(file: String? = nil) -> [RecordError] {
        var errors: [RecordError] = []
        if !Self.isValidCode(code) {
            errors.append(RecordError(file: file, entity: .commune, code: nil, field: "code", problem: .badCode(code)))
        }
        for (field, value) in [("name", name), ("district", district), ("province", province)] where value.count > FieldLimit.name {
            errors.append(RecordError(file: file, entity: .commune, code: code, field: field,
                                      problem: .tooLong(length: value.count, limit: FieldLimit.name)))
        }
        return errors
    }
}
