/// One line of the outgoing-document register (sổ văn bản đi, issue 18): a document the office sent, with the number
/// of its yearly series. Numbers are never reused: a corrected reprint keeps its line, a new document takes the next.
public struct OutgoingDocument: Equatable, Sendable {
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
    /// The former commune whose register it came from (a merge), nil for this office's own.
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

    public static func code(year: Int, number: Int) -> String {
        "VB-\(year)-" + String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number)
    }
}
