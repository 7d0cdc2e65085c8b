import XCTest
@testable import GiamSatCore

/// The named writes of the app: each keeps the record's rules inside one transaction.
final class WorkflowTests: XCTestCase {
    let day = LocalDate(iso: "2021-06-30")!

    func database() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        try db.setCommune(Commune(code: "x", name: "Xã X", district: "", province: "Tỉnh Y"), by: "t")
        return db
    }

    func feedback(_ code: String) -> Feedback {
        Feedback(code: code, receivedOn: day, channel: .homThu, kind: .phanAnh, summary: "Phản ánh \(code)")
    }

    func testSaveNewTakesTheNextCodeWhenAnotherDeskTookIt() throws {
        let db = try database()
        XCTAssertEqual(try db.saveNew(feedback("PA-2021-0001"), by: "a"), "PA-2021-0001")
        XCTAssertEqual(try db.saveNew(feedback("PA-2021-0001"), by: "b"), "PA-2021-0002", "never overwrites")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.version, 1)
    }

    func testAdvanceEnforcesTheLifecycleAndTheVersion() throws {
        let db = try database()
        _ = try db.saveNew(feedback("PA-2021-0001"), by: "a")
        XCTAssertThrowsError(try db.advance(code: "PA-2021-0001", version: 1, change: .init(status: .daTraLoi, on: day), by: "a"),
                             "tiep-nhan cannot jump to da-tra-loi")
        XCTAssertThrowsError(try db.advance(code: "PA-2021-0001", version: 7, change: .init(status: .xemXet, on: day), by: "a")) {
            XCTAssertEqual($0 as? GiamSatError, .staleWrite(entity: .feedback, code: "PA-2021-0001"))
        }
        XCTAssertThrowsError(try db.advance(code: "PA-2021-0001", version: 1,
                                            change: .init(status: .trungLap, on: day, duplicateOf: "PA-2021-0404"), by: "a"),
                             "the original must exist")
        let step = try db.advance(code: "PA-2021-0001", version: 1, change: .init(status: .xemXet, on: day, by: "ignored"), by: "Lan")
        let saved = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001"))
        XCTAssertEqual(saved.status, .xemXet)
        XCTAssertEqual(saved.history.last?.by, "Lan", "the step is signed by who saved it")
        XCTAssertEqual(step.versionAfter, 2)
    }

    func testUndoRestoresAndIsRefusedAfterAnotherChange() throws {
        let db = try database()
        _ = try db.saveNew(feedback("PA-2021-0001"), by: "a")
        var edited = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001"))
        edited.notes = "ghi chú"
        let step = try XCTUnwrap(try db.saveEdit(edited, expectedVersion: 1, by: "a"))
        XCTAssertNil(try db.saveEdit(edited, expectedVersion: 2, by: "a"), "no change, nothing to undo")
        try db.undo(step, by: "a")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.notes, "")
        XCTAssertEqual(try db.auditTrail(.feedback, code: "PA-2021-0001").last?.field, AuditEntry.undoField)
        XCTAssertThrowsError(try db.undo(step, by: "a"), "undone once: the version moved on") {
            XCTAssertEqual($0 as? GiamSatError, .undoStale(entity: .feedback, code: "PA-2021-0001"))
        }
    }

    func testTypedListRequests() throws {
        let db = try database()
        try db.save(Official(code: "DT-0001", familyName: "Lê", middleName: "Văn", givenName: "Tám", category: .nguoiDungDau), by: "t")
        try db.save(Official(code: "DT-0002", familyName: "Đỗ", middleName: "Thị", givenName: "An", category: .canBoDangVien), by: "t")
        var officials = OfficialListRequest()
        XCTAssertEqual(try officials.page(in: db).rows.map(\.name), ["Đỗ Thị An", "Lê Văn Tám"], "by given name")
        officials.category = .nguoiDungDau
        XCTAssertEqual(try officials.page(in: db).rows.map(\.code), ["DT-0001"])
        officials = OfficialListRequest()
        officials.query = "do thi"
        XCTAssertEqual(try officials.page(in: db).total, 1)
        try db.save(Recommendation(code: "KN-2021-0001", to: "UBND", sentOn: LocalDate(iso: "2021-05-01")!), by: "t")
        try db.save(Recommendation(code: "KN-2021-0002", to: "UBND", sentOn: LocalDate(iso: "2021-06-15")!), by: "t")
        let late = try RecommendationListRequest(today: day).page(in: db).rows.map { "\($0.code) \($0.late)" }
        XCTAssertEqual(late, ["KN-2021-0002 false", "KN-2021-0001 true"], "unanswered more than 20 days (answer-days) is marked")
        XCTAssertEqual(try db.findRecord(code: " kn-2021-0002"), .recommendation)
        XCTAssertNil(try db.findRecord(code: "KN-2099-0001"))
    }
}
