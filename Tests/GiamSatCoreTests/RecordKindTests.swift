import XCTest
import GRDB
@testable import GiamSatCore

/// The one list of kinds (`RecordKinds.all`) and every kind's code series, table-driven: a kind added to the list
/// is tested here without a line more.
final class RecordKindTests: XCTestCase {
    private let year = 2026

    func testTheListNamesEachKindOnceAndEveryEntityIsInIt() {
        let kinds = RecordKinds.all
        XCTAssertEqual(Set(kinds.map(\.entity)).count, kinds.count, "an entity listed twice")
        XCTAssertEqual(Set(kinds.map(\.bundleKey)).count, kinds.count, "a bundle key used twice")
        XCTAssertEqual(Set(kinds.map(\.table)).count, kinds.count, "a table used twice")
        let prefixes = kinds.compactMap(\.series?.prefix)
        XCTAssertEqual(Set(prefixes).count, prefixes.count, "two series with one prefix")
        for kind in kinds {
            XCTAssertEqual(Entity(rawValue: kind.entity.rawValue), kind.entity, "\(kind.entity.rawValue) reads back")
            XCTAssertEqual(kind.entity.kind.entity, kind.entity)
            if let type = kind.record { XCTAssertEqual(type.entity, kind.entity, "\(type) says it is \(kind.entity.rawValue)") }
        }
        XCTAssertNil(Entity(rawValue: "no-such-kind"), "a name no kind has is not an entity")
        XCTAssertEqual(Entity.allCases.first, .commune)
        // The merge writes in the list's order, where today's kinds keep the order their references need.
        XCTAssertEqual(CaseBundle.mergeOrder, RecordKinds.records.map(\.kind.entity))
        XCTAssertEqual(CaseBundle.mergeOrder.filter([Entity.locality, .official, .plan, .feedback, .recommendation, .residenceReview].contains),
                       [.locality, .official, .plan, .feedback, .recommendation, .residenceReview])
    }

    func testTheBundleKeysAreRefusedOrReadFromTheList() {
        XCTAssertEqual(Set(BundleReader.recordKeys.keys), Set(RecordKinds.records.map(\.kind.bundleKey)))
        let empty = BundleWriter.json(CaseBundle(), includeIdentities: false).serialized()
        var last = empty.startIndex
        for (kind, _) in RecordKinds.records {
            guard let range = empty.range(of: "\"\(kind.bundleKey)\": []") else { return XCTFail("\(kind.bundleKey) not written") }
            XCTAssertGreaterThan(range.lowerBound, last, "\(kind.bundleKey) in the list's order")
            last = range.lowerBound
        }
    }

    func testEveryRecordKindsTableExistsAndItsSearchTableWhenSearched() throws {
        let db = try AppDatabase.inMemory()
        try db.read { db in
            for kind in RecordKinds.all {
                XCTAssertTrue(try db.tableExists(kind.table), kind.table)
                XCTAssertEqual(try db.tableExists(kind.table + "_search"), kind.isSearched, "\(kind.table)_search")
            }
        }
    }

    // MARK: Code series

    private var series: [(kind: RecordKind, series: CodeSeries)] { RecordKinds.all.compactMap { kind in kind.series.map { (kind, $0) } } }

    func testEachSeriesStartsAtOneInItsOwnTable() throws {
        let db = try AppDatabase.inMemory()
        XCTAssertFalse(series.isEmpty)
        for (kind, series) in series {
            let first = try db.nextCode(kind.entity, year: year)
            XCTAssertEqual(first, series.code(1, year: year), kind.entity.rawValue)
            XCTAssertTrue(first.hasPrefix(series.prefix), first)
            XCTAssertEqual(first.contains(String(year)), series.perYear, "\(first): the year only in a per-year series")
            XCTAssertTrue(first.hasSuffix(String(repeating: "0", count: series.width - 1) + "1"), "\(first): \(series.width) digits")
            XCTAssertEqual(try db.nextCode(prefix: series.prefix, year: year), first, "the prefix leads to the same series")
            XCTAssertEqual(RecordKinds.kind(prefix: series.prefix)?.entity, kind.entity)
        }
    }

