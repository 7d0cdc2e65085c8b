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
}
