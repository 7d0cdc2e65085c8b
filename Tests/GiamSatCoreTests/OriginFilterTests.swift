import XCTest
@testable import GiamSatCore

/// Issue 12 in the store: every list filters on where a record came from, pages carry the origins of their rows,
/// former codes are searched, and the palette's code lookup finds this commune's record and the merged one.
final class OriginFilterTests: XCTestCase {
    let user = Fixtures.user

    /// Two former communes; PA-2021-0009 was PA-2021-0001 in xã B (whose code this commune has too); DT-0003 served
    /// in both and was joined; KH-2021-02 and KN-2021-0002 came from xã C. Origins are written before the records,
    /// as the merge does.
    func database() throws -> AppDatabase {
        let db = try Fixtures.database()
        try db.write { db in
            try AppDatabase.saveFormerUnit(FormerUnit(code: "xa-b", name: "Xã Bình Minh", mergedOn: Fixtures.date("2025-07-01")),
                                           by: user, at: "2025-07-01T08:00:00+07:00", in: db)
            try AppDatabase.saveFormerUnit(FormerUnit(code: "xa-c", name: "Xã Cát Tiên"), by: user, at: "2025-07-01T08:00:00+07:00", in: db)
            try AppDatabase.addOrigin(RecordOrigin(formerUnit: "xa-b", formerCode: "PA-2021-0001"), entity: .feedback, code: "PA-2021-0009", db)
            try AppDatabase.addOrigin(RecordOrigin(formerUnit: "xa-b", formerCode: "DT-0001"), entity: .official, code: "DT-0003", db)
            try AppDatabase.addOrigin(RecordOrigin(formerUnit: "xa-c", formerCode: "DT-0007"), entity: .official, code: "DT-0003", db)
            try AppDatabase.addOrigin(RecordOrigin(formerUnit: "xa-c", formerCode: "KH-2020-04"), entity: .plan, code: "KH-2021-02", db)
            try AppDatabase.addOrigin(RecordOrigin(formerUnit: "xa-c", formerCode: "KN-2021-0002"), entity: .recommendation,
                                      code: "KN-2021-0002", db)
        }
        try db.save(Fixtures.feedback("PA-2021-0001", summary: "Phản ánh của xã này"), by: user)
        try db.save(Fixtures.feedback("PA-2021-0009", received: "2021-02-01", summary: "Phản ánh của xã Bình Minh"), by: user)
        try db.save(Fixtures.official("DT-0003", "Vàng", "Thị", "Dợ"), by: user)
        for (code, title) in [("KH-2021-01", "Kế hoạch của xã"), ("KH-2021-02", "Kế hoạch của xã Cát Tiên")] {
            try db.save(Plan(code: code, title: title, year: 2021, type: .thuongXuyen, form: .hoiNghi, status: .banHanh), by: user)
        }
        for code in ["KN-2021-0001", "KN-2021-0002"] {
            try db.save(Recommendation(code: code, to: "Đảng ủy xã", sentOn: Fixtures.date("2021-05-01"), content: "Kiến nghị"), by: user)
        }
        return db
    }

    func codes<R: ListRequest>(_ request: R, _ origin: OriginFilter?, in db: AppDatabase) throws -> [String] {
        var request = request
        request.origin = origin
        return try request.page(in: db).rows.map(\.code).sorted()
    }

    func testEveryListFiltersOnTheOrigin() throws {
        let db = try database()
        let feedback = FeedbackListRequest(today: Fixtures.date("2021-06-30"))
        XCTAssertEqual(try codes(feedback, nil, in: db), ["PA-2021-0001", "PA-2021-0009"])
        XCTAssertEqual(try codes(feedback, .own, in: db), ["PA-2021-0001"])
        XCTAssertEqual(try codes(feedback, .unit("xa-b"), in: db), ["PA-2021-0009"])
        XCTAssertEqual(try codes(feedback, .unit("xa-c"), in: db), [])
        XCTAssertEqual(try codes(OfficialListRequest(), .own, in: db), ["DT-0001", "DT-0002"])
        XCTAssertEqual(try codes(OfficialListRequest(), .unit("xa-b"), in: db), ["DT-0003"], "a joined official is in both")
        XCTAssertEqual(try codes(OfficialListRequest(), .unit("xa-c"), in: db), ["DT-0003"])
        XCTAssertEqual(try codes(PlanListRequest(), .unit("xa-c"), in: db), ["KH-2021-02"])
        XCTAssertEqual(try codes(PlanListRequest(), .own, in: db), ["KH-2021-01"])
        XCTAssertEqual(try codes(RecommendationListRequest(today: Fixtures.date("2021-06-30")), .own, in: db), ["KN-2021-0001"])
        XCTAssertEqual(try codes(LocalityListRequest(), .own, in: db), ["TH01"])
        XCTAssertEqual(try codes(LocalityListRequest(), .unit("xa-b"), in: db), [])
        var counted = feedback
        counted.origin = .own
        XCTAssertEqual(try counted.page(in: db).total, 1, "the count follows the filter")
    }