    func testNextCodeFollowsTheLastOneOfItsYearAndStartsAgainEachYear() throws {
        let db = try AppDatabase.inMemory()
        for (kind, series) in series {
            try db.write { try $0.execute(sql: "CREATE TABLE series_test(code TEXT)") }
            func next(_ year: Int) throws -> String { try db.read { try series.next(in: "series_test", year: year, $0) } }
            func add(_ number: Int, _ year: Int) throws {
                try db.write { try $0.execute(sql: "INSERT INTO series_test(code) VALUES (?)", arguments: [series.code(number, year: year)]) }
            }
            XCTAssertEqual(try next(year), series.code(1, year: year), kind.entity.rawValue)
            try add(1, year)
            try add(2, year)
            try add(9, year) // a gap: the next follows the last, it does not fill in
            XCTAssertEqual(try next(year), series.code(10, year: year), kind.entity.rawValue)
            // Past the width, the longest code is the last (…-99 before …-100).
            let wide = Int(String(repeating: "9", count: series.width))!
            try add(wide, year)
            try add(wide + 1, year)
            XCTAssertEqual(try next(year), series.code(wide + 2, year: year), kind.entity.rawValue)
            XCTAssertEqual(series.code(wide + 2, year: year).count, series.code(1, year: year).count + 1, "a longer number is written whole")
            // The year before does not count for a per-year series; every code counts for one that is not.
            XCTAssertEqual(try next(year + 1), series.perYear ? series.code(1, year: year + 1) : series.code(wide + 2, year: year + 1),
                           kind.entity.rawValue)
            XCTAssertEqual(series.number(of: series.code(42, year: year), year: year), 42)
            XCTAssertNil(series.number(of: "XX-\(year)-0042", year: year))
            try db.write { try $0.execute(sql: "DROP TABLE series_test") }
        }
    }

    func testTheCodeWidthsOfTodaysSeries() throws {
        let db = try AppDatabase.inMemory()
        XCTAssertEqual(try db.nextCode(.feedback, year: 2026), "PA-2026-0001")
        XCTAssertEqual(try db.nextCode(.plan, year: 2026), "KH-2026-01")
        XCTAssertEqual(try db.nextCode(.recommendation, year: 2026), "KN-2026-0001")
        XCTAssertEqual(try db.nextCode(.official), "DT-0001")
    }

    func testAPrefixOrAKindWithoutASeriesIsRefusedNotGuessed() throws {
        let db = try AppDatabase.inMemory()
        XCTAssertThrowsError(try db.nextCode(prefix: "ZZ", year: year)) { error in
            XCTAssertEqual(error as? GiamSatError, .noCodeSeries("ZZ"))
            XCTAssertEqual((error as? GiamSatError)?.message(.en), "no code series “ZZ”")
        }
        XCTAssertThrowsError(try db.nextCode(prefix: "", year: year))
        for kind in RecordKinds.all where kind.series == nil {
            XCTAssertThrowsError(try db.nextCode(kind.entity, year: year), kind.entity.rawValue) { error in
                XCTAssertEqual(error as? GiamSatError, .noCodeSeries(kind.entity.rawValue))
            }
        }
    }

    func testAnotherShapeOfCodeFitsTheSeries() throws {
        // A number before its symbol, counted per year ("12/BC-2026"): a layout of its own, no switch anywhere.
        let layout = CodeSeries.Layout(
            code: { prefix, year, digits in "\(digits)/\(prefix)-\(year ?? 0)" },
            number: { prefix, year, code in
                code.hasSuffix("/\(prefix)-\(year ?? 0)") ? Int(code.prefix { $0 != "/" }) : nil
            },
            pattern: { prefix, year in "%/\(prefix)-\(year ?? 0)" })
        let series = CodeSeries(prefix: "BC", perYear: true, width: 2, layout: layout)
        let db = try AppDatabase.inMemory()
        try db.write { db in
            try db.execute(sql: "CREATE TABLE series_test(code TEXT)")
            for code in ["01/BC-2026", "09/BC-2026", "10/BC-2026", "30/BC-2025"] {
                try db.execute(sql: "INSERT INTO series_test(code) VALUES (?)", arguments: [code])
            }
        }
        XCTAssertEqual(try db.read { try series.next(in: "series_test", year: 2026, $0) }, "11/BC-2026")
        XCTAssertEqual(try db.read { try series.next(in: "series_test", year: 2027, $0) }, "01/BC-2027")
    }

    func testTheAuditWordsAreTheKindsOwn() {
        // "status" is an official's employment status and a plan's step: each kind says its own.
        XCTAssertEqual(Entity.official.kind.auditLabels["status"]?.vi, "Tình trạng")
        XCTAssertEqual(Entity.plan.kind.auditLabels["status"]?.vi, "Trạng thái")
        XCTAssertEqual(Entity.official.kind.auditValue("status", OfficialStatus.allCases[0].slug), OfficialStatus.allCases[0].label)
        XCTAssertEqual(Entity.plan.kind.auditValue("status", PlanStatus.allCases[0].slug), PlanStatus.allCases[0].label)
        XCTAssertNil(Entity.recommendation.kind.auditValue("content", ContentArea.allCases[0].slug), "a recommendation's content is text")
        // Every field a record audits has a label.
        let samples: [Entity: [String]] = [
            .feedback: Fixtures.feedback("PA-2026-0001").auditFields.map(\.field) + ["reporter"],
            .official: Fixtures.official("DT-0001", "A", "B", "C").auditFields.map(\.field),
            .locality: Fixtures.locality.auditFields.map(\.field),
        ]
        for (entity, fields) in samples {
            for field in fields { XCTAssertNotNil(entity.kind.auditLabels[field], "\(entity.rawValue).\(field)") }
        }
    }
}
