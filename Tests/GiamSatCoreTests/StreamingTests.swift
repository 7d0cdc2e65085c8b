import XCTest
@testable import GiamSatCore

/// Import, export, check and lists one record at a time (docs/performance.md): the same results as the
/// whole-file code, all-or-nothing kept.
final class StreamingTests: FolderTestCase {
    func streamedExport(_ db: AppDatabase, identities: Bool = false) throws -> String {
        let path = folder + "/export-\(UUID().uuidString).json"
        try db.exportBundle(includeIdentities: identities, to: try TextSink(path: path))
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    func testStreamedImportAndExportMatchTheWholeFileCode() throws {
        let streamed = try AppDatabase.inMemory()
        let report = try streamed.importFiles([Fixtures.sampleBundleURL.path], by: "A")
        XCTAssertEqual(report.counts[.feedback]?.added, 338)
        XCTAssertEqual(try streamed.check(), [])
        let whole = BundleWriter.json(try streamed.exportBundle(), includeIdentities: true).serialized()
        XCTAssertEqual(try streamedExport(streamed, identities: true), whole)
        XCTAssertFalse(try streamedExport(streamed).contains("\"reporter\""))
        let again = try streamed.importFiles([Fixtures.sampleBundleURL.path], by: "A")
        XCTAssertEqual(again.total.added + again.total.updated, 0, "importing twice changes nothing")
    }

    func testReferencesToLaterRecordsAndFilesResolveAndDanglingOnesRollBack() throws {
        let db = try AppDatabase.inMemory()
        let feedbackFirst = try write("""
            {"format": "giamsat-bundle", "version": 1,
             "commune": {"code": "lao-chai", "name": "Xã Lao Chải"},
             "feedback": [{"code": "PA-2021-0001", "receivedOn": "2021-03-02", "channel": "hom-thu", "kind": "to-cao",
                           "summary": "Một", "officials": ["DT-0100"], "locality": "TH01"}],
             "officials": [{"code": "DT-0100", "familyName": "Sùng", "givenName": "Chứ", "category": "can-bo-dang-vien"}]}
            """, "a.json")
        let locality = try write("""
            {"format": "giamsat-bundle", "version": 1, "localities": [{"code": "TH01", "name": "Thôn Một", "kind": "thon"}]}
            """, "b.json")
        XCTAssertEqual(try db.importFiles([feedbackFirst, locality], by: "A").total.added, 4)
        XCTAssertEqual(try db.feedback(ListFilter(query: "sung chu")).map(\.code), ["PA-2021-0001"], "indexed with the later official's name")
        func listedNames() throws -> [String] {
            var names: [String] = []
            try db.forEachFeedbackRow(ListFilter()) { names.append($0.officialNames) }
            return names
        }
        XCTAssertEqual(try listedNames(), ["Sùng Chứ"], "the list row has the later official's name")
        var renamed = try XCTUnwrap(try db.fetch(Official.self, code: "DT-0100"))
        renamed.middleName = "A"
        try db.save(renamed, by: "A")
        XCTAssertEqual(try listedNames(), ["Sùng A Chứ"], "and follows a rename")

        let fresh = try AppDatabase.inMemory()
        let dangling = try write("""
            {"format": "giamsat-bundle", "version": 1,
             "feedback": [{"code": "PA-2021-0002", "receivedOn": "2021-03-02", "channel": "hom-thu", "kind": "to-cao",
                           "summary": "Hai", "officials": ["DT-0404"]}]}
            """, "c.json")
        XCTAssertThrowsError(try fresh.importFiles([feedbackFirst, locality, dangling], by: "A")) { error in
            XCTAssertEqual(error as? GiamSatError, .invalidRecords([RecordError(file: dangling, entity: .feedback, code: "PA-2021-0002",
                field: "officials[0]", problem: .unknownReference(entity: .official, code: "DT-0404"))]))
        }
        XCTAssertNil(try fresh.commune(), "the good files did not land either")
        XCTAssertEqual(try fresh.feedback().count, 0)
    }

    func testProblemsInEveryFileAreReportedTogetherAndNothingIsWritten() throws {
        let db = try Fixtures.database()
        let before = try streamedExport(db, identities: true)
        let bad = try write("""
            {"format": "giamsat-bundle", "version": 1,
             "feedback": [{"code": "PA-2021-0001", "receivedOn": "2021-03-02", "channel": "fax", "kind": "to-cao", "summary": "Một"},
                          {"code": "PA-2021-0001", "receivedOn": "2021-03-02", "channel": "hom-thu", "kind": "to-cao", "summary": "Một"}]}
            """, "bad.json")
        let typo = try write("""
            {"format": "giamsat-bundle", "version": 1,
             "officials": [{"code": "DT-0009", "familyName": "Lò", "givenName": "Văn", "category": "can-bo-dang-vien", "gendr": "nam"}]}
            """, "typo.json")
        XCTAssertThrowsError(try db.importFiles([bad, typo], by: "A")) { error in
            guard case GiamSatError.invalidRecords(let errors) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(errors.map(\.field), ["channel", "gendr"])
        }
        XCTAssertEqual(try streamedExport(db, identities: true), before)
        let duplicate = try write("""
            {"format": "giamsat-bundle", "version": 1,
             "localities": [{"code": "TH09", "name": "A", "kind": "thon"}, {"code": "TH09", "name": "B", "kind": "thon"}]}
            """, "dup.json")
        XCTAssertThrowsError(try db.importFiles([duplicate], by: "A")) { error in
            guard case GiamSatError.invalidRecords(let errors) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(errors.map(\.problem), [.duplicateCode])
        }
    }

    func testReaderSaysWhereTheJSONBreaks() throws {
        let db = try AppDatabase.inMemory()
        let broken = try write("{\"format\": \"giamsat-bundle\",\n \"version\": 1,\n \"feedback\": [{\"code\": \"PA\" \"x\"}]}", "x.json")
        XCTAssertThrowsError(try db.importFiles([broken], by: "A")) {
            XCTAssertEqual($0 as? GiamSatError, .notJSON(file: broken, line: 3, column: 29))
        }
        XCTAssertEqual(try JSONValue.parse(Data(#"{"a": "\u0111\ud83d\ude00\n", "b": [1, -2.5, 1e2, true, null]}"#.utf8)),
                       .object([("a", .string("đ😀\n")), ("b", .array([.int(1), .double(-2.5), .int(100), .bool(true), .null]))]))
        XCTAssertThrowsError(try JSONValue.parse(Data("[1, 2".utf8)))
        XCTAssertThrowsError(try JSONValue.parse(Data("\"a\u{1}\"".utf8)))
    }

    func testListsStreamInTheirOrder() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importFiles([Fixtures.sampleBundleURL.path], by: "A")
        var streamed: [String] = []
        var names: [String] = []
        try db.forEachFeedback(ListFilter(query: "duong day nong")) { feedback, name in
            streamed.append(feedback.code)
            names += try feedback.officials.compactMap { try name($0) }
        }
        XCTAssertEqual(streamed, try db.feedback(ListFilter(query: "duong day nong")).map(\.code))
        XCTAssertFalse(names.isEmpty)
        var officials: [String] = []
        try db.forEachOfficial(ListFilter()) { officials.append($0.code) }
        XCTAssertEqual(officials, try db.officials().map(\.code))
    }
}
