import Foundation

/// A workbook as plain values: sheets of rows of cells. Text is written as inline strings (no shared-strings part),
/// numbers as numbers; each sheet prints on A4, landscape or portrait, fitted to one page wide (and tall when asked).
public struct Workbook: Equatable, Sendable {
    public enum Style: Int, Sendable {
        /// Plain, no border (the header lines above a table).
        case plain = 0
        /// The sheet's title: bold, larger.
        case title = 1
        /// A column heading: bold, centred, bordered, wrapped.
        case heading = 2
        /// A cell of the table: bordered, wrapped.
        case cell = 3
        /// A number in the table: bordered.
        case number = 4
        /// A section's row: bold, bordered.
        case section = 5
        /// Italic, no border (a note under the table).
        case note = 6
    }

    public enum Value: Equatable, Sendable {
        case text(String)
        case number(Double)
        case empty
    }

    public struct Cell: Equatable, Sendable {
        public var value: Value
        public var style: Style
        public init(_ value: Value, _ style: Style) {
            self.value = value
            self.style = style
        }
        public static func text(_ text: String, _ style: Style = .cell) -> Cell { Cell(.text(text), style) }
        public static func number(_ number: Int, _ style: Style = .number) -> Cell { Cell(.number(Double(number)), style) }
    }

    public struct Sheet: Equatable, Sendable {
        public var name: String
        /// Character widths of the columns.
        public var columnWidths: [Double]
        public var rows: [[Cell]]
        public var landscape: Bool
        /// Fit the whole sheet on one page (the tally); else one page wide, as many tall as needed (a register).
        public var onePage: Bool
        /// Rows printed again at the top of every page (1-based, inclusive), e.g. the column headings.
        public var repeatRows: ClosedRange<Int>?
        /// Ranges merged across columns: (row, first column, last column), 1-based.
        public var merged: [(row: Int, from: Int, to: Int)]

        public init(name: String, columnWidths: [Double], rows: [[Cell]], landscape: Bool = true, onePage: Bool = true,
                    repeatRows: ClosedRange<Int>? = nil, merged: [(row: Int, from: Int, to: Int)] = []) {
            self.name = name
            self.columnWidths = columnWidths
            self.rows = rows
            self.landscape = landscape
            self.onePage = onePage
            self.repeatRows = repeatRows
            self.merged = merged
        }

        public static func == (a: Sheet, b: Sheet) -> Bool {
            a.name == b.name && a.columnWidths == b.columnWidths && a.rows == b.rows && a.landscape == b.landscape
                && a.onePage == b.onePage && a.repeatRows == b.repeatRows
                && a.merged.map { [$0.row, $0.from, $0.to] } == b.merged.map { [$0.row, $0.from, $0.to] }
        }
    }

    public var sheets: [Sheet]
    public var font: String

    public init(sheets: [Sheet], font: String = "Times New Roman") {
        self.sheets = sheets
        self.font = font
    }

    public func xlsx() throws -> Data { try package().zipped() }

