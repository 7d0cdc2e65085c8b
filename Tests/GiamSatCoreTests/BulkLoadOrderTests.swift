import GRDB
import XCTest
@testable import GiamSatCore

/// Issue 19: a bundle's feedback in any order is bulk loaded in code order (records out of order wait in a
/// `BulkSpool`), which is what makes its speed independent of the order, and the database is the one the sorted
/// bundle makes: row ids included when the disorder shows in the first records (`FeedbackBulkLoad.probe`), every
/// row but the ids when it shows only later.
final class BulkLoadOrderTests: FolderTestCase {
    /// 0..<count in a fixed scrambled order (a multiplicative hash), the same every run.
    static func scrambled(_ count: Int) -> [Int] {
        (0..<count).sorted { ($0 &* 2_654_435_761) % 1_000_003 < ($1 &* 2_654_435_761) % 1_000_003 }
    }

    /// The sample bundle with its feedback records in another order; returns the file and the codes in file order.
    func reordered(_ name: String, _ order: ([JSONValue]) -> [JSONValue]) throws -> (file: String, codes: [String]) {
        guard case .object(var pairs) = try JSONValue.parse(Data(contentsOf: Fixtures.sampleBundleURL)),
              let index = pairs.firstIndex(where: { $0.0 == "feedback" }), case .array(let original) = pairs[index].1 else {
            throw XCTSkip("the sample bundle has no feedback array")
        }
        let records = order(original)
        pairs[index].1 = .array(records)
        let codes = records.compactMap { record -> String? in
            guard case .object(let fields) = record, case .string(let code)? = fields.first(where: { $0.0 == "code" })?.1 else { return nil }
            return code
        }
        return (try write(JSONValue.object(pairs).serialized(), name), codes)
    }

    func testFeedbackInAnyOrderLeavesTheDatabaseTheSortedBundleLeavesIdsIncluded() throws {
        let sorted = try AppDatabase.inMemory()
        let report = try sorted.importFiles([Fixtures.sampleBundleURL.path], by: "A")
        let expected = try BulkLoadTests.contents(sorted)
        XCTAssertGreaterThan(expected.count, 1_000)
        for (name, order) in [("reversed", { (records: [JSONValue]) in Array(records.reversed()) }),
                              ("scrambled", { (records: [JSONValue]) in Self.scrambled(records.count).map { records[$0] } })] {
            let (file, codes) = try reordered(name + ".json", order)
            XCTAssertNotEqual(codes, codes.sorted(), name)
            let database = try AppDatabase.inMemory()
            XCTAssertEqual(try database.importFiles([file], by: "A"), report, name)
            XCTAssertEqual(try BulkLoadTests.contents(database), expected, name)
            XCTAssertEqual(try database.exportBundle(), try sorted.exportBundle(), name)
            for query in ["duong day nong", "dinh", "thon", "pa 2021", "can bo"] {
                XCTAssertEqual(try database.feedback(ListFilter(query: query)).map(\.code), try sorted.feedback(ListFilter(query: query)).map(\.code),
                               "\(name): \(query)")
            }
            let today = LocalDate(year: 2026, month: 11, day: 23)!
            for year in 2021...2026 {
                let period = TallyPeriod(year: year, kind: .year)
                XCTAssertEqual(try database.tally(period, today: today), try sorted.tally(period, today: today), "\(name): \(year)")
            }
            XCTAssertEqual(try database.check(), [], name)
            // The rows went in code order. Before the spool they went in file order.
            let written = try database.read { try String.fetchAll($0, sql: "SELECT code FROM feedback ORDER BY id") }
            XCTAssertEqual(written, codes.sorted(), name)
            let again = try database.importFiles([file], by: "A")
            XCTAssertEqual(again.total.added + again.total.updated, 0, "\(name): importing twice changes nothing")
        }
    }

    /// A bundle in order for more than the first records is written as it comes; the records that come later out of
    /// order wait and are written at the end, in code order: every row as the sorted bundle leaves it but the ids.
    func testRecordsOutOfOrderAfterTheFirstOnesWaitAndLeaveTheSameRows() throws {
        let inOrder = (0..<FeedbackBulkLoad.probe + 50).map { 2 * $0 }, late = (0..<60).map { 2 * $0 + 1 }.reversed()
        func bundle(_ numbers: [Int], _ name: String) throws -> String {
            let records = numbers.map { n in
                let day = "2021-03-\(String(format: "%02d", 1 + n % 28))"
                return """
                {"code": "PA-2021-\(String(format: "%05d", n))", "receivedOn": "\(day)", "channel": "hom-thu", "kind": "to-cao",
                 "summary": "Phản ánh \(n)", "officials": ["DT-0100"],
                 "history": [{"status": "tiep-nhan", "on": "\(day)", "by": "Cán bộ"}, {"status": "xem-xet", "on": "2021-04-01", "by": "Cán bộ"}]}
                """
            }
            return try write("""
                {"format": "giamsat-bundle", "version": 1, "commune": {"code": "lao-chai", "name": "Xã Lao Chải"},
                 "officials": [{"code": "DT-0100", "familyName": "Sùng", "givenName": "Chứ", "category": "can-bo-dang-vien"}],
                 "feedback": [\(records.joined(separator: ",\n"))]}
                """, name)
        }
        let sorted = try AppDatabase.inMemory(), lateOnes = try AppDatabase.inMemory()
        let report = try sorted.importFiles([try bundle((inOrder + late).sorted(), "sorted.json")], by: "A")
        XCTAssertEqual(try lateOnes.importFiles([try bundle(inOrder + late, "late.json")], by: "A"), report)
        XCTAssertEqual(try BulkLoadTests.contents(lateOnes, ids: false), try BulkLoadTests.contents(sorted, ids: false))
        XCTAssertEqual(try lateOnes.exportBundle(), try sorted.exportBundle())
        XCTAssertEqual(try lateOnes.check(), [])
        let written = try lateOnes.read { try String.fetchAll($0, sql: "SELECT code FROM feedback ORDER BY id") }
        XCTAssertEqual(written, (inOrder + late.sorted()).map { "PA-2021-\(String(format: "%05d", $0))" })
    }
}
