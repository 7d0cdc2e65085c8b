import Foundation
import GRDB
import XCTest
@testable import GiamSatCore

/// Issue 21, item 5: files held by records — stored once by content hash (0600), listed, voided and restored, undone,
/// carried by backups, export/import and merge, checked, and sealed by `protect` when they hold a reporter's identity.
final class AttachmentTests: FolderTestCase {
    let passphrase = "mật khẩu thử nghiệm"
    let secret = "Lò Thị Bí Mật, bản Xa, 0987000111"

    override func setUp() {
        super.setUp()
        Keyring.shared.forget()
    }

    override func tearDown() {
        Keyring.shared.forget()
        chmodAll(0o700)
        super.tearDown()
    }

    /// Tests that count on a permission being refused cannot run as root, which reads and writes anything.
    var isRoot: Bool { getuid() == 0 }

    func chmodAll(_ mode: mode_t) {
        for sub in ["/data/attachments", "/data"] { chmod(folder + sub, mode) }
    }

    /// A data folder with a commune, a locality, two officials and one identified feedback record.
    func database(_ name: String = "data", commune: Commune = Fixtures.commune) throws -> AppDatabase {
        let db = try AppDatabase.open(DataDirectory(path: folder + "/" + name), create: true)
        try db.setCommune(commune, by: Fixtures.user)
        try db.save(Fixtures.locality, by: Fixtures.user)
        try db.save(Fixtures.official("DT-0001", "Giàng", "A", "Dình"), by: Fixtures.user)
        try db.save(Fixtures.feedback("PA-2021-0001"), by: Fixtures.user)
        return db
    }

    func file(_ name: String, _ text: String) throws -> String { try write(text, name) }

