import Foundation
import XCTest

/// Shell scripts around the binary, for tests that race processes, kill them or mount file systems.
extension CLITestCase {
    /// Runs a shell script with BIN (the binary) and TMP (the test folder) set.
    @discardableResult
    func shell(_ script: String, environment extra: [String: String] = [:]) throws -> Result {
        var environment = ["GIAMSAT_TODAY": "2026-11-23", "GIAMSAT_USER": "Kiểm thử", "HOME": folder,
                           "PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "BIN": binary.path, "TMP": folder]
        environment.merge(extra) { _, new in new }
        return try launch(URL(fileURLWithPath: "/bin/sh"), ["-c", script], environment: environment)
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
}
