import XCTest
@testable import GiamSatCore

final class StoreTests: XCTestCase {
    func testSaveAddsUpdatesAndAuditsEachChangedField() throws {
        let db = try Fixtures.database()
        var official = try XCTUnwrap(db.fetch(Official.self, code: "DT-0001"))
        XCTAssertEqual(official.version, 1)
        official.position = "Chủ tịch UBND xã"
        official.status = .chuyenCongTac
        XCTAssertEqual(try db.save(official, expectedVersion: 1, by: "Linh"), .updated(fields: ["position", "status"]))
        XCTAssertEqual(try db.save(official, by: "Linh"), .unchanged)
        let trail = try db.auditTrail(.official, code: "DT-0001")
        XCTAssertEqual(trail.map(\.field), ["*", "position", "status"])
        XCTAssertEqual(trail[1].old, "Bí thư Đảng ủy xã")
        XCTAssertEqual(trail[1].new, "Chủ tịch UBND xã")
        XCTAssertEqual(trail[1].by, "Linh")
        XCTAssertEqual(try db.fetch(Official.self, code: "DT-0001")?.version, 2)
    }

    func testStaleSaveIsRefusedAndNothingIsOverwritten() throws {
        let db = try Fixtures.database()
        var mine = try XCTUnwrap(db.fetch(Official.self, code: "DT-0002"))
        var theirs = mine
        theirs.unit = "UBND xã"
        try db.save(theirs, expectedVersion: theirs.version, by: "A")
        mine.unit = "HĐND xã"
        XCTAssertThrowsError(try db.save(mine, expectedVersion: mine.version, by: "B")) { error in
            XCTAssertEqual(error as? GiamSatError, .staleWrite(entity: .official, code: "DT-0002"))
        }
        XCTAssertEqual(try db.fetch(Official.self, code: "DT-0002")?.unit, "UBND xã")
    }

    func testSearchIsAccentInsensitiveAndUsesOfficialNames() throws {
        let db = try Fixtures.database()
        try db.save(Fixtures.feedback("PA-2021-0001", summary: "Gọi Đường dây nóng về việc thu tiền"), by: "A")
        try db.save(Fixtures.feedback("PA-2021-0002", summary: "Hòm thư góp ý", officials: ["DT-0002"]), by: "A")
        XCTAssertEqual(try db.feedback(ListFilter(query: "duong day nong")).map(\.code), ["PA-2021-0001"])
        XCTAssertEqual(try db.feedback(ListFilter(query: "ĐƯỜNG DÂY")).map(\.code), ["PA-2021-0001"])
        XCTAssertEqual(try db.feedback(ListFilter(query: "nguyen dinh")).map(\.code), ["PA-2021-0002"], "by the official's name")
        XCTAssertEqual(try db.feedback(ListFilter(query: "dinh")).count, 2, "Dình and Đình")
        XCTAssertEqual(try db.feedback(ListFilter(query: "hang de")).count, 2, "by locality name")
        XCTAssertEqual(try db.feedback(ListFilter(query: "2021-0002")).map(\.code), ["PA-2021-0002"], "by code")
        XCTAssertEqual(try db.officials(ListFilter(query: "dinh")).map(\.code), ["DT-0001", "DT-0002"], "Dình and Đình")
        XCTAssertEqual(try db.feedback(ListFilter(query: "\"*)(")).count, 2, "punctuation only is no filter, not an error")
        // Renaming an official re-indexes the feedback that names them.
        var official = try XCTUnwrap(db.fetch(Official.self, code: "DT-0002"))
        official.givenName = "Khánh"
        try db.save(official, by: "A")
        XCTAssertEqual(try db.feedback(ListFilter(query: "khanh")).map(\.code), ["PA-2021-0002"])
        XCTAssertEqual(try db.feedback(ListFilter(query: "nguyen dinh")).map(\.code), [])
    }

    func testListsPageAndFilter() throws {
        let db = try Fixtures.database()
        for day in 1...9 {
            var f = Fixtures.feedback("PA-2021-000\(day)", received: "2021-03-0\(day)")
            if day % 3 == 0 { try f.advance(to: .init(status: .luu, on: f.receivedOn)) }
            try db.save(f, by: "A")
        }
        XCTAssertEqual(try db.feedback(ListFilter(limit: 3)).map(\.code), ["PA-2021-0009", "PA-2021-0008", "PA-2021-0007"])
        XCTAssertEqual(try db.feedback(ListFilter(limit: 3, offset: 3)).map(\.code), ["PA-2021-0006", "PA-2021-0005", "PA-2021-0004"])
        XCTAssertEqual(try db.feedback(ListFilter(status: "luu")).count, 3)
        let today = Fixtures.date("2021-04-05") // due dates 31/03 … 08/04
        XCTAssertEqual(try db.feedback(ListFilter(overdue: true, today: today)).map(\.code), ["PA-2021-0005", "PA-2021-0004", "PA-2021-0002", "PA-2021-0001"])
        XCTAssertEqual(try db.countFeedback(ListFilter(overdue: true, today: today)), 4)
    }

    func testRevealingAReporterIsAudited() throws {
        let db = try Fixtures.database()
        try db.save(Fixtures.feedback("PA-2021-0001"), by: "A")
        XCTAssertEqual(try db.revealReporter(of: "PA-2021-0001", by: "Linh")?.name, "Người Báo Tin")
        let last = try XCTUnwrap(db.auditTrail(.feedback, code: "PA-2021-0001").last)
        XCTAssertEqual(last.field, AuditEntry.revealField)
        XCTAssertEqual(last.by, "Linh")
    }

    func testCheckPassesOnGoodDataAndFindsBrokenRows() throws {
        let db = try Fixtures.database()
        try db.save(Fixtures.feedback("PA-2021-0001"), by: "A")
        XCTAssertEqual(try db.check(), [])
        // The store refuses a dangling reference at commit, so break the file behind its back.
        try db.withoutTransaction { db in
            try db.execute(sql: """
                PRAGMA foreign_keys = OFF;
                UPDATE feedback SET status = 'da-tra-loi' WHERE code = 'PA-2021-0001';
                INSERT INTO feedback_official(feedback, position, official) VALUES ('PA-2021-0001', 9, 'DT-9999');
                PRAGMA foreign_keys = ON;
                """)
        }
        XCTAssertEqual(try db.check().count, 2)
    }

    func testFilesArePrivateAndBackupIsConsistent() throws {
        let folder = NSTemporaryDirectory() + "giamsat-test-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let directory = DataDirectory(path: folder + "/data")
        XCTAssertThrowsError(try AppDatabase.open(directory, create: false))
        let db = try AppDatabase.open(directory, create: true)
        try db.setCommune(Fixtures.commune, by: "A")
        let mode = { (path: String) in ((try FileManager.default.attributesOfItem(atPath: path))[.posixPermissions] as! NSNumber).intValue }
        XCTAssertEqual(try mode(directory.path), 0o700)
        XCTAssertEqual(try mode(directory.databasePath), 0o600)
        try db.backup(to: folder + "/copy.sqlite")
        let copy = try AppDatabase.open(DataDirectory(path: folder + "/copy-dir"), create: true)
        _ = copy
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/copy.sqlite"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/copy.sqlite.partial"))
    }
}
