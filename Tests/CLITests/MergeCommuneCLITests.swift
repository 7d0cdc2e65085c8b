import Foundation
import XCTest

/// `merge-commune` as a user runs it on the three former communes of sample-data/former-communes.
final class MergeCommuneCLITests: CLITestCase {
    var formerFiles: [String] {
        ["tan-an", "tan-binh", "tan-cuong"].map { Self.root.appendingPathComponent("sample-data/former-communes/\($0).json").path }
    }
    var joins: String { Self.root.appendingPathComponent("sample-data/former-communes/joins.txt").path }

    func initNewCommune() throws {
        let result = try run(["init", "--commune-name", "Xã Tân Hòa", "--province", "Tỉnh Cần Thơ"])
        XCTAssertEqual(result.status, 0, result.err)
    }

    func testDryRunPrintsThePlanThenTheRunDoesItAndASecondRunChangesNothing() throws {
        try initNewCommune()
        let dry = try run(["merge-commune", "--dry-run"] + formerFiles)
        XCTAssertEqual(dry.status, 0, dry.err)
        try assertGolden(dry.out, "merge-commune-dry-run.txt")
        XCTAssertTrue(dry.out.contains("tan-binh/DT-0003 = tan-an/DT-0002"), "the candidate comes with its mapping line")
        XCTAssertFalse(try run(["export"]).out.contains("PA-2024-0001"), "a dry run writes nothing")

        let merged = try run(["merge-commune", "--map", joins, "--merged-on", "01/07/2025", "--resolution", "1234/NQ-UBTVQH15"] + formerFiles)
        XCTAssertEqual(merged.status, 0, merged.err)
        XCTAssertTrue(merged.out.contains("tan-binh/DT-0003 → DT-0002"))
        XCTAssertTrue(merged.out.contains("PA-2024-0001  →  PA-2024-0004"), merged.out)
        XCTAssertEqual(try run(["check"]).status, 0)

        // Three "Ấp 1" told apart by their former commune, in the localities and reviews lists.
        let villages = try run(["list", "localities"]).out
        XCTAssertTrue(villages.contains("Xã cũ"), villages)
        for unit in ["Xã Tân An", "Xã Tân Bình", "Xã Tân Cường"] {
            XCTAssertTrue(villages.split(separator: "\n").contains { $0.contains("Ấp 1 ") && $0.hasSuffix(unit) }, unit)
        }
        XCTAssertTrue(try run(["list", "reviews", "--year", "2024"]).out.contains("Xã Tân Cường"))

        let again = try run(["merge-commune", "--map", joins] + formerFiles)
        XCTAssertEqual(again.status, 0, again.err)
        XCTAssertTrue(again.out.contains("Không có gì mới"), again.out)
    }

    func testRefusalExitsWithAnErrorAndWritesNothing() throws {
        try initNewCommune()
        // The same former commune twice: refused, named, nothing written.
        let result = try run(["merge-commune", formerFiles[0], formerFiles[0]])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.out.contains("KHÔNG gộp"), result.out)
        XCTAssertTrue(result.out.contains("tan-an"), result.out)
        XCTAssertTrue(result.err.contains("chưa ghi gì"), result.err)
        let export = try run(["export"])
        XCTAssertFalse(export.out.contains("DT-0001"), "nothing was written")
    }

    func testAMergeThatWritesBacksUpJustBeforeAndNamesTheCopy() throws {
        try initNewCommune()
        let merged = try run(["merge-commune", "--map", joins] + formerFiles.prefix(2))
        XCTAssertEqual(merged.status, 0, merged.err)
        let line = try XCTUnwrap(merged.out.split(separator: "\n").first { $0.contains("truoc-gop-") }, merged.out)
        let path = try XCTUnwrap(line.split(separator: " ").first { $0.hasPrefix("/") && $0.hasSuffix(".sqlite") }.map(String.init))
        XCTAssertTrue(FileManager.default.fileExists(atPath: path), path)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o600)
        let again = try run(["merge-commune", "--map", joins] + formerFiles.prefix(2))
        XCTAssertFalse(again.out.contains("truoc-gop-"), "nothing new: no copy")
        // The third former commune's file comes later, with the same mapping file: its line about tan-binh was done.
        let third = try run(["merge-commune", "--map", joins, formerFiles[2]])
        XCTAssertEqual(third.status, 0, third.out + third.err)
        XCTAssertTrue(third.out.contains("truoc-gop-"), third.out)
        XCTAssertEqual(try run(["check"]).status, 0)
    }

    func testTheMergerDateReadsAsTallysDatesAndAnImpossibleOneIsRefused() throws {
        try initNewCommune()
        let iso = try run(["merge-commune", "--dry-run", "--merged-on", "2025-07-01", formerFiles[0]])
        XCTAssertEqual(iso.status, 0, iso.err)
        XCTAssertTrue(iso.out.contains("sáp nhập 01/07/2025"), iso.out)
        let impossible = try run(["merge-commune", "--merged-on", "31/02/2025", formerFiles[0]])
        XCTAssertEqual(impossible.status, 1)
        XCTAssertTrue(impossible.err.contains("31/02/2025"), impossible.err)
    }

    func testACsvGivenAsAFormerCommuneSaysWhatMergeCommuneTakes() throws {
        try initNewCommune()
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("ds-\(UUID().uuidString).csv").path
        try "Mã,Họ và tên,Đối tượng\nDT-0001,Nguyễn Văn A,Người đứng đầu\n".write(toFile: csv, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: csv) }
        let result = try run(["merge-commune", csv])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("dùng import"), result.err)
    }

    func testAMergerDateInTheFutureIsRefusedAsATypingMistake() throws {
        try initNewCommune()
        let result = try run(["merge-commune", "--merged-on", "01/07/2052"] + formerFiles)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.contains("tương lai"), result.err)
        XCTAssertFalse(try run(["export"]).out.contains("DT-0001"), "nothing was written")
    }

    func testImportingAFormerCommunesBundlePointsToMergeCommune() throws {
        try initNewCommune()
        let result = try run(["import", formerFiles[0]])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.err.contains("merge-commune"), result.err)
    }
}
