import XCTest
@testable import GiamSatCore

/// Today's worklist (issue 17, item 5): one row per record with all its reasons, in order of urgency, paged, with
/// counts that agree with the rows.
final class WorklistTests: XCTestCase {
    let today = Fixtures.date("2026-12-02")
    let settings = Settings(dueDays: 30, holidays: [])

    /// Feedback in every state the worklist cares about, two recommendations, plans in and past their period.
    func database() throws -> AppDatabase {
        let db = try Fixtures.database()
        let user = Fixtures.user
        try db.save(Locality(code: "TH02", name: "Thôn Hai", kind: .thon), by: user)
        func feedback(_ code: String, received: String, due: String? = nil, status: FeedbackStatus? = nil) throws {
            var f = Fixtures.feedback(code, received: received, summary: "Phản ánh \(code)")
            if let due { f.dueOn = Fixtures.date(due) }
            if let status { try f.advance(to: .init(status: status, on: f.receivedOn.adding(days: 1), by: user)) }
            try db.save(f, by: user)
        }
        try feedback("PA-2021-0001", received: "2021-03-02", status: .xemXet)          // overdue five years, classified
        try feedback("PA-2026-0010", received: "2026-10-01")                             // overdue and never classified
        try feedback("PA-2026-0011", received: "2026-09-01", status: .xemXet)           // overdue longer, classified
        try feedback("PA-2026-0012", received: "2026-11-05")                             // due 05/12: soon, and unclassified
        try feedback("PA-2026-0013", received: "2026-11-10", due: "2027-01-31")         // unclassified only
        try feedback("PA-2026-0014", received: "2026-11-28")                             // a denunciation: to classify by 09/12
        try feedback("PA-2026-0015", received: "2026-09-01", status: .luu)              // ended: never on the list
        try db.save(Recommendation(code: "KN-2026-0001", to: "Đảng ủy xã", sentOn: Fixtures.date("2026-11-01")), by: user)
        try db.save(Recommendation(code: "KN-2026-0002", to: "UBND xã", sentOn: Fixtures.date("2026-11-25")), by: user)
        try db.save(Plan(code: "KH-2024-01", title: "Kế hoạch năm 2024", year: 2024, type: .thuongXuyen, form: .doanGiamSat,
                         status: .banHanh), by: user)
        try db.save(Plan(code: "KH-2026-01", title: "Đoàn giám sát tháng 11", year: 2026, type: .chuyenDe, form: .doanGiamSat,
                         startOn: Fixtures.date("2026-11-01"), endOn: Fixtures.date("2026-11-20"), status: .dangGiamSat), by: user)
        try db.save(Plan(code: "KH-2026-02", title: "Đã báo cáo", year: 2026, type: .chuyenDe, form: .doanGiamSat,
                         startOn: Fixtures.date("2026-03-01"), endOn: Fixtures.date("2026-03-20"), status: .daBaoCao), by: user)
        try db.save(ResidenceReview(year: 2026, locality: "TH01", official: "DT-0001", assessment: .tot), by: user)
        try db.save(ResidenceMeeting(code: "HN-2026-01", year: 2026, locality: "TH01", heldOn: Fixtures.date("2026-10-10")), by: user)
        // Reviews entered without a meeting (before meetings existed): the village is still waiting (issue 21).
        try db.save(ResidenceReview(year: 2026, locality: "TH02", official: "DT-0002", assessment: .tot), by: user)
        return db
    }

