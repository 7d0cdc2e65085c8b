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

    func testNoDataNamesTheSampleToTry() throws {
        // Built from source, the sample the first run offers is the checkout's (the package's is beside the program).
        let result = try run(["list", "feedback"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("giamsat-tui import /"), result.err)
        XCTAssertTrue(result.err.contains("/sample-data/vi-trung-2021-2026.json"), result.err)
    }
}
