import Foundation
import XCTest
@testable import GiamSatCore

/// The officials' store: their page, archive, filters, new codes; the exempt and archived flags in the schema
/// and the bundle.
final class OfficialPageTests: XCTestCase {
    let user = Fixtures.user

    /// Two officials, a plan supervising DT-0001 with findings, feedback about DT-0001, a recommendation from it
    /// with an outcome for DT-0001, another recommendation deciding about DT-0001 with no source, a review.
    func database() throws -> AppDatabase {
        let db = try Fixtures.database()
        try db.save(Plan(code: "KH-2021-01", title: "Giám sát nêu gương", year: 2021, type: .chuyenDe, form: .doanGiamSat,
                         startOn: Fixtures.date("2021-08-18"), supervised: [.init(official: "DT-0001", findings: "Gương mẫu; còn chậm báo cáo")],
                         status: .hoanThanh), by: user)
        try db.save(Plan(code: "KH-2022-01", title: "Giám sát khác", year: 2022, type: .thuongXuyen, form: .hoiNghi,
                         supervised: [.init(official: "DT-0002")], status: .banHanh), by: user)
        try db.save(Fixtures.feedback("PA-2021-0001"), by: user)
        try db.save(Fixtures.feedback("PA-2021-0002", officials: ["DT-0002"]), by: user)
        try db.save(Recommendation(code: "KN-2021-0001", source: "PA-2021-0001", to: "Ủy ban Kiểm tra", sentOn: Fixtures.date("2021-04-01")), by: user)
        try db.save(Recommendation(code: "KN-2021-0002", to: "Ủy ban Kiểm tra Huyện ủy", sentOn: Fixtures.date("2021-05-01"),
                                   outcome: .init(official: "DT-0001", track: .dang, measure: .khienTrach, decisionNumber: "12-QĐ/UBKT",
                                                  decidedOn: Fixtures.date("2021-05-20"), decidedBy: "Ủy ban Kiểm tra Huyện ủy")), by: user)
        try db.save(Recommendation(code: "KN-2021-0003", source: "PA-2021-0002", to: "UBND xã", sentOn: Fixtures.date("2021-06-01")), by: user)
        try db.save(ResidenceReview(year: 2021, locality: "TH01", official: "DT-0001", assessment: .tot, opinions: "Gương mẫu"), by: user)
        try db.save(ResidenceReview(year: 2022, locality: "TH01", official: "DT-0001", assessment: .coHanChe), by: user)
        return db
    }

    func testThePageGathersEverythingAboutTheOfficialAndNothingAboutOthers() throws {
        let page = try database().officialPage(code: "DT-0001")
        XCTAssertEqual(page.official.fullName, "Giàng A Dình")
        XCTAssertEqual(page.residenceName, "Thôn Háng Đề Dê")
        XCTAssertEqual(page.plans.map(\.code), ["KH-2021-01"])
        XCTAssertEqual(page.plans.first?.findings, "Gương mẫu; còn chậm báo cáo")
        XCTAssertEqual(page.feedback.map(\.code), ["PA-2021-0001"])
        XCTAssertEqual(page.feedback.first?.status, .tiepNhan)
        XCTAssertEqual(page.recommendations.map(\.code), ["KN-2021-0002", "KN-2021-0001"], "newest first; KN-0003 is about DT-0002")
        XCTAssertEqual(page.recommendations.first?.measure, .khienTrach, "the outcome decided for them")
        XCTAssertEqual(page.recommendations.first?.track, .dang)
        XCTAssertEqual(page.recommendations.first?.decisionNumber, "12-QĐ/UBKT")
        XCTAssertNil(page.recommendations.last?.measure, "arose from feedback about them, no outcome yet")
        XCTAssertEqual(page.recommendations.last?.source, "PA-2021-0001")
        XCTAssertEqual(page.reviews.map(\.year), [2022, 2021])
        XCTAssertEqual(page.reviews.last?.localityName, "Thôn Háng Đề Dê")
        XCTAssertEqual(page.totals, OfficialPage.Totals(plans: 1, feedback: 1, recommendations: 2, reviews: 2))
        XCTAssertEqual(page.audit.first?.field, AuditEntry.createdField)
        XCTAssertThrowsError(try database().officialPage(code: "DT-0404")) {
            XCTAssertEqual($0 as? GiamSatError, .notFound(entity: .official, code: "DT-0404"))
        }
    }

