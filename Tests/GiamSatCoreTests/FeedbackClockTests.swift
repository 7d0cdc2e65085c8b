import XCTest
import GRDB
@testable import GiamSatCore

/// The law's clocks by kind (issue 21): the calculator on plain values, then the store — due dates, "overdue" in the
/// list, the tally and the worklist, extensions, the plan's lead time and the recommendation's escalation.
final class FeedbackClockTests: XCTestCase {
    let user = Fixtures.user
    let rules = ClockRules.defaults

    func record(_ kind: FeedbackKind, received: String, accepted: String? = nil, flags: Feedback.ClockFlags = []) throws -> Feedback {
        var f = Fixtures.feedback("PA-2026-0001", received: received)
        f.kind = kind
        f.clockFlags = flags
        if let accepted { try f.advance(to: .init(status: .xemXet, on: Fixtures.date(accepted), by: user)) }
        return f
    }

    // MARK: The calculator

    func testPhanAnhAndKienNghiKeepThirtyDaysFromReceiptFromTheSetting() throws {
        XCTAssertEqual(try record(.phanAnh, received: "2026-03-02", accepted: "2026-03-10").clock(rules).dueOn, Fixtures.date("2026-04-01"))
        var longer = rules
        longer.dueDays = 45
        XCTAssertEqual(try record(.kienNghi, received: "2026-03-02").clock(longer).dueOn, Fixtures.date("2026-04-16"))
    }

    func testAFirstComplaintTakes30Or45DaysAnd45Or60InRemoteAreasFromAcceptance() throws {
        let cases: [(Feedback.ClockFlags, String)] = [([], "2026-04-04"), ([.complex], "2026-04-19"), ([.remote], "2026-04-19"),
                                                      ([.remote, .complex], "2026-05-04")]
        for (flags, due) in cases {
            let f = try record(.khieuNai, received: "2026-03-02", accepted: "2026-03-05", flags: flags)
            XCTAssertEqual(f.clock(rules).dueOn, Fixtures.date(due), "\(flags)")
            XCTAssertEqual(f.clock(rules).start, .accepted(Fixtures.date("2026-03-05")))
        }
        let waiting = try record(.khieuNai, received: "2026-03-02", flags: [.complex])
        XCTAssertEqual(waiting.clock(rules).dueOn, Fixtures.date("2026-04-16"), "not accepted yet: counted from receipt")
        let several = try record(.khieuNai, received: "2026-03-02", accepted: "2026-03-05", flags: [.severalPlaces])
        XCTAssertEqual(several.clock(rules).days, 30, "several places is a denunciation's flag, not a complaint's")
    }

    /// 27/04/2026 is a Monday; 30/04 and 01/05 are holidays (Thursday, Friday): seven working days end on Friday 08/05,
    /// ten on Wednesday 13/05. Without the holidays: 06/05 and 11/05.
    func testADenunciationIsClassifiedWithin7WorkingDaysOr10AcrossSeveralPlacesSkippingHolidays() throws {
        let calendar = WorkingCalendar(holidays: [Fixtures.date("2026-04-30"), Fixtures.date("2026-05-01")])
        let plain = try record(.toCao, received: "2026-04-27")
        let across = try record(.toCao, received: "2026-04-27", flags: [.severalPlaces])
        XCTAssertEqual(plain.clock(rules).classifyBy(plain.receivedOn, calendar), Fixtures.date("2026-05-08"))
        XCTAssertEqual(across.clock(rules).classifyBy(across.receivedOn, calendar), Fixtures.date("2026-05-13"))
        let noHolidays = WorkingCalendar(holidays: [])
        XCTAssertEqual(plain.clock(rules).classifyBy(plain.receivedOn, noHolidays), Fixtures.date("2026-05-06"))
        XCTAssertEqual(across.clock(rules).classifyBy(across.receivedOn, noHolidays), Fixtures.date("2026-05-11"))
        XCTAssertEqual(try record(.phanAnh, received: "2026-04-27").clock(rules).classifyWorkingDays, 10, "the general 10 working days")
    }

    /// The tester's today (02/12/2026): every extension of these tests is dated before it.
    let today = Fixtures.date("2026-12-02")

