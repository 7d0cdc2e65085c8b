import GRDB
import XCTest
@testable import GiamSatCore

/// Issue 21 in the store: the suggestion before saving, the "trùng" link both ways and its refusals, voiding and undo
/// keeping it, the anonymous closing step, and the link and step through a bundle and a merge.
final class DuplicateStoreTests: FolderTestCase {
    let user = Fixtures.user
    let today = Fixtures.date("2021-12-31")

    func record(_ code: String, _ summary: String, received: String = "2021-03-02", officials: [String] = ["DT-0001"],
                reporter: Feedback.Reporter? = nil) -> Feedback {
        Feedback(code: code, receivedOn: Fixtures.date(received), channel: .homThu, kind: .phanAnh, anonymous: reporter == nil,
                 reporter: reporter, officials: officials, summary: summary)
    }

    func database() throws -> AppDatabase {
        let db = try Fixtures.database()
        try db.save(record("PA-2021-0001", "Trưởng thôn thu tiền làm đường không công khai"), by: user)
        try db.save(record("PA-2021-0002", "Sử dụng xe công đi việc riêng", officials: ["DT-0002"]), by: user)
        try db.save(record("PA-2021-0003", "Trưởng thôn thu tiền làm đường", received: "2021-06-20"), by: user)
        return db
    }

    func testTheSuggestionFindsTheSameMatterTypedWithoutAccentsWithinTheWindow() throws {
        let db = try database()
        let new = record("PA-2021-0004", "truong thon thu tien lam duong", received: "2021-03-10")
        let found = try db.likelyDuplicates(of: new)
        XCTAssertEqual(found.map(\.code), ["PA-2021-0001"], "the same official and words; not the one of June, nor the other matter")
        XCTAssertEqual(found.first?.match.score, 90)
        XCTAssertEqual(found.first?.officialNames, "Giàng A Dình")
        XCTAssertEqual(found.first?.summary, "Trưởng thôn thu tiền làm đường không công khai")

        try db.setDuplicateWindow(days: 120)
        XCTAssertEqual(try db.likelyDuplicates(of: new).map(\.code), ["PA-2021-0001", "PA-2021-0003"], "a wider window (setting)")
        XCTAssertThrowsError(try db.setDuplicateWindow(days: 0))

        _ = try db.void(.feedback, code: "PA-2021-0001", reason: "Nhầm", by: user)
        XCTAssertEqual(try db.likelyDuplicates(of: new).map(\.code), ["PA-2021-0003"], "never a voided record")
    }

    func testTheWindowIsASettingSavedWithTheOthersAndAudited() throws {
        let db = try database()
        var general = try db.generalSettings()
        XCTAssertEqual(general.duplicateDays, 30, "the default")
        general.duplicateDays = 90
        XCTAssertEqual(try db.saveGeneralSettings(general, by: user), ["duplicateDays"])
        XCTAssertEqual(try db.duplicateRules().windowDays, 90)
        XCTAssertEqual(try db.generalSettings().duplicateDays, 90)
        XCTAssertEqual(try db.auditTrail(.commune, code: "lao-chai").last.map { [$0.field, $0.old, $0.new] }, ["settings.duplicateDays", "30", "90"])
        general.duplicateDays = 400
        XCTAssertThrowsError(try db.saveGeneralSettings(general, by: user), "1–365 days")
        XCTAssertEqual(try db.duplicateRules().windowDays, 90)
    }

    func testTheReporterIsMatchedOnlyWhereItIsStoredOpen() throws {
        let db = try Fixtures.database()
        let person = Feedback.Reporter(name: "Lò Văn Sơn", address: "Thôn 2", phone: "0987654321")
        try db.save(record("PA-2021-0001", "Thu tiền làm đường, sai quy định", officials: [], reporter: person), by: user)
        let new = record("PA-2021-0002", "thu tien lam duong, hop keu goi", received: "2021-03-05", officials: [],
                         reporter: Feedback.Reporter(name: "lo van son"))
        XCTAssertEqual(try db.likelyDuplicates(of: new).map(\.match.sameReporter), [true])
        // The stored identity sealed (as `protect` leaves it): not matched on.
        try db.write { db in try db.execute(sql: "UPDATE feedback SET reporter_name = 'gs1:sealed', reporter_address = NULL, reporter_phone = NULL") }
        XCTAssertEqual(try db.likelyDuplicates(of: new).map(\.code), [], "words alone are not enough, and the seal is not opened")
    }

