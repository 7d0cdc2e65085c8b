/// One line of the outgoing-document register (sổ văn bản đi, issue 18): a document the office sent, with the number
/// of its yearly series. Numbers are never reused: a corrected reprint keeps its line, a new document takes the next.
public struct OutgoingDocument: AuditedRecord {
    public static let entity = Entity.outgoingDocument
    /// `VB-2026-0012`: the register's own code, year and number.
    public var code: String
    public var year: Int
    public var number: Int
    /// The kind's symbol: BC, KH, QĐ, CV, TB, PC…
    public var kind: String
    /// As printed: "12/BC-MTTQ-BTT".
    public var symbol: String
    public var issuedOn: LocalDate
    /// Trích yếu.
    public var title: String
    public var recipients: [String]
    /// The record it was made from (KH-…, KN-…, PA-…), nil for a report of a period.
    public var source: String?
    /// What makes a second document the same one again ("ke-hoach-giam-sat:KH-2026-01").
    public var purpose: String
    /// The file last written for it.
    public var file: String
    /// The former commune whose register it came from (a merge; from `record_origin`, not stored in the row), nil for
    /// this office's own.
    public var formerUnit: String?
    public var version: Int

    public init(code: String, year: Int, number: Int, kind: String, symbol: String, issuedOn: LocalDate, title: String,
                recipients: [String] = [], source: String? = nil, purpose: String, file: String = "", formerUnit: String? = nil,
                version: Int = 0) {
        self.code = code
        self.year = year
        self.number = number
        self.kind = kind
        self.symbol = symbol
        self.issuedOn = issuedOn
        self.title = title
        self.recipients = recipients
        self.source = source
        self.purpose = purpose
        self.file = file
        self.formerUnit = formerUnit
        self.version = version
    }

    /// A document's number as printed: below 10 with a leading zero (Nghị định 30/2020/NĐ-CP, appendix I): "05".
    public static func numberText(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    public var auditFields: [(field: String, value: String)] {
        [("year", String(year)), ("number", String(number)), ("kind", kind), ("symbol", symbol), ("issuedOn", issuedOn.iso),
         ("title", title), ("recipients", recipients.joined(separator: "; ")), ("source", source ?? ""), ("purpose", purpose),
         ("file", file)]
    }

    /// Two lines are the same line whatever former commune a read says they came from.
    public static func == (a: OutgoingDocument, b: OutgoingDocument) -> Bool {
        a.code == b.code && a.year == b.year && a.number == b.number && a.kind == b.kind && a.symbol == b.symbol
            && a.issuedOn == b.issuedOn && a.title == b.title && a.recipients == b.recipients && a.source == b.source
            && a.purpose == b.purpose && a.file == b.file && a.version == b.version
    }
}

extension OutgoingDocument: Validated {
    public var limitedFields: [LimitedField] {
        [LimitedField("code", code, FieldLimit.code), LimitedField("kind", kind, FieldLimit.code), LimitedField("symbol", symbol, FieldLimit.name),
         LimitedField("title", title, FieldLimit.longText), LimitedField("purpose", purpose, FieldLimit.name),
         LimitedField("file", file, FieldLimit.longText)]
            + recipients.enumerated().map { LimitedField("recipients[\($0.offset)]", $0.element, FieldLimit.name) }
    }
    public var dateFields: [(field: String, date: LocalDate?)] { [("issuedOn", issuedOn)] }
}
