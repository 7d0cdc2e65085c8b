import Foundation

/// The .docx parts of a `WordDocument`. Element order inside `pPr`, `rPr`, `tblPr` and `sectPr` follows the schema
/// (Word refuses a file whose children are out of order even when LibreOffice opens it).
extension WordDocument {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    public func package() -> OfficePackage {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", XMLText.declaration + """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
                </Relationships>
                """),
            ("docProps/core.xml", XMLText.declaration + """
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(XMLText.escape(title))</dc:title><dc:language>vi-VN</dc:language></cp:coreProperties>
                """),
            ("word/_rels/document.xml.rels", XMLText.declaration + """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
                <Relationship Id="rIdFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>\
                </Relationships>
                """),
            ("word/styles.xml", styles),
            ("word/document.xml", document),
            ("word/header1.xml", header(pageNumber: pageNumbersFromSecondPage)),
            ("word/header2.xml", header(pageNumber: false)),
        ]
        parts.sort { $0.0 < $1.0 }
        return OfficePackage(parts: parts.map { (path: $0.0, text: $0.1) })
    }

    public func docx() throws -> Data { try package().zipped() }

    var contentTypes: String {
        XMLText.declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
            <Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            </Types>
            """
    }

    var halfPoints: Int { Int((fontSize * 2).rounded()) }

    var styles: String {
        let font = XMLText.escape(self.font)
        return XMLText.declaration + """
            <w:styles xmlns:w="\(Self.w)"><w:docDefaults><w:rPrDefault><w:rPr>\
            <w:rFonts w:ascii="\(font)" w:hAnsi="\(font)" w:eastAsia="\(font)" w:cs="\(font)"/>\
            <w:sz w:val="\(halfPoints)"/><w:szCs w:val="\(halfPoints)"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>\
            </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>\
            </w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
            <w:rPr><w:rFonts w:ascii="\(font)" w:hAnsi="\(font)" w:eastAsia="\(font)" w:cs="\(font)"/><w:sz w:val="\(halfPoints)"/><w:szCs w:val="\(halfPoints)"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
            <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            </w:styles>
            """
    }

    func header(pageNumber: Bool) -> String {
        let body = pageNumber
            ? "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"center\"/></w:pPr><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>"
            : "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p>"
        return XMLText.declaration + "<w:hdr xmlns:w=\"\(Self.w)\" xmlns:r=\"\(Self.r)\">\(body)</w:hdr>"
    }

    var document: String {
        var out = XMLText.declaration + "<w:document xmlns:w=\"\(Self.w)\" xmlns:r=\"\(Self.r)\"><w:body>"
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): out += Self.xml(paragraph)
            case .table(let table): out += Self.xml(table)
            }
        }
        // A body must not end with a table (Word adds a paragraph and asks to save).
        if case .table = blocks.last { out += "<w:p/>" }
        out += """
            <w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:headerReference w:type="first" r:id="rIdFirst"/>\
            <w:pgSz w:w="\(page.width)" w:h="\(page.height)"/>\
            <w:pgMar w:top="\(page.top)" w:right="\(page.right)" w:bottom="\(page.bottom)" w:left="\(page.left)" w:header="567" w:footer="567" w:gutter="0"/>\
            <w:cols w:space="720"/><w:titlePg/></w:sectPr></w:body></w:document>
            """
        return out
    }

    static func xml(_ p: WordParagraph) -> String {
        var pPr = ""
        if p.keepWithNext { pPr += "<w:keepNext/>" }
        if p.ruleBelow { pPr += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>" }
        pPr += "<w:spacing w:before=\"\(p.spaceBefore)\" w:after=\"\(p.spaceAfter)\"/>"
        if p.firstLineIndent != 0 || p.leftIndent != 0 || p.rightIndent != 0 {
            pPr += "<w:ind w:left=\"\(p.leftIndent)\" w:right=\"\(p.rightIndent)\" w:firstLine=\"\(p.firstLineIndent)\"/>"
        }
        pPr += "<w:jc w:val=\"\(p.alignment.rawValue)\"/>"
        if let mark = p.markSize {
            let half = Int((mark * 2).rounded())
            pPr += "<w:rPr><w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/></w:rPr>"
        }
        var out = "<w:p><w:pPr>\(pPr)</w:pPr>"
        for run in p.runs {
            var rPr = ""
            if run.bold { rPr += "<w:b/><w:bCs/>" }
            if run.italic { rPr += "<w:i/><w:iCs/>" }
            if let size = run.size {
                let half = Int((size * 2).rounded())
                rPr += "<w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/>"
            }
            if run.underline { rPr += "<w:u w:val=\"single\"/>" }
            out += "<w:r>" + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")
            // A line break inside a run's text is a <w:br/>; tabs are kept as tabs.
            let lines = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                if index > 0 { out += "<w:br/>" }
                out += "<w:t xml:space=\"preserve\">\(XMLText.escape(String(line)))</w:t>"
            }
            out += "</w:r>"
        }
        return out + "</w:p>"
    }

    static func xml(_ t: WordTable) -> String {
        let total = t.columns.reduce(0, +)
        let line = t.borders ? "single" : "nil"
        let size = t.borders ? " w:sz=\"4\" w:space=\"0\" w:color=\"000000\"" : ""
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"\(line)\"\(size)/>" }.joined()
        var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>\(borders)</w:tblBorders>"
        out += "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"\(t.cellMargin)\" w:type=\"dxa\"/>"
        out += "<w:right w:w=\"\(t.cellMargin)\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>"
        out += t.columns.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in t.rows.enumerated() {
            out += "<w:tr>"
            out += index < t.headerRows ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>"
            for (column, cell) in row.enumerated() {
                let width = column < t.columns.count ? t.columns[column] : 0
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
                out += cell.paragraphs.isEmpty ? "<w:p/>" : cell.paragraphs.map(xml).joined()
                out += "</w:tc>"
            }
            out += "</w:tr>"
        }
        return out + "</w:tbl>"
    }
}
