import Foundation
import XCTest
@testable import GiamSatCore

/// One test per hole of issue 10 ("nothing lost, nobody exposed"); each fails on the code before it.
final class HardeningTests: XCTestCase {
    func bundle(_ feedback: String, commune: String = #"{"code": "lao-chai", "name": "Xã Lao Chải"}"#) -> Data {
        Data("""
            {"format": "giamsat-bundle", "version": 1, "commune": \(commune),
             "feedback": [\(feedback)]}
            """.utf8)
    }

    func feedbackJSON(_ extra: String = "", received: String = "2024-03-02", summary: String = "Phản ánh") -> String {
        #"{"code": "PA-2024-0001", "receivedOn": "\#(received)", "channel": "duong-day-nong", "kind": "phan-anh", "summary": "\#(summary)"\#(extra)}"#
    }

    func problems(_ data: Data) -> [RecordProblem] {
        do {
            _ = try BundleReader.read(data, file: "f.json")
            return []
        } catch GiamSatError.invalidRecords(let errors) {
            return errors.map(\.problem)
        } catch {
            XCTFail("unexpected \(error)")
            return []
        }
    }

    // MARK: Dates

    func testFarFutureDateIsRefusedAtImport() {
        XCTAssertEqual(problems(bundle(feedbackJSON(received: "9999-12-31"))), [.badDate("9999-12-31")])
        XCTAssertEqual(problems(bundle(feedbackJSON(received: "1944-12-31"))), [.badDate("1944-12-31")])
        XCTAssertEqual(problems(bundle(feedbackJSON(received: "2100-12-31"))), [])
        XCTAssertNil(LocalDate(vietnamese: "31/12/9999"), "the form refuses it too")
        XCTAssertNil(LocalDate(parsing: "10000-01-30"))
    }

    func testComputedDueDateStaysInRange() throws {
        let feedback = Feedback(code: "PA-1", receivedOn: LocalDate(iso: "2100-12-20")!, channel: .duongDayNong, kind: .phanAnh, summary: "x")
        XCTAssertEqual(feedback.dueOn, LocalDate.latest)
        XCTAssertEqual(WorkingCalendar(holidays: []).adding(workingDays: 10, to: LocalDate.latest), LocalDate.latest)
    }

    func testStoreRefusesADateOutOfRange() throws {
        let db = try Fixtures.database()
        var feedback = Fixtures.feedback("PA-2021-0001")
        feedback.dueOn = LocalDate(year: 2101, month: 1, day: 1)!
        XCTAssertThrowsError(try db.save(feedback, by: "A")) { error in
            XCTAssertEqual((error as? GiamSatCore.RecordError)?.problem, .dateOutOfRange("2101-01-01"))
        }
    }

    /// The value that bricked a data directory: check names it, lists and reads never trap.
    func testBadStoredValuesAreReportedNotFatal() throws {
        let db = try Fixtures.database()
        try db.save(Fixtures.feedback("PA-2021-0001"), by: "A")
        try db.save(Fixtures.feedback("PA-2021-0002"), by: "A")
        try db.save(Fixtures.feedback("PA-2021-0003"), by: "A")
        try db.write { db in
            try db.execute(sql: "UPDATE feedback SET due_on = '10000-01-30' WHERE code = 'PA-2021-0001'")
            try db.execute(sql: "UPDATE feedback SET summary = x'00ff', anonymous = 'abc' WHERE code = 'PA-2021-0002'")
            try db.execute(sql: "UPDATE official SET birth_year = 'old' WHERE code = 'DT-0002'")
            try db.execute(sql: "INSERT INTO feedback_history VALUES ('PA-2021-0003', 9, 'xem-xet', '9999-99-99', 'x', '', '', NULL)")
        }
        let problems = try db.check().map { $0.message(.vi) }
        XCTAssertTrue(problems.contains { $0.contains("PA-2021-0001") && $0.contains("10000-01-30") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("PA-2021-0002") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("PA-2021-0003") && $0.contains("on_date") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("DT-0002") && $0.contains("birth_year") }, "\(problems)")
        XCTAssertEqual(try db.feedback(ListFilter(today: Fixtures.date("2024-01-01"))).count, 0, "unreadable rows are left out")
        XCTAssertEqual(try db.officials().map(\.code), ["DT-0001"])
        XCTAssertThrowsError(try db.exportBundle()) { XCTAssertTrue($0 is GiamSatError) }
        XCTAssertThrowsError(try db.fetch(Feedback.self, code: "PA-2021-0001"))
    }

