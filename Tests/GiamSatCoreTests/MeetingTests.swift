import Foundation
import GRDB
import XCTest
@testable import GiamSatCore

/// Issue 21, item 2: residence review meetings. One per village and year; the village's reviews of the year are the
/// meeting's; a village counts as reviewed when its meeting is recorded; meetings travel in bundles and merges.
final class MeetingTests: XCTestCase {
    let user = Fixtures.user
    func d(_ iso: String) -> LocalDate { Fixtures.date(iso) }

    /// Thôn Háng Đề Dê (TH01) with four party members: DT-0001 and DT-0002 (Fixtures), DT-0003 exempt at the 2026
    /// meeting, DT-0004 exempt from residence activities altogether; DT-0005 lives in TH02.
    func village() throws -> AppDatabase {
        let db = try Fixtures.database()
        try db.save(Locality(code: "TH02", name: "Thôn Hai", kind: .thon), by: user)
        try db.save(Fixtures.official("DT-0003", "Lò", "Văn", "Sơn", category: .canBoDangVien), by: user)
        var flagged = Fixtures.official("DT-0004", "Vàng", "A", "Chu", category: .canBoDangVien)
        flagged.exemptFromResidence = true
        try db.save(flagged, by: user)
        var elsewhere = Fixtures.official("DT-0005", "Sùng", "A", "Pao", category: .canBoDangVien)
        elsewhere.residence = "TH02"
        try db.save(elsewhere, by: user)
        return db
    }

    func meeting(_ code: String = "HN-2026-01", year: Int = 2026, locality: String = "TH01") -> ResidenceMeeting {
        ResidenceMeeting(code: code, year: year, locality: locality, heldOn: d("\(year)-10-12"), chair: "Giàng A Lử",
                         present: 41, invited: 45, minutes: "Hội nghị góp ý đảng viên nơi cư trú năm \(year)",
                         exempt: [.init(official: "DT-0003", reason: "Ốm dài ngày")])
    }

    func review(_ official: String, year: Int = 2026, locality: String = "TH01") -> ResidenceReview {
        ResidenceReview(year: year, locality: locality, official: official, assessment: .tot, opinions: "Gương mẫu")
    }

