import Foundation
import XCTest
@testable import TerminalUI
@testable import CursesTerminal

final class CanvasTests: XCTestCase {
    func testPutTruncatesByDisplayWidthAndKeepsWideCharactersWhole() {
        var canvas = Canvas(width: 12, height: 3)
        canvas.put("Nguyễn Văn Đình", x: 0, y: 0)
        canvas.put("中文中文中文中", x: 0, y: 1)
        canvas.put("ab", x: 11, y: 2)
        XCTAssertEqual(canvas.text, "Nguyễn Văn …\n中文中文中…\n           …")
        XCTAssertEqual(canvas[1, 1], .continuation(.normal))
    }

    func testBoxAndLayout() {
        var canvas = Canvas(width: 10, height: 4)
        canvas.box(canvas.bounds, title: "Ấp")
        XCTAssertEqual(canvas.text, "┌─ Ấp ───┐\n│        │\n│        │\n└────────┘")
        XCTAssertEqual(Column.layout([Column("a", width: 4), Column("b", flex: 1), Column("c", width: 3)], total: 20), [4, 11, 3])
        XCTAssertEqual(Column.layout([Column("a", width: 10), Column("b", width: 10)], total: 12), [10, 1])
    }

    func testTableShowsHeaderRowsAndSelection() {
        var canvas = Canvas(width: 20, height: 4)
        TableView.render(into: &canvas, canvas.bounds, columns: [Column("Mã", width: 5), Column("Tên", flex: 1)],
                         rows: [["DT-1", "Đình"], ["DT-2", "Dinh"]], selected: 1)
        XCTAssertEqual(canvas.text, "Mã    Tên\nDT-1  Đình\nDT-2  Dinh\n")
        XCTAssertEqual(canvas[0, 2].role, .selected)
        XCTAssertEqual(canvas[0, 0].role, .header)
    }

    func testTextFieldEditsByGraphemeWithTelex() {
        var field = TextField()
        for key in "Nguyeenx Vawn Ddinhf" { _ = field.handle(.char(key), method: .telex) }
        XCTAssertEqual(field.text, "Nguyễn Văn Đình")
        _ = field.handle(.backspace, method: .telex)
        XCTAssertEqual(field.text, "Nguyễn Văn Đìn")
        _ = field.handle(.ctrl("w"), method: .telex)
        XCTAssertEqual(field.text, "Nguyễn Văn ")
        _ = field.handle(.home, method: .telex)
        _ = field.handle(.right, method: .telex)
        _ = field.handle(.delete, method: .telex)
        XCTAssertEqual(field.text, "Nuyễn Văn ")
        _ = field.handle(.ctrl("u"), method: .telex)
        XCTAssertEqual(field.cursor, 0)
        XCTAssertFalse(field.handle(.enter, method: .telex), "Enter belongs to the screen")
        var sentence = TextArea()
        for key in "Nguwowif daan goij dduwowngf" { _ = sentence.handle(.char(key), method: .telex, width: 40) }
        XCTAssertEqual(sentence.text, "Người dân gọi đường")
        var decomposed = TextField()
        for scalar in "Vie\u{323}\u{302}t".unicodeScalars { _ = decomposed.handle(.char(Character(scalar)), method: .off) }
        XCTAssertEqual(decomposed.text, "Việt", "a system IME sending marks one by one still gives NFC")
    }

    func testTextAreaLines() {
        var area = TextArea("dòng một")
        _ = area.handle(.enter, method: .off, width: 40)
        for key in "dongf hai" { _ = area.handle(.char(key), method: .telex, width: 40) }
        XCTAssertEqual(area.text, "dòng một\ndòng hai")
        _ = area.handle(.home, method: .off, width: 40)
        _ = area.handle(.backspace, method: .off, width: 40)
        XCTAssertEqual(area.text, "dòng mộtdòng hai")
    }

    func testTextAreaWrapsAtSpacesAndMovesByScreenLine() {
        var area = TextArea("một hai ba bốn năm sáu bảy tám")
        XCTAssertEqual(area.wrap(width: 10).map { String(Array(area.text)[$0]) }, ["một hai ba ", "bốn năm ", "sáu bảy ", "tám"])
        XCTAssertTrue(area.handle(.up, method: .off, width: 10), "↑ moves to the screen line above")
        XCTAssertEqual(area.cursor, 22, "same column, one line up")
        _ = area.handle(.char("X"), method: .off, width: 10)
        XCTAssertEqual(area.text, "một hai ba bốn năm sáuX bảy tám")
        XCTAssertEqual(TextArea(String(repeating: "a", count: 25)).wrap(width: 10).count, 3, "a word longer than a line is cut")
        var canvas = Canvas(width: 12, height: 3)
        let cursor = area.render(into: &canvas, Rect(x: 0, y: 0, width: 11, height: 3), focused: true)
        XCTAssertEqual(canvas.text.split(separator: "\n").first, "một hai ba")
        XCTAssertEqual(cursor.y, 2, "the cursor's line is always shown")
    }