    func testWorkflowListsAndDashboardSkipDamagedRows() throws {
        let db = try Fixtures.database()
        try db.save(Fixtures.feedback("PA-2021-0001"), by: "A")
        try db.save(Recommendation(code: "KN-2021-0001", to: "Đảng ủy", sentOn: Fixtures.date("2021-04-01")), by: "A")
        try db.write { db in
            try db.execute(sql: "UPDATE official SET party_member = 'maybe' WHERE code = 'DT-0002'")
            try db.execute(sql: "UPDATE recommendation SET sent_on = '2021-13-45'")
            try db.execute(sql: "UPDATE feedback SET due_on = '0999-01-01'")
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('due-days', '9223372036854775807')")
        }
        XCTAssertEqual(try OfficialListRequest().page(in: db).rows.map(\.code), ["DT-0001"])
        XCTAssertEqual(try RecommendationListRequest(today: Fixtures.date("2026-01-01")).page(in: db).rows.count, 0)
        XCTAssertNoThrow(try db.dashboard(year: 2021, today: Fixtures.date("2021-12-31"), settings: Settings(dueDays: 30, holidays: [])))
        XCTAssertEqual(try db.settings().dueDays, Feedback.defaultDueDays, "a due-days value the app never writes is ignored")
        XCTAssertEqual(LocalDate.latest.adding(days: .max).year, LocalDate.latest.year + 2_738, "no overflow")
    }

    func testYearsOutsideTheRangeMakeNoImpossibleDates() {
        XCTAssertEqual(TallyPeriod(year: 10_000, kind: .year).to, LocalDate.latest)
        XCTAssertEqual(TallyPeriod(year: -5, kind: .q1).from, LocalDate.earliest)
    }

    // MARK: Lengths

