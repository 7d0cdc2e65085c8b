import Foundation
import XCTest

/// Issue 10 through the real binary: bad data, confidentiality, accidents.
/// Tests that need a mount (read-only bind, a full disk) run in a user namespace and
/// skip with a printed message where the machine does not allow it.
final class HardeningCLITests: CLITestCase {
    /// Runs a shell script with BIN (the binary) and TMP (the test folder) set.
    @discardableResult
    func shell(_ script: String, environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var environment = ["GIAMSAT_TODAY": "2026-11-23", "GIAMSAT_USER": "Kiểm thử", "HOME": folder,
                           "PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "BIN": binary.path, "TMP": folder]
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                      err: String(decoding: errData, as: UTF8.self))
    }

    func sqlite(_ sql: String, _ database: String? = nil) throws -> String {
        let result = try shell("sqlite3 \"$DB\" \"$SQL\"", environment: ["DB": database ?? folder + "/data/giamsat.sqlite", "SQL": sql])
        XCTAssertEqual(result.status, 0, result.err)
        return result.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Skips the test (reported as skipped, never as passed) where this machine does not let a test mount in a user namespace.
    func requireMount() throws {
        let probe = try shell("mkdir -p \"$TMP/probe\" && unshare -rm sh -c 'mount -t tmpfs -o size=64k tmpfs \"$TMP/probe\"'")
        if probe.status != 0 {
            throw XCTSkip("cannot mount in a user namespace here (\(probe.err.trimmingCharacters(in: .whitespacesAndNewlines)))")
        }
    }

    // MARK: Bad data

    func testFarFutureDateIsRefusedAndAStoredOneDoesNotCrash() throws {
        try importSample()
        let bundle = folder + "/far.json"
        try #"{"format": "giamsat-bundle", "version": 1, "feedback": [{"code": "PA-2099-0001", "receivedOn": "9999-12-31", "channel": "truc-tiep", "kind": "phan-anh", "summary": "x"}]}"#
            .write(toFile: bundle, atomically: true, encoding: .utf8)
        let refused = try run(["import", bundle])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("9999-12-31") && refused.err.contains("1945–2100"), refused.err)
        // What an older version let in: the data directory stays usable.
        _ = try sqlite("UPDATE feedback SET due_on = '10000-01-30' WHERE code = 'PA-2021-0001'")
        let check = try run(["check"])
        XCTAssertEqual(check.status, 1, "problems found, not a crash (132)")
        XCTAssertTrue(check.out.contains("PA-2021-0001") && check.out.contains("due_on"), check.out)
        let list = try run(["list", "feedback", "--format", "tsv"])
        XCTAssertEqual(list.status, 0, list.err)
        XCTAssertFalse(list.out.contains("PA-2021-0001\t"), "the unreadable record is left out of the list")
        let export = try run(["export"])
        XCTAssertEqual(export.status, 1)
        XCTAssertTrue(export.err.contains("due_on"), export.err)
        for arguments in [["tally", "--year", "10000"], ["tally", "--years", "2090-2130"], ["tally", "--from", "01/01/2024", "--to", "31/12/9999"]] {
            let tally = try run(arguments)
            XCTAssertTrue([1, 2].contains(tally.status), "\(arguments): \(tally.status) \(tally.err)")
            XCTAssertTrue(tally.err.contains("2100"), tally.err)
        }
    }

    func testTableAndTSVEscapeControlCharacters() throws {
        try importSample()
        _ = try sqlite("UPDATE official SET given_name = 'Đình' || char(27) || ']2;PWNED' || char(7) || char(27) || '[2J' WHERE code = 'DT-0001'")
        for format in ["table", "tsv"] {
            let result = try run(["list", "officials", "--format", format])
            XCTAssertEqual(result.status, 0, result.err)
            XCTAssertFalse(result.out.contains("\u{1B}") || result.out.contains("\u{07}"), format)
            XCTAssertTrue(result.out.contains("Đình\\x1B]2;PWNED\\x07\\x1B[2J"), format)
        }
        XCTAssertTrue(try run(["list", "officials", "--format", "json"]).out.contains("\\u001b]2;PWNED"))
    }

