import Foundation
import XCTest

/// Runs the built `giamsat-tui` as a user would and compares what it prints with
/// files in `Golden/`. Set UPDATE_GOLDEN=1 to rewrite them after a deliberate change (never in CI: with `CI=true`
/// the variable fails the test).
class CLITestCase: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = root.appendingPathComponent("sample-data/vi-trung-2021-2026.json").path
    static let golden = root.appendingPathComponent("Tests/CLITests/Golden")

    var folder = ""

    override func setUp() {
        folder = NSTemporaryDirectory() + "giamsat-cli-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    struct Result { var status: Int32; var out: String; var err: String }

    /// The binary SwiftPM built next to this test bundle.
    var binary: URL {
        #if os(macOS)
        return Bundle(for: CLITestCase.self).bundleURL.deletingLastPathComponent().appendingPathComponent("giamsat-tui")
        #else
        return Bundle.main.bundleURL.appendingPathComponent("giamsat-tui")
        #endif
    }

    @discardableResult
    func run(_ arguments: [String], data: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--data", data ?? folder + "/data"] + arguments
        // A fixed day and no locale, so output is the same on every machine.
        process.environment = ["GIAMSAT_TODAY": "2026-11-23", "GIAMSAT_USER": "Kiểm thử", "HOME": folder, "PATH": "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                      err: String(decoding: errData, as: UTF8.self))
    }

    func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.golden.appendingPathComponent(name)
        let normalised = text.replacingOccurrences(of: folder, with: "$TMP")
        let environment = ProcessInfo.processInfo.environment
        if let update = environment["UPDATE_GOLDEN"], !update.isEmpty {
            // In CI the files are compared, never rewritten: a run that rewrote them would pass whatever changed.
            if environment["CI"] == "true" {
                return XCTFail("UPDATE_GOLDEN is set in CI: golden files are compared there, never rewritten", file: file, line: line)
            }
            if update == "1" { try normalised.write(to: url, atomically: true, encoding: .utf8) }
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(normalised, expected, "output differs from Golden/\(name)", file: file, line: line)
    }

    func importSample() throws {
        let result = try run(["import", Self.sample])
        XCTAssertEqual(result.status, 0, result.err)
    }

}

final class CLITests: CLITestCase {
    func testImportTwiceReportsEverythingUnchanged() throws {
        let first = try run(["import", Self.sample])
        XCTAssertEqual(first.status, 0, first.err)
        try assertGolden(first.out, "import-first.txt")
        let second = try run(["import", Self.sample])
        try assertGolden(second.out, "import-again.txt")
        XCTAssertEqual(try run(["check"]).status, 0)
    }

    func testExportImportExportIsByteIdentical() throws {
        try importSample()
        let exported = folder + "/one.json"
        XCTAssertEqual(try run(["export", "--format", "json", "--out", exported]).status, 0)
        XCTAssertEqual(try run(["import", exported], data: folder + "/fresh").status, 0)
        let again = try run(["export", "--format", "json"], data: folder + "/fresh")
        XCTAssertEqual(again.out, try String(contentsOfFile: exported, encoding: .utf8))
        XCTAssertFalse(again.out.contains("\"reporter\""))
        XCTAssertTrue(try run(["export", "--include-identities"]).out.contains("\"reporter\""))
    }

    func testSearchWithoutAccents() throws {
        try importSample()
        let hotline = try run(["list", "feedback", "--query", "duong day nong", "--format", "tsv"])
        XCTAssertEqual(hotline.status, 0, hotline.err)
        let rows = hotline.out.split(separator: "\n").dropFirst()
        XCTAssertFalse(rows.isEmpty)
        for row in rows { XCTAssertTrue(row.lowercased().contains("đường dây nóng"), String(row)) }
        try assertGolden(hotline.out, "feedback-duong-day-nong.tsv")

        let officials = try run(["list", "officials", "--query", "dinh", "--format", "tsv"])
        XCTAssertTrue(officials.out.contains("Nguyễn Văn Đình"))
        XCTAssertTrue(officials.out.contains("Lê Quốc Dinh"))
        try assertGolden(officials.out, "officials-dinh.tsv")
    }

    func testTablesAndEnglish() throws {
        try importSample()
        try assertGolden(try run(["list", "feedback", "--overdue"]).out, "feedback-overdue.txt")
        try assertGolden(try run(["--lang", "en", "list", "plans"]).out, "plans-en.txt")
        let reviews = try run(["list", "reviews", "--year", "2024", "--locality", "AP01", "--format", "tsv"])
        XCTAssertEqual(reviews.status, 0, reviews.err)
        // The sample is a merged commune: the list ends with the former commune of each line (empty for its own).
        XCTAssertEqual(reviews.out.split(separator: "\n").first, "Năm\tĐịa bàn\tMã\tHọ và tên\tĐánh giá\tÝ kiến\tXã cũ")
        XCTAssertTrue(reviews.out.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("2024\tẤp 1\t") }, reviews.out)
        XCTAssertEqual(reviews.out.split(separator: "\n").count, 8, "the seven members of Ấp 1 reviewed in 2024")
        XCTAssertEqual(try run(["list", "plans", "--year", "2024"]).status, 2, "--year is for reviews")
        let json = try run(["list", "recommendations", "--status", "cho-tra-loi", "--format", "json"])
        XCTAssertEqual(json.status, 0)
        try assertGolden(json.out, "recommendations-pending.json")
    }

    func testBadBundleIsRefusedWholeAndNamesRecordAndField() throws {
        try importSample()
        let before = try run(["export", "--include-identities"]).out
        var text = try String(contentsOfFile: Self.sample, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"channel\": \"hom-thu\"", with: "\"channel\": \"fax\"", range: text.range(of: "\"channel\": \"hom-thu\""))
        text = text.replacingOccurrences(of: "\"code\": \"PA-2022-0002\",", with: "\"code\": \"PA-2022-0002\", \"reciever\": \"x\",")
        text = text.replacingOccurrences(of: "\"summary\": \"", with: "\"summary\": \"ĐÃ SỬA ")
        let bad = folder + "/bad.json"
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try run(["import", bad])
        XCTAssertEqual(result.status, 1)
        try assertGolden(result.err, "import-bad.txt")
        XCTAssertEqual(try run(["export", "--include-identities"]).out, before, "nothing was written")
    }

    func testExitCodesAndMessages() throws {
        let notYet = try run(["list", "feedback"])
        XCTAssertEqual(notYet.status, 1)
        XCTAssertTrue(notYet.err.contains("chưa có dữ liệu"), notYet.err)
        XCTAssertEqual(try run(["list", "nothing"]).status, 2)
        XCTAssertEqual(try run(["frobnicate"]).status, 2)
        let help = try run(["--help"])
        XCTAssertEqual(help.status, 0)
        for command in ["init", "import", "export", "list", "check", "backup"] { XCTAssertTrue(help.out.contains(command), command) }
        try importSample()
        let status = try run(["list", "feedback", "--status", "xong"])
        XCTAssertEqual(status.status, 2)
        XCTAssertTrue(status.err.contains("tiep-nhan"))
        let missing = try run(["import", folder + "/none.json"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertFalse(missing.err.contains("Fatal"))
        let other = try run(["init", "--commune-name", "Xã Khác"])
        XCTAssertEqual(other.status, 1)
        XCTAssertTrue(other.err.contains("đã có dữ liệu"))
    }

    func testInitCSVImportAndBackup() throws {
        let created = try run(["init", "--commune-name", "Xã Lao Chải", "--district", "Huyện Mù Cang Chải", "--province", "Tỉnh Yên Bái"])
        XCTAssertEqual(created.status, 0, created.err)
        let csv = folder + "/ds.csv"
        try "\u{FEFF}Mã,Họ,Tên đệm,Tên,Đối tượng,Chức vụ\nDT-0001,Giàng,A,Dình,Người đứng đầu,Bí thư Đảng ủy xã\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try run(["import", csv])
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertTrue(try run(["list", "officials", "--format", "tsv"]).out.contains("DT-0001\tGiàng A Dình\tBí thư Đảng ủy xã"))
        let backup = try run(["backup", "--out", folder + "/b.sqlite"])
        XCTAssertEqual(backup.status, 0, backup.err)
        XCTAssertEqual(try run(["list", "officials"], data: folder + "/data").status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/b.sqlite"))
    }
}