    public func package() -> OfficePackage {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var parts: [(path: String, text: String)] = []
        let overrides = sheets.indices.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        parts.append(("[Content_Types].xml", XMLText.declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(overrides)</Types>
            """))
        parts.append(("_rels/.rels", XMLText.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """))
        let names = uniqueNames
        var sheetList = ""
        var definedNames = ""
        for (index, sheet) in sheets.enumerated() {
            sheetList += "<sheet name=\"\(XMLText.escape(names[index]))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            if let rows = sheet.repeatRows {
                definedNames += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">'\(XMLText.escape(names[index].replacingOccurrences(of: "'", with: "''")))'!$\(rows.lowerBound):$\(rows.upperBound)</definedName>"
            }
        }
        parts.append(("xl/workbook.xml", XMLText.declaration + """
            <workbook xmlns="\(main)" xmlns:r="\(rel)"><sheets>\(sheetList)</sheets>\
            \(definedNames.isEmpty ? "" : "<definedNames>\(definedNames)</definedNames>")</workbook>
            """))
        let sheetRels = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        parts.append(("xl/_rels/workbook.xml.rels", XMLText.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheetRels)\
            <Relationship Id="rId\(sheets.count + 1)" Type="\(rel)/styles" Target="styles.xml"/></Relationships>
            """))
        parts.append(("xl/styles.xml", styles(main)))
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Self.xml(sheet, main: main, rel: rel)))
        }
        return OfficePackage(parts: parts)
    }

    /// Sheet names: at most 31 characters, none of []:*?/\ and no two alike (Excel refuses the file otherwise).
    var uniqueNames: [String] {
        var seen: Set<String> = []
        return sheets.map { sheet in
            var base = String(sheet.name.filter { !"[]:*?/\\".contains($0) }.prefix(28))
            if base.isEmpty { base = "Sheet" }
            var name = base
            var n = 2
            while seen.contains(name.lowercased()) { name = "\(base) \(n)"; n += 1 }
            seen.insert(name.lowercased())
            return name
        }
    }

    func styles(_ main: String) -> String {
        let font = XMLText.escape(self.font)
        let thin = "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right><top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
        return XMLText.declaration + """
            <styleSheet xmlns="\(main)"><fonts count="4">\
            <font><sz val="12"/><name val="\(font)"/><family val="1"/></font>\
            <font><b/><sz val="14"/><name val="\(font)"/><family val="1"/></font>\
            <font><b/><sz val="12"/><name val="\(font)"/><family val="1"/></font>\
            <font><i/><sz val="12"/><name val="\(font)"/><family val="1"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\(thin)</borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="7">\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
            <xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>\
            <xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
            </cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
            """
    }

    /// "A", "B", … "Z", "AA" …
    static func column(_ index: Int) -> String {
        var n = index + 1
        var out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// About how many lines the row's wrapped text takes (12 pt text, a column `width` characters wide).
    static func lines(_ row: [Cell], widths: [Double]) -> Int {
        var most = 1
        for (index, cell) in row.enumerated() where index < widths.count && [.cell, .heading, .section].contains(cell.style) {
            guard case .text(let text) = cell.value else { continue }
            // Proportional letters: about five for every four "0"s the column's width counts.
            let width = max(1.0, (widths[index] - 1) * 1.25)
            let count = text.split(separator: "\n", omittingEmptySubsequences: false)
                .reduce(0) { $0 + max(1, Int((Double($1.count) / width).rounded(.up))) }
            most = max(most, count)
        }
        return min(most, 20)
    }

    static func xml(_ sheet: Sheet, main: String, rel: String) -> String {
        var out = XMLText.declaration + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(rel)\">"
        out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        if !sheet.columnWidths.isEmpty {
            out += "<cols>" + sheet.columnWidths.enumerated().map {
                "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element)\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        out += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            // Spreadsheet programs keep a stored row's height: a row whose wrapped text needs several lines says so.
            let lines = Self.lines(row, widths: sheet.columnWidths)
            out += lines > 1 ? "<row r=\"\(r + 1)\" ht=\"\(Double(lines) * 15.75)\" customHeight=\"1\">" : "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = "\(column(c))\(r + 1)"
                let style = cell.style == .plain ? "" : " s=\"\(cell.style.rawValue)\""
                switch cell.value {
                case .text(let text):
                    out += "<c r=\"\(ref)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
                case .number(let number):
                    let text = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
                    out += "<c r=\"\(ref)\"\(style)><v>\(text)</v></c>"
                case .empty:
                    out += "<c r=\"\(ref)\"\(style)/>"
                }
            }
            out += "</row>"
        }
        out += "</sheetData>"
        if !sheet.merged.isEmpty {
            out += "<mergeCells count=\"\(sheet.merged.count)\">" + sheet.merged.map {
                "<mergeCell ref=\"\(column($0.from - 1))\($0.row):\(column($0.to - 1))\($0.row)\"/>"
            }.joined() + "</mergeCells>"
        }
        out += "<printOptions horizontalCentered=\"1\"/>"
        out += "<pageMargins left=\"0.59\" right=\"0.39\" top=\"0.59\" bottom=\"0.59\" header=\"0.3\" footer=\"0.3\"/>"
        out += "<pageSetup paperSize=\"9\" orientation=\"\(sheet.landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"\(sheet.onePage ? 1 : 0)\"/>"
        return out + "</worksheet>"
    }
}