    func testADenunciationResolves30DaysFromAcceptancePlus30PerExtensionAtMostTwice() throws {
        var f = try record(.toCao, received: "2026-01-05", accepted: "2026-01-05")
        XCTAssertEqual(f.clock(rules).dueOn, Fixtures.date("2026-02-04"))
        try f.extend(.init(on: Fixtures.date("2026-02-01"), days: 30, reason: "Vụ việc phức tạp"), today: today)
        XCTAssertEqual(f.clock(rules).dueOn, Fixtures.date("2026-03-06"))
        try f.extend(.init(on: Fixtures.date("2026-03-01"), days: 30, reason: "Đặc biệt phức tạp"), today: today)
        XCTAssertEqual(f.clock(rules).dueOn, Fixtures.date("2026-04-05"), "30 + 30 + 30 days")
        XCTAssertThrowsError(try f.extend(.init(on: Fixtures.date("2026-04-01"), days: 30, reason: "Lần ba"), today: today)) {
            XCTAssertEqual(($0 as? GiamSatCore.RecordError)?.problem, .extensionRefused(.tooMany(2)))
        }
        XCTAssertEqual(f.extensions.count, 2)
    }

    /// The Front follows the clock on the body it forwarded to: "đã chuyển" is the acceptance, and the record stays open.
    func testAForwardedDenunciationKeepsItsClockRunning() throws {
        var f = try record(.toCao, received: "2026-01-05")
        try f.advance(to: .init(status: .daChuyen, on: Fixtures.date("2026-01-09"), to: "Ủy ban Kiểm tra Đảng ủy xã"))
        XCTAssertEqual(f.clock(rules).start, .accepted(Fixtures.date("2026-01-09")))
        f.dueOn = f.clock(rules).dueOn
        XCTAssertEqual(f.dueOn, Fixtures.date("2026-02-08"))
        XCTAssertFalse(f.isOverdue(on: Fixtures.date("2026-02-08")))
        XCTAssertTrue(f.isOverdue(on: Fixtures.date("2026-02-09")), "forwarded is not ended: late after 30 days")
        var filed = try record(.toCao, received: "2026-01-05")
        try filed.advance(to: .init(status: .luu, on: Fixtures.date("2026-01-09")))
        XCTAssertEqual(filed.clock(rules).start, .received(Fixtures.date("2026-01-05")), "filed at classification: never accepted")
    }

    func testWhatCannotBeExtended() throws {
        func refusal(_ f: Feedback, on date: String = "2026-02-01", reason: String = "Lý do") -> Feedback.ExtensionRefusal? {
            var f = f
            do { try f.extend(.init(on: Fixtures.date(date), days: 30, reason: reason), today: today) } catch let error as GiamSatCore.RecordError {
                if case .extensionRefused(let refusal) = error.problem { return refusal }
            } catch {}
            return nil
        }
        XCTAssertEqual(refusal(try record(.khieuNai, received: "2026-01-05", accepted: "2026-01-06")), .onlyDenunciations)
        XCTAssertEqual(refusal(try record(.toCao, received: "2026-01-05")), .notAccepted)
        XCTAssertEqual(refusal(try record(.toCao, received: "2026-01-05", accepted: "2026-01-06"), reason: ""), .needsReason)
        XCTAssertEqual(refusal(try record(.toCao, received: "2026-01-05", accepted: "2026-01-06"), on: "2026-01-05"),
                       .beforeAcceptance(Fixtures.date("2026-01-06")))
        // Tester's bug: a future extension was accepted, then blocked every later one with today's date in the message.
        var once = try record(.toCao, received: "2026-01-05", accepted: "2026-01-06")
        XCTAssertEqual(refusal(once, on: "2026-12-20"), .afterToday(today), "an extension dated after today is refused")
        try once.extend(.init(on: Fixtures.date("2026-02-10"), days: 30, reason: "Một"), today: today)
        XCTAssertEqual(refusal(once, on: "2026-02-01"), .beforeAcceptance(Fixtures.date("2026-02-10")), "names the previous extension's date")
        XCTAssertEqual(RecordProblem.extensionRefused(.beforeAcceptance(Fixtures.date("2026-02-10"))).message(.vi),
                       "ngày gia hạn không được trước 10/02/2026 (ngày thụ lý hoặc lần gia hạn trước)")
        var ended = try record(.toCao, received: "2026-01-05", accepted: "2026-01-06")
        try ended.advance(to: .init(status: .khongCoCoSo, on: Fixtures.date("2026-01-20")))
        XCTAssertEqual(refusal(ended), .ended)
        XCTAssertEqual(RecordProblem.extensionRefused(.tooMany(2)).message(.vi), "đã gia hạn 2 lần, Luật Tố cáo không cho gia hạn thêm")
    }

