import Foundation
import XCTest

/// Issue 19 through the real binary: each reproduction of the stress test, run as it was written.
final class FaultCLITests: CLITestCase {
    let passphrase = ["GIAMSAT_PASSPHRASE": "mật khẩu của xã"]

    func deepJSON() throws -> String {
        let path = folder + "/d.json"
        try (String(repeating: "[", count: 60_000) + String(repeating: "]", count: 60_000) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testDeepJSONIsRefusedAndADryRunCreatesNothing() throws {
        let deep = try deepJSON()
        let dry = try run(["import", deep, "--dry-run"], data: folder + "/X")
        XCTAssertEqual(dry.status, 1, dry.err)
        XCTAssertTrue(dry.err.contains("lồng nhau quá 64 tầng"), dry.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/X"), "a dry run creates nothing")
        let real = try run(["import", deep], data: folder + "/X")
        XCTAssertEqual(real.status, 1)
        XCTAssertEqual((try? FileManager.default.contentsOfDirectory(atPath: folder + "/X")) ?? [], [], "a refused first import leaves nothing")
        let tally = try run(["tally", "merge", deep])
        XCTAssertEqual(tally.status, 1, tally.err)
        XCTAssertTrue(tally.err.contains("64"), tally.err)
        try importSample()
        let deepBundle = folder + "/xa-cu.json"
        try (#"{"format": "giamsat-bundle", "version": 1, "extensions": "# + String(repeating: "[", count: 60_000)
             + String(repeating: "]", count: 60_000) + "}").write(toFile: deepBundle, atomically: true, encoding: .utf8)
        let merge = try run(["merge-commune", deepBundle, "--dry-run"])
        XCTAssertEqual(merge.status, 1, merge.err)
        XCTAssertTrue(merge.err.contains("64") || merge.out.contains("64"), merge.out + merge.err)
    }

    func testADryRunIntoAnEmptyFolderSaysWhatItWouldDo() throws {
        let dry = try run(["import", Self.sample, "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.err)
        XCTAssertTrue(dry.out.contains("886"), dry.out)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/data"))
    }

    /// Two imports into an empty folder at once: the one that said "imported" is there, whatever the other did,
    /// and no raw SQLite error is printed.
    func testRacingFirstImportsNeverLoseTheOneThatSucceeded() throws {
        for round in 0..<6 {
            let data = folder + "/race\(round)"
            let second = round % 2 == 0 ? "--dry-run" : ""
            let race = try shell("""
                "$BIN" --data "\(data)" import "\(Self.sample)" > "\(data).a" 2>&1 & \
                "$BIN" --data "\(data)" import "\(Self.sample)" \(second) > "\(data).b" 2>&1 & wait
                cat "\(data).a" "\(data).b"
                """)
            XCTAssertFalse(race.out.contains("duplicate column") || race.out.contains("already exists") || race.out.contains("SQLITE"), race.out)
            XCTAssertTrue(race.out.contains("Đã nhập"), race.out)
            let count = try run(["list", "feedback", "--format", "tsv"], data: data)
            XCTAssertEqual(count.status, 0, "round \(round): \(race.out) \(count.err)")
            XCTAssertEqual(try run(["check"], data: data).status, 0)
            let names = try FileManager.default.contentsOfDirectory(atPath: data).filter { $0.hasPrefix(".") }
            XCTAssertEqual(names, [], "round \(round)")
        }
    }

    func testAFirstImportKilledAtAnyMomentLeavesNoHalfDatabase() throws {
        for delay in ["0.05", "0.1", "0.2", "0.3", "0.5"] {
            let data = folder + "/k\(delay)"
            try shell("""
                "$BIN" --data "\(data)" import "\(Self.sample)" > /dev/null 2>&1 & pid=$!; sleep \(delay); kill -9 $pid 2>/dev/null; wait
                """)
            let check = try run(["check"], data: data)
            // Either the import finished (check passes) or nothing is there (not initialised), never a blank commune.
            XCTAssertTrue(check.status == 0 || check.err.contains("chưa có dữ liệu"), "\(delay): \(check.out) \(check.err)")
            XCTAssertTrue(try run(["import", Self.sample], data: data).status == 0)
            let left = try FileManager.default.contentsOfDirectory(atPath: data).filter { $0.hasPrefix(".") }
            XCTAssertEqual(left, [], delay)
        }
    }

    func testABundleWithoutCommuneIntoAnEmptyFolderSaysWhatToDo() throws {
        let bundle = folder + "/no-commune.json"
        try #"{"format": "giamsat-bundle", "version": 1, "officials": []}"#.write(toFile: bundle, atomically: true, encoding: .utf8)
        let result = try run(["import", bundle])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("không có phần “commune”") && result.err.contains("init --commune-name"), result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/data/giamsat.sqlite"))
    }

    func testWindows1258BytesAreRefusedWithTheirOffset() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.sample))
        // "ư" (C6 B0 in UTF-8) as Windows-1258 writes it: one byte, FD.
        var broken = bytes
        let range = try XCTUnwrap(bytes.range(of: Data("ư".utf8)))
        broken.replaceSubrange(range, with: [0xFD])
        try broken.write(to: URL(fileURLWithPath: folder + "/cp1258.json"))
        let result = try run(["import", folder + "/cp1258.json"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("không phải UTF-8 ở byte \(range.lowerBound)"), result.err)
    }

    func testAByteOrderMarkAndADataFolderThatIsAFile() throws {
        var bytes = Data([0xEF, 0xBB, 0xBF])
        bytes.append(try Data(contentsOf: URL(fileURLWithPath: Self.sample)))
        try bytes.write(to: URL(fileURLWithPath: folder + "/bom.json"))
        XCTAssertEqual(try run(["import", folder + "/bom.json"]).status, 0)
        let file = folder + "/data/giamsat.sqlite"
        for command in [["list", "feedback"], ["check"], ["import", Self.sample]] {
            let result = try run(command, data: file)
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.err.contains("là một tệp, không phải thư mục dữ liệu"), "\(command): \(result.err)")
        }
        let restore = try run(["restore", "--yes", folder + "/data"])
        XCTAssertTrue(restore.err.contains("là một thư mục, không phải tệp sao lưu"), restore.err)
    }

    func testCSVWithADuplicateCodeIsRefused() throws {
        try importSample()
        let csv = folder + "/dt.csv"
        try "code,fullName,category\nDT-90,Lò Văn A,nguoi-dung-dau\nDT-90,Lò Văn B,nguoi-dung-dau\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let result = try run(["import", csv])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("mã bị trùng"), result.err)
    }

    func testADryRunOnReadOnlyDataSaysWhatTheImportWouldDo() throws {
        try importSample()
        try requireMount()
        let mounted = try shell("""
            mkdir -p "$TMP/mnt" && unshare -rm sh -c 'mount --bind -o ro "$TMP/data" "$TMP/mnt" \\
              && "$BIN" --data "$TMP/mnt" import "$SAMPLE" --dry-run; echo "dry=$?"; ls -a "$TMP/mnt"'
            """, environment: ["SAMPLE": Self.sample])
        XCTAssertTrue(mounted.out.contains("dry=0") && mounted.out.contains("886"), mounted.out + mounted.err)
        XCTAssertFalse(mounted.err.contains("chỉ đọc"), mounted.err)
        XCTAssertFalse(mounted.out.contains("-wal") || mounted.out.contains("-shm"), mounted.out)
    }

    /// On a nearly full disk `protect` either seals everything and says so, or seals nothing and says that.
    func testProtectOnAFullDiskSaysExactlyWhatHappened() throws {
        try importSample()
        try requireMount()
        let full = try shell("""
            mkdir -p "$TMP/full" && unshare -rm sh -c 'mount -t tmpfs -o size=3m tmpfs "$TMP/full" \\
              && cp "$TMP/data/giamsat.sqlite" "$TMP/full/" \\
              && (dd if=/dev/zero of="$TMP/full/fill" bs=4k count=$(( $(stat -f -c %a "$TMP/full") - 40 )) 2>/dev/null; true) \\
              && "$BIN" --data "$TMP/full" protect; echo "protect=$?"; \\
              sqlite3 "$TMP/full/giamsat.sqlite" "SELECT count(*) FROM setting WHERE key = 'identity-protection'"; \\
              rm "$TMP/full/fill"; "$BIN" --data "$TMP/full" protect; echo "again=$?"'
            """, environment: passphrase)
        let lines = full.out.split(separator: "\n").map(String.init)
        let sealed = lines.contains("1")
        if sealed {
            XCTAssertFalse(full.err.contains("dữ liệu cũ vẫn nguyên vẹn"), "sealed, yet told nothing happened: \(full.err)")
            XCTAssertTrue(full.out.contains("Đã mã hóa") || full.err.contains("ĐÃ mã hóa"), full.out + full.err)
        } else {
            XCTAssertTrue(full.out.contains("protect=1"), full.out + full.err)
        }
        XCTAssertTrue(full.out.contains("again=0") || full.err.contains("đã được mã hóa"), full.out + full.err)
    }

    // MARK: Protection

    func testProtectRefusesWeakPassphrasesAndIgnoresTheScryptVariable() throws {
        try importSample()
        let weak = try shell("\"$BIN\" --data \"$TMP/data\" protect", environment: ["GIAMSAT_PASSPHRASE": "12345678"])
        XCTAssertEqual(weak.status, 1)
        XCTAssertTrue(weak.err.contains("10 ký tự") || weak.err.contains("dễ đoán"), weak.err)
        let sequence = try shell("\"$BIN\" --data \"$TMP/data\" protect", environment: ["GIAMSAT_PASSPHRASE": "abcdefghijk"])
        XCTAssertTrue(sequence.err.contains("dễ đoán"), sequence.err)
        let done = try shell("\"$BIN\" --data \"$TMP/data\" protect", environment: passphrase.merging(["GIAMSAT_SCRYPT_LOG_N": "10"]) { $1 })
        XCTAssertEqual(done.status, 0, done.err)
        let header = try shell("sqlite3 \"$TMP/data/giamsat.sqlite\" \"SELECT value FROM setting WHERE key = 'identity-protection'\"")
        XCTAssertTrue(header.out.contains("\"logN\":15"), header.out)
    }

    func testDeleteOldBackupsWorksAsSuggestedAndRestoreReseals() throws {
        try importSample() // makes no backup: the first import
        try importSample() // today's backup, identities in clear
        XCTAssertEqual(try run(["backup", "--out", folder + "/data/backups/tay.sqlite"]).status, 0)
        let protect = try shell("\"$BIN\" --data \"$TMP/data\" protect", environment: passphrase)
        XCTAssertEqual(protect.status, 0, protect.err)
        XCTAssertTrue(protect.out.contains("protect --delete-old-backups"), protect.out)
        // Restoring one of them into the protected folder seals its identities again.
        let restore = try run(["restore", "--yes", folder + "/data/backups/tay.sqlite"])
        XCTAssertEqual(restore.status, 0, restore.err)
        XCTAssertTrue(restore.out.contains("đã mã hóa lại danh tính"), restore.out)
        let clear = try shell("sqlite3 \"$TMP/data/giamsat.sqlite\" \"SELECT count(*) FROM feedback WHERE reporter_name NOT LIKE 'gs1:%'\"")
        XCTAssertEqual(clear.out.trimmingCharacters(in: .whitespacesAndNewlines), "0")
        // The command the app suggested, run afterwards as suggested.
        let delete = try shell("\"$BIN\" --data \"$TMP/data\" protect --delete-old-backups")
        XCTAssertEqual(delete.status, 0, delete.err)
        XCTAssertTrue(delete.out.contains("Đã xóa 2 bản sao lưu"), delete.out)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder + "/data/backups")
        XCTAssertFalse(left.contains("tay.sqlite") || left.contains("auto-2026-11-23.sqlite"), "\(left)")
        let again = try shell("\"$BIN\" --data \"$TMP/data\" protect")
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.err.contains("đã được mã hóa"), again.err)
        XCTAssertEqual(try run(["check"]).status, 0)
    }

