import Foundation
import XCTest
@testable import GiamSatCore

/// Issue 19 ("nothing lost, nothing left behind, nothing claimed that is not true"): one test per fault the stress
/// test found in the library; the command-line ones are in CLITests/FaultCLITests.swift.
final class FaultTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "faults-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    func syntaxError(_ text: [UInt8]) -> JSONStream.SyntaxError? {
        do {
            _ = try JSONValue.parse(Data(text))
            return nil
        } catch let error as JSONStream.SyntaxError {
            return error
        } catch {
            XCTFail("\(error)")
            return nil
        }
    }

    // MARK: The JSON reader

    func testDeepNestingIsRefusedNotAStackOverflow() {
        let deep = Array(String(repeating: "[", count: 60_000) + String(repeating: "]", count: 60_000)).map { UInt8($0.asciiValue!) }
        XCTAssertEqual(syntaxError(deep)?.kind, .tooDeep)
        XCTAssertEqual(syntaxError(deep)?.column, JSONStream.maxDepth + 1)
        let objects = Array((String(repeating: #"{"a":"#, count: 5_000) + "1" + String(repeating: "}", count: 5_000)).utf8)
        XCTAssertEqual(syntaxError(objects)?.kind, .tooDeep)
        let allowed = Array((String(repeating: "[", count: JSONStream.maxDepth) + String(repeating: "]", count: JSONStream.maxDepth)).utf8)
        XCTAssertNil(syntaxError(allowed), "the limit itself is accepted")
        XCTAssertThrowsError(try BundleReader.read(Data(deep), file: "d.json")) {
            XCTAssertEqual($0 as? GiamSatError, .jsonTooDeep(file: "d.json", line: 1, column: 65, limit: 64))
        }
        XCTAssertThrowsError(try TallyJSON.readAll(Data(deep), file: "t.json")) {
            XCTAssertEqual($0 as? GiamSatError, .jsonTooDeep(file: "t.json", line: 1, column: 65, limit: 64))
        }
    }

    func testByteOrderMarkIsSkipped() throws {
        XCTAssertEqual(try JSONValue.parse(Data([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))), .object([("a", .int(1))]))
        XCTAssertEqual(syntaxError([0xEF, 0xBB, 0xBF] + Array("{\n x}".utf8)).map { [$0.line, $0.column] }, [2, 2],
                       "columns count from after the mark")
        XCTAssertEqual(syntaxError([0xEF, 0xBB, 0x41])?.kind, .notUTF8(offset: 0))
    }

    func testLoneCarriageReturnsEndLines() {
        XCTAssertEqual(syntaxError(Array("{\r\"a\": 1,\r\"b\": x}".utf8)).map { [$0.line, $0.column] }, [3, 6])
        XCTAssertEqual(syntaxError(Array("{\r\n\"a\": 1,\r\n\"b\": x}".utf8)).map { [$0.line, $0.column] }, [3, 6], "CRLF is one end")
        XCTAssertEqual(syntaxError(Array("{\n\n\"b\": x}".utf8)).map { [$0.line, $0.column] }, [3, 6])
    }

    func testInvalidUTF8IsRefusedWithItsOffset() {
        // "Thư" in Windows-1258 is 54 68 F0: F0 needs three continuation bytes.
        let text = Array(#"{"a": "Th"#.utf8) + [0xF0] + Array(#"", "b": 1}"#.utf8)
        XCTAssertEqual(syntaxError(text)?.kind, .notUTF8(offset: 9), "where the bad character begins")
        // The same in a string with an escape (the byte-by-byte path) and in a stream read in small pieces.
        let escaped = Array(#"{"a": "\n Th"#.utf8) + [0xE0, 0x41] + Array(#""}"#.utf8)
        XCTAssertEqual(syntaxError(escaped)?.kind, .notUTF8(offset: 12))
        var pieces = text.map { [$0] }[...]
        var stream = JSONStream(chunks: { pieces.popFirst() ?? [] })
        XCTAssertThrowsError(try stream.value()) { XCTAssertEqual(($0 as? JSONStream.SyntaxError)?.kind, .notUTF8(offset: 9)) }
        XCTAssertEqual(syntaxError([0x22, 0xED, 0xA0, 0x80, 0x22])?.kind, .notUTF8(offset: 1), "a surrogate is not UTF-8")
        XCTAssertEqual(syntaxError([0x22, 0xC0, 0x80, 0x22])?.kind, .notUTF8(offset: 1), "nor an overlong form")
        XCTAssertNil(syntaxError(Array(#""Thư trong hòm thư""#.utf8)))
        let bundle = Data(#"{"format": "giamsat-bundle", "version": 1, "commune": {"name": "X"#.utf8 + [0xE3] + #""}}"#.utf8)
        XCTAssertThrowsError(try BundleReader.read(bundle, file: "w.json")) {
            XCTAssertEqual($0 as? GiamSatError, .notUTF8(file: "w.json", offset: bundle.firstIndex(of: 0xE3)!, line: 1))
        }
    }

    func testChunkedReadingEqualsWholeReading() throws {
        let text = Array(#"{"a": ["Thư \"x\" \u1ec7", 1.5, -2, true, null, {"b": "đ"}], "c": "\#(String(repeating: "ư", count: 40))"}"#.utf8)
        let whole = try JSONValue.parse(Data(text))
        for size in 1...9 {
            var rest = text[...]
            var stream = JSONStream(chunks: {
                let piece = Array(rest.prefix(size))
                rest = rest.dropFirst(size)
                return piece
            })
            XCTAssertEqual(try stream.value(), whole, "pieces of \(size)")
        }
    }

    // MARK: The CSV reader

    func testCSVRefusesADuplicateCodeAndADuplicateHeader() {
        let twice = "code,fullName,category\nDT-1,Lò Văn A,nguoi-dung-dau\nDT-1,Lò Văn B,nguoi-dung-dau\n"
        XCTAssertThrowsError(try OfficialsCSV.read(Data(twice.utf8), file: "a.csv")) {
            guard case GiamSatError.invalidRecords(let errors) = $0 else { return XCTFail("\($0)") }
            XCTAssertEqual(errors.map(\.problem), [.duplicateCode])
            XCTAssertEqual(errors.first?.file, "a.csv:3")
        }
        let header = "code,fullName,code,category\nDT-1,Lò Văn A,DT-2,nguoi-dung-dau\n"
        XCTAssertThrowsError(try OfficialsCSV.read(Data(header.utf8), file: "a.csv")) {
            XCTAssertEqual($0 as? GiamSatError, .csv(file: "a.csv", line: 1, problem: .duplicateColumn("code")))
        }
        let sameField = "code,Mã,fullName,category\nDT-1,DT-2,Lò Văn A,nguoi-dung-dau\n"
        XCTAssertThrowsError(try OfficialsCSV.read(Data(sameField.utf8), file: "a.csv")) {
            XCTAssertEqual($0 as? GiamSatError, .csv(file: "a.csv", line: 1, problem: .duplicateColumn("Mã")))
        }
    }

    func testCSVNamesTheOffsetAndLineOfABadByte() {
        let bytes = Array("code,fullName,category\rDT-1,Th".utf8) + [0xF0] + Array(",nguoi-dung-dau\n".utf8)
        XCTAssertThrowsError(try OfficialsCSV.read(Data(bytes), file: "a.csv")) {
            XCTAssertEqual($0 as? GiamSatError, .csv(file: "a.csv", line: 2, problem: .notUTF8(offset: 30)))
            XCTAssertTrue(($0 as? GiamSatError)?.message(.en).contains("save the file again as UTF-8") ?? false)
        }
    }

    func testInvisibleCharactersInAFieldNameAreShown() {
        let error = RecordError(file: "f.json", entity: .feedback, code: "PA-1", field: "summary\u{200B}", problem: .unknownKey)
        XCTAssertTrue(error.message(.vi).contains("summary<U+200B>"), error.message(.vi))
        XCTAssertTrue(error.message(.en).contains("invisible character"), error.message(.en))
        let plain = RecordError(file: "f.json", entity: .feedback, code: "PA-1", field: "sumary", problem: .unknownKey)
        XCTAssertFalse(plain.message(.en).contains("invisible"))
    }

    // MARK: Passphrases and the scrypt cost

    func testWeakPassphrasesAreRefused() {
        for weak in ["12345678", "1234567890", "abcdefghij", "aaaaaaaaaaaa", "0987654321", "abcabcabcabc", "password123", "matkhau1234"] {
            XCTAssertThrowsError(try PassphraseStrength.check(weak), weak) {
                XCTAssertTrue([GiamSatError.passphraseTooWeak, .passphraseTooShort(minimum: 10)].contains($0 as? GiamSatError), "\(weak): \($0)")
            }
        }
        XCTAssertThrowsError(try PassphraseStrength.check("ngắn quá")) { XCTAssertEqual($0 as? GiamSatError, .passphraseTooShort(minimum: 10)) }
        for good in ["mật khẩu thử nghiệm", "trâu cày ruộng sáng thứ hai", "Lao Chải 2021 hòm thư"] {
            XCTAssertNoThrow(try PassphraseStrength.check(good), good)
        }
    }

    func testProtectFromThePublicInterfaceStoresTheDefaultCost() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importFiles([Fixtures.sampleBundleURL.path], by: "A")
        try db.protect(passphrase: "mật khẩu thử nghiệm", by: "A")
        let header = try db.read { try AppDatabase.protection($0) }
        XCTAssertEqual(header?.logN, ProtectionHeader.defaultLogN)
        XCTAssertFalse(try db.protectionUnfinished())
    }

    // MARK: Leftovers and first imports

    /// A process id no process has (pid_max is at most 2^22).
    let deadPID = 4_999_999

    func testAKilledWritesTemporaryFileIsRemovedByTheNextWriteOfTheSameFile() throws {
        let stale = folder + "/.x.json.\(deadPID).tmp", other = folder + "/.y.json.\(deadPID).tmp"
        let live = folder + "/.x.json.1.tmp" // process 1 runs: never touched
        for path in [stale, other, live] { try "0912345678".write(toFile: path, atomically: false, encoding: .utf8) }
        try Files.write("{}", to: folder + "/x.json")
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale))
        XCTAssertTrue(FileManager.default.fileExists(atPath: other), "another file's is left to its own next write")
        XCTAssertTrue(FileManager.default.fileExists(atPath: live))
        let sink = try TextSink(path: folder + "/y.json")
        try sink.write("{}")
        try sink.finish()
        XCTAssertFalse(FileManager.default.fileExists(atPath: other))
    }

    func testLeftoversInTheDataFolderGoAtTheNextStart() throws {
        let directory = DataDirectory(path: folder + "/data")
        let db = try AppDatabase.open(directory, create: true)
        try db.close()
        try FileManager.default.createDirectory(atPath: directory.path + "/backups", withIntermediateDirectories: true)
        let left = [directory.path + "/.giamsat.sqlite.\(deadPID).new", directory.path + "/.giamsat.sqlite.\(deadPID).new-journal",
                    directory.path + "/.bao-cao.txt.\(deadPID).tmp", directory.path + "/backups/auto-2026-12-01.sqlite.\(deadPID).partial",
                    directory.path + "/backups/auto-2026-12-01.sqlite.\(deadPID).partial-journal"]
        for path in left { try "x".write(toFile: path, atomically: false, encoding: .utf8) }
        try AppDatabase.open(directory, create: false).close()
        XCTAssertEqual(left.filter { FileManager.default.fileExists(atPath: $0) }, [])
        XCTAssertTrue(directory.databaseExists)
    }

    func testAFirstImportThatFailsLeavesNothingAndOneThatLosesTheRaceLeavesTheOtherDatabase() throws {
        let directory = DataDirectory(path: folder + "/data")
        XCTAssertThrowsError(try AppDatabase.buildNew(directory) { _ in throw GiamSatError.diskFull } as Int?)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [])
        // Another process put a database there while this one was building: this one keeps it and removes only its own.
        let result = try AppDatabase.buildNew(directory) { db -> Int in
            try "theirs".write(toFile: directory.databasePath, atomically: false, encoding: .utf8)
            return 1
        }
        XCTAssertNil(result)
        XCTAssertEqual(try String(contentsOfFile: directory.databasePath, encoding: .utf8), "theirs")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["giamsat.sqlite"])
        try FileManager.default.removeItem(atPath: directory.databasePath)
        let count = try AppDatabase.buildNew(directory) { try $0.importFiles([Fixtures.sampleBundleURL.path], by: "A").total.added }
        XCTAssertGreaterThan(count ?? 0, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["giamsat.sqlite"])
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.databasePath)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let opened = try AppDatabase.open(directory, create: false)
        XCTAssertNotNil(try opened.commune())
        try opened.close()
    }

    // MARK: Protection and restore

    func testRestoringABackupFromBeforeProtectSealsItAgain() throws {
        let directory = DataDirectory(path: folder + "/data")
        let db = try AppDatabase.open(directory, create: true)
        _ = try db.importFiles([Fixtures.sampleBundleURL.path], by: "A")
        try db.backup(to: folder + "/before.sqlite")
        try db.protect(passphrase: "mật khẩu thử nghiệm", by: "A", logN: 10)
        XCTAssertEqual(AppDatabase.backupsInClear(in: directory), [])
        let outcome = try db.restore(from: folder + "/before.sqlite", in: directory, by: "A")
        XCTAssertGreaterThan(outcome.resealed ?? 0, 0)
        XCTAssertTrue(try db.isProtected())
        let clear = try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM feedback WHERE reporter_name IS NOT NULL AND reporter_name NOT LIKE 'gs1:%'") }
        XCTAssertEqual(clear, 0)
        try db.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: directory.databasePath))
        let someName = try XCTUnwrap(try AppDatabase.inspect(databaseAt: folder + "/before.sqlite").commune?.name)
        XCTAssertNotNil(bytes.range(of: Data(someName.utf8)), "the file is readable (sanity)")
        XCTAssertEqual(AppDatabase.backupsInClear(in: directory).count, 0, "backups/ holds only the protected copy kept by restore")
    }

    func testRestoringAFolderSaysSo() throws {
        XCTAssertThrowsError(try AppDatabase.inspect(databaseAt: folder)) {
            guard case GiamSatError.cannotRead(_, let reason)? = $0 as? GiamSatError else { return XCTFail("\($0)") }
            XCTAssertTrue(reason.contains("is a folder"), reason)
        }
    }

    func testADataFolderThatIsAFileIsNamedSo() throws {
        let file = folder + "/giamsat.sqlite"
        try "x".write(toFile: file, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try AppDatabase.open(DataDirectory(path: file), create: false)) {
            XCTAssertEqual($0 as? GiamSatError, .dataDirectoryIsFile(path: file))
        }
    }

    // MARK: Record order

    /// The bulk path writes the search rows sorted by rowid (FTS5 made a segment for each row that came with a smaller
    /// rowid than the one before): a bundle in any order gives the same database, rows and search index alike.
    func testAnImportInReverseOrderGivesTheSameSearchIndex() throws {
        guard case .object(let pairs) = try JSONValue.parse(try Data(contentsOf: Fixtures.sampleBundleURL)) else { return XCTFail() }
        let reversed = JSONValue.object(pairs.map { key, value in
            guard key == "feedback", case .array(let items) = value else { return (key, value) }
            return (key, .array(items.reversed()))
        })
        let file = folder + "/reversed.json"
        try reversed.serialized().write(toFile: file, atomically: true, encoding: .utf8)
        func index(_ path: String) throws -> [String] {
            let db = try AppDatabase.inMemory()
            _ = try db.importFiles([path], by: "A")
            // The id in the rowid's low half is the order of writing; the received day (high half) and the words are not.
            return try db.read { try String.fetchAll($0, sql: "SELECT (rowid >> 32) || ' ' || text FROM feedback_search ORDER BY 1") }
        }
        let sorted = try index(Fixtures.sampleBundleURL.path)
        XCTAssertGreaterThan(sorted.count, 100)
        XCTAssertTrue(try index(file) == sorted, "the same search rows")
    }
}