    func testOneRowPerRecordMostUrgentFirstWithEveryReason() throws {
        let list = try database().worklist(today: today, settings: settings, offset: 0, limit: 50)
        XCTAssertEqual(list.items.map(\.code), ["PA-2021-0001", "PA-2026-0011", "PA-2026-0010", "PA-2026-0012", "PA-2026-0013",
                                                "PA-2026-0014", "KN-2026-0001", "KH-2024-01", "KH-2026-01", "2026"])
        XCTAssertEqual(list.items.map(\.reasons), [[.overdue], [.overdue], [.overdue, .unclassified], [.dueSoon, .unclassified],
                                                   [.unclassified], [.toClassify], [.unanswered], [.planNotReported], [.planNotReported], [.reviewsMissing]])
        // The fixtures are denunciations classified the day after receipt: 30 days from that acceptance (issue 21).
        XCTAssertEqual(list.items[0].days, Fixtures.date("2021-04-02").days(until: today), "overdue by days overdue, most first")
        XCTAssertEqual(list.items[3].days, -3, "due soon: three days left")
        XCTAssertEqual(list.items[5].date, Fixtures.date("2026-12-08"), "a denunciation received on a Saturday: 7 working days")
        XCTAssertEqual(list.items[6].date, Fixtures.date("2026-11-21"), "a recommendation is answered within 20 days")
        XCTAssertEqual(list.items[7].date, Fixtures.date("2024-12-31"), "a plan without dates ends with its year")
        XCTAssertEqual(list.total, 10)
        XCTAssertEqual(list.counts, [.overdue: 3, .dueSoon: 1, .unclassified: 3, .toClassify: 1, .unanswered: 1, .planNotReported: 2, .reviewsMissing: 1])
        XCTAssertEqual(list.reviewed.done, 1)
        XCTAssertEqual(list.reviewed.of, 2)
    }

    func testPagesJoinUpAcrossReasons() throws {
        let db = try database()
        let whole = try db.worklist(today: today, settings: settings, offset: 0, limit: 50).items
        var paged: [WorkItem] = []
        for offset in stride(from: 0, to: 10, by: 2) {
            let page = try db.worklist(today: today, settings: settings, offset: offset, limit: 2)
            XCTAssertEqual(page.offset, offset)
            XCTAssertEqual(page.total, 10)
            paged += page.items
        }
        XCTAssertEqual(paged, whole)
    }

    func testTheSettingsMoveTheDeadlines() throws {
        let db = try database()
        var later = settings
        later.answerDays = 40
        later.reviewSeason = 11...11
        let list = try db.worklist(today: today, settings: later, offset: 0, limit: 50)
        XCTAssertNil(list.items.first { $0.entity == .recommendation }, "not late with 40 days to answer")
        XCTAssertNil(list.items.first { $0.entity == .residenceReview }, "December is out of a November season")
        XCTAssertEqual(Settings.season("10-12"), 10...12)
        XCTAssertNil(Settings.season("12-10"))
        try db.write { db in
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('answer-days', '40'), ('review-season', '9-11')")
        }
        XCTAssertEqual(try db.settings().answerDays, 40)
        XCTAssertEqual(try db.settings().reviewSeason, 9...11)
    }

    func testTheDashboardCarriesTheFirstPage() throws {
        let dashboard = try database().dashboard(year: 2026, today: today, settings: settings)
        XCTAssertEqual(dashboard.worklist.total, 10)
        XCTAssertEqual(dashboard.worklist.items.count, 10)
        XCTAssertEqual(dashboard.worklist.counts[.overdue], 3, "the header's overdue count (all years) is the worklist's")
    }

    func testTheWorklistsSettingsAreEditedLikeTheOthers() throws {
        let db = try database()
        var general = try db.generalSettings()
        XCTAssertEqual(general.answerDays, 20)
        XCTAssertEqual(general.reviewSeason, 10...12)
        general.answerDays = 40
        general.reviewSeason = 11...11
        XCTAssertEqual(Set(try db.saveGeneralSettings(general, by: Fixtures.user)), ["answerDays", "reviewSeason"])
        XCTAssertEqual(try db.settings().answerDays, 40)
        XCTAssertEqual(try db.settings().reviewSeason, 11...11)
        XCTAssertTrue(try db.auditTrail(.commune, code: "lao-chai").map(\.field).contains("settings.reviewSeason"))
        general.answerDays = 0
        XCTAssertThrowsError(try db.saveGeneralSettings(general, by: Fixtures.user))
        let list = try db.worklist(today: today, settings: try db.settings(), offset: 0, limit: 50)
        XCTAssertNil(list.items.first { $0.entity == .recommendation }, "the stored 40 days apply")
    }
}
