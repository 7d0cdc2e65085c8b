import XCTest
@testable import GiamSatCore

final class InterchangeTests: XCTestCase {
    func sampleData() throws -> Data { try Data(contentsOf: Fixtures.sampleBundleURL) }

    func importSample(into db: AppDatabase) throws -> ImportReport {
        let bundle = try BundleReader.read(try sampleData(), file: "sample.json")
        return try db.importBundles([("sample.json", bundle)], by: "A")
    }

    func export(_ db: AppDatabase, identities: Bool = false) throws -> String {
        BundleWriter.json(try db.exportBundle(), includeIdentities: identities).serialized()
    }

    func testSampleImportsCleanlyAndPassesCheck() throws {
        let db = try AppDatabase.inMemory()
        let report = try importSample(into: db)
        XCTAssertEqual(report.counts[.feedback]?.added, 338)
        XCTAssertGreaterThanOrEqual(report.counts[.official]?.added ?? 0, 60)
        XCTAssertEqual(try db.check(), [])
        let again = try importSample(into: db)
        XCTAssertEqual(again.total.added + again.total.updated, 0, "importing twice changes nothing")
    }

    func testExportImportExportIsByteIdentical() throws {
        let first = try AppDatabase.inMemory()
        _ = try importSample(into: first)
        let exported = try export(first)
        let second = try AppDatabase.inMemory()
        _ = try second.importBundles([("e.json", try BundleReader.read(Data(exported.utf8), file: "e.json"))], by: "B")
        XCTAssertEqual(try export(second), exported)
        XCTAssertFalse(exported.contains("\"reporter\""), "identities stay out unless asked")
        XCTAssertTrue(try export(first, identities: true).contains("\"reporter\""))
    }

    func testWithheldIdentityIsKeptOnReimport() throws {
        let db = try Fixtures.database()
        try db.save(Fixtures.feedback("PA-2021-0001"), by: "A")
        let withheld = try BundleReader.read(Data(try export(db).utf8), file: "e.json")
        XCTAssertEqual(try db.importBundles([("e.json", withheld)], by: "A").total.updated, 0)
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.reporter?.name, "Người Báo Tin")
    }

    func testChangedRecordIsUpdatedAndAudited() throws {
        let db = try AppDatabase.inMemory()
        _ = try importSample(into: db)
        var text = String(decoding: try sampleData(), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"position\": \"Bí thư Đảng ủy xã\"", with: "\"position\": \"Nguyên Bí thư Đảng ủy xã\"")
        let report = try db.importBundles([("s.json", try BundleReader.read(Data(text.utf8), file: "s.json"))], by: "B")
        XCTAssertEqual(report.counts[.official]?.updated, 3, "the party secretaries of the commune and of its two former communes")
        let trail = try db.auditTrail(.official, code: "DT-0001")
        XCTAssertEqual(trail.last?.field, "position")
        XCTAssertEqual(trail.last?.new, "Nguyên Bí thư Đảng ủy xã")
    }

    func testBadRecordsNameFileRecordAndFieldAndWriteNothing() throws {
        let db = try AppDatabase.inMemory()
        _ = try importSample(into: db)
        let before = try export(db, identities: true)
        var json = try JSONSerialization.jsonObject(with: try sampleData()) as! [String: Any]
        var feedback = json["feedback"] as! [[String: Any]]
        feedback[5]["channel"] = "fax"
        feedback[6]["receivedOn"] = "2021-02-29"
        feedback[7]["sumary"] = "typo"
        json["feedback"] = feedback
        let data = try JSONSerialization.data(withJSONObject: json)
        XCTAssertThrowsError(try BundleReader.read(data, file: "bad.json")) { error in
            guard case GiamSatError.invalidRecords(let errors) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(errors.map(\.field), ["channel", "receivedOn", "sumary"])
            XCTAssertEqual(errors.map(\.code), [feedback[5]["code"] as? String, feedback[6]["code"] as? String, feedback[7]["code"] as? String])
            XCTAssertTrue(errors[0].message(.vi).hasPrefix("bad.json: phản ánh PA-"))
            XCTAssertTrue(errors[0].message(.en).contains("field “channel”: invalid value “fax”"))
        }
        XCTAssertEqual(try export(db, identities: true), before)
    }

    func testDanglingReferenceAndBrokenLifecycleRollBackEverything() throws {
        let db = try Fixtures.database()
        let before = try export(db, identities: true)
        let text = """
            {"format": "giamsat-bundle", "version": 1,
             "officials": [{"code": "DT-0100", "familyName": "Sùng", "givenName": "Chứ", "category": "can-bo-dang-vien"}],
             "feedback": [
               {"code": "PA-2021-0001", "receivedOn": "2021-03-02", "channel": "hom-thu", "kind": "to-cao", "summary": "Một",
                "officials": ["DT-0100"]},
               {"code": "PA-2021-0002", "receivedOn": "2021-03-02", "channel": "hom-thu", "kind": "to-cao", "summary": "Hai",
                "officials": ["DT-0404"]}]}
            """
        let bundle = try BundleReader.read(Data(text.utf8), file: "ref.json")
        XCTAssertThrowsError(try db.importBundles([("ref.json", bundle)], by: "A")) { error in
            XCTAssertEqual(error as? GiamSatError, .invalidRecords([RecordError(file: "ref.json", entity: .feedback, code: "PA-2021-0002",
                field: "officials[0]", problem: .unknownReference(entity: .official, code: "DT-0404"))]))
        }
        XCTAssertEqual(try export(db, identities: true), before, "the good records did not land either")

        let broken = text.replacingOccurrences(of: "\"summary\": \"Một\",", with: """
            "summary": "Một", "history": [{"status": "tiep-nhan", "on": "2021-03-02"}, {"status": "da-tra-loi", "on": "2021-03-03"}],
            """)
        XCTAssertThrowsError(try BundleReader.read(Data(broken.utf8), file: "h.json")) { error in
            guard case GiamSatError.invalidRecords(let errors) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(errors.first?.field, "history[1]")
        }
    }

    func testDryRunWritesNothing() throws {
        let db = try Fixtures.database()
        let bundle = try BundleReader.read(try sampleData(), file: "s.json")
        XCTAssertThrowsError(try db.importBundles([("s.json", bundle)], by: "A", dryRun: true)) { error in
            XCTAssertEqual(error as? GiamSatError, .otherCommune(file: "s.json", bundle: "vi-trung", database: "lao-chai"))
        }
        let empty = try AppDatabase.inMemory()
        XCTAssertEqual(try empty.importBundles([("s.json", bundle)], by: "A", dryRun: true).counts[.feedback]?.added, 338)
        XCTAssertNil(try empty.commune())
        XCTAssertEqual(try empty.feedback().count, 0)
    }

    func testMalformedFilesAreRefusedClearly() {
        XCTAssertThrowsError(try BundleReader.read(Data("{\"format\": \"giamsat-bundle\",\n \"version\": 1,,}".utf8), file: "x.json")) {
            XCTAssertEqual($0 as? GiamSatError, .notJSON(file: "x.json", line: 2, column: 15))
        }
        XCTAssertThrowsError(try BundleReader.read(Data("[1, 2]".utf8), file: "x.json")) {
            XCTAssertEqual($0 as? GiamSatError, .notABundle(file: "x.json"))
        }
        XCTAssertThrowsError(try BundleReader.read(Data("{\"format\": \"giamsat-bundle\", \"version\": 3}".utf8), file: "x.json")) {
            XCTAssertEqual($0 as? GiamSatError, .unsupportedVersion(file: "x.json", version: 3))
        }
        let extensions = "{\"format\": \"giamsat-bundle\", \"version\": 1, \"extensions\": {\"anything\": 1}}"
        XCTAssertNoThrow(try BundleReader.read(Data(extensions.utf8), file: "x.json"))
    }

    func testJSONWriterEscapesAndKeepsOrder() {
        let value = JSONValue.object([("z", .string("a\"b\\c\nđ")), ("a", .array([.int(1), .bool(true), .null]))])
        XCTAssertEqual(value.serialized(), "{\n  \"z\": \"a\\\"b\\\\c\\nđ\",\n  \"a\": [1, true, null]\n}\n")
    }
}

