import XCTest
@testable import GiamSatCore

/// Issue 17: a record entered by mistake is voided (it leaves lists and tallies, keeps its code), restored, and
/// creations are undone by voiding.
final class VoidTests: XCTestCase {
    let user = Fixtures.user
    let year = TallyPeriod(from: Fixtures.date("2021-01-01"), to: Fixtures.date("2021-12-31"))
    let today = Fixtures.date("2021-12-31")

    func database() throws -> AppDatabase {
        let db = try Fixtures.database()
        try db.save(Fixtures.feedback("PA-2021-0001"), by: user)
        try db.save(Fixtures.feedback("PA-2021-0002", officials: ["DT-0002"]), by: user)
        return db
    }

    func feedbackCodes(_ db: AppDatabase, voided: Bool = false) throws -> [String] {
        var request = FeedbackListRequest(today: today)
        request.voided = voided
        return try request.page(in: db).rows.map(\.code).sorted()
    }

    func testVoidingAFeedbackRecordTakesItOutOfTheTallyAndRestoringBringsItBack() throws {
        let db = try database()
        XCTAssertEqual(try db.tally(year, today: today).feedbackReceived, 2)
        let step = try db.void(.feedback, code: "PA-2021-0002", reason: "Nhập trùng", by: user)
        XCTAssertEqual(step.change, .void)
        let tally = try db.tally(year, today: today)
        XCTAssertEqual(tally.feedbackReceived, 1, "the tally drops it")
        XCTAssertEqual(tally.feedbackByKind, ["to-cao": 1])
        XCTAssertEqual(try feedbackCodes(db), ["PA-2021-0001"], "it leaves the list")
        XCTAssertEqual(try feedbackCodes(db, voided: true), ["PA-2021-0002"], "and shows under the đã hủy filter")
        XCTAssertEqual(try db.countFeedback(ListFilter(today: today)), 1)
        XCTAssertEqual(try db.records(for: .feedback(.all), in: year, today: today).map(\.code), ["PA-2021-0001"],
                       "the drill-down agrees with the figure")
        XCTAssertEqual(try db.voidReason(.feedback, code: "PA-2021-0002"), "Nhập trùng")
        XCTAssertNotNil(try db.fetch(Feedback.self, code: "PA-2021-0002"), "kept, with its code")
        XCTAssertEqual(try db.nextCode(prefix: "PA", year: 2021), "PA-2021-0003", "its code is never reused")

        _ = try db.restore(.feedback, code: "PA-2021-0002", by: user)
        XCTAssertEqual(try db.tally(year, today: today).feedbackReceived, 2, "restored: back in the tally")
        XCTAssertEqual(try feedbackCodes(db), ["PA-2021-0001", "PA-2021-0002"])
        XCTAssertNil(try db.voidReason(.feedback, code: "PA-2021-0002"))
        let trail = try db.auditTrail(.feedback, code: "PA-2021-0002").filter { $0.field == AuditEntry.voidedField }
        XCTAssertEqual(trail.map { [$0.old, $0.new] }, [["", "Nhập trùng"], ["Nhập trùng", ""]], "both steps audited")
    }

    func testTheStoreRefusesToVoidWhatOthersDependOnNamingThem() throws {
        let db = try database()
        XCTAssertThrowsError(try db.void(.official, code: "DT-0002", reason: "x", by: user)) {
            XCTAssertEqual($0 as? GiamSatError, .voidHasDependents(entity: .official, code: "DT-0002", dependents: ["PA-2021-0002"]))
        }
        try db.save(Recommendation(code: "KN-2021-0001", source: "PA-2021-0001", to: "UBND xã", sentOn: Fixtures.date("2021-04-01")), by: user)
        XCTAssertThrowsError(try db.void(.feedback, code: "PA-2021-0001", reason: "x", by: user)) {
            XCTAssertEqual($0 as? GiamSatError, .voidHasDependents(entity: .feedback, code: "PA-2021-0001", dependents: ["KN-2021-0001"]))
        }
        // Once the recommendation is voided, nothing live depends on the record any more.
        _ = try db.void(.recommendation, code: "KN-2021-0001", reason: "Nhầm", by: user)
        XCTAssertNoThrow(try db.void(.feedback, code: "PA-2021-0001", reason: "Nhầm", by: user))
        // An official never named by a record can be voided, and leaves the list and the pickers.
        try db.save(Fixtures.official("DT-0003", "Lò", "Thị", "Mai"), by: user)
        _ = try db.void(.official, code: "DT-0003", reason: "Nhập nhầm", by: user)
        var officials = OfficialListRequest()
        officials.limit = 50
        XCTAssertFalse(try officials.page(in: db).rows.map(\.code).contains("DT-0003"))
        XCTAssertThrowsError(try db.void(.locality, code: "TH01", reason: "x", by: user), "localities have their own delete")
    }

    func testAVoidedPlanIsCancelledAndRestoredToItsStatus() throws {
        let db = try database()
        try db.save(Plan(code: "KH-2021-01", title: "Giám sát", year: 2021, type: .thuongXuyen, form: .doanGiamSat,
                         startOn: Fixtures.date("2021-05-01"), status: .banHanh), by: user)
        XCTAssertEqual(try db.tally(year, today: today).plansTotal, 1)
        _ = try db.void(.plan, code: "KH-2021-01", reason: "Sai năm", by: user)
        XCTAssertEqual(try db.fetch(Plan.self, code: "KH-2021-01")?.status, .huy, "the plan's own cancelled status")
        XCTAssertEqual(try db.tally(year, today: today).plansTotal, 0)
        _ = try db.restore(.plan, code: "KH-2021-01", by: user)
        XCTAssertEqual(try db.fetch(Plan.self, code: "KH-2021-01")?.status, .banHanh, "back to what it was")
        XCTAssertEqual(try db.tally(year, today: today).plansTotal, 1)
    }