    func testArchivedOfficialsLeaveListsAndPickersButStayInRecordsAndTallies() throws {
        let db = try database()
        let year = TallyPeriod(year: 2021, kind: .year)
        let before = try db.tally(year, today: Fixtures.date("2021-12-31"))
        var active = OfficialListRequest()
        XCTAssertEqual(try active.page(in: db).rows.map(\.code), ["DT-0001", "DT-0002"])
        let step = try db.setArchived(true, official: "DT-0001", version: 1, by: user)
        XCTAssertEqual(try active.page(in: db).rows.map(\.code), ["DT-0002"], "left out of the list")
        active.query = "dinh"
        XCTAssertEqual(try active.page(in: db).rows.map(\.code), ["DT-0002"], "and out of the picker's search")
        var archived = OfficialListRequest()
        archived.archived = true
        XCTAssertEqual(try archived.page(in: db).rows.map(\.code), ["DT-0001"])
        XCTAssertEqual(try archived.page(in: db).rows.first?.archived, true)
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.officials, ["DT-0001"], "history keeps naming them")
        XCTAssertEqual(try db.officialNames(["DT-0001"]), ["DT-0001": "Giàng A Dình"])
        XCTAssertEqual(try db.tally(year, today: Fixtures.date("2021-12-31")), before, "tallies count them as before")
        XCTAssertEqual(try db.auditTrail(.official, code: "DT-0001").last.map { [$0.field, $0.old, $0.new] }, ["archived", "false", "true"])
        XCTAssertThrowsError(try db.setArchived(false, official: "DT-0001", version: 1, by: user), "an old version is refused") {
            XCTAssertEqual($0 as? GiamSatError, .staleWrite(entity: .official, code: "DT-0001"))
        }
        try db.undo(step, by: user)
        XCTAssertEqual(try db.fetch(Official.self, code: "DT-0001")?.archived, false, "archiving is undone like any change")
    }

    func testFiltersByUnitResidenceAndPartyMember() throws {
        let db = try database()
        try db.save(Locality(code: "TH02", name: "Bản Lìm Mông", kind: .ban), by: user)
        try db.save(Official(code: "DT-0003", familyName: "Lò", middleName: "Thị", givenName: "Mai", unit: "UBND xã",
                             category: .canBoDangVien, residence: "TH02"), by: user)
        var request = OfficialListRequest()
        request.unit = "UBND xã"
        XCTAssertEqual(try request.page(in: db).rows.map(\.code), ["DT-0003"])
        request.unit = nil
        request.residence = "TH01"
        XCTAssertEqual(try request.page(in: db).rows.map(\.code), ["DT-0001", "DT-0002"])
        request.residence = nil
        request.partyMember = false
        XCTAssertEqual(try request.page(in: db).rows.map(\.code), ["DT-0003"])
        request.partyMember = true
        XCTAssertEqual(try request.page(in: db).total, 2)
        let choices = try db.officialFilterChoices()
        XCTAssertEqual(choices.units, ["Đảng ủy xã Lao Chải", "UBND xã"], "Vietnamese order: Đ after D, before U")
        XCTAssertEqual(choices.localities.map(\.code), ["TH02", "TH01"], "Bản before Thôn")
    }

    func testNewOfficialTakesTheNextFreeCodeAndNeedsAKnownResidence() throws {
        let db = try database()
        XCTAssertEqual(try db.nextOfficialCode(), "DT-0003")
        let official = Official(code: "DT-0001", familyName: "Lò", givenName: "Mai", category: .canBoDangVien, residence: "TH01")
        XCTAssertEqual(try db.saveNew(official, by: user), "DT-0003", "DT-0001 was taken: never overwritten")
        XCTAssertEqual(try db.fetch(Official.self, code: "DT-0001")?.givenName, "Dình")
        var nowhere = official
        nowhere.residence = "XX99"
        XCTAssertThrowsError(try db.saveNew(nowhere, by: user)) {
            XCTAssertEqual(($0 as? RecordError)?.problem, .unknownReference(entity: .locality, code: "XX99"))
        }
        XCTAssertEqual(try db.nextOfficialCode(), "DT-0004", "the refused one wrote nothing")
        var edited = try XCTUnwrap(db.fetch(Official.self, code: "DT-0003"))
        edited.exemptFromResidence = true
        XCTAssertNotNil(try db.saveEdit(edited, expectedVersion: 1, by: user))
        XCTAssertThrowsError(try db.saveEdit(edited, expectedVersion: 1, by: user), "a stale edit is refused")
    }

    func testExemptAndArchivedAreStoredAndTravelInTheBundleOnlyWhenSet() throws {
        let db = try database()
        var official = try XCTUnwrap(db.fetch(Official.self, code: "DT-0002"))
        official.exemptFromResidence = true
        official.archived = true
        try db.save(official, by: user)
        let stored = try XCTUnwrap(db.fetch(Official.self, code: "DT-0002"))
        XCTAssertTrue(stored.exemptFromResidence && stored.archived)
        let text = BundleWriter.json(try db.exportBundle(), includeIdentities: false).serialized()
        XCTAssertTrue(text.contains("\"exemptFromResidence\": true") || text.contains("\"exemptFromResidence\":true"))
        XCTAssertEqual(text.components(separatedBy: "exemptFromResidence").count - 1, 1, "written only for the one that is exempt")
        XCTAssertEqual(text.components(separatedBy: "\"archived\"").count - 1, 1)
        let back = try BundleReader.read(Data(text.utf8), file: "x.json")
        XCTAssertEqual(back.officials.first { $0.code == "DT-0002" }?.exemptFromResidence, true)
        XCTAssertEqual(back.officials.first { $0.code == "DT-0002" }?.archived, true)
        XCTAssertEqual(back.officials.first { $0.code == "DT-0001" }?.archived, false, "absent means false")
        let fresh = try AppDatabase.inMemory()
        _ = try fresh.importBundles([("x.json", back)], by: user)
        XCTAssertTrue(try XCTUnwrap(fresh.fetch(Official.self, code: "DT-0002")).hasSameContent(as: stored), "the round trip keeps both flags")
    }

    func testASpreadsheetImportedAgainKeepsTheArchiveAndTheExemption() throws {
        let db = try database()
        var official = try XCTUnwrap(db.fetch(Official.self, code: "DT-0001"))
        official.archived = true
        official.exemptFromResidence = true
        try db.save(official, by: user)
        let csv = "Mã;Họ và tên;Đối tượng\nDT-0001;Giàng A Dình;Người đứng đầu\nDT-0009;Lò Văn Pao;Cán bộ, đảng viên\n"
        let read = try OfficialsCSV.read(Data(csv.utf8), file: "ds.csv")
        XCTAssertEqual(read.first?.archived, false, "the sheet says nothing of it")
        var bundle = CaseBundle()
        bundle.officials = try db.keepingStoredFlags(read)
        _ = try db.importBundles([("ds.csv", bundle)], by: user)
        let stored = try XCTUnwrap(db.fetch(Official.self, code: "DT-0001"))
        XCTAssertTrue(stored.archived && stored.exemptFromResidence, "not brought back from the archive")
        XCTAssertEqual(try db.fetch(Official.self, code: "DT-0009")?.archived, false)
    }

    func testTheMigrationIsRegisteredAndAddsTheColumns() throws {
        let db = try AppDatabase.inMemory()
        let columns = try db.read { db in try db.columns(in: "official").map(\.name) }
        XCTAssertTrue(columns.contains("exempt_from_residence") && columns.contains("archived"))
        let migrations = try db.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        XCTAssertTrue(migrations.contains("v3-officials-archive"))
    }
}
