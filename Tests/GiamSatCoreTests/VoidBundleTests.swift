import XCTest
@testable import GiamSatCore

/// A voided record keeps its mark through an export and an import (optional `"voided"`, docs/formats.md), and `check`
/// knows the marks.
final class VoidBundleTests: FolderTestCase {
    func testTheMarkTravelsInTheBundleAndCheckKnowsIt() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importFiles([Fixtures.sampleBundleURL.path], by: "A")
        let before = try db.tally(TallyPeriod(from: LocalDate(iso: "2026-01-01")!, to: LocalDate(iso: "2026-12-31")!),
                                  today: LocalDate(iso: "2026-12-01")!).feedbackReceived
        let code = try XCTUnwrap(db.voidableFeedbackCode())
        _ = try db.void(.feedback, code: code, reason: "Nhập nhầm", by: "B")
        XCTAssertEqual(try db.check(), [], "a mark on a record that is here is well formed")
        let path = folder + "/voided.json"
        try db.exportBundle(includeIdentities: true, to: try TextSink(path: path))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("\"voided\": {") && text.contains("\"reason\": \"Nhập nhầm\""), "the export carries the mark")

        let copy = try AppDatabase.inMemory()
        _ = try copy.importFiles([path], by: "A")
        XCTAssertEqual(try copy.voidReason(.feedback, code: code), "Nhập nhầm")
        let year = TallyPeriod(from: LocalDate(iso: "2026-01-01")!, to: LocalDate(iso: "2026-12-31")!)
        let tally = try copy.tally(year, today: LocalDate(iso: "2026-12-01")!)
        XCTAssertEqual(tally.feedbackReceived, before - (code.hasPrefix("PA-2026") ? 1 : 0), "and the import keeps it out of the tally")
        let again = folder + "/again.json"
        try copy.exportBundle(includeIdentities: true, to: try TextSink(path: again))
        XCTAssertEqual(try String(contentsOfFile: again, encoding: .utf8), text, "the same bytes again")

        // A mark naming a record that is gone is a problem `check` names.
        try copy.write { db in
            try db.execute(sql: "INSERT INTO voided(entity, code, reason, voided_on, voided_by) VALUES ('feedback', 'PA-1999-0001', '', 'x', 'y')")
        }
        XCTAssertEqual(try copy.check().count, 1)
    }
}

extension AppDatabase {
    /// A 2026 feedback record nothing depends on.
    func voidableFeedbackCode() throws -> String? {
        try read { db in
            try String.fetchAll(db, sql: "SELECT code FROM feedback WHERE received_on >= '2026-01-01' ORDER BY code")
                .first { try Self.dependents(.feedback, code: $0, db).isEmpty }
        }
    }
}