final class OfficialsCSVTests: XCTestCase {
    func testVietnameseHeadersBOMSemicolonsAndLabels() throws {
        let text = "\u{FEFF}Mã;Họ và tên;Giới tính;Năm sinh;Chức vụ;Đối tượng;Đảng viên\r\n"
            + "DT-0100;Nguyễn Văn Đình;Nam;1975;\"Bí thư; kiêm Chủ tịch\";Người đứng đầu;có\r\n"
            + "DT-0101;Hà Thị Mai;nu;;Kế toán;can-bo-dang-vien;\r\n"
        let officials = try OfficialsCSV.read(Data(text.utf8), file: "ds.csv")
        XCTAssertEqual(officials.count, 2)
        XCTAssertEqual(officials[0].familyName, "Nguyễn")
        XCTAssertEqual(officials[0].middleName, "Văn")
        XCTAssertEqual(officials[0].givenName, "Đình")
        XCTAssertEqual(officials[0].position, "Bí thư; kiêm Chủ tịch")
        XCTAssertEqual(officials[0].category, .nguoiDungDau)
        XCTAssertTrue(officials[0].partyMember)
        XCTAssertEqual(officials[1].gender, .nu)
        XCTAssertNil(officials[1].birthYear)
        XCTAssertFalse(officials[1].partyMember)
    }

    func testErrorsNameTheLine() {
        let unknown = "code,familyName,givenName,category,shoeSize\n"
        XCTAssertThrowsError(try OfficialsCSV.read(Data(unknown.utf8), file: "a.csv")) {
            XCTAssertEqual($0 as? GiamSatError, .csv(file: "a.csv", line: 1, problem: .unknownColumn("shoeSize")))
        }
        let short = "code,familyName,givenName,category\nDT-1,Lò,Văn,can-bo-dang-vien\nDT-2,Lò\n"
        XCTAssertThrowsError(try OfficialsCSV.read(Data(short.utf8), file: "a.csv")) {
            XCTAssertEqual($0 as? GiamSatError, .csv(file: "a.csv", line: 3, problem: .wrongColumnCount(expected: 4, found: 2)))
        }
        let badCategory = "code,familyName,givenName,category\nDT-1,Lò,Văn,trưởng thôn\n"
        XCTAssertThrowsError(try OfficialsCSV.read(Data(badCategory.utf8), file: "a.csv")) { error in
            guard case GiamSatError.invalidRecords(let errors) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(errors.first?.file, "a.csv:2")
            XCTAssertEqual(errors.first?.field, "category")
        }
        XCTAssertThrowsError(try OfficialsCSV.read(Data([0xFF, 0xFE, 0x41]), file: "a.csv")) {
            XCTAssertEqual($0 as? GiamSatError, .csv(file: "a.csv", line: 1, problem: .notUTF8(offset: 0)))
        }
    }
}
