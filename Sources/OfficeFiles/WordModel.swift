/// A Word document as plain values: paragraphs of runs and tables, one A4 section. `WordDocument.package()` makes the
/// .docx parts; nothing here knows what the document says.

public struct WordRun: Equatable, Sendable {
    public var text: String
    public var bold = false
    public var italic = false
    public var underline = false
    /// Points; nil for the document's size.
    public var size: Double?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Double? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.size = size
    }
}

public struct WordParagraph: Equatable, Sendable {
    public enum Alignment: String, Sendable { case left, center, right, both }

    public var runs: [WordRun]
    public var alignment: Alignment = .both
    /// Twips (1 mm ≈ 56.7).
    public var firstLineIndent = 0
    public var leftIndent = 0
    public var rightIndent = 0
    /// Twips before and after (6 pt = 120).
    public var spaceBefore = 0
    public var spaceAfter = 120
    public var keepWithNext = false
    /// A rule under the paragraph between its indents.
    public var ruleBelow = false
    /// The size of the paragraph mark in points (an empty paragraph's height), nil for the document's.
    public var markSize: Double?

    public init(_ runs: [WordRun], alignment: Alignment = .both, firstLineIndent: Int = 0, leftIndent: Int = 0, rightIndent: Int = 0,
                spaceBefore: Int = 0, spaceAfter: Int = 120, keepWithNext: Bool = false, ruleBelow: Bool = false) {
        self.runs = runs
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent
        self.rightIndent = rightIndent
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.keepWithNext = keepWithNext
        self.ruleBelow = ruleBelow
    }

    public init(_ text: String, bold: Bool = false, italic: Bool = false, size: Double? = nil, alignment: Alignment = .both,
                firstLineIndent: Int = 0, spaceBefore: Int = 0, spaceAfter: Int = 120, keepWithNext: Bool = false) {
        self.init([WordRun(text, bold: bold, italic: italic, size: size)], alignment: alignment, firstLineIndent: firstLineIndent,
                  spaceBefore: spaceBefore, spaceAfter: spaceAfter, keepWithNext: keepWithNext)
    }

    public var text: String { runs.map(\.text).joined() }

    /// A short horizontal rule `length` twips long, centred in `width`: an empty, thin paragraph with a bottom border
    /// (the lines under the issuing body, the national motto and a document's title).
    public static func rule(length: Int, width: Int, spaceBefore: Int = 0, spaceAfter: Int = 0) -> WordParagraph {
        let side = max(0, (width - length) / 2)
        var p = WordParagraph([], alignment: .center, leftIndent: side, rightIndent: side, spaceBefore: spaceBefore, spaceAfter: spaceAfter,
                              ruleBelow: true)
        p.markSize = 2
        return p
    }
}

public struct WordCell: Equatable, Sendable {
    public var paragraphs: [WordParagraph]
    public init(_ paragraphs: [WordParagraph]) { self.paragraphs = paragraphs }
}

public struct WordTable: Equatable, Sendable {
    /// Column widths in twips.
    public var columns: [Int]
    public var rows: [[WordCell]]
    /// Grid lines (a table of figures) or none (the header block and the signature block are laid out as borderless tables).
    public var borders: Bool
    /// Rows repeated at the top of every page the table runs onto.
    public var headerRows: Int
    /// The cells' left and right margins in twips (Word's default 108).
    public var cellMargin: Int

    public init(columns: [Int], rows: [[WordCell]], borders: Bool, headerRows: Int = 0, cellMargin: Int = 108) {
        self.columns = columns
        self.rows = rows
        self.borders = borders
        self.headerRows = headerRows
        self.cellMargin = cellMargin
    }
}

public enum WordBlock: Equatable, Sendable {
    case paragraph(WordParagraph)
    case table(WordTable)
}

/// Page size and margins in twips.
public struct PageSetup: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public var top: Int
    public var bottom: Int
    public var left: Int
    public var right: Int

    public static func millimetres(_ mm: Double) -> Int { Int((mm * 1440 / 25.4).rounded()) }

    /// A4 portrait with the margins of an administrative document (Nghị định 30/2020/NĐ-CP: top and bottom 20–25 mm,
    /// left 30–35 mm, right 15–20 mm; docs/formats.md "Documents"): 20, 20, 30, 15.
    public static let administrativeA4 = PageSetup(width: 11906, height: 16838, top: millimetres(20), bottom: millimetres(20),
                                                   left: millimetres(30), right: millimetres(15))

    /// The width text may take.
    public var textWidth: Int { width - left - right }
}

public struct WordDocument: Equatable, Sendable {
    public var blocks: [WordBlock]
    public var page: PageSetup
    public var font: String
    /// Points.
    public var fontSize: Double
    /// Page numbers centred at the top from page 2 on (the first page's header is empty).
    public var pageNumbersFromSecondPage: Bool
    public var title: String

    public init(blocks: [WordBlock], page: PageSetup = .administrativeA4, font: String = "Times New Roman", fontSize: Double = 14,
                pageNumbersFromSecondPage: Bool = true, title: String = "") {
        self.blocks = blocks
        self.page = page
        self.font = font
        self.fontSize = fontSize
        self.pageNumbersFromSecondPage = pageNumbersFromSecondPage
        self.title = title
    }
}