    func testAPlanIssuedLessThanTheLeadTimeBeforeItStartsIsWarnedNotRefused() throws {
        XCTAssertEqual(PlanLeadTime.shortBy(issued: Fixtures.date("2026-03-01"), start: Fixtures.date("2026-03-10"), leadDays: 15), 6)
        XCTAssertNil(PlanLeadTime.shortBy(issued: Fixtures.date("2026-02-23"), start: Fixtures.date("2026-03-10"), leadDays: 15), "15 days: enough")
        XCTAssertEqual(PlanLeadTime.shortBy(issued: Fixtures.date("2026-02-24"), start: Fixtures.date("2026-03-10"), leadDays: 15), 1)
        XCTAssertNil(PlanLeadTime.shortBy(issued: nil, start: Fixtures.date("2026-03-10"), leadDays: 15), "no issue date yet: nothing to say")
        // The store keeps such a plan: a warning is the form's, never a refusal.
        let db = try Fixtures.database()
        try db.save(Plan(code: "KH-2026-01", documentNumber: "12/KH-MTTQ-BTT", issuedOn: Fixtures.date("2026-03-01"), title: "Giám sát",
                         year: 2026, type: .chuyenDe, form: .doanGiamSat, startOn: Fixtures.date("2026-03-10"), status: .banHanh), by: user)
        XCTAssertEqual(try db.read { try Plan.fetch($0, code: "KH-2026-01") }?.issuedOn, Fixtures.date("2026-03-01"))
    }

    // MARK: The store

    /// The store refuses an extension dated after its `today` (tester: 20/12/2026 accepted on 02/12/2026).
    func testTheStoreRefusesAnExtensionDatedAfterToday() throws {
        let db = try Fixtures.database()
        let f = Fixtures.feedback("PA-2026-0001", received: "2026-11-05")
        _ = try db.saveNew(f, by: user)
        let step = try db.advance(code: f.code, version: 1, change: .init(status: .xemXet, on: Fixtures.date("2026-11-06")), by: user)
        XCTAssertThrowsError(try db.extend(code: f.code, version: step.versionAfter, on: Fixtures.date("2026-12-20"), reason: "Phức tạp",
                                           by: user, today: today)) {
            XCTAssertEqual(($0 as? GiamSatCore.RecordError)?.problem, .extensionRefused(.afterToday(today)))
        }
        XCTAssertEqual(try db.read { try Feedback.fetch($0, code: f.code) }?.extensions, [])
        _ = try db.extend(code: f.code, version: step.versionAfter, on: today, reason: "Phức tạp", by: user, today: today)
    }

    /// Walkthrough finding: a bundle's extension dated after today was imported (the page's `g` refuses it). The reader
    /// refuses it too, naming the file, the record and the field, in the words the page uses.
    func testABundlesExtensionDatedAfterTodayIsRefusedNamingTheRecord() throws {
        let real = LocalDate.today()
        var f = Fixtures.feedback("PA-2026-0007", received: "2026-01-05")
        try f.advance(to: .init(status: .xemXet, on: Fixtures.date("2026-01-06")))
        f.extensions = [.init(on: real.adding(days: 1), days: 30, reason: "Phức tạp", by: user)]
        var bundle = CaseBundle()
        bundle.feedback = [f]
        let json = BundleWriter.json(bundle, includeIdentities: false).serialized()
        XCTAssertThrowsError(try BundleReader.read(Data(json.utf8), file: "ngay-sau.json")) { error in
            guard case GiamSatError.invalidRecords(let errors)? = error as? GiamSatError else { return XCTFail("\(error)") }
            XCTAssertEqual(errors.map(\.field), ["extensions[0].on"])
            XCTAssertEqual(errors.first?.problem, .extensionRefused(.afterToday(real)))
            let message = (error as? GiamSatError)?.message(.vi) ?? ""
            XCTAssertTrue(message.contains("ngay-sau.json") && message.contains("PA-2026-0007") && message.contains("ngày gia hạn sau hôm nay"),
                          message)
        }
        let file = NSTemporaryDirectory() + "clocks-future-\(getpid()).json"
        defer { unlink(file) }
        try Data(json.utf8).write(to: URL(fileURLWithPath: file))
        let db = try Fixtures.database()
        XCTAssertThrowsError(try db.importFiles([file], by: user), "the import is refused whole")
        XCTAssertNil(try db.read { try Feedback.fetch($0, code: "PA-2026-0007") })
        // Dated today, it imports.
        f.extensions[0].on = real
        bundle.feedback = [f]
        XCTAssertNoThrow(try BundleReader.read(Data(BundleWriter.json(bundle, includeIdentities: false).serialized().utf8), file: "hom-nay.json"))
    }

