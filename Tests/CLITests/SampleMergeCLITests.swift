import Foundation
import XCTest

/// The sample commune (issue 17): its file is the generator's output, and its merger of 1 July 2025 is exactly what
/// `merge-commune` leaves — the commune's records before it, the two former communes merged, its records after it,
/// give the same export as the file imported.
final class SampleMergeCLITests: CLITestCase {
    func python(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func testTheSampleIsTheGeneratorsOutputAndWhatMergeCommuneLeaves() throws {
        let generator = Self.root.appendingPathComponent("sample-data/generate.py").path
        let parts = folder + "/parts"
        XCTAssertEqual(try python([generator, folder + "/again.json", "--parts", parts]), 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/again.json")), try Data(contentsOf: URL(fileURLWithPath: Self.sample)),
                       "the generator is deterministic and the sample is its output")

        let merged = folder + "/merged"
        XCTAssertEqual(try run(["init", "--commune-name", "Xã Vị Trung", "--district", "Huyện Vị Thủy", "--province", "Thành phố Cần Thơ"],
                               data: merged).status, 0)
        XCTAssertEqual(try run(["import", parts + "/before.json"], data: merged).status, 0)
        let merge = try run(["merge-commune", "--merged-on", "01/07/2025", "--resolution", "1668/NQ-UBTVQH15",
                             parts + "/vi-binh.json", parts + "/vi-dong.json"], data: merged)
        XCTAssertEqual(merge.status, 0, merge.err)
        XCTAssertEqual(try run(["import", parts + "/after.json"], data: merged).status, 0)

        try importSample()
        let imported = try run(["export", "--include-identities"])
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertEqual(try run(["export", "--include-identities"], data: merged).out, imported.out)
        XCTAssertEqual(try run(["check"]).status, 0)
    }
}
