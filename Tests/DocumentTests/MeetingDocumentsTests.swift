import Foundation
import XCTest
@testable import GiamSatCore
@testable import GiamSatDocuments

/// Issue 21: a residence meeting's documents. One letter per member reviewed there and not exempt, each to the party
/// cell where they work, each numbered in the outgoing register; the village's summary with its figures.
final class MeetingDocumentsTests: XCTestCase {
    let today = LocalDate(iso: "2026-12-02")!
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "giamsat-meeting-docs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    /// Tân Hòa's Ấp 1 in 2026: DT-0001 (reviewed, fixture), DT-0003 (reviewed, works at the school), DT-0004 exempt
    /// at the meeting, DT-0005 not reviewed yet.
    func database() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        _ = try db.importFiles([DocumentsTests.fixtures.appendingPathComponent("tan-hoa-documents.json").path], by: "thử")
        for (code, given, cell) in [("DT-0003", "Sáu", "Chi bộ Trường THCS Tân Hòa"), ("DT-0004", "Bảy", "Chi bộ Trạm Y tế"), ("DT-0005", "Tám", "")] {
            try db.save(Official(code: code, familyName: "Nguyễn", middleName: "Văn", givenName: given, position: "Giáo viên",
                                 unit: "Trường THCS Tân Hòa", category: .canBoDangVien, partyMember: true, partyCell: cell,
                                 residence: "AP1"), by: "thử")
        }
        _ = try db.saveReview(ResidenceReview(year: 2026, locality: "AP1", official: "DT-0003", assessment: .coHanChe,
                                              opinions: "Ít tham gia sinh hoạt tổ nhân dân"), expectedVersion: 0, by: "thử")
        var meeting = try XCTUnwrap(try db.fetch(ResidenceMeeting.self, code: "HN-2026-01"))
        meeting.exempt = [.init(official: "DT-0004", reason: "Ốm dài ngày")]
        _ = try db.saveEdit(meeting, expectedVersion: meeting.version, by: "thử")
        return db
    }

    func testOneLetterPerMemberReviewedAndNotExemptEachNumbered() throws {
        let db = try database()
        let drafts = try db.meetingLetterDrafts(code: "HN-2026-01", today: today)
        // DT-0004 is exempt, DT-0005 not reviewed yet: two letters.
        XCTAssertEqual(Set(drafts.map(\.fileStem)), ["nhan-xet-HN-2026-01-DT-0001", "nhan-xet-HN-2026-01-DT-0003"])
        let settings = try db.documentSettings()
        let texts = try drafts.map { try $0.render(settings: settings, templates: .shippedOnly, number: 7).text }
        let school = try XCTUnwrap(texts.first { $0.contains("Nguyễn Văn Sáu") })
        XCTAssertTrue(school.contains("Kính gửi: Chi bộ Trường THCS Tân Hòa"), school)
        XCTAssertTrue(school.contains("Có hạn chế") && school.contains("Ít tham gia sinh hoạt tổ nhân dân"), school)
        XCTAssertTrue(school.contains("Số: 07/MTTQ-BTT"), "a letter: no kind in its symbol")
        XCTAssertFalse(texts.joined().contains("Nguyễn Văn Bảy"), "no letter names the exempt member")

        let writer = DocumentWriter(database: db, settings: settings, templates: .shippedOnly, user: "thử")
        let written = try writer.writeLetters(drafts, folder: folder)
        XCTAssertEqual(written.count, 2)
        var register = try db.outgoingRegister(year: 2026)
        XCTAssertEqual(register.map(\.number), [1, 2])
        XCTAssertEqual(Set(register.map(\.source)), ["HN-2026-01"])
        XCTAssertEqual(Set(register.map(\.purpose)).count, 2, "one line per member")
        XCTAssertTrue(register.allSatisfy { FileManager.default.fileExists(atPath: $0.file) })
        // Written again (corrected): each keeps its number; a letter for a member reviewed since takes the next.
        _ = try db.saveReview(ResidenceReview(year: 2026, locality: "AP1", official: "DT-0005", assessment: .tot), expectedVersion: 0, by: "thử")
        _ = try writer.writeLetters(try db.meetingLetterDrafts(code: "HN-2026-01", today: today), folder: folder)
        register = try db.outgoingRegister(year: 2026)
        XCTAssertEqual(register.map(\.number), [1, 2, 3])
        // The register's lines name the meeting: they survive an export and import.
        let copy = try AppDatabase.inMemory()
        _ = try copy.importBundles([("x.json", try db.exportBundle())], by: "thử")
        XCTAssertEqual(try copy.outgoingRegister(year: 2026).map(\.source), register.map(\.source))
        XCTAssertEqual(try copy.check(), [])
    }

    func testTheVillagesSummaryHasItsFiguresReviewsAndExemptMembers() throws {
        let db = try database()
        let draft = try db.meetingSummaryDraft(code: "HN-2026-01", today: today)
        let text = try draft.render(settings: try db.documentSettings(), templates: .shippedOnly, number: 3).text
        for needle in ["Số: 03/BC-MTTQ-BTT", "Tổng hợp kết quả hội nghị góp ý đảng viên nơi cư trú năm 2026", "Ấp 1", "17/10/2026",
                       "Phan Văn Tám", "Số người dự: 52/58", "Số đảng viên được góp ý: 2", "Số đảng viên được miễn sinh hoạt nơi cư trú: 1",
                       "Trần Văn Bình", "Nhận xét: Tốt", "Nguyễn Văn Sáu", "Nguyễn Văn Bảy: Ốm dài ngày"] {
            XCTAssertTrue(text.contains(needle), needle + "\n" + text)
        }
        XCTAssertEqual(draft.source, "HN-2026-01")
    }

    func testAMeetingWithNobodyReviewedHasNoLetter() throws {
        let db = try database()
        XCTAssertEqual(try db.meetingLetterDrafts(code: "HN-2026-02", today: today).count, 1, "Ấp 2: DT-0002")
        try db.save(Locality(code: "AP3", name: "Ấp 3", kind: .ap), by: "thử")
        let code = try db.saveNewMeeting(ResidenceMeeting(code: "HN-2026-03", year: 2026, locality: "AP3", heldOn: today), by: "thử")
        XCTAssertEqual(try db.meetingLetterDrafts(code: code, today: today).count, 0)
    }
}