    func testAFailedIdentityExportWritesNoAuditRowAndALeftoverIsRemoved() throws {
        try importSample()
        XCTAssertEqual(try shell("\"$BIN\" --data \"$TMP/data\" protect", environment: passphrase).status, 0)
        try "0912345678".write(toFile: folder + "/.x.json.4999999.tmp", atomically: false, encoding: .utf8)
        for _ in 0..<2 {
            let wrong = try shell("\"$BIN\" --data \"$TMP/data\" export --include-identities --out \"$TMP/x.json\"",
                                  environment: ["GIAMSAT_PASSPHRASE": "sai mật khẩu rồi"])
            XCTAssertEqual(wrong.status, 1)
        }
        let rows = try shell("sqlite3 \"$TMP/data/giamsat.sqlite\" \"SELECT count(*) FROM audit WHERE field = 'reporters.exported'\"")
        XCTAssertEqual(rows.out.trimmingCharacters(in: .whitespacesAndNewlines), "0")
        let done = try shell("\"$BIN\" --data \"$TMP/data\" export --include-identities --out \"$TMP/x.json\"", environment: passphrase)
        XCTAssertEqual(done.status, 0, done.err)
        let after = try shell("sqlite3 \"$TMP/data/giamsat.sqlite\" \"SELECT count(*) FROM audit WHERE field = 'reporters.exported'\"")
        XCTAssertEqual(after.out.trimmingCharacters(in: .whitespacesAndNewlines), "1")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }, [])
    }
}