    func testAVoidedRecommendationTakesItsOutcomesOutOfTheDisciplineFigures() throws {
        let db = try database()
        try db.save(Recommendation(code: "KN-2021-0001", to: "UBKT Huyện ủy", sentOn: Fixtures.date("2021-04-01"), response: .daTraLoi,
                                   outcomes: [.init(official: "DT-0001", measure: .khienTrach, decidedOn: Fixtures.date("2021-05-01"))]), by: user)
        XCTAssertEqual(try db.tally(year, today: today).disciplineTotal, 1)
        _ = try db.void(.recommendation, code: "KN-2021-0001", reason: "Nhầm", by: user)
        let tally = try db.tally(year, today: today)
        XCTAssertEqual([tally.recommendationsTotal, tally.disciplineTotal, tally.headsTotal], [0, 0, 0])
    }

    /// Walkthrough finding (a voided meeting took every village out of "x/y địa bàn"): the void condition compared the
    /// voided row's code with itself when the column was a bare `code`, so one voided record of a kind emptied that
    /// kind's figures. Voiding one leaves the others counted, and the drill-down lists them.
    func testVoidingOneRecordLeavesTheOthersOfItsKindInTheTally() throws {
        let db = try database()
        for (code, sent) in [("KN-2021-0001", "2021-04-01"), ("KN-2021-0002", "2021-06-01")] {
            try db.save(Recommendation(code: code, to: "UBKT Huyện ủy", sentOn: Fixtures.date(sent), response: .daTraLoi), by: user)
        }
        for code in ["KH-2021-01", "KH-2021-02"] {
            try db.save(Plan(code: code, title: "Giám sát", year: 2021, type: .thuongXuyen, form: .doanGiamSat,
                             startOn: Fixtures.date("2021-05-01"), status: .banHanh), by: user)
        }
        _ = try db.void(.recommendation, code: "KN-2021-0001", reason: "Nhầm", by: user)
        _ = try db.void(.plan, code: "KH-2021-01", reason: "Nhầm", by: user)
        let tally = try db.tally(year, today: today)
        XCTAssertEqual([tally.recommendationsTotal, tally.recommendationsAnswered, tally.plansTotal], [1, 1, 1])
        XCTAssertEqual(try db.records(for: .recommendations(answeredOnly: false), in: year, today: today).map(\.code), ["KN-2021-0002"])
    }

    func testUndoingACreationVoidsItAndUndoingThatRestores() throws {
        let db = try database()
        let code = try db.saveNew(Fixtures.feedback("PA-2021-0003"), by: user)
        let created = try db.creationStep(.feedback, code: code)
        XCTAssertEqual(created.change, .creation)
        try db.undo(created, by: user)
        XCTAssertEqual(try db.voidReason(.feedback, code: code), "", "voided, without a reason typed")
        XCTAssertEqual(try db.tally(year, today: today).feedbackReceived, 2)
        // A void made by hand is undone by restoring it, a restore by voiding again with the same reason.
        let voided = try db.void(.feedback, code: "PA-2021-0001", reason: "Trùng", by: user)
        try db.undo(voided, by: user)
        XCTAssertNil(try db.voidReason(.feedback, code: "PA-2021-0001"))
        let restored = try db.restore(.feedback, code: "PA-2021-0003", by: user)
        try db.undo(restored, by: user)
        XCTAssertEqual(try db.voidReason(.feedback, code: "PA-2021-0003"), "")
    }

    func testANewResidenceReviewIsUndoneByVoidingAndAssessedAgainAfter() throws {
        let db = try database()
        let review = ResidenceReview(year: 2021, locality: "TH01", official: "DT-0001", assessment: .tot)
        let step = try XCTUnwrap(db.saveReview(review, expectedVersion: 0, by: user))
        XCTAssertEqual(try db.tally(year, today: today).reviewOfficials, 1)
        try db.undo(step, by: user)
        XCTAssertEqual(try db.tally(year, today: today).reviewOfficials, 0, "the review leaves the tally")
        XCTAssertNil(try db.residenceGrid(year: 2021, locality: "TH01").members.first { $0.code == "DT-0001" }?.review,
                     "and the grid: the row waits for an assessment again")
        var again = review
        again.assessment = .coHanChe
        _ = try db.saveReview(again, expectedVersion: 0, by: user)
        XCTAssertEqual(try db.tally(year, today: today).reviewOfficials, 1)
        XCTAssertEqual(try db.fetch(ResidenceReview.self, code: review.code)?.assessment, .coHanChe)
    }

    func testAVoidedRecordIsNoWorkOnTheDashboard() throws {
        let db = try database()
        let later = Fixtures.date("2021-06-30")
        func overdue() throws -> [String] {
            try db.worklist(today: later, offset: 0, limit: 50).items.filter { $0.reasons.contains(.overdue) }.map(\.code).sorted()
        }
        XCTAssertEqual(try overdue(), ["PA-2021-0001", "PA-2021-0002"])
        _ = try db.void(.feedback, code: "PA-2021-0001", reason: "Nhầm", by: user)
        XCTAssertEqual(try overdue(), ["PA-2021-0002"])
    }
}