    /// Received and accepted on 05/01/2026 (day 0), extended twice: due on day 90 (05/04/2026). Not overdue on day 80
    /// by the list's filter, the tally and the worklist; overdue on day 91 by all three.
    func testADenunciationExtendedTwiceIsNotOverdueOnDay80AndIsOnDay91() throws {
        let db = try Fixtures.database()
        let day0 = Fixtures.date("2026-01-05")
        var f = Fixtures.feedback("PA-2026-0001", received: "2026-01-05")
        XCTAssertEqual(f.kind, .toCao)
        _ = try db.saveNew(f, by: user)
        var step = try db.advance(code: f.code, version: 1, change: .init(status: .xemXet, on: day0), by: user)
        step = try db.extend(code: f.code, version: step.versionAfter, on: day0.adding(days: 25), reason: "Phức tạp", by: user)
        XCTAssertEqual(try db.read { try Feedback.fetch($0, code: "PA-2026-0001") }?.dueOn, day0.adding(days: 60))
        step = try db.extend(code: f.code, version: step.versionAfter, on: day0.adding(days: 55), reason: "Rất phức tạp", by: user)
        f = try XCTUnwrap(try db.read { try Feedback.fetch($0, code: "PA-2026-0001") })
        XCTAssertEqual(f.dueOn, day0.adding(days: 90))
        XCTAssertEqual(f.extensions.map(\.reason), ["Phức tạp", "Rất phức tạp"])
        XCTAssertEqual(f.extensions.map(\.by), [user, user])

        func overdue(on day: Int) throws -> (list: Int, tally: Int, worklist: Int) {
            let today = day0.adding(days: day)
            let list = try db.feedback(ListFilter(overdue: true, today: today)).count
            let tally = try db.tally(TallyPeriod(year: 2026, kind: .year), today: today).feedbackOverdue
            let work = try db.worklist(today: today, settings: Settings(dueDays: 30, holidays: []), offset: 0, limit: 50).counts[.overdue] ?? 0
            return (list, tally, work)
        }
        XCTAssertTrue(try overdue(on: 80) == (0, 0, 0), "day 80: inside the second extension")
        XCTAssertTrue(try overdue(on: 90) == (0, 0, 0), "day 90: the last day")
        XCTAssertTrue(try overdue(on: 91) == (1, 1, 1), "day 91: overdue everywhere")

        XCTAssertThrowsError(try db.extend(code: f.code, version: step.versionAfter, on: day0.adding(days: 85), reason: "Lần ba", by: user)) {
            XCTAssertEqual(($0 as? GiamSatCore.RecordError)?.problem, .extensionRefused(.tooMany(2)))
        }
        let audit = try db.read { try AppDatabase.auditRows(.feedback, "PA-2026-0001", $0) }
        XCTAssertEqual(audit.filter { $0.field == "extensions" }.count, 2, "each extension is audited")
        XCTAssertEqual(audit.filter { $0.field == "dueOn" }.count, 2, "and so is the move of the due date each made")

        // Undo takes the second extension back, and its 30 days with it.
        try db.undo(step, by: user)
        let undone = try XCTUnwrap(try db.read { try Feedback.fetch($0, code: "PA-2026-0001") })
        XCTAssertEqual(undone.extensions.count, 1)
        XCTAssertEqual(undone.dueOn, day0.adding(days: 60))
        XCTAssertTrue(try overdue(on: 80) == (1, 1, 1), "without the second extension, day 80 is late")
    }

