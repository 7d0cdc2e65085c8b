import XCTest
@testable import GiamSatCore

final class VietnameseTextTests: XCTestCase {
    func testFoldingRemovesMarksAndMapsDToD() {
        let cases: [(String, String)] = [
            ("Đường dây nóng", "duong day nong"),
            ("Nguyễn Văn Đình", "nguyen van dinh"),
            ("ĐINH THỊ HẠNH", "dinh thi hanh"),
            ("Hòa", "hoa"), ("Hoà", "hoa"),
            ("Trưởng ấp Vị Hiếu", "truong ap vi hieu"),
            ("Khiển trách", "khien trach"),
            ("PA-2021-0007", "pa-2021-0007"),
            // Decomposed input (as some IMEs and macOS file names send it) folds the same.
            ("Nguye\u{302}\u{303}n", "nguyen"),
        ]
        for (input, expected) in cases { XCTAssertEqual(VietnameseText.fold(input), expected, input) }
    }

    func testNFCComposesDecomposedText() {
        let decomposed = "Vie\u{323}\u{302}t"
        XCTAssertNotEqual(decomposed.unicodeScalars.count, "Việt".unicodeScalars.count)
        XCTAssertEqual(VietnameseText.nfc(decomposed).unicodeScalars.count, "Việt".unicodeScalars.count)
        XCTAssertEqual(VietnameseText.clean("  Ấp 3 \n"), "Ấp 3")
    }

    func testSearchTokensSplitOnPunctuation() {
        XCTAssertEqual(VietnameseText.searchTokens("PA-2021-0007: Đường dây nóng!"), ["pa", "2021", "0007", "duong", "day", "nong"])
        XCTAssertEqual(VietnameseText.searchTokens("  "), [])
    }

    func testCommuneCodeFromName() {
        XCTAssertEqual(Commune.code(fromName: "Xã Lao Chải"), "lao-chai")
        XCTAssertEqual(Commune.code(fromName: "Thị trấn Mù Cang Chải"), "mu-cang-chai")
        XCTAssertEqual(Commune.code(fromName: "Phường 5"), "5")
    }
}

final class VietnameseCollationTests: XCTestCase {
    func testAlphabetOrder() {
        // a ă â b c d đ e ê … o ô ơ … u ư: each letter after its plain form, đ after every d.
        let ordered = ["An", "Ăn", "Ân", "Bình", "Cường", "Dung", "Dũng", "Đào", "Em", "Ê", "Oanh", "Ô", "Ơn", "Uyên", "Ưng", "Yến"]
        XCTAssertEqual(ordered.shuffled().sorted(by: VietnameseCollation.areInOrder), ordered)
    }

    func testTonesBreakTiesInDictionaryOrder() {
        // ngang < huyền < hỏi < ngã < sắc < nặng
        let ordered = ["ma", "mà", "mả", "mã", "má", "mạ"]
        XCTAssertEqual(ordered.reversed().sorted(by: VietnameseCollation.areInOrder), ordered)
    }

    func testLetterBeatsTone() {
        // "Dinh" and "Đình" differ in a letter, which matters more than any tone.
        XCTAssertTrue(VietnameseCollation.areInOrder("Dính", "Đinh"))
        XCTAssertTrue(VietnameseCollation.areInOrder("Hà", "Hạ"))
        // Letters of the whole text come before any tone: "ha long" < "ha noi".
        XCTAssertTrue(VietnameseCollation.areInOrder("Hạ Long", "Hà Nội"))
        XCTAssertTrue(VietnameseCollation.areInOrder("An", "An Bình"))
    }

    /// Walkthrough finding: villages listed "Ấp 1, Ấp 10, Ấp 11, Ấp 2". Place names compare their numbers as numbers
    /// (leading zeros aside), in the same Vietnamese order otherwise; numbers still come before letters.
    func testPlaceNamesCompareNumbersAsNumbers() {
        let ordered = ["Ấp 1", "Ấp 02", "Ấp 2B", "Ấp 10", "Ấp 11", "Ấp 100", "Ấp Bắc", "Ấp Đông", "Bản 3", "Thôn 9", "Thôn 12"]
        XCTAssertEqual(ordered.shuffled().sorted { VietnameseCollation.naturalKey($0) < VietnameseCollation.naturalKey($1) }, ordered)
        XCTAssertEqual(VietnameseCollation.naturalKey("Ấp  01"), VietnameseCollation.naturalKey("Ấp 1"))
        XCTAssertTrue(VietnameseCollation.naturalKey("Hạ Long 2") < VietnameseCollation.naturalKey("Hà Nội 1"), "letters before tones still")
        XCTAssertTrue(VietnameseCollation.naturalKey("Tổ 0") < VietnameseCollation.naturalKey("Tổ 1"))
    }

    func testPeopleSortByGivenThenMiddleThenFamily() {
        let people = [
            Official(code: "1", familyName: "Trần", middleName: "Văn", givenName: "Bình", category: .canBoDangVien),
            Official(code: "2", familyName: "Lê", middleName: "Thị", givenName: "An", category: .canBoDangVien),
            Official(code: "3", familyName: "Nguyễn", middleName: "Văn", givenName: "An", category: .canBoDangVien),
            Official(code: "4", familyName: "Đặng", middleName: "Thị", givenName: "An", category: .canBoDangVien),
            Official(code: "5", familyName: "Bùi", middleName: "", givenName: "Đình", category: .canBoDangVien),
            Official(code: "6", familyName: "Hồ", middleName: "Quốc", givenName: "Dinh", category: .canBoDangVien),
        ]
        let sorted = people.sorted { $0.sortKey < $1.sortKey }.map(\.code)
        // Three "An": middle Thị before Văn; between the two "Thị An", family Đặng before Lê (đ < l).
        // Then Bình, then Dinh before Đình (d < đ).
        XCTAssertEqual(sorted, ["4", "2", "3", "1", "6", "5"])
    }
}
