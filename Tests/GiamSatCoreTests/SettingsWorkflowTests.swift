import XCTest
@testable import GiamSatCore

/// The settings' named writes: general settings, localities and public holidays, each one audited transaction.
final class SettingsWorkflowTests: XCTestCase {
    let user = Fixtures.user

    func testGeneralSettingsAreSavedTogetherWithAnAuditRowPerChange() throws {
        let db = try Fixtures.database()
        var settings = try db.generalSettings()
        XCTAssertEqual(settings, GeneralSettings(communeName: "Xã Lao Chải", province: "Tỉnh Yên Bái", district: "Huyện Mù Cang Chải"))
        settings.communeName = "Xã  Lao Chải "
        settings.province = "Tỉnh Lào Cai"
        settings.staffName = "Nguyễn Thị Hạnh"
        settings.dueDays = 45
        settings.language = .en
        settings.inputMethod = "vni"
        let changed = try db.saveGeneralSettings(settings, by: user)
        XCTAssertEqual(Set(changed), ["province", "staffName", "dueDays", "language", "inputMethod"], "the name only lost spaces: unchanged")
        let saved = try db.generalSettings()
        XCTAssertEqual(saved.communeName, "Xã Lao Chải")
        XCTAssertEqual(saved.province, "Tỉnh Lào Cai")
        XCTAssertEqual(saved.language, .en)
        XCTAssertEqual(try db.settings().dueDays, 45, "deadlines use the new number of days")
        XCTAssertEqual(try db.staffName(), "Nguyễn Thị Hạnh", "the same name the command line writes in the audit trail")
        let audit = try db.auditTrail(.commune, code: "lao-chai").map(\.field)
        XCTAssertTrue(audit.contains("province") && audit.contains("settings.dueDays") && audit.contains("settings.staffName"))
        XCTAssertEqual(try db.saveGeneralSettings(saved, by: user), [], "saving the same values changes nothing")
    }

    func testBadSettingsAreRefusedWholeAndWriteNothing() throws {
        let db = try Fixtures.database()
        var settings = try db.generalSettings()
        settings.province = "Tỉnh Khác"
        settings.dueDays = 0
        XCTAssertThrowsError(try db.saveGeneralSettings(settings, by: user)) {
            XCTAssertEqual(($0 as? RecordError)?.field, "dueDays")
            XCTAssertTrue(($0 as? RecordError)?.message(.vi).contains("1–365") ?? false)
        }
        settings.dueDays = 30
        settings.communeName = "  "
        XCTAssertThrowsError(try db.saveGeneralSettings(settings, by: user))
        settings.communeName = "Xã X"
        settings.inputMethod = "unikey"
        XCTAssertThrowsError(try db.saveGeneralSettings(settings, by: user))
        XCTAssertEqual(try db.generalSettings().province, "Tỉnh Yên Bái", "nothing half-done")
    }

    func testLocalitiesAreAddedRenamedAndDeletedOnlyWhenUnused() throws {
        let db = try Fixtures.database()
        XCTAssertEqual(try db.addLocality(Locality(code: "", name: "Thôn  Pú Vá", kind: .thon), by: user), "TH02", "next code of its kind")
        XCTAssertEqual(try db.addLocality(Locality(code: "tdp5", name: "Tổ dân phố 5", kind: .toDanPho), by: user), "TDP5")
        XCTAssertThrowsError(try db.addLocality(Locality(code: "TH01", name: "Trùng", kind: .thon), by: user)) {
            XCTAssertEqual(($0 as? RecordError)?.problem, .duplicateCode)
        }
        XCTAssertThrowsError(try db.addLocality(Locality(code: "", name: " ", kind: .thon), by: user))
        XCTAssertEqual(try db.fetch(Locality.self, code: "TH02")?.name, "Thôn Pú Vá")
        var renamed = try XCTUnwrap(db.fetch(Locality.self, code: "TH01"))
        renamed.name = "Bản Háng Đề Dê"
        renamed.kind = .ban
        XCTAssertNotNil(try db.editLocality(renamed, expectedVersion: 1, by: user))
        XCTAssertEqual(try db.officialPage(code: "DT-0001").residenceName, "Bản Háng Đề Dê", "records point to the code")
        XCTAssertEqual(try db.localityUse("TH01"), AppDatabase.LocalityUse(officials: 2, feedback: 0, reviews: 0))
        XCTAssertThrowsError(try db.deleteLocality(code: "TH01", by: user)) {
            XCTAssertEqual($0 as? GiamSatError, .localityInUse(code: "TH01", officials: 2, feedback: 0, reviews: 0))
        }
        XCTAssertNotNil(try db.fetch(Locality.self, code: "TH01"), "one in use is never deleted")
        try db.deleteLocality(code: "TH02", by: user)
        XCTAssertNil(try db.fetch(Locality.self, code: "TH02"))
        XCTAssertEqual(try db.auditTrail(.locality, code: "TH02").last?.field, AuditEntry.deletedField)
        var request = LocalityListRequest()
        XCTAssertEqual(try request.page(in: db).rows.map(\.code), ["TH01", "TDP5"], "Bản before Tổ")
        request.query = "to dan"
        XCTAssertEqual(try request.page(in: db).rows.map { [$0.code, String($0.officials)] }, [["TDP5", "0"]])
    }

    func testHolidaysStartFromTheShippedListAndChangeTheDeadlines() throws {
        let db = try Fixtures.database()
        let received = Fixtures.date("2026-08-26") // Wednesday; 2/9 is a holiday
        let feedback = Feedback(code: "PA-2026-0001", receivedOn: received, channel: .homThu, kind: .phanAnh, summary: "x")
        XCTAssertEqual(feedback.classifyBy(try db.settings().calendar), Fixtures.date("2026-09-10"))
        try db.addHoliday(Fixtures.date("2026-09-01"), by: user)
        try db.addHoliday(Fixtures.date("2026-09-01"), by: user) // already there: nothing written
        let holidays = try db.settings().holidays
        XCTAssertTrue(holidays.isSuperset(of: WorkingCalendar.defaultHolidays()), "the shipped days stay")
        XCTAssertEqual(feedback.classifyBy(try db.settings().calendar), Fixtures.date("2026-09-11"), "one more day off, one day later")
        try db.removeHoliday(Fixtures.date("2026-09-02"), by: user)
        XCTAssertFalse(try db.settings().holidays.contains(Fixtures.date("2026-09-02")), "a shipped day can be removed too")
        XCTAssertEqual(try db.auditTrail(.commune, code: "lao-chai").filter { $0.field == "settings.holidays" }.map { [$0.old, $0.new] },
                       [["", "2026-09-01"], ["2026-09-02", ""]])
    }
}