    func testTheFlagsAndTheSettingsMoveTheStoredDueDate() throws {
        let db = try Fixtures.database()
        var f = Fixtures.feedback("PA-2026-0002", received: "2026-03-02")
        f.kind = .khieuNai
        f.clockFlags = [.remote, .complex, .severalPlaces]
        try f.advance(to: .init(status: .xemXet, on: Fixtures.date("2026-03-05")))
        _ = try db.saveNew(f, by: user)
        let stored = try XCTUnwrap(try db.read { try Feedback.fetch($0, code: "PA-2026-0002") })
        XCTAssertEqual(stored.clockFlags, [.remote, .complex], "several places means nothing for a complaint and is not kept")
        XCTAssertEqual(stored.dueOn, Fixtures.date("2026-05-04"), "60 days from acceptance")

        var general = try db.generalSettings()
        general.clocks.complaintRemoteComplexDays = 70
        try db.saveGeneralSettings(general, by: user)
        XCTAssertEqual(try db.settings().clocks.complaintRemoteComplexDays, 70)
        var edited = stored
        edited.notes = "Vùng sâu"
        _ = try db.saveEdit(edited, expectedVersion: stored.version, by: user)
        XCTAssertEqual(try db.read { try Feedback.fetch($0, code: "PA-2026-0002") }?.dueOn, Fixtures.date("2026-05-14"),
                       "the setting applies from the record's next save")
        general.clocks.denunciationDays = 0
        XCTAssertThrowsError(try db.saveGeneralSettings(general, by: user), "0 days is refused")
    }

    func testADenunciationWaitingToBeClassifiedIsOnTheWorklistAndLateAfter7WorkingDays() throws {
        let db = try Fixtures.database()
        var across = Fixtures.feedback("PA-2026-0004", received: "2026-04-27")
        across.clockFlags = [.severalPlaces]
        _ = try db.saveNew(Fixtures.feedback("PA-2026-0003", received: "2026-04-27"), by: user)
        _ = try db.saveNew(across, by: user)
        var settings = Settings(dueDays: 30, holidays: [Fixtures.date("2026-04-30"), Fixtures.date("2026-05-01")])
        settings.clocks = .defaults
        func reasons(_ today: String) throws -> [String: [WorkItem.Reason]] {
            let list = try db.worklist(today: Fixtures.date(today), settings: settings, offset: 0, limit: 50)
            return Dictionary(uniqueKeysWithValues: list.items.map { ($0.code, $0.reasons) })
        }
        XCTAssertEqual(try reasons("2026-04-28"), ["PA-2026-0003": [.toClassify], "PA-2026-0004": [.toClassify]], "from the day after receipt")
        XCTAssertEqual(try reasons("2026-05-08"), ["PA-2026-0003": [.toClassify], "PA-2026-0004": [.toClassify]], "08/05 is the last day")
        XCTAssertEqual(try reasons("2026-05-11"), ["PA-2026-0003": [.unclassified], "PA-2026-0004": [.toClassify]])
        XCTAssertEqual(try reasons("2026-05-14"), ["PA-2026-0003": [.unclassified], "PA-2026-0004": [.unclassified]])
        let item = try db.worklist(today: Fixtures.date("2026-04-28"), settings: settings, offset: 0, limit: 50).items
        XCTAssertEqual(item.map(\.date), [Fixtures.date("2026-05-08"), Fixtures.date("2026-05-13")], "each with its classification deadline")
        _ = try db.advance(code: "PA-2026-0003", version: 1, change: .init(status: .xemXet, on: Fixtures.date("2026-04-29")), by: user)
        XCTAssertEqual(try reasons("2026-04-30"), ["PA-2026-0004": [.toClassify]], "classified: off the list")
    }

