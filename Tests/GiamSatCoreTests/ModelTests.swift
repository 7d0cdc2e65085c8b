import XCTest
@testable import GiamSatCore

final class ModelTests: XCTestCase {
    func testFeedbackFollowsTheLifecycle() throws {
        var f = Fixtures.feedback("PA-2021-0001")
        XCTAssertEqual(f.status, .tiepNhan)
        try f.advance(to: .init(status: .xemXet, on: Fixtures.date("2021-03-03")))
        try f.advance(to: .init(status: .daChuyen, on: Fixtures.date("2021-03-05"), to: "Ủy ban Kiểm tra Huyện ủy"))
        try f.advance(to: .init(status: .coKetQua, on: Fixtures.date("2021-04-01")))
        XCTAssertTrue(f.status.isResolved)
        try f.advance(to: .init(status: .daTraLoi, on: Fixtures.date("2021-04-02")))
        XCTAssertTrue(f.status.isEnded)
        XCTAssertThrowsError(try f.advance(to: .init(status: .xemXet, on: Fixtures.date("2021-04-03")))) { error in
            XCTAssertEqual((error as? RecordError)?.problem,
                           .transitionNotAllowed(from: "da-tra-loi", to: "xem-xet", allowed: []))
        }
        XCTAssertEqual(f.history.count, 5, "a refused step leaves the record as it was")
    }

    func testLifecycleRefusals() {
        var f = Fixtures.feedback("PA-2021-0002")
        XCTAssertThrowsError(try f.advance(to: .init(status: .coKetQua, on: Fixtures.date("2021-03-03"))), "must be reviewed first")
        XCTAssertThrowsError(try f.advance(to: .init(status: .daChuyen, on: Fixtures.date("2021-03-03"))), "needs a recipient")
        XCTAssertThrowsError(try f.advance(to: .init(status: .trungLap, on: Fixtures.date("2021-03-03"))), "needs the original")
        XCTAssertThrowsError(try f.advance(to: .init(status: .xemXet, on: Fixtures.date("2021-03-01"))), "date goes back")
        XCTAssertNoThrow(try f.advance(to: .init(status: .trungLap, on: Fixtures.date("2021-03-03"), duplicateOf: "PA-2021-0001")))
    }

    func testEveryStatusHasAPathAndEndsAreFinal() {
        for status in FeedbackStatus.allCases where status.isEnded && !status.isResolved {
            XCTAssertTrue(status.allowedNext.isEmpty, status.slug)
        }
        XCTAssertEqual(Set(FeedbackStatus.endedCases), [.coKetQua, .daTraLoi, .khongCoCoSo, .trungLap, .luu, .ketQuaAnDanh])
        XCTAssertEqual(PlanStatus.duThao.allowedNext, [.banHanh, .huy])
        XCTAssertTrue(PlanStatus.hoanThanh.allowedNext.isEmpty)
    }

    func testOverdueAndDeadlines() {
        let f = Fixtures.feedback("PA-2021-0003", received: "2021-03-02")
        XCTAssertEqual(f.dueOn.iso, "2021-04-01", "default 30 days")
        XCTAssertFalse(f.isOverdue(on: Fixtures.date("2021-04-01")))
        XCTAssertTrue(f.isOverdue(on: Fixtures.date("2021-04-02")))
        XCTAssertEqual(f.classifyBy(WorkingCalendar(holidays: [])).iso, "2021-03-16")
    }

    func testDisciplineIsReprimandAndHeavier() {
        XCTAssertEqual(OutcomeMeasure.disciplineCases, [.khienTrach, .canhCao, .haBacLuong, .giangChuc, .cachChuc, .baiNhiem,
                                                        .khaiTru, .khaiTruToChuc, .buocThoiViec])
    }

    func testEveryEnumHasLabelsInBothLanguages() {
        func check<E: Slugged>(_ type: E.Type) {
            for item in E.allCases {
                XCTAssertFalse(item.label(.vi).isEmpty)
                XCTAssertFalse(item.label(.en).isEmpty)
                XCTAssertTrue(item.slug.allSatisfy { $0.isASCII }, item.slug)
            }
        }
        check(LocalityKind.self); check(Gender.self); check(OfficialCategory.self); check(OfficialStatus.self)
        check(PlanType.self); check(PlanForm.self); check(ContentArea.self); check(PlanStatus.self)
        check(FeedbackChannel.self); check(FeedbackKind.self); check(FeedbackStatus.self)
        check(RecommendationResponse.self); check(OutcomeMeasure.self); check(OutcomeTrack.self); check(Assessment.self)
    }

    func testAuditNeverHoldsTheReporter() {
        let f = Fixtures.feedback("PA-2021-0004")
        let text = f.auditFields.map(\.value).joined(separator: " ")
        XCTAssertFalse(text.contains("Người Báo Tin"))
        XCTAssertFalse(text.contains("0912345678"))
    }
}