    func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? NSNumber)?.intValue ?? -1
    }

    func contentFiles(_ root: String) -> [String] {
        let names = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String]) ?? []
        return names.filter { !$0.hasPrefix(".") && $0.split(separator: "/").count == 2 }.sorted()
    }

    // MARK: Adding and listing

    func testAddCopiesTheFileUnderItsHash0600AndTheSameContentIsStoredOnce() throws {
        let db = try database()
        let letter = try file("don-phan-anh.txt", "Đơn phản ánh: nội dung thư")
        let (first, undo) = try db.attach(.feedback, code: "PA-2021-0001", file: letter, by: Fixtures.user)
        XCTAssertEqual(first.id, 1)
        XCTAssertEqual(first.name, "don-phan-anh.txt")
        XCTAssertEqual(first.size, Data("Đơn phản ánh: nội dung thư".utf8).count)
        XCTAssertEqual(first.sha256.count, 64)
        XCTAssertEqual(undo.attachment, AttachmentUndo(id: 1, name: "don-phan-anh.txt"))
        let stored = folder + "/data/attachments/\(first.sha256.prefix(2))/\(first.sha256)"
        XCTAssertEqual(FileManager.default.contents(atPath: stored), try Data(contentsOf: URL(fileURLWithPath: letter)))
        XCTAssertEqual(mode(stored), 0o600)
        XCTAssertEqual(mode(folder + "/data/attachments"), 0o700)
        XCTAssertEqual(mode(folder + "/data/attachments/\(first.sha256.prefix(2))"), 0o700)

        // The same content under another name, on another record: one more row, still one file.
        let copy = try file("ban-sao.txt", "Đơn phản ánh: nội dung thư")
        let second = try db.attach(.official, code: "DT-0001", file: copy, by: Fixtures.user).attachment
        XCTAssertEqual(second.sha256, first.sha256)
        XCTAssertEqual(contentFiles(folder + "/data/attachments").count, 1)
        let other = try db.attach(.feedback, code: "PA-2021-0001", file: try file("bien-ban.txt", "Biên bản"), by: Fixtures.user).attachment
        XCTAssertEqual(other.id, 2)
        XCTAssertEqual(try db.attachments(.feedback, code: "PA-2021-0001").map(\.name), ["don-phan-anh.txt", "bien-ban.txt"])
        XCTAssertEqual(try db.attachments(.official, code: "DT-0001").map(\.name), ["ban-sao.txt"])
        XCTAssertEqual(contentFiles(folder + "/data/attachments").count, 2)
        XCTAssertTrue(try db.auditTrail(.feedback, code: "PA-2021-0001").contains { $0.field == "attachment" && $0.new == "1 don-phan-anh.txt" })
        XCTAssertEqual(try db.check(), [])
    }

    func testWithoutAViewerTheFileIsCopiedOutUnderItsOwnName0600() throws {
        let db = try database()
        _ = try db.attach(.feedback, code: "PA-2021-0001", file: try file("bien ban.pdf", "%PDF biên bản"), by: Fixtures.user)
        let stored = try db.attachmentFileToOpen(.feedback, code: "PA-2021-0001", id: 1)
        XCTAssertFalse(stored.hasSuffix(".pdf"), "with a viewer the stored copy (named by its hash) is opened")
        let copy = try db.attachmentFileToOpen(.feedback, code: "PA-2021-0001", id: 1, readableCopy: true)
        XCTAssertEqual(copy, folder + "/data/attachments/.opened/pa-2021-0001-1-bien ban.pdf")
        XCTAssertEqual(FileManager.default.contents(atPath: copy), Data("%PDF biên bản".utf8))
        XCTAssertEqual(mode(copy), 0o600)
        XCTAssertEqual(AttachmentFiles.problem(readingFrom: copy), nil)
        XCTAssertEqual(AttachmentFiles.problem(readingFrom: folder + "/khong-co.pdf"), .pathMissing(folder + "/khong-co.pdf"))
        XCTAssertEqual(AttachmentFiles.problem(readingFrom: folder), .isDirectory(folder))
    }

    func testClearRefusalsLeaveNothingBehind() throws {
        let db = try database()
        func refused(_ path: String, limit: Int = AttachmentFiles.limit, _ expected: AttachmentProblem, line: UInt = #line) {
            XCTAssertThrowsError(try db.attach(.feedback, code: "PA-2021-0001", file: path, by: Fixtures.user, limit: limit), line: line) {
                XCTAssertEqual($0 as? GiamSatError, .attachment(expected), line: line)
                XCTAssertFalse(($0 as? GiamSatError)?.message(.vi).isEmpty ?? true, line: line)
            }
        }
        refused(folder + "/khong-co.pdf", .pathMissing(folder + "/khong-co.pdf"))
        refused(folder, .isDirectory(folder))
        let big = try file("lon.txt", String(repeating: "x", count: 2000))
        refused(big, limit: 1000, .tooBig(path: big, size: 2000, limit: 1000))
        XCTAssertTrue(GiamSatError.attachment(.tooBig(path: big, size: 60_000_000, limit: AttachmentFiles.limit)).message(.vi).contains("50 MB"))
        XCTAssertThrowsError(try db.attach(.feedback, code: "PA-2021-0099", file: big, by: Fixtures.user)) {
            XCTAssertEqual($0 as? GiamSatError, .notFound(entity: .feedback, code: "PA-2021-0099"))
        }
        XCTAssertThrowsError(try Fixtures.database().attach(.feedback, code: "PA-2021-0001", file: big, by: Fixtures.user)) {
            XCTAssertEqual($0 as? GiamSatError, .attachment(.noDataFolder))
        }
        if !isRoot {
            let locked = try file("khoa.txt", "không đọc được")
            chmod(locked, 0o000)
            refused(locked, .unreadable(locked))
            // A data folder that cannot be written: the content cannot be stored, and no row says otherwise.
            let fine = try file("duoc.txt", "đọc được")
            try FileManager.default.createDirectory(atPath: folder + "/data/attachments", withIntermediateDirectories: true)
            chmod(folder + "/data/attachments", 0o500)
            XCTAssertThrowsError(try db.attach(.feedback, code: "PA-2021-0001", file: fine, by: Fixtures.user)) {
                guard case .attachment(.cannotStore(_, let reason))? = $0 as? GiamSatError else { return XCTFail("\($0)") }
                XCTAssertTrue(reason.contains("permission denied"), reason)
            }
            chmod(folder + "/data/attachments", 0o700)
        }
        XCTAssertEqual(try db.attachments(.feedback, code: "PA-2021-0001"), [])
        XCTAssertEqual(contentFiles(folder + "/data/attachments"), [])
    }

    /// Runs a program; its exit status.
    @discardableResult
    func run(_ program: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A full disk and a read-only data folder, on a small tmpfs (skipped where mounting is not allowed): the content
    /// cannot be stored, the reason says why, and no row names it.
    func testAFullDiskOrAReadOnlyDataFolderAttachesNothing() throws {
        let mount = folder + "/small"
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        // Room for a new database (every migration's pages sit in the WAL until a checkpoint; 1 MiB was outgrown when
        // v7-residence-meetings-void and v7-locality-natural-order came); the filler below takes what is left.
        guard run("/bin/mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", mount]) == 0 else {
            throw XCTSkip("mounting a tmpfs is not allowed here")
        }
        defer { run("/bin/umount", ["-l", mount]) }
        let db = try AppDatabase.open(DataDirectory(path: mount + "/data"), create: true)
        try db.setCommune(Fixtures.commune, by: Fixtures.user)
        try db.save(Fixtures.locality, by: Fixtures.user)
        try db.save(Fixtures.official("DT-0001", "Giàng", "A", "Dình"), by: Fixtures.user)
        try db.save(Fixtures.feedback("PA-2021-0001"), by: Fixtures.user)
        // Whatever room is left is taken by a filler file.
        let filler = mount + "/filler"
        FileManager.default.createFile(atPath: filler, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: filler))
        while (try? handle.write(contentsOf: Data(count: 4096))) != nil {}
        try? handle.close()
        let scan = try file("scan.txt", String(repeating: "bản quét ", count: 2000))
        XCTAssertThrowsError(try db.attach(.feedback, code: "PA-2021-0001", file: scan, by: Fixtures.user)) {
            guard case .attachment(.cannotStore(_, let reason))? = $0 as? GiamSatError else { return XCTFail("\($0)") }
            XCTAssertTrue(reason.contains("disk full"), reason)
        }
        XCTAssertEqual(contentFiles(mount + "/data/attachments"), [])
        XCTAssertEqual(((try? FileManager.default.contentsOfDirectory(atPath: mount + "/data/attachments")) ?? []).flatMap {
            (try? FileManager.default.contentsOfDirectory(atPath: mount + "/data/attachments/" + $0)) ?? []
        }, [], "no temporary file left")
        try FileManager.default.removeItem(atPath: filler)
        // The attachments' folder made read-only (a bind mount of itself; the database stays writable).
        let store = mount + "/data/attachments"
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
        XCTAssertEqual(run("/bin/mount", ["--bind", store, store]), 0)
        defer { run("/bin/umount", ["-l", store]) }
        XCTAssertEqual(run("/bin/mount", ["-o", "remount,bind,ro", store]), 0)
        XCTAssertThrowsError(try db.attach(.feedback, code: "PA-2021-0001", file: scan, by: Fixtures.user)) {
            guard case .attachment(.cannotStore(_, let reason))? = $0 as? GiamSatError else { return XCTFail("\($0)") }
            XCTAssertTrue(reason.contains("read-only"), reason)
        }
        XCTAssertEqual(try db.attachments(.feedback, code: "PA-2021-0001"), [])
        try? db.close()
    }

    func testAStartRemovesATemporaryFileOfAKilledWrite() throws {
        let db = try database()
        let a = try db.attach(.feedback, code: "PA-2021-0001", file: try file("don.txt", "nội dung"), by: Fixtures.user).attachment
        let leftover = folder + "/data/attachments/\(a.sha256.prefix(2))/.\(a.sha256).4194000.tmp"
        FileManager.default.createFile(atPath: leftover, contents: Data("một nửa".utf8))
        Leftovers.clean(DataDirectory(path: folder + "/data"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover))
        XCTAssertEqual(try db.attachmentContent(.feedback, code: "PA-2021-0001", id: 1), Data("nội dung".utf8))
    }

    // MARK: Void, restore, undo

    func testVoidAndRestoreAreAuditedAndUndoOfAnAddTakesTheFileOnlyWhenUnused() throws {
        let db = try database()
        let path = try file("quyet-dinh.txt", "Quyết định số 12")
        let (a, undo) = try db.attach(.feedback, code: "PA-2021-0001", file: path, by: Fixtures.user)
        try db.voidAttachment(.feedback, code: "PA-2021-0001", id: a.id, reason: "nhầm hồ sơ", by: Fixtures.user)
        let voided = try XCTUnwrap(try db.attachments(.feedback, code: "PA-2021-0001").first)
        XCTAssertEqual(voided.voided?.reason, "nhầm hồ sơ")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/data/attachments/\(a.sha256.prefix(2))/\(a.sha256)"), "voiding keeps the file")
        try db.restoreAttachment(.feedback, code: "PA-2021-0001", id: a.id, by: Fixtures.user)
        XCTAssertNil(try db.attachments(.feedback, code: "PA-2021-0001").first?.voided)
        let fields = try db.auditTrail(.feedback, code: "PA-2021-0001").map(\.field)
        XCTAssertEqual(fields.filter { $0 == "attachment.voided" }.count, 2)

        // Another row with the same content: undoing the first add keeps the file for it.
        let (b, undoB) = try db.attach(.official, code: "DT-0001", file: path, by: Fixtures.user)
        try db.undo(undo, by: Fixtures.user)
        XCTAssertEqual(try db.attachments(.feedback, code: "PA-2021-0001"), [])
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/data/attachments/\(b.sha256.prefix(2))/\(b.sha256)"))
        try db.undo(undoB, by: Fixtures.user)
        XCTAssertEqual(contentFiles(folder + "/data/attachments"), [], "no row names it: the file goes")
        XCTAssertTrue(try db.auditTrail(.official, code: "DT-0001").contains { $0.field == "attachment.undone" })
        XCTAssertEqual(try db.check(), [])
    }

    // MARK: Check

    func testCheckReportsAMissingOrDamagedFile() throws {
        let db = try database()
        let a = try db.attach(.feedback, code: "PA-2021-0001", file: try file("don.txt", "nội dung"), by: Fixtures.user).attachment
        let stored = folder + "/data/attachments/\(a.sha256.prefix(2))/\(a.sha256)"
        try Data("nội dung bị sửa".utf8).write(to: URL(fileURLWithPath: stored))
        XCTAssertEqual(try db.check(), [.attachment(.corruptFile(entity: .feedback, record: "PA-2021-0001", id: 1, sha256: a.sha256))])
        XCTAssertThrowsError(try db.attachmentContent(.feedback, code: "PA-2021-0001", id: 1))
        try FileManager.default.removeItem(atPath: stored)
        XCTAssertEqual(try db.check(), [.attachment(.missingFile(entity: .feedback, record: "PA-2021-0001", id: 1, sha256: a.sha256))])
        XCTAssertTrue(CheckProblem.attachment(.missingFile(entity: .feedback, record: "PA-2021-0001", id: 1, sha256: a.sha256)).message(.vi).contains("PA-2021-0001"))
    }

    // MARK: Backups

    func testBackupCarriesTheFilesAndRestoreBringsThemBack() throws {
        let db = try database()
        let a = try db.attach(.feedback, code: "PA-2021-0001", file: try file("don.txt", "bản quét đơn"), by: Fixtures.user).attachment
        let backup = try db.backupNow(in: DataDirectory(path: folder + "/data"), today: Fixtures.date("2026-12-02"))
        XCTAssertEqual(contentFiles(backup + ".attachments"), ["\(a.sha256.prefix(2))/\(a.sha256)"])
        XCTAssertEqual(mode(backup + ".attachments/\(a.sha256.prefix(2))/\(a.sha256)"), 0o600)

        // The data folder loses the file and gets another attachment; restore brings the backup's back.
        try FileManager.default.removeItem(atPath: folder + "/data/attachments")
        XCTAssertFalse(try db.check().isEmpty)
        try db.attach(.feedback, code: "PA-2021-0001", file: try file("sau.txt", "thêm sau"), by: Fixtures.user)
        try db.restore(from: backup, in: DataDirectory(path: folder + "/data"), by: Fixtures.user)
        XCTAssertEqual(try db.attachments(.feedback, code: "PA-2021-0001").map(\.name), ["don.txt"])
        XCTAssertEqual(try db.attachmentContent(.feedback, code: "PA-2021-0001", id: 1), Data("bản quét đơn".utf8))
        XCTAssertEqual(try db.check(), [])
    }

    // MARK: Export, import, merge

    func export(_ db: AppDatabase, to name: String, identities: Bool, passphrase: String? = nil) throws -> String {
        let path = folder + "/" + name
        try db.exportAttachments(beside: path, includeIdentities: identities, passphrase: passphrase)
        try db.exportBundle(includeIdentities: identities, passphrase: passphrase, to: try TextSink(path: path))
        return path
    }

    func testExportWithAttachmentsThenImportBringsThemInAndTheIdentityFileOnlyWithIdentities() throws {
        let db = try database()
        try db.attach(.feedback, code: "PA-2021-0001", file: try file("bien-ban.txt", "Biên bản làm việc"), by: Fixtures.user)
        try db.attach(.feedback, code: "PA-2021-0001", file: try file("don-goc.txt", secret), by: Fixtures.user)
        try db.markAttachmentIdentity(.feedback, code: "PA-2021-0001", id: 2, identity: true, by: Fixtures.user)
        try db.voidAttachment(.feedback, code: "PA-2021-0001", id: 1, reason: "bản trùng", by: Fixtures.user)

        let plain = try export(db, to: "xuat.json", identities: false)
        let index = try XCTUnwrap(try AttachmentIndex.read(beside: plain))
        XCTAssertEqual(index.attachments.map(\.name), ["bien-ban.txt"], "a file holding the identity stays out of a default export")
        XCTAssertFalse(contentFiles(plain + ".attachments").contains { FileManager.default.contents(atPath: plain + ".attachments/" + $0) == Data(secret.utf8) })

        let full = try export(db, to: "day-du.json", identities: true)
        let other = try AppDatabase.open(DataDirectory(path: folder + "/other"), create: true)
        let report = try other.importFiles([full], by: Fixtures.user)
        XCTAssertEqual(report.counts[.feedback]?.added, 1)
        let carried = try other.attachments(.feedback, code: "PA-2021-0001")
        XCTAssertEqual(carried.map(\.name), ["bien-ban.txt", "don-goc.txt"])
        XCTAssertEqual(carried.map(\.identity), [false, true])
        XCTAssertEqual(carried.first?.voided?.reason, "bản trùng")
        XCTAssertEqual(try other.attachmentContent(.feedback, code: "PA-2021-0001", id: 2), Data(secret.utf8))
        XCTAssertEqual(try other.check(), [])
        // Again: nothing more.
        _ = try other.importFiles([full], by: Fixtures.user)
        XCTAssertEqual(try other.attachments(.feedback, code: "PA-2021-0001").count, 2)
    }

    func testImportRefusesAContentThatDoesNotMatchItsHashAndWritesNothing() throws {
        let db = try database()
        let a = try db.attach(.feedback, code: "PA-2021-0001", file: try file("don.txt", "nội dung thật"), by: Fixtures.user).attachment
        let path = try export(db, to: "xuat.json", identities: false)
        try Data("nội dung giả".utf8).write(to: URL(fileURLWithPath: path + ".attachments/\(a.sha256.prefix(2))/\(a.sha256)"))
        let other = try AppDatabase.open(DataDirectory(path: folder + "/other"), create: true)
        XCTAssertThrowsError(try other.importFiles([path], by: Fixtures.user)) {
            XCTAssertEqual($0 as? GiamSatError, .attachment(.corruptFile(entity: .feedback, record: "PA-2021-0001", id: 1, sha256: a.sha256)))
        }
        XCTAssertNil(try other.commune(), "nothing imported, records included")
        XCTAssertEqual(contentFiles(folder + "/other/attachments"), [])

        // An index naming a record the bundle does not hold, or one that is not an index: refused with where.
        try Data(FileManager.default.contents(atPath: folder + "/data/attachments/\(a.sha256.prefix(2))/\(a.sha256)")!)
            .write(to: URL(fileURLWithPath: path + ".attachments/\(a.sha256.prefix(2))/\(a.sha256)"))
        let index = path + ".attachments/index.json"
        let text = try String(contentsOfFile: index, encoding: .utf8)
        try text.replacingOccurrences(of: "PA-2021-0001", with: "PA-2021-0099").write(toFile: index, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try other.importFiles([path], by: Fixtures.user)) {
            XCTAssertEqual($0 as? GiamSatError, .attachment(.recordMissing(file: index, entity: .feedback, record: "PA-2021-0099")))
        }
        try "{\"format\": \"khac\"}".write(toFile: index, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try other.importFiles([path], by: Fixtures.user)) {
            XCTAssertEqual($0 as? GiamSatError, .attachment(.badIndex(file: index, entry: nil)))
            XCTAssertTrue(($0 as? GiamSatError)?.message(.vi).contains("không nhập gì") ?? false)
        }
        XCTAssertNil(try other.commune())
        XCTAssertEqual(contentFiles(folder + "/other/attachments"), [], "nothing copied stays")
    }

    func testMergeCommuneCarriesAttachmentsToTheRecordsNewCodes() throws {
        let former = try database("former")
        try former.attach(.feedback, code: "PA-2021-0001", file: try file("don.txt", "đơn của xã cũ"), by: Fixtures.user)
        let bundle = try export(former, to: "lao-chai.json", identities: true)

        // The merged commune has its own PA-2021-0001: the former one gets another code, and its file follows it.
        let merged = try database("merged", commune: Commune(code: "tan-hoa", name: "Xã Tân Hòa", province: "Tỉnh Cần Thơ"))
        let dry = try merged.mergeCommunes([try MergeSource.load(bundle, dueDays: 30)], options: .init(mergedOn: Fixtures.date("2025-07-01")),
                                           by: Fixtures.user, dryRun: true)
        XCTAssertEqual(dry.refused, [])
        XCTAssertEqual(contentFiles(folder + "/merged/attachments"), [], "a dry run copies no file")
        let plan = try merged.mergeCommunes([try MergeSource.load(bundle, dueDays: 30)], options: .init(mergedOn: Fixtures.date("2025-07-01")),
                                            by: Fixtures.user, dryRun: false)
        XCTAssertEqual(plan.refused, [])
        let code = try XCTUnwrap(try merged.read { try AppDatabase.mergedCode(.feedback, unit: "lao-chai", formerCode: "PA-2021-0001", $0) })
        XCTAssertNotEqual(code, "PA-2021-0001")
        XCTAssertEqual(try merged.attachments(.feedback, code: "PA-2021-0001"), [])
        XCTAssertEqual(try merged.attachments(.feedback, code: code).map(\.name), ["don.txt"])
        XCTAssertEqual(try merged.attachmentContent(.feedback, code: code, id: 1), Data("đơn của xã cũ".utf8))
        XCTAssertEqual(try merged.check(), [])

        // A data folder as the source carries its files too.
        let again = try database("merged2", commune: Commune(code: "tan-hoa", name: "Xã Tân Hòa", province: "Tỉnh Cần Thơ"))
        _ = try again.mergeCommunes([try MergeSource.load(folder + "/former", dueDays: 30)], options: .init(mergedOn: Fixtures.date("2025-07-01")),
                                    by: Fixtures.user, dryRun: false)
        let code2 = try XCTUnwrap(try again.read { try AppDatabase.mergedCode(.feedback, unit: "lao-chai", formerCode: "PA-2021-0001", $0) })
        XCTAssertEqual(try again.attachmentContent(.feedback, code: code2, id: 1), Data("đơn của xã cũ".utf8))
    }

    // MARK: Protect

    /// Every byte of every file under `root` (database, WAL, contents, backups).
    func everyFile(_ root: String) -> [(String, Data)] {
        ((FileManager.default.enumerator(atPath: root)?.allObjects as? [String]) ?? []).compactMap { name in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory)
            return isDirectory.boolValue ? nil : (name, FileManager.default.contents(atPath: root + "/" + name) ?? Data())
        }
    }

    func testProtectSealsAnIdentityFileUnreadableWithoutThePassphrase() throws {
        let db = try database()
        try db.attach(.feedback, code: "PA-2021-0001", file: try file("don-goc.txt", secret), by: Fixtures.user)
        try db.attach(.feedback, code: "PA-2021-0001", file: try file("bien-ban.txt", "Biên bản công khai"), by: Fixtures.user)
        try db.markAttachmentIdentity(.feedback, code: "PA-2021-0001", id: 1, identity: true, by: Fixtures.user)
        // A backup made before protect holds the file in clear beside it: `--delete-old-backups` finds it and removes both.
        let before = try db.backupNow(in: DataDirectory(path: folder + "/data"), today: Fixtures.date("2026-12-01"))
        XCTAssertTrue(everyFile(before + ".attachments").contains { $0.1 == Data(secret.utf8) })
        XCTAssertEqual(AppDatabase.backupsInClear(in: DataDirectory(path: folder + "/data")), [before])
        XCTAssertTrue(AppDatabase.removeBackup(at: before))
        XCTAssertFalse(FileManager.default.fileExists(atPath: before + ".attachments"))
        XCTAssertThrowsError(try db.markAttachmentIdentity(.official, code: "DT-0001", id: 1, identity: true, by: Fixtures.user)) {
            XCTAssertEqual($0 as? GiamSatError, .attachment(.identityOnlyForFeedback))
        }
        XCTAssertEqual(try db.protect(passphrase: passphrase, by: Fixtures.user, logN: 10), 1)
        Keyring.shared.forget()

        let needle = Data(secret.utf8), open = Data("Biên bản công khai".utf8)
        let files = everyFile(folder + "/data")
        XCTAssertFalse(files.isEmpty)
        for (name, bytes) in files { XCTAssertNil(bytes.range(of: needle), "\(name) holds the identity file in clear") }
        XCTAssertTrue(files.contains { $0.1 == open }, "a file without identity stays as it was")
        let rows = try db.attachments(.feedback, code: "PA-2021-0001")
        XCTAssertEqual(rows.map(\.sealed), [true, false])

        XCTAssertThrowsError(try db.attachmentContent(.feedback, code: "PA-2021-0001", id: 1)) {
            XCTAssertEqual($0 as? GiamSatError, .passphraseNeeded)
        }
        XCTAssertThrowsError(try db.attachmentContent(.feedback, code: "PA-2021-0001", id: 1, passphrase: "sai mật khẩu rồi"))
        XCTAssertEqual(try db.attachmentContent(.feedback, code: "PA-2021-0001", id: 1, passphrase: passphrase), needle)
        let opened = try db.attachmentFileToOpen(.feedback, code: "PA-2021-0001", id: 1)
        XCTAssertEqual(FileManager.default.contents(atPath: opened), needle)
        XCTAssertEqual(mode(opened), 0o600)
        XCTAssertEqual(Leftovers.clean(DataDirectory(path: folder + "/data")) > 0, true, "the opened copy goes at the next start")
        XCTAssertFalse(FileManager.default.fileExists(atPath: opened))
        XCTAssertEqual(try db.check(), [])

        // A mark added while protected seals at once; a backup holds only the sealed copy.
        Keyring.shared.forget()
        try db.markAttachmentIdentity(.feedback, code: "PA-2021-0001", id: 2, identity: true, by: Fixtures.user)
        for (name, bytes) in everyFile(folder + "/data") { XCTAssertNil(bytes.range(of: open), "\(name) holds the newly marked file in clear") }
        let backup = try db.backupNow(in: DataDirectory(path: folder + "/data"), today: Fixtures.date("2026-12-02"))
        XCTAssertTrue(contentFiles(backup + ".attachments").allSatisfy { $0.hasSuffix(".sealed") })

        // Taking the mark off a sealed file needs the passphrase, and brings the plain copy back.
        XCTAssertThrowsError(try db.markAttachmentIdentity(.feedback, code: "PA-2021-0001", id: 2, identity: false, by: Fixtures.user)) {
            XCTAssertEqual($0 as? GiamSatError, .passphraseNeeded)
        }
        try db.markAttachmentIdentity(.feedback, code: "PA-2021-0001", id: 2, identity: false, passphrase: passphrase, by: Fixtures.user)
        XCTAssertEqual(try db.attachments(.feedback, code: "PA-2021-0001").map(\.sealed), [true, false])
        Keyring.shared.forget()
        XCTAssertEqual(try db.attachmentContent(.feedback, code: "PA-2021-0001", id: 2), open)
        XCTAssertEqual(try db.check(), [])
    }
}
