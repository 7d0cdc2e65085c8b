import Foundation
import XCTest

/// `list localities` (what the settings screen's localities list shows, for scripts) and the archive in `list officials`.
final class LocalitiesCLITests: CLITestCase {
    func testListLocalitiesWithTheOfficialsLivingThere() throws {
        try importSample()
        let table = try run(["list", "localities"])
        XCTAssertEqual(table.status, 0, table.err)
        try assertGolden(table.out, "localities.txt")
        let json = try run(["list", "localities", "--query", "vi dong", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.err)
        XCTAssertTrue(json.out.contains("\"code\": \"AP08\"") && json.out.contains("\"officials\": 9"), json.out)
        XCTAssertFalse(json.out.contains("AP01"), "the query filters, accents optional")
        let refused = try run(["list", "localities", "--status", "x"])
        XCTAssertEqual(refused.status, 2, "a status means nothing for a locality")
    }

    func testAnArchivedOfficialIsMarkedInTheList() throws {
        try importSample()
        let bundle = folder + "/archive.json"
        try """
            {"format": "giamsat-bundle", "version": 1,
             "officials": [{"code": "DT-0064", "familyName": "Lê", "middleName": "Đức", "givenName": "Dũng", "category": "can-bo-dang-vien",
                            "archived": true, "exemptFromResidence": true}]}
            """.write(toFile: bundle, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["import", bundle]).status, 0)
        let listed = try run(["list", "officials", "--query", "le duc dung"])
        XCTAssertTrue(listed.out.contains("Đang công tác · lưu trữ"), listed.out)
        let json = try run(["list", "officials", "--query", "le duc dung", "--format", "json"])
        XCTAssertTrue(json.out.contains("\"archived\": true") && json.out.contains("\"exemptFromResidence\": true"), json.out)
    }

    func testInitWithVillagesAndFormerCommunes() throws {
        let made = try run(["init", "--commune-name", "Xã Tân Hòa", "--province", "Tỉnh Cần Thơ", "--staff", "Nguyễn Văn An",
                            "--former-commune", "Xã Tân An", "--locality", "Ấp 1", "--locality-kind", "ap", "--locality", "Tân Lợi",
                            "--locality", "Thôn Mới"])
        XCTAssertEqual(made.status, 0, made.err)
        let json = try run(["list", "localities", "--format", "json"])
        for expected in ["\"code\": \"AP01\"", "\"name\": \"Ấp 1\"", "\"code\": \"AP02\"", "\"name\": \"Tân Lợi\"", "\"code\": \"TH01\""] {
            XCTAssertTrue(json.out.contains(expected), expected + "\n" + json.out)
        }
        XCTAssertEqual(try run(["init", "--commune-name", "Xã Khác"]).status, 1, "a folder is set up once")
        XCTAssertEqual(try run(["init", "--commune-name", "Xã Khác", "--locality-kind", "lang"], data: folder + "/other").status, 2)
    }
}
