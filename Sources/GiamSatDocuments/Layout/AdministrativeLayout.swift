import GiamSatCore
import OfficeFiles

/// One document laid out as Vietnamese administrative documents are (Nghị định 30/2020/NĐ-CP; docs/formats.md
/// "Documents"): the two-column header block, number and date, kind and title, the body, then "Nơi nhận" beside the
/// signature. Makes the Word document and the plain text of the same content (the app's preview, the tests).
public struct AdministrativeLayout: Sendable {
    public var settings: DocumentSettings
    public var number: String
    public var date: LocalDate
    public var text: TemplateText
    public var tables: [WordTable]
    public var recipients: [String]

    static let national = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    static let motto = "Độc lập - Tự do - Hạnh phúc"
    static let indent = 567 // 1 cm first-line indent
    static let fontSize = 14.0

    public init(settings: DocumentSettings, number: String, date: LocalDate, text: TemplateText, tables: [WordTable] = [],
                recipients: [String]) {
        self.settings = settings
        self.number = number
        self.date = date
        self.text = text
        self.tables = tables
        self.recipients = recipients
    }

    var numberLine: String { "Số: \(number)" }
    var dateLine: String { DocumentFormat.placeAndDate(settings.place, date) }
    /// The document's recipients, then the office's defaults ("Lưu: VT" last), none twice.
    var allRecipients: [String] {
        var seen: Set<String> = []
        return (recipients + settings.recipients).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// About how wide a line of capitals or bold Times New Roman is, in twips: for the length of the short rules.
    static func estimatedWidth(_ text: String, size: Double) -> Int {
        Int(Double(text.count) * size * 20 * 0.55)
    }

    public func word(title: String) -> WordDocument {
        let page = PageSetup.administrativeA4
        let width = page.textWidth
        var blocks: [WordBlock] = []

        // Header block: a borderless two-column table. Left the issuing body, its last line bold, a short rule under it;
        // right the national title and the motto with a rule as long as the motto; then the number (and a letter's V/v)
        // and the place and date. The table is as wide as the text; its cells have no side margins so the national
        // title (13 pt bold) fits on one line.
        let left = width * 37 / 100
        let right = width - left
        var issuer = settings.issuer.enumerated().map { index, line in
            WordParagraph([WordRun(line, bold: index == settings.issuer.count - 1, size: 13)], alignment: .center, spaceAfter: 0)
        }
        let lastIssuer = settings.issuer.last ?? ""
        issuer.append(.rule(length: Self.estimatedWidth(lastIssuer, size: 13) * 2 / 3, width: left, spaceBefore: 40))
        let national = [WordParagraph([WordRun(Self.national, bold: true, size: 13)], alignment: .center, spaceAfter: 0),
                        WordParagraph([WordRun(Self.motto, bold: true, size: 14)], alignment: .center, spaceAfter: 0),
                        .rule(length: Self.estimatedWidth(Self.motto, size: 14), width: right, spaceBefore: 40)]
        var numberCell = [WordParagraph([WordRun(numberLine, size: 13)], alignment: .center, spaceBefore: 120, spaceAfter: 0)]
        if let about = text.about {
            numberCell.append(WordParagraph([WordRun(about, size: 12)], alignment: .center, spaceBefore: 60, spaceAfter: 0))
        }
        let dateCell = [WordParagraph([WordRun(dateLine, italic: true, size: 14)], alignment: .center, spaceBefore: 120, spaceAfter: 0)]
        blocks.append(.table(WordTable(columns: [left, right], rows: [[WordCell(issuer), WordCell(national)],
                                                                       [WordCell(numberCell), WordCell(dateCell)]], borders: false,
                                       cellMargin: 0)))

        // Kind and title, centred and bold.
        if let kind = text.kind {
            blocks.append(.paragraph(WordParagraph([WordRun(kind, bold: true, size: 14)], alignment: .center, spaceBefore: 360,
                                                   spaceAfter: 0, keepWithNext: true)))
        } else {
            blocks.append(.paragraph(WordParagraph([], alignment: .center, spaceBefore: 0, spaceAfter: 120)))
        }
        for line in text.title {
            blocks.append(.paragraph(WordParagraph([WordRun(line, bold: true, size: 14)], alignment: .center, spaceAfter: 0, keepWithNext: true)))
        }
        if text.kind != nil || !text.title.isEmpty {
            blocks.append(.paragraph(.rule(length: width / 4, width: width, spaceAfter: 240)))
        }

        // Body.
        var tableIndex = 0
        for line in text.body {
            switch line {
            case .heading(let t):
                blocks.append(.paragraph(WordParagraph([WordRun(t, bold: true)], alignment: .both, firstLineIndent: Self.indent,
                                                       spaceBefore: 120, spaceAfter: 120, keepWithNext: true)))
            case .subheading(let t):
                blocks.append(.paragraph(WordParagraph([WordRun(t, bold: true, italic: true)], alignment: .both,
                                                       firstLineIndent: Self.indent, spaceBefore: 60, spaceAfter: 120, keepWithNext: true)))
            case .centred(let t):
                // A centred line in capitals ("QUYẾT ĐỊNH:", the deciding body) is bold, as decisions print them.
                blocks.append(.paragraph(WordParagraph(t, bold: t == t.uppercased(), alignment: .center, spaceAfter: 120)))
            case .item(let t), .paragraph(let t):
                blocks.append(.paragraph(WordParagraph(t, alignment: .both, firstLineIndent: Self.indent, spaceAfter: 120)))
            case .hint(let t):
                blocks.append(.paragraph(WordParagraph(t, italic: true, alignment: .both, firstLineIndent: Self.indent, spaceAfter: 120)))
            case .table:
                if tableIndex < tables.count { blocks.append(.table(tables[tableIndex])) }
                tableIndex += 1
                blocks.append(.paragraph(WordParagraph([], spaceAfter: 120)))
            }
        }

        // "Nơi nhận:" on the left, the signature on the right, a line below the text.
        blocks.append(.paragraph(WordParagraph([], spaceAfter: 120)))
        var received = [WordParagraph([WordRun("Nơi nhận:", bold: true, italic: true, size: 12)], alignment: .left, spaceAfter: 0)]
        let list = allRecipients
        for (index, name) in list.enumerated() {
            received.append(WordParagraph([WordRun("- \(name)\(index == list.count - 1 ? "." : ";")", size: 11)], alignment: .left, spaceAfter: 0))
        }
        let signature = [
            WordParagraph([WordRun(settings.signingFor, bold: true, size: 14)], alignment: .center, spaceAfter: 0),
            WordParagraph([WordRun(settings.signerTitle, bold: true, size: 14)], alignment: .center, spaceAfter: 1600),
            WordParagraph([WordRun(settings.signerName, bold: true, size: 14)], alignment: .center, spaceAfter: 0),
        ]
        blocks.append(.table(WordTable(columns: [width / 2, width - width / 2], rows: [[WordCell(received), WordCell(signature)]],
                                       borders: false)))
        return WordDocument(blocks: blocks, page: page, fontSize: Self.fontSize, pageNumbersFromSecondPage: true, title: title)
    }

    /// The same document as text: what the app previews before writing, and what tests read.
    public func plainText() -> String {
        var out: [String] = []
        let issuer = settings.issuer
        let right = [Self.national, Self.motto]
        for index in 0..<max(issuer.count, right.count) {
            let l = index < issuer.count ? issuer[index] : ""
            let r = index < right.count ? right[index] : ""
            out.append(l + (r.isEmpty ? "" : "    " + r))
        }
        out.append(numberLine + "    " + dateLine)
        if let about = text.about { out.append(about) }
        out.append("")
        if let kind = text.kind { out.append(kind) }
        out.append(contentsOf: text.title)
        out.append("")
        var tableIndex = 0
        for line in text.body {
            switch line {
            case .heading(let t), .subheading(let t), .centred(let t), .item(let t), .hint(let t), .paragraph(let t): out.append(t)
            case .table:
                if tableIndex < tables.count {
                    for row in tables[tableIndex].rows {
                        out.append(row.map { $0.paragraphs.map(\.text).joined(separator: " ") }.joined(separator: " | "))
                    }
                }
                tableIndex += 1
            }
        }
        out.append("")
        out.append("Nơi nhận:")
        out.append(contentsOf: allRecipients.map { "- \($0)" })
        out.append(contentsOf: [settings.signingFor, settings.signerTitle, settings.signerName])
        return out.joined(separator: "\n") + "\n"
    }
}