    func testCommuneCodesThatWouldNameFilesAreRefused() throws {
        for code in ["../../x", "a/b"] {
            let result = try run(["init", "--commune-name", "Xã Lao Chải", "--commune-code", code])
            XCTAssertEqual(result.status, 1, code)
            XCTAssertTrue(result.err.contains("lao-chai"), result.err)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/data/giamsat.sqlite"), "nothing created")
    }

    // MARK: Confidentiality

    func testIdentityExportIsPrivateAndAudited() throws {
        try importSample()
        let old = umask(0)
        defer { umask(old) }
        let out = folder + "/identities.json"
        let result = try run(["export", "--include-identities", "--out", out])
        XCTAssertEqual(result.status, 0, result.err)
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600, "identities are readable by their owner only, whatever the umask")
        XCTAssertEqual(try sqlite("SELECT by || '|' || new FROM audit WHERE field = 'reporters.exported'"), "Kiểm thử|\(out)")
        _ = try run(["export", "--include-identities"])
        XCTAssertEqual(try sqlite("SELECT new FROM audit WHERE field = 'reporters.exported' ORDER BY id DESC LIMIT 1"), "stdout")
        XCTAssertEqual(try sqlite("SELECT COUNT(*) FROM audit WHERE field LIKE 'reporters%' AND new LIKE '%/plain.json'"), "0")
        _ = try run(["export", "--out", folder + "/plain.json"])
        XCTAssertEqual(try sqlite("SELECT COUNT(*) FROM audit WHERE new LIKE '%/plain.json'"), "0", "no identities, no audit row")
    }

