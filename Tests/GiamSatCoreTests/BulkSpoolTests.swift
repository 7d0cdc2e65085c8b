import GRDB
import XCTest
@testable import GiamSatCore

/// The records a bulk load sets aside come back whole, sorted by key, from memory or from the temporary file.
final class BulkSpoolTests: XCTestCase {
    func record(_ i: Int) -> [[DatabaseValue]] {
        [[Int64(i).databaseValue, DatabaseValue.null, Int64(-i).databaseValue, Int64.max.databaseValue, (Double(i) / 3).databaseValue],
         ["Thôn \(i) — ý kiến “cử tri” 👍", String(repeating: "x", count: i % 300), ""].map(\.databaseValue),
         [Data([0, 255, UInt8(i % 256)]).databaseValue],
         []]
    }

    func testRecordsComeBackWholeSortedByKeyFromMemoryAndFromTheFile() throws {
        for limit in [1 << 20, 1_000] {
            let spool = BulkSpool(memoryLimit: limit)
            let order = BulkLoadOrderTests.scrambled(3_000)
            for i in order { try spool.append(key: String(format: "PA-%05d", i), record(i)) }
            XCTAssertFalse(spool.isEmpty)
            var seen: [Int] = []
            try spool.drain { groups in
                guard case .int64(let i)? = groups.first?.first?.storage else { return XCTFail("no number") }
                XCTAssertEqual(groups, record(Int(i)))
                seen.append(Int(i))
            }
            XCTAssertEqual(seen, Array(0..<3_000), "limit \(limit)")
            XCTAssertTrue(spool.isEmpty)
            // Used again after a drain (a later kind drained it and more feedback followed).
            try spool.append(key: "b", record(2))
            try spool.append(key: "a", record(1))
            var again: [[[DatabaseValue]]] = []
            try spool.drain { again.append($0) }
            XCTAssertEqual(again, [record(1), record(2)])
        }
    }
}