    /// A recommendation with no written answer after 20 days (the setting) is on the worklist to be reported to the
    /// level above; not before, and not once answered.
    func testAnUnansweredRecommendationIsOnTheWorklistAfter20DaysAndNotOnceAnswered() throws {
        let db = try Fixtures.database()
        try db.save(Recommendation(code: "KN-2026-0001", to: "UBND xã", sentOn: Fixtures.date("2026-11-01")), by: user)
        func rows(_ today: String, answerDays: Int = 20) throws -> [WorkItem] {
            var settings = Settings(dueDays: 30, holidays: [])
            settings.answerDays = answerDays
            return try db.worklist(today: Fixtures.date(today), settings: settings, offset: 0, limit: 50).items.filter { $0.entity == .recommendation }
        }
        XCTAssertEqual(try rows("2026-11-21").count, 0, "day 20: still inside the limit")
        let late = try rows("2026-11-22")
        XCTAssertEqual(late.map(\.code), ["KN-2026-0001"])
        XCTAssertEqual(late.first?.reasons, [.unanswered])
        XCTAssertEqual(late.first?.date, Fixtures.date("2026-11-21"))
        XCTAssertEqual(try rows("2026-11-22", answerDays: 25).count, 0, "the limit is the setting's")
        var answered = try XCTUnwrap(try db.read { try Recommendation.fetch($0, code: "KN-2026-0001") })
        answered.response = .daTraLoi
        answered.respondedOn = Fixtures.date("2026-11-25")
        try db.save(answered, by: user)
        XCTAssertEqual(try rows("2026-12-01").count, 0, "answered: off the list")
    }

    func testTheMigrationCountsExistingComplaintsAndDenunciationsFromAcceptance() throws {
        let db = try Fixtures.database()
        var f = Fixtures.feedback("PA-2021-0001", received: "2021-03-02")
        try f.advance(to: .init(status: .daChuyen, on: Fixtures.date("2021-03-09"), to: "UBKT Đảng ủy"))
        try db.save(f, by: user)
        // As a database written before v7-clocks held it: received + 30, no flags, no extensions.
        let old = try DatabaseQueue()
        try db.copy(to: old)
        try old.write { db in
            try db.execute(sql: "UPDATE feedback SET due_on = '2021-04-01'")
            try db.execute(sql: "DROP TABLE feedback_extension; ALTER TABLE feedback DROP COLUMN clock_flags")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v7-clocks'")
        }
        try db.replace(from: old)
        XCTAssertEqual(try db.read { try Feedback.fetch($0, code: "PA-2021-0001") }?.dueOn, Fixtures.date("2021-04-08"),
                       "30 days from the forwarding, as a save computes it now")
    }
}

extension FeedbackClockTests {
    /// Flags and extensions go through a bundle and back; a version 1 file without them still imports.
    func testTheBundleCarriesFlagsAndExtensions() throws {
        let db = try Fixtures.database()
        var f = Fixtures.feedback("PA-2026-0005", received: "2026-01-05")
        f.clockFlags = [.severalPlaces]
        try f.advance(to: .init(status: .xemXet, on: Fixtures.date("2026-01-06")))
        try f.extend(.init(on: Fixtures.date("2026-02-01"), days: 30, reason: "Phức tạp", by: user), today: today)
        try db.save(f, by: user)
        let stored = try XCTUnwrap(try db.read { try Feedback.fetch($0, code: "PA-2026-0005") })
        let json = BundleWriter.feedback(stored, includeIdentities: false)
        let text = json.serialized()
        XCTAssertTrue(text.contains("\"severalPlaces\":true") || text.contains("\"severalPlaces\": true"), text)
        XCTAssertTrue(text.contains("\"extensions\""), text)
        XCTAssertTrue(text.contains("2026-03-07"), "the due date written is the clock's: \(text)")

        let file = NSTemporaryDirectory() + "clocks-\(getpid()).json"
        defer { unlink(file) }
        _ = try db.exportBundle(includeIdentities: false, to: try TextSink(path: file))
        let copy = try AppDatabase.inMemory()
        _ = try copy.importFiles([file], by: user)
        let back = try XCTUnwrap(try copy.read { try Feedback.fetch($0, code: "PA-2026-0005") })
        XCTAssertEqual(back.clockFlags, [.severalPlaces])
        XCTAssertEqual(back.extensions, stored.extensions)
        XCTAssertEqual(back.dueOn, Fixtures.date("2026-03-07"))
        let again = NSTemporaryDirectory() + "clocks-again-\(getpid()).json"
        defer { unlink(again) }
        _ = try copy.exportBundle(includeIdentities: false, to: try TextSink(path: again))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: again)), try Data(contentsOf: URL(fileURLWithPath: file)), "same bytes")
    }
}
