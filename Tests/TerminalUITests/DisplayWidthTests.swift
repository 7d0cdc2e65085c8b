import XCTest
@testable import TerminalUI

final class DisplayWidthTests: XCTestCase {
    func testWidths() {
        let cases: [(String, Int)] = [
            ("", 0), ("abc", 3), ("Nguyễn Văn Đình", 15),
            ("Nguye\u{302}\u{303}n", 6), // decomposed marks still one cell per letter
            ("Việt Nam", 8), ("中文", 4), ("日本語テキスト", 14), ("🙂", 2), ("a\u{200B}b", 2), ("\t", 0),
        ]
        for (text, width) in cases { XCTAssertEqual(DisplayWidth.of(text), width, text) }
    }

    func testTruncationNeverSplitsAGrapheme() {
        XCTAssertEqual(DisplayWidth.truncate("Đường dây nóng", to: 8), "Đường d…")
        XCTAssertEqual(DisplayWidth.truncate("Nguye\u{302}\u{303}n Văn", to: 6), "Nguye\u{302}\u{303}…")
        XCTAssertEqual(DisplayWidth.truncate("中文字", to: 4), "中…")
        XCTAssertEqual(DisplayWidth.truncate("short", to: 10), "short")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 0), "")
        XCTAssertEqual(DisplayWidth.pad("Ấp 3", to: 6), "Ấp 3  ")
        XCTAssertEqual(DisplayWidth.pad("12", to: 4, alignRight: true), "  12")
    }
}