    func testAPageCarriesItsRowsOrigins() throws {
        let db = try database()
        let page = try OfficialListRequest().labelledPage(in: db)
        XCTAssertEqual(page.origins["DT-0003"]?.map(\.formerUnit), ["xa-b", "xa-c"])
        XCTAssertNil(page.origins["DT-0001"], "the commune's own records have none")
        XCTAssertEqual(try db.settings().formerUnits.map(\.name), ["Xã Bình Minh", "Xã Cát Tiên"], "the app reads them with the settings")
    }

    func testAFormerCodeIsSearchedAndFoundWithItsUnit() throws {
        let db = try database()
        var request = FeedbackListRequest(today: Fixtures.date("2021-06-30"))
        request.query = "PA-2021-0001"
        XCTAssertEqual(try request.page(in: db).rows.map(\.code), ["PA-2021-0001", "PA-2021-0009"], "both: typed code and former code")
        var officials = OfficialListRequest()
        officials.query = "DT-0007"
        XCTAssertEqual(try officials.page(in: db).rows.map(\.code), ["DT-0003"], "every former code of a joined official")
        XCTAssertEqual(try db.findRecords(code: " pa-2021-0001"), [
            FoundRecord(entity: .feedback, code: "PA-2021-0001"),
            FoundRecord(entity: .feedback, code: "PA-2021-0009", origin: RecordOrigin(formerUnit: "xa-b", formerCode: "PA-2021-0001")),
        ])
        XCTAssertEqual(try db.findRecords(code: "KN-2021-0002"),
                       [FoundRecord(entity: .recommendation, code: "KN-2021-0002",
                                    origin: RecordOrigin(formerUnit: "xa-c", formerCode: "KN-2021-0002"))],
                       "a record that kept its code is one record, labelled")
        XCTAssertEqual(try db.findRecord(code: "PA-2021-0001"), .feedback)
        XCTAssertNil(try db.findRecord(code: "KH-2020-04"), "findRecord is about this commune's codes")
        XCTAssertEqual(try db.findRecords(code: "KH-2020-04").map(\.code), ["KH-2021-02"])
    }
}

extension OriginFilterTests {
    func testAFormerUnitIsCorrectedButNeverAddedOrEmptiedFromSettings() throws {
        let db = try database()
        try db.editFormerUnit(FormerUnit(code: "xa-c", name: "  Xã Cát Tiên ", district: "Huyện Cát Tiên",
                                         mergedOn: Fixtures.date("2025-07-01"), resolution: "1667/NQ-UBTVQH15"), by: user)
        XCTAssertEqual(try db.formerUnits().last, FormerUnit(code: "xa-c", name: "Xã Cát Tiên", district: "Huyện Cát Tiên",
                                                             mergedOn: Fixtures.date("2025-07-01"), resolution: "1667/NQ-UBTVQH15"))
        XCTAssertThrowsError(try db.editFormerUnit(FormerUnit(code: "xa-c", name: " "), by: user), "a name is required")
        XCTAssertThrowsError(try db.editFormerUnit(FormerUnit(code: "xa-z", name: "Xã Mới"), by: user), "merge-commune adds units")
        XCTAssertEqual(try db.formerUnits().count, 2)
    }
}

/// The same, on the sample former communes merged for real (sample-data/former-communes).
extension MergeCommuneTests {
    func testEveryFormerCodeOfAMergedRecordIsSearchedAndFiltered() throws {
        let database = try newCommune()
        _ = try database.mergeCommunes(try sources(), options: try joins(), by: Fixtures.user, dryRun: false)
        var officials = OfficialListRequest()
        officials.query = "DT-0003"
        XCTAssertEqual(Set(try officials.page(in: database).rows.map(\.code)), ["DT-0003", "DT-0002", "DT-0008"],
                       "tan-an's own DT-0003, tan-binh's DT-0003 joined into DT-0002, tan-cuong's renumbered DT-0008")
        var feedback = FeedbackListRequest(today: MergeCommuneTests.today)
        feedback.origin = .unit("tan-binh")
        XCTAssertEqual(try feedback.page(in: database).rows.count, 4)
        XCTAssertEqual(try database.findRecords(code: "PA-2024-0001").map { $0.origin?.formerUnit }, ["tan-an", "tan-binh", "tan-cuong"])
    }
}

extension MergeCommuneTests {
    func testAnOfficialJoinedLaterIsFoundByTheFormerCodesItTookOver() throws {
        let database = try newCommune()
        let plan = try database.mergeCommunes(try sources(), options: .init(), by: Fixtures.user, dryRun: false)
        let duplicate = try XCTUnwrap(plan.recoded.first { $0.unit == "tan-binh" && $0.from == "DT-0003" }?.to)
        try database.joinOfficials(duplicate, into: "DT-0002", by: Fixtures.user)
        var officials = OfficialListRequest()
        officials.query = "DT-0003"
        XCTAssertTrue(try officials.page(in: database).rows.map(\.code).contains("DT-0002"), "tan-binh's DT-0003 is DT-0002 now")
    }
}