    func testSavingAsDuplicateLinksBothWaysAndAuditsBoth() throws {
        let db = try database()
        let code = try db.saveNewDuplicate(record("PA-2021-0004", "truong thon thu tien", received: "2021-03-10"), of: "PA-2021-0001",
                                           on: Fixtures.date("2021-03-11"), by: user)
        XCTAssertEqual(code, "PA-2021-0004")
        let saved = try XCTUnwrap(db.fetch(Feedback.self, code: code))
        XCTAssertEqual(saved.status, .trungLap)
        XCTAssertEqual(saved.duplicateOf, "PA-2021-0001")
        XCTAssertEqual(try db.duplicateLinks(of: code).original?.code, "PA-2021-0001", "the duplicate names its original")
        XCTAssertEqual(try db.duplicateLinks(of: "PA-2021-0001").duplicates.map(\.code), [code], "the original lists it")
        XCTAssertEqual(try db.auditTrail(.feedback, code: "PA-2021-0001").filter { $0.field == AppDatabase.duplicatesAuditField }.map(\.new),
                       [code])
        XCTAssertTrue(try db.auditTrail(.feedback, code: code).contains { $0.field == "duplicateOf" && $0.new == "PA-2021-0001" })
    }

    func testTheStatusChangeRefusesItselfAVoidedOriginalAndALoop() throws {
        let db = try database()
        func trung(_ code: String, of original: String) throws {
            let version = try XCTUnwrap(db.fetch(Feedback.self, code: code)).version
            _ = try db.advance(code: code, version: version, change: .init(status: .trungLap, on: Fixtures.date("2021-07-01"), duplicateOf: original), by: user)
        }
        func problem(_ error: Error) -> RecordProblem? { (error as? GiamSatCore.RecordError)?.problem }
        XCTAssertThrowsError(try trung("PA-2021-0003", of: "PA-2021-0003")) { XCTAssertEqual(problem($0), .duplicateOfItself) }
        XCTAssertThrowsError(try trung("PA-2021-0003", of: "PA-2021-0999")) {
            XCTAssertEqual($0 as? GiamSatError, .notFound(entity: .feedback, code: "PA-2021-0999"))
        }
        _ = try db.void(.feedback, code: "PA-2021-0002", reason: "Nhầm", by: user)
        XCTAssertThrowsError(try trung("PA-2021-0003", of: "PA-2021-0002")) {
            XCTAssertEqual(problem($0), .duplicateOfVoided(original: "PA-2021-0002"))
        }
        try trung("PA-2021-0003", of: "PA-2021-0001")
        XCTAssertThrowsError(try trung("PA-2021-0001", of: "PA-2021-0003")) {
            XCTAssertEqual(problem($0), .duplicateCycle(original: "PA-2021-0003"), "the original named its duplicate: a loop")
        }
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.status, .tiepNhan, "nothing written")
    }

    func testADuplicateIsNeverSuggestedNorLinkedToItsOriginalIsInstead() throws {
        let db = try database()
        _ = try db.saveNewDuplicate(record("PA-2021-0004", "Trưởng thôn thu tiền làm đường không công khai", received: "2021-03-05"),
                                    of: "PA-2021-0001", on: Fixtures.date("2021-03-05"), by: user)
        let new = record("PA-2021-0005", "truong thon thu tien lam duong khong cong khai", received: "2021-03-10")
        XCTAssertEqual(try db.likelyDuplicates(of: new).map(\.code), ["PA-2021-0001"],
                       "the duplicate (same score as its original) is left out: its original is already there")
        try db.setDuplicateWindow(days: 1)
        let late = record("PA-2021-0005", "truong thon thu tien lam duong khong cong khai", received: "2021-03-06")
        XCTAssertFalse(try db.likelyDuplicates(of: late).map(\.code).contains("PA-2021-0004"), "never the duplicate itself")

        func problem(_ error: Error) -> RecordProblem? { (error as? GiamSatCore.RecordError)?.problem }
        let version = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0003")).version
        XCTAssertThrowsError(try db.advance(code: "PA-2021-0003", version: version,
                                            change: .init(status: .trungLap, on: Fixtures.date("2021-07-01"), duplicateOf: "PA-2021-0004"), by: user)) {
            XCTAssertEqual(problem($0), .duplicateOfDuplicate(duplicate: "PA-2021-0004", original: "PA-2021-0001"))
        }
        XCTAssertThrowsError(try db.saveNewDuplicate(record("PA-2021-0006", "x", received: "2021-03-12"), of: "PA-2021-0004",
                                                     on: Fixtures.date("2021-03-12"), by: user)) {
            XCTAssertEqual(problem($0), .duplicateOfDuplicate(duplicate: "PA-2021-0004", original: "PA-2021-0001"))
        }
        XCTAssertNil(try db.fetch(Feedback.self, code: "PA-2021-0006"), "nothing saved")
        XCTAssertEqual(GiamSatCore.RecordError(entity: .feedback, code: "PA-2021-0003", field: "duplicateOf",
                                               problem: .duplicateOfDuplicate(duplicate: "PA-2021-0004", original: "PA-2021-0001"))
                        .problem, .duplicateOfDuplicate(duplicate: "PA-2021-0004", original: "PA-2021-0001"))
    }

    /// Walk-through finding: an original marked "trùng" itself left its duplicates pointing at a duplicate (a chain).
    /// "Trùng" ends the lifecycle, so they could not be re-linked by hand: they go along, audited, and undo brings them back.
    func testAnOriginalMarkedADuplicateTakesItsDuplicatesAlongToItsOriginal() throws {
        let db = try database()
        for code in ["PA-2021-0004", "PA-2021-0005"] {
            _ = try db.saveNewDuplicate(record(code, "Trưởng thôn thu tiền", received: "2021-03-05"), of: "PA-2021-0001",
                                        on: Fixtures.date("2021-03-05"), by: user)
        }
        _ = try db.void(.feedback, code: "PA-2021-0005", reason: "Nhập nhầm", by: user)
        let version = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001")).version
        let step = try db.advance(code: "PA-2021-0001", version: version,
                                  change: .init(status: .trungLap, on: Fixtures.date("2021-07-01"), duplicateOf: "PA-2021-0003"), by: user)
        XCTAssertEqual(step.relinked, ["PA-2021-0004", "PA-2021-0005"], "the voided one too: a restore brings its link back")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0004")?.duplicateOf, "PA-2021-0003", "no chain")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0005")?.duplicateOf, "PA-2021-0003")
        XCTAssertEqual(try db.duplicateLinks(of: "PA-2021-0003").duplicates.map(\.code), ["PA-2021-0001", "PA-2021-0004"])
        XCTAssertEqual(try db.duplicateLinks(of: "PA-2021-0001").duplicates, [])
        XCTAssertEqual(try db.check(), [])
        func links(_ code: String) throws -> [[String]] {
            try db.auditTrail(.feedback, code: code).filter { $0.field == AppDatabase.duplicatesAuditField || $0.field == "duplicateOf" }
                .map { [$0.field, $0.old, $0.new] }
        }
        XCTAssertEqual(try links("PA-2021-0004").last, ["duplicateOf", "PA-2021-0001", "PA-2021-0003"])
        XCTAssertEqual(try links("PA-2021-0003"), [["duplicates", "", "PA-2021-0001"], ["duplicates", "", "PA-2021-0004"]])
        XCTAssertEqual(try links("PA-2021-0001").suffix(2), [["duplicateOf", "", "PA-2021-0003"], ["duplicates", "PA-2021-0004", ""]])

        // Undone: the record is an original again, with its duplicates back.
        try db.undo(step, by: user)
        XCTAssertNil(try db.fetch(Feedback.self, code: "PA-2021-0001")?.duplicateOf)
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0004")?.duplicateOf, "PA-2021-0001")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0005")?.duplicateOf, "PA-2021-0001")
        XCTAssertEqual(try db.duplicateLinks(of: "PA-2021-0003").duplicates, [])
        _ = try db.restore(.feedback, code: "PA-2021-0005", by: user)
        XCTAssertEqual(try db.duplicateLinks(of: "PA-2021-0001").duplicates.map(\.code), ["PA-2021-0004", "PA-2021-0005"])
    }

    func testTheDuplicateListSaysTheReceivedStatusAsEverywhereElse() {
        XCTAssertEqual(FeedbackStatus.tiepNhan.shortLabel, FeedbackStatus.tiepNhan.label, "“Mới tiếp nhận”, not “Mới nhận”")
    }

    func testVoidingAndUndoKeepTheLinkConsistent() throws {
        let db = try database()
        let version = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0003")).version
        let step = try db.advance(code: "PA-2021-0003", version: version,
                                  change: .init(status: .trungLap, on: Fixtures.date("2021-07-01"), duplicateOf: "PA-2021-0001"), by: user)
        XCTAssertEqual(try db.duplicateLinks(of: "PA-2021-0001").duplicates.map(\.code), ["PA-2021-0003"])
        XCTAssertThrowsError(try db.void(.feedback, code: "PA-2021-0001", reason: "x", by: user), "an original with a live duplicate stays")

        // The duplicate voided: it leaves the original's list, and the original may go too; restored only with it.
        _ = try db.void(.feedback, code: "PA-2021-0003", reason: "Nhập nhầm", by: user)
        XCTAssertEqual(try db.duplicateLinks(of: "PA-2021-0001").duplicates, [])
        _ = try db.void(.feedback, code: "PA-2021-0001", reason: "Nhập nhầm", by: user)
        XCTAssertThrowsError(try db.restore(.feedback, code: "PA-2021-0003", by: user)) {
            XCTAssertEqual(($0 as? GiamSatCore.RecordError)?.problem, .duplicateOfVoided(original: "PA-2021-0001"))
        }
        _ = try db.restore(.feedback, code: "PA-2021-0001", by: user)
        _ = try db.restore(.feedback, code: "PA-2021-0003", by: user)
        XCTAssertEqual(try db.duplicateLinks(of: "PA-2021-0001").duplicates.map(\.code), ["PA-2021-0003"], "back in the list")

        // The "trùng" step undone: no link either way, and the original's trail says each change.
        try db.undo(step, by: user)
        XCTAssertNil(try db.fetch(Feedback.self, code: "PA-2021-0003")?.duplicateOf)
        XCTAssertNil(try db.duplicateLinks(of: "PA-2021-0003").original)
        XCTAssertEqual(try db.duplicateLinks(of: "PA-2021-0001").duplicates, [])
        let trail = try db.auditTrail(.feedback, code: "PA-2021-0001").filter { $0.field == AppDatabase.duplicatesAuditField }
        XCTAssertEqual(trail.map { [$0.old, $0.new] }, [["", "PA-2021-0003"], ["PA-2021-0003", ""], ["", "PA-2021-0003"], ["PA-2021-0003", ""]],
                       "linked, voided, restored, undone")
    }

    func testCheckNamesALoopAndALinkToAVoidedOriginalThatAnImportLeft() throws {
        let db = try database()
        XCTAssertEqual(try db.check(), [])
        // Written as an import writes (no look along the links): 0001 and 0003 name each other; 0002 names voided 0004.
        func trung(_ code: String, of original: String) throws {
            var record = try XCTUnwrap(db.fetch(Feedback.self, code: code))
            try record.advance(to: .init(status: .trungLap, on: Fixtures.date("2021-07-01"), duplicateOf: original))
            try db.save(record, by: user)
        }
        try db.save(record("PA-2021-0004", "Việc khác"), by: user)
        try trung("PA-2021-0001", of: "PA-2021-0003")
        try trung("PA-2021-0003", of: "PA-2021-0001")
        try trung("PA-2021-0002", of: "PA-2021-0004")
        try db.write { db in
            try db.execute(sql: "INSERT INTO voided(entity, code, reason, voided_on, voided_by) VALUES ('feedback', 'PA-2021-0004', 'x', 'x', 'x')")
        }
        let problems = try db.check().compactMap { problem -> String? in
            guard case .record(let error) = problem else { return nil }
            return "\(error.code ?? "") \(error.problem)"
        }
        XCTAssertEqual(problems, ["PA-2021-0001 duplicateCycle(original: \"PA-2021-0003\")",
                                  "PA-2021-0002 duplicateOfVoided(original: \"PA-2021-0004\")",
                                  "PA-2021-0003 duplicateCycle(original: \"PA-2021-0001\")"])
    }

    func testAnAnonymousRecordClosesWithoutAReplyAndCountsAsResolved() throws {
        let db = try database()
        func close(_ code: String) throws {
            for status in [FeedbackStatus.xemXet, .coKetQua, .ketQuaAnDanh] {
                let version = try XCTUnwrap(db.fetch(Feedback.self, code: code)).version
                _ = try db.advance(code: code, version: version, change: .init(status: status, on: Fixtures.date("2021-04-01")), by: user)
            }
        }
        XCTAssertEqual(try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001")).nextSteps, [.xemXet, .daChuyen, .trungLap, .luu])
        try close("PA-2021-0001")
        let closed = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001"))
        XCTAssertEqual(closed.status, .ketQuaAnDanh)
        XCTAssertTrue(closed.status.isEnded)
        let tally = try db.tally(TallyPeriod(year: 2021, kind: .year), today: today)
        XCTAssertEqual(tally.feedbackResolved, 1, "counted as resolved, as an answer is")
        XCTAssertEqual(tally.feedbackByStatus["ket-qua-an-danh"], 1)

        // A record with a reporter: the step is neither offered nor accepted.
        let person = Feedback.Reporter(name: "Lò Văn Sơn")
        try db.save(record("PA-2021-0005", "Lấn chiếm đất công", reporter: person), by: user)
        XCTAssertThrowsError(try close("PA-2021-0005")) { XCTAssertEqual(($0 as? GiamSatCore.RecordError)?.problem, .anonymousCloseWithReporter) }
        let result = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0005"))
        XCTAssertEqual(result.status, .coKetQua)
        XCTAssertEqual(result.nextSteps, [.daTraLoi], "only the answer closes it")
    }

    func testTheLinkAndTheClosingStepTravelInTheBundle() throws {
        let db = try database()
        _ = try db.saveNewDuplicate(record("PA-2021-0004", "truong thon thu tien", received: "2021-03-10"), of: "PA-2021-0001",
                                    on: Fixtures.date("2021-03-11"), by: user)
        for status in [FeedbackStatus.xemXet, .coKetQua, .ketQuaAnDanh] {
            let version = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0002")).version
            _ = try db.advance(code: "PA-2021-0002", version: version, change: .init(status: status, on: Fixtures.date("2021-04-01")), by: user)
        }
        let path = folder + "/dupes.json"
        try db.exportBundle(includeIdentities: true, to: try TextSink(path: path))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("\"duplicateOf\": \"PA-2021-0001\""))
        XCTAssertTrue(text.contains("\"status\": \"ket-qua-an-danh\""))

        let copy = try AppDatabase.inMemory()
        _ = try copy.importFiles([path], by: user)
        XCTAssertEqual(try copy.duplicateLinks(of: "PA-2021-0001").duplicates.map(\.code), ["PA-2021-0004"])
        XCTAssertEqual(try copy.fetch(Feedback.self, code: "PA-2021-0002")?.status, .ketQuaAnDanh)
        XCTAssertEqual(try copy.check(), [])
        let again = folder + "/again.json"
        try copy.exportBundle(includeIdentities: true, to: try TextSink(path: again))
        XCTAssertEqual(try String(contentsOfFile: again, encoding: .utf8), text, "the same bytes again")

        // The merge of a former commune remaps the link with the records' codes.
        let merged = try AppDatabase.inMemory()
        try merged.setCommune(Commune(code: "tan-hoa", name: "Xã Tân Hòa", province: "Tỉnh Cần Thơ"), by: user)
        try merged.save(Locality(code: "TH01", name: "Thôn Một", kind: .thon), by: user)
        try merged.save(Fixtures.official("DT-0001", "Lò", "Văn", "Pá"), by: user)
        try merged.save(record("PA-2021-0001", "Một việc khác hẳn", officials: []), by: user)
        let source = try MergeSource.load(path, dueDays: 30)
        let plan = try merged.mergeCommunes([source], options: AppDatabase.MergeOptions(mergedOn: Fixtures.date("2025-07-01")),
                                            by: user, dryRun: false)
        XCTAssertTrue(plan.applied, "\(plan.refused)")
        let original = try XCTUnwrap(plan.recoded.first { $0.entity == .feedback && $0.from == "PA-2021-0001" }?.to)
        let duplicate = plan.recoded.first { $0.entity == .feedback && $0.from == "PA-2021-0004" }?.to ?? "PA-2021-0004"
        XCTAssertEqual(try merged.fetch(Feedback.self, code: duplicate)?.duplicateOf, original, "the link follows the original's new code")
        XCTAssertEqual(try merged.duplicateLinks(of: original).duplicates.map(\.code), [duplicate])
        XCTAssertEqual(try merged.check(), [])
    }
}
