import GRDB
import XCTest
@testable import GiamSatCore

/// The bulk load (`FeedbackBulkLoad`: feedback into a database that holds none) must leave exactly what the
/// normal path leaves, and refuse exactly what it refuses.
final class BulkLoadTests: FolderTestCase {
    /// Every row of the tables an import writes (the audit without its times), the schema, and the search index's own
    /// integrity check (a command written as an INSERT, hence `write`; it changes nothing). `ids` false: by code,
    /// without the row ids, the search rows by their record's code (a bundle out of order only after its first
    /// records gets other ids, `BulkLoadOrderTests`).
    static func contents(_ database: AppDatabase, ids: Bool = true) throws -> [String] {
        try database.write { db in
            let feedbackColumns = try db.columns(in: "feedback").map(\.name).filter { ids || !["id", "recency"].contains($0) }
            let queries = ids
                ? ["SELECT * FROM feedback ORDER BY id", "SELECT * FROM feedback_official ORDER BY rowid",
                   "SELECT * FROM feedback_history ORDER BY rowid", "SELECT entity, code, field, old, new FROM audit ORDER BY id",
                   "SELECT rowid, text FROM feedback_search ORDER BY rowid"]
                : ["SELECT \(feedbackColumns.joined(separator: ", ")) FROM feedback ORDER BY code",
                   "SELECT feedback, position, official FROM feedback_official ORDER BY feedback, position",
                   "SELECT * FROM feedback_history ORDER BY feedback, seq",
                   "SELECT entity, code, field, old, new FROM audit ORDER BY entity, code, id",
                   "SELECT f.code, s.text FROM feedback_search s JOIN feedback f ON f.recency = s.rowid ORDER BY f.code",
                   "SELECT COUNT(*) FROM feedback_search"]
            var lines: [String] = []
            for sql in queries + ["SELECT * FROM official ORDER BY id", "SELECT rowid, text FROM official_search ORDER BY rowid",
                                  "SELECT * FROM feedback_search_config ORDER BY k",
                                  "SELECT * FROM record_origin ORDER BY entity, code, former_unit",
                                  "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"] {
                lines += try Row.fetchAll(db, sql: sql).map(\.description)
            }
            try db.execute(sql: "INSERT INTO feedback_search(feedback_search) VALUES ('integrity-check')")
            return lines
        }
    }

    func contents(_ database: AppDatabase) throws -> [String] { try Self.contents(database) }

    func testBulkLoadLeavesWhatTheNormalPathLeaves() throws {
        let bulk = try AppDatabase.inMemory(), normal = try AppDatabase.inMemory()
        let bulkReport = try bulk.importFiles([Fixtures.sampleBundleURL.path], by: "A")
        let normalReport = try normal.importFiles([Fixtures.sampleBundleURL.path], by: "A", bulkLoad: false)
        XCTAssertEqual(bulkReport, normalReport)
        XCTAssertEqual(bulkReport.counts[.feedback]?.added, 338)
        let bulkRows = try contents(bulk), normalRows = try contents(normal)
        XCTAssertGreaterThan(bulkRows.count, 1_000)
        XCTAssertEqual(bulkRows, normalRows)
        for query in ["duong day nong", "dinh", "thon", "pa 2021", "can bo"] {
            XCTAssertEqual(try bulk.feedback(ListFilter(query: query)).map(\.code), try normal.feedback(ListFilter(query: query)).map(\.code), query)
        }
        let today = LocalDate(year: 2026, month: 11, day: 23)!
        for year in 2021...2026 {
            let period = TallyPeriod(year: year, kind: .year)
            XCTAssertEqual(try bulk.tally(period, today: today), try normal.tally(period, today: today), "\(year)")
        }
        XCTAssertEqual(try bulk.check(), [])
        let again = try bulk.importFiles([Fixtures.sampleBundleURL.path], by: "A")
        XCTAssertEqual(again.total.added + again.total.updated, 0, "importing twice changes nothing")
    }

