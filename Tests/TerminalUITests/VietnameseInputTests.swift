import XCTest
@testable import TerminalUI

final class VietnameseInputTests: XCTestCase {
    func typed(_ keys: String, _ method: InputMethod) -> String {
        var text = ""
        for key in keys {
            // The word before the cursor is what the method works on; a space ends it.
            if key == " " { text.append(" "); continue }
            let wordStart = text.lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
            text = String(text[..<wordStart]) + method.type(key, after: String(text[wordStart...]))
        }
        return text
    }

    func testTelexWords() {
        let cases: [(String, String)] = [
            ("Nguyeenx Vawn Ddinhf", "Nguyễn Văn Đình"),
            ("hoaf", "hòa"), ("dduwowngf", "đường"), ("truwowngr", "trưởng"),
            ("Vieetj Nam", "Việt Nam"), ("nguwowif", "người"), ("thuyr", "thủy"), ("hoafn", "hoàn"),
            ("quas", "quá"), ("gias", "giá"), ("khoer", "khỏe"), ("muaf", "mùa"), ("tieengs", "tiếng"),
            ("ddaay", "đây"), ("nongs", "nóng"), ("phanr anhs", "phản ánh"), ("tw", "tư"),
            ("kieemr ddieemr", "kiểm điểm"), ("khieenr trachs", "khiển trách"), ("casc", "các"),
            ("ass", "as"), ("aaa", "aa"), ("ddd", "dd"), ("hoaz", "hoaz"), ("hoafz", "hoa"), ("DDUWOWNGF", "ĐƯỜNG"),
            ("hòa", "hòa"), ("goij", "gọi"), ("goij ddi", "gọi đi"), ("hoaf.", "hòa."), ("gif", "gì"), ("giaf", "già"), ("quyeenf", "quyền"), ("muoons", "muốn"),
        ]
        for (keys, expected) in cases { XCTAssertEqual(typed(keys, .telex), expected, keys) }
    }

    func testVNIWords() {
        let cases: [(String, String)] = [
            ("Vie65t", "Việt"), ("Nguye64n Va8n D9inh2", "Nguyễn Văn Đình"), ("d9u7o7ng2", "đường"),
            ("tru7o7ng3", "trưởng"), ("hoa2", "hòa"), ("hoa2n", "hoàn"), ("ma10", "ma"),
        ]
        for (keys, expected) in cases { XCTAssertEqual(typed(keys, .vni), expected, keys) }
    }

    func testOffPassesThrough() {
        XCTAssertEqual(typed("Nguyeenx ddw", .off), "Nguyeenx ddw")
        XCTAssertEqual(InputMethod.telex.next, .vni)
        XCTAssertEqual(InputMethod.off.badge, "EN")
    }

    func testResultIsNFC() {
        let word = typed("Vieetj", .telex)
        XCTAssertEqual(word, word.precomposedStringWithCanonicalMapping)
        XCTAssertEqual(word.unicodeScalars.count, 4)
    }
}
