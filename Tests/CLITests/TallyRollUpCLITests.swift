import Foundation
import XCTest

/// `tally` across a merger and up to the province (issue 12), as a user runs it: cut-off periods, the split by
/// former commune, the roll-up at province level and its refusal of a double count.
final class TallyRollUpCLITests: CLITestCase {
    /// SQL on the data file, for what no command writes yet (former units come with `merge-commune`).
    func sql(_ statements: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", folder + "/data/giamsat.sqlite", statements]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, statements)
    }

    /// The sample commune, into which the former communes Vị Bình and Vị Đông were merged on 1 July 2025.
    func mergedSample() throws { try importSample() }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    func testCutOffPeriodsFollowTheSettingAndTheFlagOverridesIt() throws {
        try importSample()
        let calendar = try run(["tally", "--year", "2024"])
        XCTAssertTrue(calendar.out.contains("Kỳ báo cáo: 01/01/2024 – 31/12/2024 (theo năm dương lịch)"), calendar.out)
        let cutOff = try run(["tally", "--year", "2024", "--periods", "cut-off"])
        XCTAssertEqual(cutOff.status, 0, cutOff.err)
        XCTAssertTrue(cutOff.out.contains("Kỳ báo cáo: 15/12/2023 – 14/12/2024 (kỳ chốt số liệu)"), cutOff.out)
        try sql("INSERT OR REPLACE INTO setting(key, value) VALUES ('report-periods', 'cut-off')")
        XCTAssertTrue(try run(["--lang", "en", "tally", "--year", "2024", "--period", "q1"]).out
            .contains("Period: 15/12/2023 – 14/03/2024 (cut-off periods)"), "the setting is followed")
        let md = try run(["tally", "--year", "2024", "--periods", "calendar", "--format", "md"]).out
        XCTAssertTrue(md.contains("- Kỳ báo cáo: 01/01/2024 – 31/12/2024 (theo năm dương lịch)"), "--periods overrides it")
        let scope = (try json(try run(["tally", "--year", "2024", "--format", "json"]).out) as! [String: Any])["scope"] as! [String: Any]
        XCTAssertEqual([scope["from"] as? String, scope["to"] as? String], ["2023-12-15", "2024-12-14"])
        XCTAssertEqual(try run(["tally", "--periods", "lunar"]).status, 2)
    }

    func testByFormerUnitSplitsTheFiguresAndTheJSONHoldsOnePartEach() throws {
        try mergedSample()
        let text = try run(["tally", "--year", "2024", "--by-former-unit"])
        XCTAssertEqual(text.status, 0, text.err)
        try assertGolden(text.out, "tally-2024-by-former-unit.txt")
        let received = try XCTUnwrap(text.out.split(separator: "\n").first { $0.contains("Số phản ánh, đơn thư tiếp nhận") })
        XCTAssertEqual(received.split(separator: " ").suffix(4), ["8", "6", "50", "64"], "Vị Bình cũ, Vị Đông cũ, the commune's own, total")
        let parts = try json(try run(["tally", "--year", "2024", "--by-former-unit", "--format", "json"]).out) as! [[String: Any]]
        XCTAssertEqual(parts.count, 3, "one per former unit and one for the commune's own records")
        let scopes = parts.map { $0["scope"] as! [String: Any] }
        XCTAssertEqual(scopes.map { $0["communes"] as! [String] }, [["vi-binh"], ["vi-dong"], ["vi-trung"]])
        XCTAssertEqual(scopes.map { $0["mergedInto"] as? String }, ["vi-trung", "vi-trung", nil])
        XCTAssertEqual(parts.map { ($0["feedback"] as! [String: Any])["received"] as! Int }, [8, 6, 50])
        XCTAssertEqual(try run(["tally", "--years", "2023-2024", "--by-former-unit"]).status, 2, "one period only")
    }

    func testMergeAtProvinceLevelAndTheRefusalOfADoubleCount() throws {
        try mergedSample()
        let whole = folder + "/vi-trung.json"
        XCTAssertEqual(try run(["tally", "--year", "2024", "--format", "json", "--out", whole]).status, 0)
        let scope = (try json(try String(contentsOfFile: whole, encoding: .utf8)) as! [String: Any])["scope"] as! [String: Any]
        XCTAssertEqual(scope["formerUnits"] as? [String], ["vi-binh", "vi-dong"])
        // Two more new communes: the same figures under other codes, without former units.
        var files = [whole]
        for code in ["vi-thanh", "vi-thuy"] {
            let path = folder + "/\(code).json"
            try (try String(contentsOfFile: whole, encoding: .utf8)).replacingOccurrences(of: "\"vi-trung\"", with: "\"\(code)\"")
                .replacingOccurrences(of: "\"vi-dong\"", with: "\"\(code)-cu\"").replacingOccurrences(of: "\"vi-binh\"", with: "\"\(code)-cu2\"")
                .write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
        }
        let province = try run(["tally", "merge"] + files + ["--name", "Tỉnh Hậu Giang"])
        XCTAssertEqual(province.status, 0, province.err)
        XCTAssertTrue(province.out.hasPrefix("Số liệu giám sát theo Quy định 124-QĐ/TW — tổng hợp cấp tỉnh\nTỉnh Hậu Giang\n"), province.out)
        let merged = try json(try run(["tally", "merge", "--format", "json"] + files).out) as! [String: Any]
        XCTAssertEqual((merged["scope"] as! [String: Any])["level"] as? String, "tinh")
        XCTAssertEqual((merged["scope"] as! [String: Any])["communes"] as? [String], ["vi-thanh", "vi-thuy", "vi-trung"])
        XCTAssertEqual((merged["feedback"] as! [String: Any])["received"] as? Int, 192)
        XCTAssertTrue(try run(["--lang", "en", "tally", "merge", "--level", "tren"] + files).out.hasPrefix(
            "Supervision figures under Quy định 124-QĐ/TW — rolled up at upper level\n"))
        // Vị Bình's own tally (its part of the split stands in for the file it would have sent) with Vị Trung's.
        let split = try run(["tally", "--year", "2024", "--by-former-unit", "--format", "json"]).out
        let own = try JSONSerialization.data(withJSONObject: (try json(split) as! [Any])[0])
        let former = folder + "/vi-binh.json"
        try own.write(to: URL(fileURLWithPath: former))
        let refused = try run(["tally", "merge", whole, former])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.err, "giamsat-tui: xã cũ “vi-binh” có số liệu riêng trong \(former) và đã được tính trong \(whole) "
                       + "(xã mới nhận sáp nhập xã này); cộng cả hai sẽ tính trùng: bỏ bớt một trong hai tệp\n")
        let english = try run(["--lang", "en", "tally", "merge", former, whole])
        XCTAssertEqual(english.status, 1)
        XCTAssertTrue(english.err.contains("“vi-binh” has its own tally in \(former) and is already counted in \(whole)"), english.err)
    }
}