    func testABadRecordAfterBulkRowsRefusesTheWholeImportWithTheSameError() throws {
        let records = (1...30).map { i in
            """
            {"code": "PA-2021-\(String(format: "%04d", i))", "receivedOn": "2021-03-02", "channel": "hom-thu", "kind": "to-cao",
             "summary": "Phản ánh \(i)", "officials": ["DT-0100"]}
            """
        }
        let bad = """
            {"code": "PA-2021-0031", "receivedOn": "2021-03-02", "channel": "hom-thu", "kind": "to-cao", "summary": "Sai",
             "officials": ["DT-0404"]}
            """
        // In order, and reversed: the records then wait to be written in code order (issue 19, `BulkSpool`).
        for (name, records) in [("bad.json", records), ("bad-reversed.json", records.reversed())] {
            let file = try write("""
                {"format": "giamsat-bundle", "version": 1, "commune": {"code": "lao-chai", "name": "Xã Lao Chải"},
                 "officials": [{"code": "DT-0100", "familyName": "Sùng", "givenName": "Chứ", "category": "can-bo-dang-vien"}],
                 "feedback": [\((records + [bad]).joined(separator: ",\n"))]}
                """, name)
            let expected = GiamSatError.invalidRecords([RecordError(file: file, entity: .feedback, code: "PA-2021-0031",
                field: "officials[0]", problem: .unknownReference(entity: .official, code: "DT-0404"))])
            for bulkLoad in [true, false] {
                let db = try AppDatabase.inMemory()
                let schema = try contents(db)
                XCTAssertThrowsError(try db.importFiles([file], by: "A", bulkLoad: bulkLoad)) { error in
                    XCTAssertEqual(error as? GiamSatError, expected, "bulk load: \(bulkLoad)")
                }
                XCTAssertNil(try db.commune())
                XCTAssertEqual(try contents(db), schema, "nothing written, and the dropped indexes are back")
            }
        }
    }

    func testOnlyTheFirstFileIsBulkLoadedSoALaterOneUpdates() throws {
        func bundle(_ summary: String, _ name: String) throws -> String {
            try write("""
                {"format": "giamsat-bundle", "version": 1, "commune": {"code": "lao-chai", "name": "Xã Lao Chải"},
                 "feedback": [{"code": "PA-2021-0001", "receivedOn": "2021-03-02", "channel": "hom-thu", "kind": "to-cao",
                               "summary": "\(summary)"}]}
                """, name)
        }
        let files = [try bundle("Một", "a.json"), try bundle("Đường dây nóng", "b.json")]
        let bulk = try AppDatabase.inMemory(), normal = try AppDatabase.inMemory()
        let report = try bulk.importFiles(files, by: "A")
        XCTAssertEqual(report, try normal.importFiles(files, by: "A", bulkLoad: false))
        XCTAssertEqual(report.counts[.feedback], ImportReport.Counts(added: 1, updated: 1))
        XCTAssertEqual(try bulk.feedback(ListFilter(query: "duong day")).map(\.code), ["PA-2021-0001"])
        XCTAssertEqual(try contents(bulk), try contents(normal))
    }

    func testAMergedCommunesFeedbackIsFoundByItsFormerCodeAsOnTheNormalPath() throws {
        let file = try write("""
            {"format": "giamsat-bundle", "version": 1,
             "commune": {"code": "tan-hoa", "name": "Xã Tân Hòa", "formerUnits": [{"code": "tan-binh", "name": "Xã Tân Bình"}]},
             "feedback": [{"code": "PA-2024-0003", "receivedOn": "2024-03-02", "channel": "hom-thu", "kind": "to-cao", "summary": "Một"},
                          {"code": "PA-2024-0004", "receivedOn": "2024-03-02", "channel": "hom-thu", "kind": "to-cao", "summary": "Hai",
                           "former": [{"unit": "tan-binh", "code": "PA-2024-0001"}]}]}
            """, "merged.json")
        let bulk = try AppDatabase.inMemory(), normal = try AppDatabase.inMemory()
        XCTAssertEqual(try bulk.importFiles([file], by: "A"), try normal.importFiles([file], by: "A", bulkLoad: false))
        XCTAssertEqual(try bulk.feedback(ListFilter(query: "pa 2024 0001")).map(\.code), ["PA-2024-0004"])
        XCTAssertEqual(try contents(bulk), try contents(normal))
    }

    func testADryRunKeepsTheIndexes() throws {
        let db = try AppDatabase.inMemory()
        let before = try contents(db)
        _ = try db.importFiles([Fixtures.sampleBundleURL.path], by: "A", dryRun: true)
        XCTAssertEqual(try contents(db), before)
    }
}
