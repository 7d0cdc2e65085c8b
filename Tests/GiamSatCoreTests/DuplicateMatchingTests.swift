import XCTest
@testable import GiamSatCore

/// Issue 21: which records are likely duplicates of a new one, decided on plain values.
final class DuplicateMatchingTests: XCTestCase {
    typealias Facts = DuplicateMatching.Facts
    let day = Fixtures.date("2026-11-10")

    func facts(_ code: String, _ summary: String, days: Int = 0, officials: [String] = [], reporter: Feedback.Reporter? = nil) -> Facts {
        Facts(code: code, receivedOn: day.adding(days: days), officials: officials, reporter: reporter, summary: summary)
    }

    func testWordsAreFoldedAndStopWordsLeftOut() {
        XCTAssertEqual(DuplicateMatching.words("Ông Chủ tịch xã thu tiền đóng góp của dân"), ["chu", "tich", "thu", "tien", "dong", "gop"])
        XCTAssertEqual(DuplicateMatching.words("Đường  ĐI đất, đổ!"), ["duong", "di", "dat"], "đ→d, case and punctuation")
    }

    func testAccentsAndTelexLeftoversDoNotHideTheSameMatter() {
        let old = facts("PA-1", "Trưởng thôn thu tiền làm đường không công khai", officials: ["DT-1"])
        let typed = facts("PA-2", "truong thon thu tien lam duong", days: 3, officials: ["DT-1"])
        let match = try! XCTUnwrap(DuplicateMatching.match(typed, old))
        XCTAssertTrue(match.sameOfficial)
        XCTAssertEqual(match.similarity, 1, "every word of the shorter summary, typed without accents")
        XCTAssertEqual(match.score, 90)
        XCTAssertEqual(match.sharedWords, ["duong", "lam", "thu", "tien", "truong"], "“thôn” is a stop-word")
    }

    func testOnlyWithinTheWindowOfDays() {
        let old = facts("PA-1", "thu tiền làm đường sai quy định", officials: ["DT-1"])
        XCTAssertNotNil(DuplicateMatching.match(facts("PA-2", "thu tien lam duong", days: 30, officials: ["DT-1"]), old))
        XCTAssertNotNil(DuplicateMatching.match(facts("PA-2", "thu tien lam duong", days: -30, officials: ["DT-1"]), old), "either side")
        XCTAssertNil(DuplicateMatching.match(facts("PA-2", "thu tien lam duong", days: 31, officials: ["DT-1"]), old))
        let narrow = DuplicateMatching.Rules(windowDays: 7)
        XCTAssertNil(DuplicateMatching.match(facts("PA-2", "thu tien lam duong", days: 8, officials: ["DT-1"]), old, rules: narrow),
                     "the window is the setting's")
    }

    func testTheSameOfficialLowersTheBarForWords() {
        let old = facts("PA-1", "thu tiền làm đường, san lấp mặt bằng trái phép", officials: ["DT-1"])
        let half = "thu tien lam duong, hop keu goi"
        XCTAssertNotNil(DuplicateMatching.match(facts("PA-2", half, officials: ["DT-1"]), old), "half the words and the same official")
        XCTAssertNil(DuplicateMatching.match(facts("PA-2", half, officials: ["DT-9"]), old), "half the words alone are not enough")
        XCTAssertNil(DuplicateMatching.match(facts("PA-2", "sử dụng xe công đi việc riêng", officials: ["DT-1"]), old),
                     "the same official about another matter is not a duplicate")
        XCTAssertNotNil(DuplicateMatching.match(facts("PA-2", "thu tiền làm đường san lấp mặt bằng", officials: []), old),
                        "nearly all the words, without any official")
    }

    func testTheReporterCountsOnlyWhenTheIdentityIsOpen() {
        let person = Feedback.Reporter(name: "Nguyễn Văn An", phone: "0912 345 678")
        let old = facts("PA-1", "thu tiền làm đường trái phép", reporter: person)
        let words = "thu tien lam duong, hop keu goi"
        let again = facts("PA-2", words, reporter: Feedback.Reporter(name: "nguyen van an"))
        XCTAssertEqual(DuplicateMatching.match(again, old)?.sameReporter, true, "the same name, folded")
        let byPhone = facts("PA-2", words, reporter: Feedback.Reporter(name: "Chị An", phone: "0912345678"))
        XCTAssertEqual(DuplicateMatching.match(byPhone, old)?.sameReporter, true, "the same phone, however spaced")
        XCTAssertNil(DuplicateMatching.match(facts("PA-2", words, reporter: nil), old), "no reporter: words alone are not enough")
        XCTAssertNil(DuplicateMatching.match(facts("PA-2", words, reporter: Feedback.Reporter(name: "Trần Thị Bình")), old), "another person")

        // From records: a sealed identity, a form's placeholder and an anonymous record give no reporter to match on.
        var sealed = Feedback(code: "PA-3", receivedOn: day, channel: .khac, kind: .phanAnh, anonymous: false,
                              reporter: Feedback.Reporter(sealed: "gs1:abc"), summary: "x")
        XCTAssertNil(Facts(sealed).reporter)
        sealed.reporter = Feedback.Reporter(name: Feedback.Reporter.sealedPlaceholder)
        XCTAssertNil(Facts(sealed).reporter)
        sealed.reporter = person
        XCTAssertEqual(Facts(sealed).reporter, person)
        sealed.anonymous = true
        XCTAssertNil(Facts(sealed).reporter)
    }

    func testRankedBestFirstAndNeverItself() {
        let new = facts("PA-9", "thu tien lam duong sai quy dinh", officials: ["DT-1"])
        let ranked = DuplicateMatching.rank(new, among: [
            facts("PA-1", "thu tiền làm đường", days: -5, officials: ["DT-2"]),
            facts("PA-2", "thu tiền làm đường sai quy định", days: -2, officials: ["DT-1"]),
            facts("PA-9", "thu tiền làm đường sai quy định", officials: ["DT-1"]),
            facts("PA-3", "lấn chiếm đất công", days: -1, officials: ["DT-1"]),
        ])
        XCTAssertEqual(ranked.map(\.code), ["PA-2", "PA-1"])
        XCTAssertEqual(ranked.map(\.score), [90, 70])
    }
}
