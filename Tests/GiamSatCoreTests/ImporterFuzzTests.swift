import Foundation
import XCTest
@testable import GiamSatCore

/// Mutated bundles and CSV files (seeded, so a failure can be replayed): every one is either
/// refused cleanly, with nothing written, or imported into a database that still passes `check`.
/// A crash fails the whole test run. Bounded to a few seconds (docs/ARCHITECTURE.md, tests).
final class ImporterFuzzTests: XCTestCase {
    /// SplitMix64: small, deterministic, good enough to pick mutations.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    /// Values that have broken importers before, or could.
    static let tokens: [String] = [
        "\"9999-12-31\"", "\"1900-01-01\"", "\"2024-02-30\"", "null", "\"\"", "\"\\u0000\"", "\"\\u001b[2J\"", "-1", "1e400",
        "9223372036854775808", "true", "[]", "{}", "\"../../x\"", "\"a/b\"", "\"" + String(repeating: "x", count: 5_000) + "\"",
        "\"tiep-nhan\"", "\"da-chuyen\"", "\"trung-lap\"", "\"PA-2021-0001\"", "\"DT-9999\"", ",", ":", "\"", "{", "}", "[", "]",
        "\"\\ud800\"", "\"Cơ quan, đơn vị\"", ";",
    ]

    /// A small but complete bundle cut from the sample: every kind of record, references intact.
    static func baseBundle() throws -> Data {
        let sample = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.sampleBundleURL)) as! [String: Any]
        var small: [String: Any] = ["format": "giamsat-bundle", "version": 1, "commune": sample["commune"]!,
                                    "localities": sample["localities"]!, "officials": sample["officials"]!]
        let plans = Array((sample["plans"] as! [[String: Any]]).prefix(2))
        let feedback = (sample["feedback"] as! [[String: Any]]).filter {
            !(($0["history"] as? [[String: Any]]) ?? []).contains { $0["duplicateOf"] != nil }
        }.prefix(6)
        let sources = Set(plans.map { $0["code"] as! String } + feedback.map { $0["code"] as! String })
        small["plans"] = plans
        small["feedback"] = Array(feedback)
        small["recommendations"] = Array((sample["recommendations"] as! [[String: Any]])
            .filter { ($0["source"] as? String).map(sources.contains) ?? true }.prefix(3))
        small["residenceReviews"] = Array((sample["residenceReviews"] as! [[String: Any]]).prefix(5))
        return try JSONSerialization.data(withJSONObject: small, options: [.prettyPrinted, .sortedKeys])
    }

    static func mutate(_ data: Data, _ random: inout Random) -> Data {
        var bytes = [UInt8](data)
        for _ in 0...random.below(2) {
            guard !bytes.isEmpty else { break }
            let at = random.below(bytes.count)
            switch random.below(9) {
            case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(40)))
            case 2:
                let end = min(bytes.count, at + 1 + random.below(200))
                bytes.insert(contentsOf: bytes[at..<end], at: random.below(bytes.count))
            case 3: bytes.insert(contentsOf: Array(tokens[random.below(tokens.count)].utf8), at: at)
            case 4...7:
                // Replace one quoted value with a token: keeps the JSON valid more often, reaching the checks.
                if let colon = bytes[at...].firstIndex(of: UInt8(ascii: ":")), colon + 2 < bytes.count,
                   bytes[colon + 2] == UInt8(ascii: "\""), case let quote = colon + 2,
                   let close = bytes[(quote + 1)...].firstIndex(of: UInt8(ascii: "\"")) {
                    bytes.replaceSubrange(quote...close, with: Array(tokens[random.below(tokens.count)].utf8))
                }
            default: bytes.removeSubrange(at...)
            }
        }
        return Data(bytes)
    }

    /// What an import could have changed: every save bumps a version, adds a row or an audit row.
    func snapshot(_ db: AppDatabase) throws -> [Int] {
        try db.read { db in
            try ["locality", "official", "plan", "feedback", "recommendation", "residence_review"].flatMap { table in
                [try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(version), 0) FROM \(table)") ?? 0]
            } + [try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM audit") ?? 0]
        }
    }

    func run(_ iterations: Int, seed: UInt64, base: Data, file: String,
             read: (Data) throws -> [(file: String, bundle: CaseBundle)]) throws -> (imported: Int, refused: Int) {
        let db = try AppDatabase.inMemory()
        _ = try db.importBundles([("base.json", try BundleReader.read(try Self.baseBundle(), file: "base.json"))], by: "A")
        var random = Random(state: seed)
        var imported = 0, refused = 0
        for iteration in 0..<iterations {
            let mutated = Self.mutate(base, &random)
            let before = try snapshot(db)
            do {
                let bundles = try read(mutated)
                _ = try db.importBundles(bundles, by: "fuzz")
                imported += 1
                XCTAssertEqual(try db.check(), [], "\(file) seed \(seed) iteration \(iteration): imported but check fails")
            } catch let error as GiamSatError {
                refused += 1
                XCTAssertFalse(error.message(.vi).isEmpty)
                XCTAssertLessThan(error.message(.vi).count, 20_000, "messages stay short")
                XCTAssertEqual(try snapshot(db), before, "\(file) seed \(seed) iteration \(iteration): refused but something was written")
            } catch let error as RecordError {
                refused += 1
                XCTAssertEqual(try snapshot(db), before, "\(file) iteration \(iteration): \(error)")
            }
        }
        print("fuzz \(file): \(iterations) mutated files, \(imported) imported, \(refused) refused cleanly")
        return (imported, refused)
    }

    func testMutatedBundles() throws {
        let base = try Self.baseBundle()
        let result = try run(300, seed: 124, base: base, file: "bundle") { data in [("m.json", try BundleReader.read(data, file: "m.json"))] }
        XCTAssertGreaterThan(result.refused, 0)
        XCTAssertGreaterThan(result.imported, 0, "some mutations must still import, or the checks are never reached")
    }

    func testMutatedCSV() throws {
        let csv = #"""
            Mã;Họ và tên;Giới tính;Năm sinh;Chức vụ;Cơ quan, đơn vị;Đối tượng;Đảng viên;Nơi cư trú
            DT-0001;Nguyễn Văn Đình;Nam;1964;Bí thư Đảng ủy xã;Đảng ủy xã;Người đứng đầu;có;AP06
            DT-0002;Trần Thị Mỹ Linh;Nữ;1980;Chủ tịch UBMTTQ;MTTQ xã;Cán bộ chủ chốt;có;AP01
            "DT-0003";"Lê Quốc ""Dinh""";nam;1990;"Trưởng ấp; kiêm";"Ấp 3";can-bo-dang-vien;x;

            """#
        let result = try run(300, seed: 213, base: Data(csv.utf8), file: "csv") { data in
            var bundle = CaseBundle()
            bundle.officials = try OfficialsCSV.read(data, file: "m.csv")
            return [("m.csv", bundle)]
        }
        XCTAssertGreaterThan(result.refused, 0)
        XCTAssertGreaterThan(result.imported, 0)
    }
}