    func testProtectEncryptsIdentitiesAndAsksOnlyToExportThem() throws {
        try importSample()
        let name = try sqlite("SELECT reporter_name FROM feedback WHERE reporter_name IS NOT NULL ORDER BY code LIMIT 1")
        XCTAssertFalse(name.isEmpty)
        let env = ["GIAMSAT_SCRYPT_LOG_N": "10"]
        let noPass = try shell("\"$BIN\" --data \"$TMP/data\" protect </dev/null", environment: env)
        XCTAssertEqual(noPass.status, 2, "no passphrase, no terminal: asks for GIAMSAT_PASSPHRASE")
        XCTAssertTrue(noPass.err.contains("GIAMSAT_PASSPHRASE"), noPass.err)
        let protect = try shell("\"$BIN\" --data \"$TMP/data\" protect", environment: env.merging(["GIAMSAT_PASSPHRASE": "mật khẩu của xã"]) { $1 })
        XCTAssertEqual(protect.status, 0, protect.err)
        XCTAssertTrue(protect.out.contains("MẤT danh tính"), "the lost-passphrase warning is shown")
        XCTAssertEqual(try run(["backup", "--out", folder + "/after.sqlite"]).status, 0)
        for file in ["/data/giamsat.sqlite", "/data/giamsat.sqlite-wal", "/after.sqlite"] {
            XCTAssertNil((FileManager.default.contents(atPath: folder + file) ?? Data()).range(of: Data(name.utf8)), "\(name) in clear in \(file)")
        }
        XCTAssertEqual(try run(["list", "feedback", "--query", "duong day nong", "--format", "tsv"]).status, 0, "lists need no passphrase")
        XCTAssertEqual(try run(["check"]).status, 0)
        let refused = try run(["export", "--include-identities", "--out", folder + "/x.json"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("GIAMSAT_PASSPHRASE"), refused.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/x.json"))
        let wrong = try shell("\"$BIN\" --data \"$TMP/data\" export --include-identities", environment: ["GIAMSAT_PASSPHRASE": "sai mật khẩu rồi"])
        XCTAssertTrue(wrong.err.contains("không đúng"), wrong.err)
        let change = try shell("\"$BIN\" --data \"$TMP/data\" protect --change-passphrase",
                               environment: env.merging(["GIAMSAT_PASSPHRASE": "mật khẩu của xã", "GIAMSAT_NEW_PASSPHRASE": "mật khẩu mới hơn"]) { $1 })
        XCTAssertEqual(change.status, 0, change.err)
        let exported = try shell("\"$BIN\" --data \"$TMP/data\" export --include-identities", environment: ["GIAMSAT_PASSPHRASE": "mật khẩu mới hơn"])
        XCTAssertEqual(exported.status, 0, exported.err)
        XCTAssertTrue(exported.out.contains(name))
    }

    // MARK: Accidents

    func testRestoreShowsChecksAndKeepsTheReplacedData() throws {
        try importSample()
        XCTAssertEqual(try run(["backup", "--out", folder + "/before.sqlite"]).status, 0)
        _ = try sqlite("DELETE FROM residence_review")
        let noTTY = try run(["restore", folder + "/before.sqlite"])
        XCTAssertEqual(noTTY.status, 2, "without --yes and without a terminal it asks for --yes")
        XCTAssertTrue(noTTY.out.contains("Xã Vị Trung") && noTTY.err.contains("--yes"), noTTY.out + noTTY.err)
        XCTAssertEqual(try sqlite("SELECT COUNT(*) FROM residence_review"), "0", "nothing replaced yet")
        _ = FileManager.default.createFile(atPath: folder + "/not.sqlite", contents: Data("hello".utf8))
        let bad = try run(["restore", "--yes", folder + "/not.sqlite"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.err.contains("không phải cơ sở dữ liệu giamsat"), bad.err)
        let done = try run(["restore", "--yes", folder + "/before.sqlite"])
        XCTAssertEqual(done.status, 0, done.err)
        XCTAssertEqual(try sqlite("SELECT COUNT(*) FROM residence_review"), "296")
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder + "/data/backups").filter { $0.hasPrefix("truoc-khoi-phuc-") }
        XCTAssertEqual(kept.count, 1)
        XCTAssertEqual(try sqlite("SELECT COUNT(*) FROM residence_review", folder + "/data/backups/" + kept[0]), "0")
        XCTAssertEqual(try run(["check"]).status, 0)
    }

    func testImportMakesTheDailyBackup() throws {
        try importSample()
        try importSample()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/data/backups")
        XCTAssertEqual(names, ["auto-2026-11-23.sqlite"])
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/data/backups/auto-2026-11-23.sqlite")[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }

    func testTerminalProblemsGetTheAppsOwnMessage() throws {
        try importSample()
        for (term, expected) in [("unset", "TERM"), ("dumb", "TERM=dumb"), ("no-such-terminal-xyz", "no-such-terminal-xyz")] {
            let assign = term == "unset" ? "unset TERM;" : "TERM=\(term); export TERM;"
            let result = try shell("\(assign) script -qec \"$BIN --data $TMP/data\" /dev/null")
            XCTAssertNotEqual(result.status, 0, term)
            XCTAssertTrue(result.out.contains(expected), "\(term): \(result.out)")
            XCTAssertFalse(result.out.contains("Error opening terminal"), result.out)
        }
    }

    func testUnwritableFileLeavesNoCompanions() throws {
        try importSample()
        // A 0400 file in a folder the user can write (as root access() ignores modes: run as nobody).
        let nobody = try shell("""
            cp -r "$TMP/data" "$TMP/ro" && rm -rf "$TMP/ro/backups" && chown -R nobody "$TMP/ro" && chmod 0400 "$TMP/ro/giamsat.sqlite" \
              && chmod 0711 "$TMP" && setpriv --reuid=nobody --regid=nogroup --clear-groups "$BIN" --data "$TMP/ro" list plans --format tsv \
              && ls -a "$TMP/ro"
            """)
        if nobody.status != 0 && nobody.err.contains("setpriv") { throw XCTSkip("cannot switch to user nobody (\(nobody.err))") }
        XCTAssertEqual(nobody.status, 0, nobody.err)
        XCTAssertTrue(nobody.out.contains("KH-2021-01"))
        XCTAssertFalse(nobody.out.contains("-wal") || nobody.out.contains("-shm"), nobody.out)
    }

    func testReadOnlyMountLeavesNoCompanions() throws {
        try importSample()
        try requireMount()
        let mounted = try shell("""
            mkdir -p "$TMP/mnt" && unshare -rm sh -c 'mount --bind -o ro "$TMP/data" "$TMP/mnt" \
              && "$BIN" --data "$TMP/mnt" list feedback --format tsv --limit 2 && "$BIN" --data "$TMP/mnt" tally --year 2023 >/dev/null \
              && "$BIN" --data "$TMP/mnt" check && "$BIN" --data "$TMP/mnt" export --out "$TMP/from-ro.json"; \
              "$BIN" --data "$TMP/mnt" init --commune-name "Xã X"; echo "init=$?"'
            """)
        XCTAssertTrue(mounted.out.contains("PA-2026-"), mounted.out + mounted.err)
        XCTAssertTrue(mounted.out.contains("toàn vẹn"), mounted.out + mounted.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/from-ro.json"), mounted.err)
        XCTAssertTrue(mounted.out.contains("init=1"))
        XCTAssertFalse(mounted.err.contains("unable to open"), mounted.err)
    }

    func testFullDiskSaysDiskFullAndLeavesNoStrayFiles() throws {
        try importSample()
        try requireMount()
        let full = try shell("""
            mkdir -p "$TMP/full" && unshare -rm sh -c 'mount -t tmpfs -o size=2m tmpfs "$TMP/full" \
              && cp "$TMP/data/giamsat.sqlite" "$TMP/full/" && mkdir "$TMP/full/new" \
              && (dd if=/dev/zero of="$TMP/full/fill" bs=4k 2>/dev/null; true) \
              && "$BIN" --data "$TMP/full" list feedback; echo "list=$?"; \
              "$BIN" --data "$TMP/full/new" init --commune-name "Xã Mới"; echo "init=$?"; ls -a "$TMP/full" "$TMP/full/new"'
            """)
        XCTAssertTrue(full.out.contains("list=1") && full.out.contains("init=1"), full.out + full.err)
        XCTAssertTrue(full.err.contains("đĩa đầy"), full.err)
        XCTAssertFalse(full.err.contains("disk I/O error"), full.err)
        XCTAssertFalse(full.out.contains("-wal") || full.out.contains("-shm") || full.out.contains("new:\n.\n..\ngiamsat"), full.out)
    }

    /// kill -9 during imports: `check` passes afterwards, each import is all or nothing, and
    /// every import that said it was done is still there.
    func testKillDuringImportsLosesNothingAcknowledged() throws {
        try importSample()
        let original = try String(contentsOfFile: Self.sample, encoding: .utf8)
        let edited = folder + "/edited.json"
        try original.replacingOccurrences(of: "\"summary\": \"", with: "\"summary\": \"ĐÃ SỬA ").write(toFile: edited, atomically: true, encoding: .utf8)
        var acknowledged: [String] = []
        var random = SystemRandomNumberGenerator()
        for round in 0..<12 {
            // An acknowledged save: a small import that finished.
            let code = String(format: "PA-2026-9%03d", round)
            let small = folder + "/small-\(round).json"
            try #"{"format": "giamsat-bundle", "version": 1, "feedback": [{"code": "\#(code)", "receivedOn": "2026-11-01", "channel": "truc-tiep", "kind": "phan-anh", "summary": "lần \#(round)"}]}"#
                .write(toFile: small, atomically: true, encoding: .utf8)
            if try run(["import", small]).status == 0 { acknowledged.append(code) }
            // A big import killed part way.
            let process = Process()
            process.executableURL = binary
            process.arguments = ["--data", folder + "/data", "import", round % 2 == 0 ? edited : Self.sample]
            process.environment = ["GIAMSAT_TODAY": "2026-11-23", "HOME": folder]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 20_000...400_000, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let edits = try sqlite("SELECT COUNT(*) FROM feedback WHERE summary LIKE 'ĐÃ SỬA%'")
            XCTAssertTrue(edits == "0" || edits == "338", "round \(round): \(edits) of 338 edited: a partial import")
            let check = try run(["check"])
            XCTAssertEqual(check.status, 0, "round \(round): \(check.out)")
            let present = try sqlite("SELECT COUNT(*) FROM feedback WHERE code LIKE 'PA-2026-9%'")
            XCTAssertEqual(present, String(acknowledged.count), "round \(round): an acknowledged import was lost")
        }
        XCTAssertEqual(acknowledged.count, 12)
    }
}