    /// A database migrated up to `migration` only (as an older version left it), with the commune, TH01 and DT-0001
    /// living there, then `rows`.
    func olderDatabase(upTo migration: String, _ rows: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: migration)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO commune(id, code, name, district, province) VALUES (1, 'lao-chai', 'Xã Lao Chải', '', '');
                INSERT INTO locality(code, name, kind, sort_key) VALUES ('TH01', 'Thôn Một', 'thon', 'x');
                INSERT INTO official(code, family_name, middle_name, given_name, position, unit, category, party_member, party_cell,
                                     residence, status, sort_key)
                  VALUES ('DT-0001', 'Giàng', '', 'Dình', '', '', 'nguoi-dung-dau', 1, '', 'TH01', 'dang-cong-tac', 'x');
                """ + rows)
        }
        return queue
    }

    func testOneMeetingPerVillageAndYear() throws {
        let db = try village()
        XCTAssertEqual(try db.saveNewMeeting(meeting(), by: user), "HN-2026-01")
        XCTAssertThrowsError(try db.saveNewMeeting(meeting("HN-2026-02"), by: user)) {
            XCTAssertEqual($0 as? GiamSatCore.RecordError, GiamSatCore.RecordError(entity: .residenceMeeting, code: "HN-2026-02", field: "locality",
                                                          problem: .meetingTwice(locality: "TH01", year: 2026, existing: "HN-2026-01")))
        }
        // The same rule holds for an import (every save runs it), and the file is refused whole.
        var bundle = CaseBundle()
        bundle.residenceMeetings = [meeting("HN-2026-07")]
        XCTAssertThrowsError(try db.importBundles([("again.json", bundle)], by: user))
        XCTAssertEqual(try db.meetingLines().map(\.meeting.code), ["HN-2026-01"])
        // Another year, another village: each its own meeting; a new code is the next of its year.
        XCTAssertEqual(try db.saveNewMeeting(meeting("HN-2026-01", locality: "TH02"), by: user), "HN-2026-02", "code taken: the next one")
        XCTAssertEqual(try db.saveNewMeeting(meeting("HN-2025-01", year: 2025), by: user), "HN-2025-01")
        XCTAssertEqual(try db.meetingLines(year: 2026).map(\.meeting.locality), ["TH02", "TH01"], "by village, Vietnamese order: Hai before Háng")
        XCTAssertEqual(try db.meeting(year: 2025, locality: "TH01")?.code, "HN-2025-01")
        XCTAssertNil(try db.meeting(year: 2024, locality: "TH01"))
    }

    /// Tester's bug: a 2026 meeting dated 15/03/2025 or 05/01/2027 was saved and counted. Within its year, not after
    /// today — by the form's save, an import, whoever saves.
    func testAMeetingIsHeldWithinItsYearAndNotAfterToday() throws {
        let db = try village()
        for (date, problem) in [("2025-03-15", RecordProblem.dateNotInYear(2026)), ("2027-01-05", .dateNotInYear(2026))] {
            var m = meeting()
            m.heldOn = d(date)
            XCTAssertThrowsError(try db.saveNewMeeting(m, by: user), date) {
                XCTAssertEqual(($0 as? GiamSatCore.RecordError)?.problem, problem, date)
                XCTAssertEqual(($0 as? GiamSatCore.RecordError)?.field, "heldOn")
            }
            var bundle = CaseBundle()
            bundle.residenceMeetings = [m]
            XCTAssertThrowsError(try db.importBundles([("wrong-date.json", bundle)], by: user), "an import is refused too")
        }
        let today = LocalDate.today()
        XCTAssertEqual(ResidenceMeeting.heldOnProblem(today.adding(days: 1), year: today.year, today: today), .dateAfterToday(today))
        XCTAssertNil(ResidenceMeeting.heldOnProblem(today, year: today.year, today: today))
        var tomorrow = meeting("HN-\(today.year)-01", year: today.year)
        tomorrow.heldOn = today.adding(days: 1)
        if tomorrow.heldOn.year == today.year {
            XCTAssertThrowsError(try db.saveNewMeeting(tomorrow, by: user)) {
                XCTAssertEqual(($0 as? GiamSatCore.RecordError)?.problem, .dateAfterToday(today))
            }
        }
        XCTAssertEqual(try db.meetingLines().count, 0, "nothing saved, nothing counted")
    }

    func testAttendanceIsNoMoreThanThoseInvited() throws {
        let db = try village()
        var m = meeting()
        m.present = 46
        XCTAssertThrowsError(try db.saveNewMeeting(m, by: user)) {
            XCTAssertEqual(($0 as? GiamSatCore.RecordError)?.problem, .outOfRange(46, 0...45))
        }
    }

    /// Walkthrough finding: a member exempt at the meeting could be saved with no reason. The store refuses it, naming
    /// the member, whoever saves (form, import); a member listed so before (already on file, unchanged) is not refused again.
    func testAnExemptMemberNeedsAReason() throws {
        let db = try village()
        var m = meeting()
        m.exempt = [.init(official: "DT-0003", reason: " ")]
        m.exempt[0].reason = VietnameseText.clean(m.exempt[0].reason)
        XCTAssertThrowsError(try db.saveNewMeeting(m, by: user)) {
            XCTAssertEqual($0 as? GiamSatCore.RecordError, GiamSatCore.RecordError(entity: .residenceMeeting, code: "HN-2026-01",
                                                                                   field: "exempt[0].reason",
                                                                                   problem: .exemptWithoutReason(official: "DT-0003")))
            XCTAssertTrue(($0 as? GiamSatCore.RecordError)?.message(.vi).contains("DT-0003") ?? false)
        }
        var bundle = CaseBundle()
        bundle.residenceMeetings = [m]
        XCTAssertThrowsError(try db.importBundles([("khong-ly-do.json", bundle)], by: user), "an import is refused too")
        // On file without a reason (saved before the rule): edited otherwise, it is kept.
        try db.write { db in _ = try AppDatabase.save(m, expectedVersion: nil, by: "t", checked: false, in: db) }
        var edited = try XCTUnwrap(try db.fetch(ResidenceMeeting.self, code: "HN-2026-01"))
        edited.chair = "Vàng A Chu"
        XCTAssertNoThrow(try db.saveEdit(edited, expectedVersion: edited.version, by: user))
    }

    func testAMeetingsCountAttendanceReviewsAndExempt() throws {
        let db = try village()
        let code = try db.saveNewMeeting(meeting(), by: user)
        _ = try db.saveReview(review("DT-0001"), expectedVersion: 0, by: user)
        // DT-0005 lives in TH02 and is reviewed here: one of this meeting's reviews, not a missing member.
        _ = try db.saveReview(review("DT-0005"), expectedVersion: 0, by: user)
        let page = try db.meetingPage(code: code)
        XCTAssertEqual(page.count, MeetingCount(present: 41, invited: 45, reviews: 2, missing: 1, exempt: 2))
        XCTAssertEqual(page.grid.exempt.map(\.code).sorted(), ["DT-0003", "DT-0004"], "exempt at the meeting, and exempt altogether")
        XCTAssertEqual(page.grid.members.map(\.code).sorted(), ["DT-0001", "DT-0002"])
        XCTAssertEqual(page.names["DT-0003"], "Lò Văn Sơn")
        let th01 = try XCTUnwrap(try db.residenceProgress(year: 2026).first { $0.locality.code == "TH01" })
        XCTAssertEqual([th01.members, th01.reviewed, th01.exempt], [2, 1, 2])
        XCTAssertEqual(th01.meeting, code)
        // The meeting's exempt list is for its year only: in 2025 DT-0003 is a member to review.
        let earlier = try db.residenceGrid(year: 2025, locality: "TH01")
        XCTAssertTrue(earlier.members.contains { $0.code == "DT-0003" })
    }

    /// Tester's bug: a meeting recorded by mistake could not be removed. Its creation is undone like any record's, and
    /// `X`/`K` void and restore it: voided, it leaves the list, the tally and the dashboard, its village has no meeting
    /// again, and both steps are in its audit trail.
    func testAMeetingRecordedByMistakeIsUndoneVoidedAndRestored() throws {
        let db = try village()
        let year = TallyPeriod(year: 2026, kind: .year), today = d("2026-12-02")
        func counted() throws -> (tally: Int, dashboard: Int, lines: Int, lacks: Bool) {
            let th01 = try XCTUnwrap(try db.residenceProgress(year: 2026).first { $0.locality.code == "TH01" })
            return (try db.tally(year, today: today).reviewLocalities,
                    try db.worklist(today: today, settings: Settings(dueDays: 30, holidays: []), offset: 0, limit: 10).reviewed.done,
                    try db.meetingLines(year: 2026).count, th01.lacksMeeting || th01.meeting == nil)
        }
        XCTAssertTrue(AppDatabase.voidableKinds.contains(.residenceMeeting))
        let code = try db.saveNewMeeting(meeting(), by: user)
        XCTAssertTrue(try counted() == (1, 1, 1, false))
        // `u` right after creating it.
        try db.undo(try db.creationStep(.residenceMeeting, code: code), by: user)
        XCTAssertTrue(try counted() == (0, 0, 0, true), "undone: not counted, the village has no meeting")
        XCTAssertNil(try db.meeting(year: 2026, locality: "TH01"))
        XCTAssertNil(try db.residenceGrid(year: 2026, locality: "TH01").meeting)
        // `K` brings it back; `X` voids it with a reason.
        _ = try db.restore(.residenceMeeting, code: code, by: user)
        XCTAssertTrue(try counted() == (1, 1, 1, false))
        _ = try db.void(.residenceMeeting, code: code, reason: "Nhập nhầm thôn", by: user)
        XCTAssertTrue(try counted() == (0, 0, 0, true))
        XCTAssertEqual(try db.voidReason(.residenceMeeting, code: code), "Nhập nhầm thôn")
        let voids = try db.auditTrail(.residenceMeeting, code: code).filter { $0.field == AuditEntry.voidedField }
        XCTAssertEqual(voids.map(\.new), ["", "", "Nhập nhầm thôn"], "undo of the creation, the restore, the void")
        XCTAssertEqual(try db.check(), [])
    }

    /// Walkthrough finding: a voided meeting still blocked the village's real meeting of that year (the check and the
    /// unique index of v7-residence-meetings counted it). Voided ones do not count: the real one is recorded and counted
    /// once; restoring the voided one is then refused; a bundle holding both imports; a database from before keeps its rows.
    func testAVoidedMeetingLeavesRoomForTheVillagesRealOne() throws {
        let db = try village()
        let year = TallyPeriod(year: 2026, kind: .year), today = d("2026-12-02")
        let wrong = try db.saveNewMeeting(meeting(), by: user)
        _ = try db.void(.residenceMeeting, code: wrong, reason: "Nhập nhầm ngày", by: user)
        let real = try db.saveNewMeeting(meeting("HN-2026-02"), by: user)
        XCTAssertEqual(real, "HN-2026-02")
        XCTAssertEqual(try db.meeting(year: 2026, locality: "TH01")?.code, real)
        XCTAssertEqual(try db.tally(year, today: today).reviewLocalities, 1, "the village once, by its real meeting")
        XCTAssertEqual(try db.worklist(today: today, settings: Settings(dueDays: 30, holidays: []), offset: 0, limit: 10).reviewed.done, 1)
        XCTAssertEqual(try db.residenceProgress(year: 2026).first { $0.locality.code == "TH01" }?.meeting, real)
        XCTAssertEqual(try db.meetingLines(year: 2026).map(\.meeting.code), [real])
        XCTAssertThrowsError(try db.restore(.residenceMeeting, code: wrong, by: user)) {
            XCTAssertEqual(($0 as? GiamSatCore.RecordError)?.problem, .meetingTwice(locality: "TH01", year: 2026, existing: real))
        }
        XCTAssertEqual(try db.voidReason(.residenceMeeting, code: wrong), "Nhập nhầm ngày", "the refused restore left it voided")
        XCTAssertEqual(try db.check(), [])
        // Exported and imported elsewhere: both meetings, the voided one still voided.
        let copy = try AppDatabase.inMemory()
        _ = try copy.importBundles([("export.json", try db.exportBundle())], by: user)
        XCTAssertEqual(try copy.meeting(year: 2026, locality: "TH01")?.code, real)
        XCTAssertEqual(try copy.voidedCodes(.residenceMeeting), [wrong])
        XCTAssertEqual(try copy.check(), [])

        // A database whose meetings table was made by v7-residence-meetings: rebuilt without the unique pair, rows kept.
        let queue = try olderDatabase(upTo: "v7-residence-meetings", """
            INSERT INTO residence_meeting(id, code, year, locality, held_on, version) VALUES (7, 'HN-2024-01', 2024, 'TH01', '2024-10-01', 1);
            INSERT INTO residence_meeting_exempt(meeting, position, official, reason) VALUES ('HN-2024-01', 0, 'DT-0001', 'Ốm');
            """)
        let migrated = try AppDatabase(queue, path: nil)
        XCTAssertEqual(try migrated.meeting(year: 2024, locality: "TH01")?.exempt, [.init(official: "DT-0001", reason: "Ốm")])
        XCTAssertEqual(try queue.read { try Int.fetchOne($0, sql: "SELECT id FROM residence_meeting") }, 7)
        _ = try migrated.void(.residenceMeeting, code: "HN-2024-01", reason: "Nhầm", by: user)
        XCTAssertEqual(try migrated.saveNewMeeting(ResidenceMeeting(code: "HN-2024-02", year: 2024, locality: "TH01", heldOn: d("2024-10-02")),
                                                   by: user), "HN-2024-02")
    }

    /// Walkthrough finding: the meeting list read "Ấp 1, Ấp 10, Ấp 11, Ấp 2". Villages sort with their numbers as numbers,
    /// in every list that orders them by the stored key (meetings, the residence progress, the localities); a database
    /// whose keys were written before is given the new keys by migration v7-locality-natural-order.
    func testVillagesSortWithTheirNumbersAsNumbers() throws {
        let db = try Fixtures.database()
        let names = ["Ấp 10", "Ấp 2", "Ấp 11", "Ấp 1"]
        for (index, name) in names.enumerated() {
            try db.save(Locality(code: "AP\(index)", name: name, kind: .ap), by: user)
            var held = meeting("HN-2026-0\(index + 1)", locality: "AP\(index)")
            held.exempt = []
            _ = try db.saveNewMeeting(held, by: user)
        }
        let natural = ["Ấp 1", "Ấp 2", "Ấp 10", "Ấp 11"]
        XCTAssertEqual(try db.meetingLines(year: 2026).map(\.localityName), natural)
        XCTAssertEqual(try db.residenceProgress(year: 2026).map(\.locality.name).filter { $0.hasPrefix("Ấp") }, natural)
        XCTAssertEqual(try db.localities().map(\.name).filter { $0.hasPrefix("Ấp") }, natural)

        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v7-residence-meetings-void")
        try queue.write { db in
            for (index, name) in names.enumerated() {
                try db.execute(sql: "INSERT INTO locality(code, name, kind, sort_key) VALUES (?, ?, 'ap', ?)",
                               arguments: ["AP\(index)", name, VietnameseCollation.key(name)])
            }
        }
        XCTAssertEqual(try AppDatabase(queue, path: nil).localities().map(\.name), natural)
    }

    func testAVillageCountsAsReviewedOnlyWithItsMeeting() throws {
        let db = try village()
        let year = TallyPeriod(year: 2026, kind: .year), today = d("2026-12-02")
        // Reviews entered with no meeting (as before meetings existed): valid, counted as reviews, the village not.
        _ = try db.saveReview(review("DT-0001"), expectedVersion: 0, by: user)
        _ = try db.saveReview(review("DT-0002"), expectedVersion: 0, by: user)
        var tally = try db.tally(year, today: today)
        XCTAssertEqual([tally.reviewLocalities, tally.reviewLocalitiesTotal, tally.reviewOfficials], [0, 2, 2])
        XCTAssertEqual(try db.check(), [], "reviews without a meeting stay valid")
        let waiting = try XCTUnwrap(try db.residenceProgress(year: 2026).first { $0.locality.code == "TH01" })
        XCTAssertTrue(waiting.lacksMeeting, "the screen says the village has no meeting recorded")
        XCTAssertFalse(waiting.isHeld)
        XCTAssertEqual(try db.worklist(today: today, settings: Settings(dueDays: 30, holidays: []), offset: 0, limit: 10).reviewed.done, 0)

        _ = try db.saveNewMeeting(meeting(), by: user)
        tally = try db.tally(year, today: today)
        XCTAssertEqual([tally.reviewLocalities, tally.reviewLocalitiesTotal, tally.reviewOfficials], [1, 2, 2])
        XCTAssertEqual(try db.worklist(today: today, settings: Settings(dueDays: 30, holidays: []), offset: 0, limit: 10).reviewed.done, 1)
        // A meeting with no review yet still counts the village: it held its meeting.
        _ = try db.saveNewMeeting(meeting("HN-2026-02", locality: "TH02"), by: user)
        XCTAssertEqual(try db.tally(year, today: today).reviewLocalities, 2)
        XCTAssertEqual(try db.tally(TallyPeriod(year: 2025, kind: .year), today: today).reviewLocalities, 0, "by the meeting's year")
        // The report's drill-down behind the figure lists the meetings it counts, each opening its page.
        let figure = try XCTUnwrap(try db.tally(year, today: today).figures().first { $0.value == 2 && $0.drill == .meetings })
        let lines = try db.records(for: try XCTUnwrap(figure.drill), in: year, today: today)
        XCTAssertEqual(lines.map(\.code), ["HN-2026-02", "HN-2026-01"], "by village: Thôn Hai, Thôn Háng Đề Dê")
        XCTAssertEqual(Set(lines.map(\.entity)), [.residenceMeeting])
    }

    func testReviewsBelongToTheirVillagesMeetingOfTheYear() throws {
        let db = try village()
        // Entered before the meeting was recorded (a version-1 bundle, the grid of an earlier version)…
        _ = try db.saveReview(review("DT-0001"), expectedVersion: 0, by: user)
        _ = try db.saveReview(review("DT-0002", year: 2025), expectedVersion: 0, by: user)
        _ = try db.saveReview(review("DT-0005", locality: "TH02"), expectedVersion: 0, by: user)
        // …then the meeting: its page holds that village's review of that year, no other.
        let code = try db.saveNewMeeting(meeting(), by: user)
        let page = try db.meetingPage(code: code)
        let reviewed = (page.grid.members + page.grid.visitors).filter { $0.review != nil }.map(\.code)
        XCTAssertEqual(reviewed, ["DT-0001"])
        XCTAssertEqual(try db.meetingLines(year: 2026).map(\.reviews), [1])
        // A review entered afterwards in the grid of that village and year is the meeting's too.
        _ = try db.saveReview(review("DT-0002"), expectedVersion: 0, by: user)
        XCTAssertEqual(try db.meetingPage(code: code).count.reviews, 2)
    }

    /// A database written before meetings existed: migration v7 adds the tables; its reviews stay as they were, valid,
    /// and belong to their village's meeting once it is recorded.
    func testReviewsOfADatabaseBeforeMeetingsArePlacedUnderTheMeetingOnceRecorded() throws {
        let queue = try olderDatabase(upTo: "v6-void", """
            INSERT INTO residence_review(year, locality, official, assessment, opinions) VALUES (2024, 'TH01', 'DT-0001', 'tot', 'Tốt');
            """)
        XCTAssertFalse(try queue.read { try $0.tableExists("residence_meeting") })
        let db = try AppDatabase(queue, path: nil)
        XCTAssertTrue(try queue.read { try $0.tableExists("residence_meeting") }, "v7-residence-meetings ran")
        XCTAssertEqual(try db.residenceProgress(year: 2024).first?.lacksMeeting, true, "valid, and said to lack its meeting")
        XCTAssertEqual(try db.tally(TallyPeriod(year: 2024, kind: .year), today: d("2025-01-01")).reviewLocalities, 0)
        let code = try db.saveNewMeeting(ResidenceMeeting(code: "HN-2024-01", year: 2024, locality: "TH01", heldOn: d("2024-10-01")), by: user)
        XCTAssertEqual(try db.meetingPage(code: code).grid.members.first?.review?.opinions, "Tốt")
        XCTAssertEqual(try db.tally(TallyPeriod(year: 2024, kind: .year), today: d("2025-01-01")).reviewLocalities, 1)
    }

    func testBundleRoundTripAndVersionOneFilesStillImport() throws {
        let db = try village()
        _ = try db.saveNewMeeting(meeting(), by: user)
        _ = try db.saveReview(review("DT-0001"), expectedVersion: 0, by: user)
        let text = BundleWriter.json(try db.exportBundle(), includeIdentities: false).serialized()
        let meetings = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["residenceMeetings"] as? [[String: Any]])
        XCTAssertEqual(meetings.count, 1)
        XCTAssertEqual(meetings[0]["heldOn"] as? String, "2026-10-12")
        XCTAssertEqual((meetings[0]["exempt"] as? [[String: Any]])?.first?["reason"] as? String, "Ốm dài ngày")
        let read = try BundleReader.read(Data(text.utf8), file: "export.json")
        XCTAssertEqual(read.residenceMeetings, [try XCTUnwrap(try db.fetch(ResidenceMeeting.self, code: "HN-2026-01"))].map { var m = $0; m.version = 0; return m })
        let copy = try AppDatabase.inMemory()
        _ = try copy.importBundles([("export.json", read)], by: user)
        XCTAssertEqual(BundleWriter.json(try copy.exportBundle(), includeIdentities: false).serialized(), text, "byte-identical")
        XCTAssertEqual(try copy.importBundles([("export.json", read)], by: user).counts[.residenceMeeting]?.added ?? 0, 0, "idempotent")
        XCTAssertEqual(try copy.check(), [])
        // A version-1 file has no meetings: its reviews import and stay valid.
        let v1 = """
            {"format": "giamsat-bundle", "version": 1, "commune": {"code": "lao-chai", "name": "Xã Lao Chải"},
             "localities": [{"code": "TH01", "name": "Thôn Một", "kind": "thon"}],
             "officials": [{"code": "DT-0001", "familyName": "Giàng", "givenName": "Dình", "category": "nguoi-dung-dau",
                            "partyMember": true, "residence": "TH01"}],
             "residenceReviews": [{"year": 2021, "locality": "TH01", "official": "DT-0001", "assessment": "tot"}]}
            """
        let old = try AppDatabase.inMemory()
        _ = try old.importBundles([("v1.json", try BundleReader.read(Data(v1.utf8), file: "v1.json"))], by: user)
        XCTAssertEqual(try old.check(), [])
        XCTAssertEqual(try old.residenceProgress(year: 2021).first?.lacksMeeting, true)
        // An unknown key inside a meeting is refused, naming it.
        let typo = text.replacingOccurrences(of: #""chair":"#, with: #""chiar":"#)
        XCTAssertThrowsError(try BundleReader.read(Data(typo.utf8), file: "typo.json"))
    }

    func testMergeCommuneBringsMeetingsWithTheirVillagesAndMembers() throws {
        func former(_ code: String, _ name: String) throws -> MergeSource {
            let db = try AppDatabase.inMemory()
            try db.setCommune(Commune(code: code, name: name), by: user)
            try db.save(Locality(code: "AP01", name: "Ấp 1 \(name)", kind: .ap), by: user)
            var o = Fixtures.official("DT-0001", "Lê", "Văn", name, category: .canBoDangVien)
            o.residence = "AP01"
            try db.save(o, by: user)
            try db.save(ResidenceMeeting(code: "HN-2024-01", year: 2024, locality: "AP01", heldOn: d("2024-11-02"),
                                         exempt: [.init(official: "DT-0001", reason: "Đi làm xa")]), by: user)
            return MergeSource(file: code + ".json", bundle: try db.exportBundle())
        }
        let db = try AppDatabase.inMemory()
        try db.setCommune(Commune(code: "xa-moi", name: "Xã Mới"), by: user)
        let options = AppDatabase.MergeOptions(mergedOn: d("2025-07-01"), resolution: "1/NQ", joins: [])
        let plan = try db.mergeCommunes([try former("xa-a", "A"), try former("xa-b", "B")], options: options, by: user, dryRun: false)
        XCTAssertTrue(plan.applied, "\(plan.refused)")
        let lines = try db.meetingLines(year: 2024)
        XCTAssertEqual(lines.map(\.meeting.code), ["HN-2024-01", "HN-2024-02"], "the second renumbered in this commune's series")
        XCTAssertEqual(Set(lines.map(\.meeting.locality)), ["AP01", "AP01-2"], "each with its own village, remapped")
        XCTAssertEqual(Set(lines.flatMap(\.meeting.exempt).map(\.official)), ["DT-0001", "DT-0002"], "exempt members remapped")
        XCTAssertEqual(try db.check(), [])
        XCTAssertEqual(try db.tally(TallyPeriod(year: 2024, kind: .year), today: d("2025-01-01")).reviewLocalities, 2)
        let split = try db.tallyByFormerUnit(TallyPeriod(year: 2024, kind: .year), today: d("2025-01-01"))
        XCTAssertEqual(split.units.map(\.tally.reviewLocalities), [1, 1], "each former commune counts its own meeting")
        XCTAssertEqual(split.own.reviewLocalities, 0)
        // Merging the same files again brings nothing new.
        let again = try db.mergeCommunes([try former("xa-a", "A"), try former("xa-b", "B")], options: options, by: user, dryRun: false)
        XCTAssertTrue(again.applied, "\(again.refused)")
        XCTAssertEqual(try db.meetingLines(year: 2024).count, 2)
    }
}
