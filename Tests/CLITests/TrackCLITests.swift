import Foundation
import XCTest

/// Outcomes by track on the command line (issue 21): `check` lists the outcomes a version-1 file could not place,
/// without failing; an import with a measure its track does not have is refused, naming the file.
final class TrackCLITests: CLITestCase {
    func testCheckListsTheOutcomesToConfirmAndStillPasses() throws {
        let fixture = Self.root.appendingPathComponent("Tests/Fixtures/outcomes-v1.json").path
        XCTAssertEqual(try run(["import", fixture]).status, 0)
        let vi = try run(["check"])
        XCTAssertEqual(vi.status, 0, "an outcome to confirm is not an error: \(vi.out)\(vi.err)")
        XCTAssertEqual(vi.out, """
            Dữ liệu toàn vẹn, không phát hiện lỗi.
            1 kết quả xử lý cần xác nhận diện (Đảng, cán bộ, công chức, viên chức, đoàn thể):
              KN-2021-0002, kết quả 2 (DT-0003, Buộc thôi việc): chưa xác định diện xử lý (Chính quyền – công chức hay \
            Chính quyền – viên chức); mở kiến nghị, sửa dòng kết quả và chọn diện để xác nhận

            """)
        let en = try run(["--lang", "en", "check"])
        XCTAssertTrue(en.out.contains("1 outcome(s) need their track confirmed"), en.out)
        // Exported, it is a version-2 file that says the outcome is unplaced.
        let exported = try run(["export", "--out", folder + "/e.json"])
        XCTAssertEqual(exported.status, 0, exported.err)
        let text = try String(contentsOfFile: folder + "/e.json", encoding: .utf8)
        XCTAssertTrue(text.contains("\"version\": 2"))
        XCTAssertTrue(text.contains("\"track\": \"chua-xac-dinh\""))
    }

    func testAnImportWithAMeasureNotOfItsTrackIsRefusedNamingTheFile() throws {
        let fixture = Self.root.appendingPathComponent("Tests/Fixtures/outcomes-v2-tracks.json").path
        let bad = folder + "/sai.json"
        try (try String(contentsOfFile: fixture, encoding: .utf8))
            .replacingOccurrences(of: #""track": "vien-chuc", "measure": "buoc-thoi-viec""#, with: #""track": "vien-chuc", "measure": "ha-bac-luong""#)
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try run(["import", bad])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("sai.json") && result.err.contains("KN-2024-0002") && result.err.contains("outcomes[2].measure")
                      && result.err.contains("“Hạ bậc lương” không phải hình thức xử lý của diện Chính quyền – viên chức"), result.err)
        XCTAssertEqual(try run(["import", fixture]).status, 0, "the file as it is imports")
    }
}
