import Foundation
import XCTest

/// `giamsat-tui tally` as a user runs it: every format, merging, and the seed figures.
final class TallyCLITests: CLITestCase {
    static let muCangChai = root.appendingPathComponent("Tests/Fixtures/mu-cang-chai-2019-2021.json").path

    func testSeedFiguresInJSON() throws {
        XCTAssertEqual(try run(["import", Self.muCangChai]).status, 0)
        let result = try run(["tally", "--from", "01/01/2019", "--to", "30/06/2021", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.err)
        let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [String: Any]
        XCTAssertEqual(json["format"] as? String, "giamsat-tally")
        XCTAssertEqual((json["feedback"] as! [String: Any])["received"] as? Int, 151)
        let discipline = json["discipline"] as! [String: Any]
        XCTAssertEqual(discipline["total"] as? Int, 106)
        let heads = discipline["heads"] as! [String: Any]
        XCTAssertEqual(heads["total"] as? Int, 30)
        XCTAssertEqual(heads["byMeasure"] as? [String: Int], ["khien-trach": 16, "canh-cao": 8, "cach-chuc": 1, "khai-tru": 5])
        let unplaced = (json["disciplineByTrack"] as! [String: Any])["chua-xac-dinh"] as! [String: Any]
        XCTAssertEqual((unplaced["byMeasure"] as? [String: Int])?["buoc-thoi-viec"], 1, "a version-1 buộc thôi việc has no track")
        try assertGolden(result.out, "tally-mu-cang-chai.json")
    }

    func testTextMarkdownAndYearOverYear() throws {
        try importSample()
        try assertGolden(try run(["tally", "--year", "2023"]).out, "tally-2023.txt")
        try assertGolden(try run(["tally", "--year", "2024", "--period", "h1", "--format", "md"]).out, "tally-2024-h1.md")
        let series = try run(["--lang", "en", "tally", "--years", "2021-2024"])
        XCTAssertEqual(series.status, 0, series.err)
        try assertGolden(series.out, "tally-2021-2024-en.txt")
    }

    func testCSVReadsInPythonsCSVModule() throws {
        try importSample()
        let path = folder + "/t.csv"
        let result = try run(["tally", "--year", "2024", "--format", "csv", "--out", path])
        XCTAssertEqual(result.status, 0, result.err)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 BOM for spreadsheets")
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", """
            import csv, sys
            rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))
            assert rows[0] == ['Mục', 'Chỉ tiêu', 'năm 2024'], rows[0]
            assert all(len(r) == 3 for r in rows), 'ragged'
            assert rows[1] == ['Kỳ báo cáo', '', '01/01/2024 – 31/12/2024 (theo năm dương lịch)'], rows[1]
            assert all(r[2].isdigit() for r in rows[2:]), 'values'
            print(len(rows), [r for r in rows if r[1] == 'Số phản ánh, đơn thư tiếp nhận'][0][2])
            """, path]
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        python.waitUntilExit()
        XCTAssertEqual(python.terminationStatus, 0)
        XCTAssertEqual(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self), "98 64\n", "35 more rows than before tracks: the administration's, the mass organisations' and the unplaced discipline lines; one more: the anonymous closing step among the statuses")
    }

    func testMergeAddsCommunesAndRefusesMismatches() throws {
        try importSample()
        let a = folder + "/a.json"
        XCTAssertEqual(try run(["tally", "--year", "2024", "--format", "json", "--out", a]).status, 0)
        // A second commune: same figures under another code.
        let b = folder + "/b.json"
        try (try String(contentsOfFile: a, encoding: .utf8)).replacingOccurrences(of: "\"vi-trung\"", with: "\"vi-thanh\"")
            .write(toFile: b, atomically: true, encoding: .utf8)
        let merged = try run(["tally", "merge", a, b, "--format", "json"])
        XCTAssertEqual(merged.status, 0, merged.err)
        let json = try JSONSerialization.jsonObject(with: Data(merged.out.utf8)) as! [String: Any]
        XCTAssertEqual((json["scope"] as! [String: Any])["communes"] as? [String], ["vi-thanh", "vi-trung"])
        XCTAssertEqual((json["feedback"] as! [String: Any])["received"] as? Int, 128)

        let h1 = folder + "/h1.json"
        XCTAssertEqual(try run(["tally", "--year", "2024", "--period", "h1", "--format", "json", "--out", h1]).status, 0)
        let mismatch = try run(["tally", "merge", a, h1.replacingOccurrences(of: "h1", with: "h1")])
        XCTAssertEqual(mismatch.status, 1)
        XCTAssertTrue(mismatch.err.contains("h1.json"), mismatch.err)
        XCTAssertEqual(try run(["tally", "merge", a, a]).status, 1, "the same commune twice")
        let notTally = try run(["tally", "merge", Self.sample])
        XCTAssertEqual(notTally.status, 1)
        XCTAssertTrue(notTally.err.contains("giamsat-tally"))
        XCTAssertEqual(try run(["--data", folder + "/none", "tally", "merge", a, b]).status, 0, "merging needs no database")
    }

    /// A province still receives version-1 files from communes on an older copy: they merge with version-2 ones, their
    /// buộc thôi việc on the line of outcomes with no track (docs/formats.md, "giamsat-tally version 2").
    func testAVersion1TallyMergesWithAVersion2One() throws {
        try importSample()
        let new = folder + "/moi.json"
        XCTAssertEqual(try run(["tally", "--from", "01/01/2019", "--to", "30/06/2021", "--format", "json", "--out", new]).status, 0)
        let old = Self.root.appendingPathComponent("Tests/Fixtures/tally-v1-mu-cang-chai.json").path
        let mine = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: new))) as! [String: Any]
        let merged = try run(["tally", "merge", old, new, "--format", "json"])
        XCTAssertEqual(merged.status, 0, merged.err)
        let json = try JSONSerialization.jsonObject(with: Data(merged.out.utf8)) as! [String: Any]
        func total(_ object: [String: Any], _ path: String...) -> Int {
            var value: Any = object
            for key in path { value = (value as! [String: Any])[key]! }
            return (value as! [String: Any])["total"] as! Int
        }
        XCTAssertEqual(json["version"] as? Int, 2)
        XCTAssertEqual(total(json, "discipline"), 106 + total(mine, "discipline"))
        XCTAssertEqual(total(json, "discipline", "heads"), 30 + total(mine, "discipline", "heads"))
        XCTAssertEqual(total(json, "disciplineByTrack", "chua-xac-dinh"), 1 + total(mine, "disciplineByTrack", "chua-xac-dinh"))
        XCTAssertNil(json["administrativeDiscipline"])
        // A version the app does not know is refused, clearly.
        let future = folder + "/v3.json"
        try (try String(contentsOfFile: new, encoding: .utf8)).replacingOccurrences(of: "\"version\": 2", with: "\"version\": 3")
            .write(toFile: future, atomically: true, encoding: .utf8)
        let refused = try run(["tally", "merge", old, future])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("v3.json"), refused.err)
    }

    func testBadPeriodsAreUsageErrors() throws {
        try importSample()
        XCTAssertEqual(try run(["tally", "--from", "31/02/2024", "--to", "01/03/2024"]).status, 1)
        XCTAssertEqual(try run(["tally", "--from", "01/03/2024"]).status, 2)
        XCTAssertEqual(try run(["tally", "--period", "h3"]).status, 2)
        XCTAssertEqual(try run(["tally", "--years", "2024"]).status, 2)
    }
}
