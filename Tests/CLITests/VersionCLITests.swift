import Foundation
import XCTest

/// `giamsat-tui --version` (issue 20): the one version of Version.swift, which `make dist` names the package after.
final class VersionCLITests: CLITestCase {
    func output(_ arguments: [String]) throws -> (status: Int32, out: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testVersionIsOneLineAndHelpNamesIt() throws {
        let version = try output(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertNotNil(version.out.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression), version.out)
        let help = try output(["--help"])
        XCTAssertTrue(help.out.contains("--version"), help.out)
        XCTAssertTrue(help.out.contains("version " + version.out.trimmingCharacters(in: .newlines)), help.out)
    }

    func testNoDataSaysWhatToDoWithoutAPackagedSample() throws {
        // Built from source there is no share/giamsat-tui beside the program: the message is the usual one alone.
        let result = try run(["list", "feedback"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("giamsat-tui import"), result.err)
        XCTAssertFalse(result.err.contains("Dùng thử"), result.err)
    }
}