    func testPickerTypesSpacesAndMarksWithTab() {
        let fold = { @Sendable (s: String) in s.lowercased().replacingOccurrences(of: "đ", with: "d").folding(options: .diacriticInsensitive, locale: nil) }
        var picker = Picker(title: "Đối tượng", items: [
            .init(id: "1", label: "Nguyễn Văn Đình", searchKey: "nguyen van dinh"),
            .init(id: "2", label: "Lê Thị Lan", searchKey: "le thi lan"),
            .init(id: "3", label: "Lê Văn Tám", searchKey: "le van tam"),
        ], multiple: true, fold: fold)
        for key in "dinh" { _ = picker.handle(.char(key), method: .off) }
        XCTAssertEqual(picker.visible.map(\.id), ["1"])
        XCTAssertEqual(picker.handle(.enter, method: .off), .chose(["1"]), "nothing marked: Enter takes the highlighted one")
        var second = Picker(title: "", items: picker.items, multiple: true, fold: fold)
        for key in "le van" { XCTAssertEqual(second.handle(.char(key), method: .off), .filterChanged) }
        XCTAssertEqual(second.filter.text, "le van", "Space is typed, never a mark")
        XCTAssertEqual(second.visible.map(\.id), ["3"])
        _ = second.handle(.tab, method: .off)
        XCTAssertEqual(second.chosen, ["3"])
        _ = second.handle(.tab, method: .off)
        XCTAssertEqual(second.handle(.enter, method: .off), .chose([]), "marks changed: Enter returns exactly the marked ones")
    }

    func testTableStateMovesAndPages() {
        var table = TableState(count: 100, pageSize: 10)
        XCTAssertFalse(table.move(.down))
        XCTAssertTrue(table.move(.pageDown), "past the window: the page moves")
        XCTAssertEqual(table.selection, 11)
        XCTAssertEqual(table.offset, 2)
        table.move(.bottom)
        XCTAssertEqual(table.visible, 90..<100)
        table.setCount(5)
        XCTAssertEqual(table.selection, 4, "a shorter list keeps the selection in range")
        XCTAssertEqual(table.offset, 4)
        table.move(.top)
        XCTAssertEqual(table.selectedRowInWindow, 0)
    }

    func testKeyBarShowsWhatFitsAndThenTheWayToTheRest() {
        var canvas = Canvas(width: 30, height: 1)
        KeyBar.render(into: &canvas, y: 0, items: [("F1", "Help"), ("n", "New"), ("s", "Status"), ("c", "Channel"), ("q", "Quit")],
                      more: ("F1", "more…"))
        XCTAssertEqual(canvas.text, "F1 Help n New F1 more…")
    }
}

/// Runs real ncurses with no terminal (newterm on /dev/null) to check that the backend draws.
final class HeadlessCursesTests: XCTestCase {
    func testBackendDrawsWideAndVietnameseCells() throws {
        setenv("TERM", "xterm-256color", 1)
        setenv("LINES", "24", 1)
        setenv("COLUMNS", "80", 1)
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else { throw XCTSkip("no /dev/null") }
        defer { fclose(output); fclose(input) }
        let terminal = try XCTUnwrap(CursesTerminal(headless: (input, output)))
        defer { terminal.close() }
        XCTAssertEqual(terminal.size.width, 80)
        var canvas = Canvas(width: 80, height: 24)
        canvas.put("Phản ánh Đường dây nóng 中文", x: 2, y: 3, .selected)
        terminal.draw(canvas, cursor: nil)
        XCTAssertEqual(terminal.cellText(x: 2, y: 3), "P")
        XCTAssertEqual(terminal.cellText(x: 4, y: 3), "ả")
        XCTAssertEqual(terminal.cellText(x: 11, y: 3), "Đ")
        XCTAssertEqual(terminal.cellText(x: 26, y: 3), "中")
        canvas.put("Khác", x: 2, y: 3)
        terminal.draw(canvas, cursor: (0, 0))
        XCTAssertEqual(terminal.cellText(x: 5, y: 3), "c")
        XCTAssertEqual(CursesTerminal.characterKey(127), .backspace)
        XCTAssertEqual(CursesTerminal.characterKey(8), .backspace)
        XCTAssertEqual(CursesTerminal.characterKey(21), .ctrl("u"))
        XCTAssertEqual(CursesTerminal.characterKey(0x1EC7), .char("ệ"))
        XCTAssertEqual(CursesTerminal.escapeSequence("[4~"), .end, "End as tmux sends it under TERM=xterm")
        XCTAssertEqual(CursesTerminal.escapeSequence("OP"), .function(1))
        XCTAssertNil(CursesTerminal.escapeSequence("[99~"))
    }
}