    func testLengthLimitsAtImportAndStore() throws {
        let long = String(repeating: "a", count: FieldLimit.summary + 1)
        XCTAssertEqual(problems(bundle(feedbackJSON(summary: long))), [.tooLong(length: 4_001, limit: 4_000)])
        XCTAssertEqual(problems(bundle(feedbackJSON(summary: String(long.dropLast())))), [])
        let notes = String(repeating: "b", count: FieldLimit.longText + 1)
        XCTAssertEqual(problems(bundle(feedbackJSON(#", "notes": "\#(notes)""#))), [.tooLong(length: 20_001, limit: 20_000)])
        let db = try Fixtures.database()
        var official = Fixtures.official("DT-0009", "Lò", "Văn", String(repeating: "x", count: 201))
        XCTAssertThrowsError(try db.save(official, by: "A"))
        official.givenName = "Páo"
        XCTAssertNoThrow(try db.save(official, by: "A"))
    }

    /// A 3 MB bad value gives a one-line error, not a 3 MB one.
    func testErrorsQuoteAShortPrefix() throws {
        let huge = String(repeating: "z", count: 3_000_000)
        let csv = "Mã,Họ và tên,Giới tính,Đối tượng,Chức vụ\nDT-0001,Giàng A Dình,\(huge),Người đứng đầu,\(huge)\n"
        XCTAssertThrowsError(try OfficialsCSV.read(Data(csv.utf8), file: "ds.csv")) { error in
            let message = (error as? GiamSatError)?.message(.vi) ?? ""
            XCTAssertLessThan(message.utf8.count, 400, message.prefix(200).description)
        }
        let cell = "Mã,Họ và tên,Đối tượng,Chức vụ\nDT-0001,Giàng A Dình,Người đứng đầu,\(huge)\n"
        XCTAssertThrowsError(try OfficialsCSV.read(Data(cell.utf8), file: "ds.csv")) { error in
            guard case GiamSatError.invalidRecords(let errors)? = error as? GiamSatError else { return XCTFail("\(error)") }
            XCTAssertEqual(errors.map(\.problem), [.tooLong(length: 3_000_000, limit: FieldLimit.name)])
        }
    }

    // MARK: Control characters

    func testControlCharactersAreStrippedSoReimportChangesNothing() throws {
        let data = bundle(feedbackJSON(#", "notes": "before\u0000after\u001b]2;x\u0007""#))
        let db = try AppDatabase.inMemory()
        _ = try db.importBundles([("f.json", try BundleReader.read(data, file: "f.json"))], by: "A")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2024-0001")?.notes, "beforeafter]2;x")
        let again = try db.importBundles([("f.json", try BundleReader.read(data, file: "f.json"))], by: "A")
        XCTAssertEqual(again.total.updated, 0)
        XCTAssertEqual(VietnameseText.clean("a\u{9B}b\u{7F}c\nd\te"), "abc\nd\te")
        XCTAssertEqual(TerminalText.escaped("x\u{1B}]2;PWNED\u{07}\u{1B}[2J"), "x\\x1B]2;PWNED\\x07\\x1B[2J")
    }

    // MARK: Codes and file names

    func testCommuneCodeMustBeASlug() {
        for code in ["../../x", "a/b", "Lao Chai", "-x", "lao--chai"] {
            let data = bundle(feedbackJSON(), commune: #"{"code": "\#(code)", "name": "Xã Lao Chải"}"#)
            XCTAssertEqual(problems(data), [.badCode(code)], code)
        }
        XCTAssertTrue(Commune.isValidCode("lao-chai"))
        XCTAssertEqual(Files.safeName("../../x"), "x")
        XCTAssertEqual(Files.safeName("a/b"), "a-b")
        XCTAssertEqual(Files.safeName(""), "xa")
        XCTAssertEqual(Files.safeName("Xã Lao Chải"), "xa-lao-chai")
        XCTAssertEqual(Commune(code: "../../x", name: "X").fileNameCode, "x")
    }

    func testBundleWithoutDistrictKeepsTheStoredOne() throws {
        let db = try Fixtures.database()
        let omitted = try BundleReader.read(bundle("", commune: #"{"code": "lao-chai", "name": "Xã Lao Chải"}"#), file: "a.json")
        _ = try db.importBundles([("a.json", omitted)], by: "A")
        XCTAssertEqual(try db.commune(), Fixtures.commune, "omitted fields keep what is stored")
        let cleared = try BundleReader.read(bundle("", commune: #"{"code": "lao-chai", "name": "Xã Lao Chải", "district": ""}"#), file: "b.json")
        _ = try db.importBundles([("b.json", cleared)], by: "A")
        XCTAssertEqual(try db.commune()?.district, "", "an empty field clears it")
        XCTAssertEqual(try db.commune()?.province, Fixtures.commune.province)
    }

    // MARK: CSV

    func testSemicolonCSVWithACommaInAHeader() throws {
        let csv = "Mã;Họ và tên;Chức vụ;Cơ quan, đơn vị;Đối tượng\nDT-0001;Giàng A Dình;Bí thư;Đảng ủy xã;Người đứng đầu\n"
        let officials = try OfficialsCSV.read(Data(csv.utf8), file: "ds.csv")
        XCTAssertEqual(officials.map(\.unit), ["Đảng ủy xã"])
        XCTAssertEqual(CSV.detectDelimiter("a,\"b;c;d\",e\n"), ",")
        XCTAssertEqual(CSV.detectDelimiter("a;\"b,c,d\";e\n"), ";")
    }

    // MARK: Confidentiality

    func testIdentityChangeIsAuditedWithoutAFingerprint() throws {
        let db = try Fixtures.database()
        try db.save(Fixtures.feedback("PA-2021-0001"), by: "A")
        var changed = try XCTUnwrap(try db.fetch(Feedback.self, code: "PA-2021-0001"))
        changed.reporter?.phone = "0987654321"
        XCTAssertEqual(try db.save(changed, by: "A"), .updated(fields: ["reporter"]))
        let row = try XCTUnwrap(try db.auditTrail(.feedback, code: "PA-2021-0001").last)
        XCTAssertEqual([row.field, row.old, row.new], ["reporter", "***", "***"], "nothing to confirm a guess with")
    }

    func testFilesAreWrittenPrivateWhateverTheUmask() throws {
        let folder = NSTemporaryDirectory() + "gs-files-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let old = umask(0)
        defer { umask(old) }
        try Files.write("bí mật", to: folder + "/x.json")
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/x.json")[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["x.json"], "no temporary file left")
        XCTAssertThrowsError(try Files.write("x", to: folder + "/missing/x.json"))
    }

    func testIdentityExportIsAudited() throws {
        let db = try Fixtures.database()
        try db.recordIdentityExport(to: "/tmp/x.json", records: 3, by: "Cán bộ")
        let row = try XCTUnwrap(try db.communeAuditTrail().last)
        XCTAssertEqual([row.by, row.field, row.old, row.new], ["Cán bộ", AuditEntry.identityExportField, "3", "/tmp/x.json"])
    }

    // MARK: Backups

    func testRotationKeepsSevenDaysAndFourWeeks() {
        let start = LocalDate(iso: "2026-10-01")!
        let days = (0..<60).map { start.adding(days: $0) }
        let kept = BackupRotation.keep(days).sorted()
        XCTAssertEqual(kept.count, 7 + 3, "the newest week's Sunday is among the 7 days")
        XCTAssertEqual(kept.suffix(7), days.suffix(7)[...])
        // Weekly ones are Sundays (the newest day of each older week).
        XCTAssertTrue(kept.prefix(3).allSatisfy { $0.weekday == 7 }, "\(kept)")
        XCTAssertEqual(BackupRotation.keep([start]), [start])
    }

    func testDailyBackupOncePerDayAndPrunes() throws {
        let folder = NSTemporaryDirectory() + "gs-backup-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let directory = DataDirectory(path: folder)
        let db = try AppDatabase.open(directory, create: true)
        try db.setCommune(Fixtures.commune, by: "A")
        try FileManager.default.createDirectory(atPath: folder + "/backups", withIntermediateDirectories: true)
        for day in 1...20 { _ = FileManager.default.createFile(atPath: folder + String(format: "/backups/auto-2026-10-%02d.sqlite", day), contents: Data()) }
        _ = FileManager.default.createFile(atPath: folder + "/backups/giamsat-20250101.sqlite", contents: Data())
        let today = LocalDate(iso: "2026-10-21")!
        XCTAssertNotNil(try db.dailyBackup(in: directory, today: today))
        XCTAssertNil(try db.dailyBackup(in: directory, today: today), "once a day")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/backups").sorted()
        XCTAssertTrue(names.contains("giamsat-20250101.sqlite"), "manual backups are never pruned")
        XCTAssertEqual(names.filter { $0.hasPrefix("auto-") }.count, 7 + 2, "\(names)")
        let summary = try AppDatabase.inspect(databaseAt: folder + "/backups/auto-2026-10-21.sqlite")
        XCTAssertEqual(summary.commune, Fixtures.commune)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/backups").filter { $0.hasSuffix("-wal") || $0.hasSuffix("-shm") }, [])
    }

    func testRestoreChecksKeepsAndReplaces() throws {
        let folder = NSTemporaryDirectory() + "gs-restore-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let directory = DataDirectory(path: folder + "/data")
        let db = try AppDatabase.open(directory, create: true)
        try db.setCommune(Fixtures.commune, by: "A")
        try db.save(Fixtures.locality, by: "A")
        try db.backup(to: folder + "/before.sqlite")
        try db.save(Locality(code: "TH02", name: "Thôn mới", kind: .thon), by: "A")
        _ = FileManager.default.createFile(atPath: folder + "/garbage.sqlite", contents: Data(repeating: 7, count: 8192))
        XCTAssertThrowsError(try db.restore(from: folder + "/garbage.sqlite", in: directory, by: "A")) {
            XCTAssertEqual($0 as? GiamSatError, .notADatabase(path: folder + "/garbage.sqlite"))
        }
        XCTAssertEqual(try db.fetch(Locality.self, code: "TH02")?.name, "Thôn mới", "a refused file changes nothing")
        let kept = try XCTUnwrap(try db.restore(from: folder + "/before.sqlite", in: directory, by: "A"))
        XCTAssertNil(try db.fetch(Locality.self, code: "TH02"))
        XCTAssertEqual(try AppDatabase.inspect(databaseAt: kept).counts[.locality], 2, "the replaced data is kept")
        XCTAssertEqual(try db.check(), [])
        XCTAssertEqual(try db.communeAuditTrail().last?.field, AuditEntry.restoredField)
    }

    // MARK: Opening

    func testDiskFullIsNamedFromSQLiteErrors() throws {
        XCTAssertEqual(GiamSatError.diskFull.message(.en), "disk full: nothing was written, existing data is intact")
        XCTAssertFalse(DataDirectory.isFull(at: NSTemporaryDirectory()))
    }

    func testImmutableURIIsEscaped() {
        XCTAssertEqual(DataDirectory.immutableURI("/a b/#c?.sqlite"), "file:/a%20b/%23c%3F.sqlite?immutable=1")
    }
}
