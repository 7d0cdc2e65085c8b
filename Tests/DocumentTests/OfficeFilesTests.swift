import Foundation
import XCTest
import ZIPFoundation
@testable import OfficeFiles

/// The Office writer: page setup, fonts, the header on page 2, numbers as numbers, and zips that open.
final class OfficeFilesTests: XCTestCase {
    func part(_ package: OfficePackage, _ path: String) -> String {
        package.parts.first { $0.path == path }?.text ?? ""
    }

    func sampleDocument() -> WordDocument {
        WordDocument(blocks: [.paragraph(WordParagraph("Xin chào & <thử>", bold: true)),
                              .table(WordTable(columns: [3000, 3000], rows: [[WordCell([WordParagraph("a")]), WordCell([WordParagraph("b")])]],
                                               borders: true))], title: "Thử")
    }

    func testA4MarginsAndTimesNewRomanAreInTheXML() {
        let package = sampleDocument().package()
        let document = part(package, "word/document.xml")
        XCTAssertTrue(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        // Margins in twips: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (1 mm ≈ 56.7 twips).
        func margin(_ name: String) -> Int {
            let range = document.range(of: "w:\(name)=\"")!
            return Int(document[range.upperBound...].prefix { $0.isNumber })!
        }
        XCTAssert((1134...1418).contains(margin("top")), "top \(margin("top"))")
        XCTAssert((1134...1418).contains(margin("bottom")))
        XCTAssert((1701...1985).contains(margin("left")))
        XCTAssert((850...1134).contains(margin("right")))
        let styles = part(package, "word/styles.xml")
        XCTAssertTrue(styles.contains("w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""))
        XCTAssertTrue(styles.contains("<w:sz w:val=\"28\"/>"), "14 pt")
        XCTAssertTrue(document.contains("Xin chào &amp; &lt;thử&gt;"))
    }

    func testPageNumbersFromPageTwoOnly() {
        let package = sampleDocument().package()
        let document = part(package, "word/document.xml")
        XCTAssertTrue(document.contains("<w:titlePg/>"))
        XCTAssertTrue(document.contains("<w:headerReference w:type=\"first\" r:id=\"rIdFirst\"/>"))
        XCTAssertTrue(part(package, "word/header1.xml").contains("w:instr=\" PAGE \""))
        XCTAssertFalse(part(package, "word/header2.xml").contains("PAGE"))
        // A body never ends with a table.
        XCTAssertTrue(document.contains("</w:tbl><w:p/><w:sectPr>"))
    }

    func testTheZipOpensAndHoldsEveryPart() throws {
        let data = try sampleDocument().docx()
        let archive = try Archive(data: data, accessMode: .read)
        let names = Set(archive.map(\.path))
        XCTAssertEqual(names, ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
                               "word/styles.xml", "word/document.xml", "word/header1.xml", "word/header2.xml"])
        XCTAssertEqual(archive.map(\.path).first, "[Content_Types].xml")
        XCTAssertEqual(try sampleDocument().docx(), data, "the same document gives the same bytes")
    }

    func testSpreadsheetNumbersAreNumbersAndTextIsInline() {
        let book = Workbook(sheets: [Workbook.Sheet(name: "Số liệu: 2026", columnWidths: [20, 10],
                                                    rows: [[.text("Nội dung", .heading), .text("Năm 2026", .heading)],
                                                           [.text("Đơn thư"), .number(151)]], repeatRows: 1...1)])
        let package = book.package()
        let sheet = part(package, "xl/worksheets/sheet1.xml")
        XCTAssertTrue(sheet.contains("<c r=\"B2\" s=\"4\"><v>151</v></c>"))
        XCTAssertTrue(sheet.contains("t=\"inlineStr\"><is><t xml:space=\"preserve\">Đơn thư</t></is>"))
        XCTAssertTrue(sheet.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"1\"/>"))
        XCTAssertTrue(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        let workbook = part(package, "xl/workbook.xml")
        XCTAssertTrue(workbook.contains("name=\"Số liệu 2026\""), "no colon in a sheet name")
        XCTAssertTrue(workbook.contains("xmlns:r="))
        XCTAssertNil(package.parts.first { $0.path.contains("sharedStrings") })
    }

    func testControlCharactersNeverReachTheXML() {
        XCTAssertEqual(XMLText.escape("a\u{1B}b\u{0}c\td"), "abc\td")
    }
}
