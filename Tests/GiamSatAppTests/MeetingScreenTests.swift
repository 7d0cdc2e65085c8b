import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

/// Issue 21 in the app: the residence screens open the village's meeting with `m`; entering reviews for a village with
/// no meeting records the meeting first, then the grid opens; the meeting's page shows its reviews and offers the grid
/// and the documents. Screens as values, then the whole flow through the app.
final class MeetingScreenTests: XCTestCase {
    let env = testEnv()
    let th01 = Locality(code: "TH01", name: "Thôn Háng Đề Dê", kind: .thon)

    func progress(meeting: String?) -> ResidenceScreen {
        var screen = ResidenceScreen(year: 2022)
        let row = ResidenceProgress(locality: th01, members: 2, reviewed: 0, exempt: 0, reviews: 0, meeting: meeting)
        _ = screen.receive(.answer(AnyStoreRequest(LoadResidenceProgress(year: 2022)), [row]), env)
        return screen
    }

    func testEnterOnAVillageWithNoMeetingAsksForTheMeetingFirst() throws {
        var screen = progress(meeting: nil)
        guard case .push(let form)? = screen.handle(.open, key: .enter, env).navigation,
              let spec = (form as? FormScreen<MeetingFormSpec>)?.spec else { return XCTFail("the meeting form") }
        XCTAssertTrue(spec.thenGrid && spec.isNew)
        XCTAssertEqual(spec.load(), [.ask(MeetingDraft(year: 2022, locality: "TH01", heldOn: env.today))])
        guard case .replace(let grid) = spec.afterSave(code: "HN-2022-01"), let opened = grid as? ResidenceGridScreen else {
            return XCTFail("once saved, the grid")
        }
        XCTAssertEqual([opened.year], [2022])
        XCTAssertEqual(opened.locality, th01)
        // `m` records it without going on to the grid: once saved, its page.
        guard case .push(let other)? = screen.handle(.meeting, key: .char("m"), env).navigation,
              let mSpec = (other as? FormScreen<MeetingFormSpec>)?.spec else { return XCTFail("m: the form") }
        XCTAssertFalse(mSpec.thenGrid)
        guard case .replace(let page) = mSpec.afterSave(code: "HN-2022-01") else { return XCTFail() }
        XCTAssertEqual((page as? DetailScreen<MeetingDetailSource>)?.source.code, "HN-2022-01")
    }

    /// Walkthrough finding: a member marked exempt could be saved without a reason. The row's form requires it, and the
    /// meeting's form names the member whose reason is missing (a row from before) rather than saving.
    func testAnExemptMemberNeedsAReasonNamingTheMember() {
        let exemptRow = RowFormSpec(spec: MeetingFormSpec.exemptRows, index: nil)
        var row = MeetingFormSpec.exemptRows.blank
        row["official"] = .choice("DT-0003")
        XCTAssertEqual(exemptRow.problems(row, saving: true, env)["reason"], T.required, "the row's own form")
        var form = FormScreen(spec: MeetingFormSpec(newIn: env.today.year, locality: th01, today: env.today))
        let draft = ResidenceMeeting(code: "HN-2021-01", year: env.today.year, locality: "TH01", heldOn: env.today,
                                     exempt: [.init(official: "DT-0003")])
        _ = form.receive(.answer(AnyStoreRequest(MeetingDraft(year: env.today.year, locality: "TH01", heldOn: env.today)), draft), env)
        _ = form.receive(.rows(field: "exempt", rows: form.values.rows("exempt"), names: ["DT-0003": "Lò Văn Sơn"]), env)
        let outcome = form.handle(.save, key: .function(2), env)
        XCTAssertTrue(outcome.effects.isEmpty, "not saved")
        XCTAssertEqual(form.errors["exempt"], MeetingText.exemptWithoutReason("Lò Văn Sơn"))
        XCTAssertTrue(form.errors["exempt"].map(env.text)?.contains("Lò Văn Sơn") ?? false)
        var reasoned = form.values.rows("exempt")[0]
        reasoned["reason"] = .text(TextField("Ốm dài ngày"))
        _ = form.receive(.rows(field: "exempt", rows: [reasoned], names: [:]), env)
        guard case .store(let request)? = form.handle(.save, key: .function(2), env).effects.first,
              let save = request.as(SaveNew<ResidenceMeeting>.self) else { return XCTFail("saves") }
        XCTAssertEqual(save.record.exempt, [.init(official: "DT-0003", reason: "Ốm dài ngày")])
    }

    func testWithAMeetingEnterOpensTheGridAndMItsPage() {
        var screen = progress(meeting: "HN-2022-01")
        guard case .push(let grid)? = screen.handle(.open, key: .enter, env).navigation else { return XCTFail() }
        XCTAssertTrue(grid is ResidenceGridScreen)
        guard case .push(let page)? = screen.handle(.meeting, key: .char("m"), env).navigation else { return XCTFail() }
        XCTAssertEqual((page as? DetailScreen<MeetingDetailSource>)?.source.code, "HN-2022-01")
    }

    func testTheMeetingPageOffersTheGridTheFormAndTheDocuments() {
        var source = MeetingDetailSource(code: "HN-2021-01")
        let meeting = ResidenceMeeting(code: "HN-2021-01", year: 2021, locality: "TH01", heldOn: LocalDate(iso: "2021-06-12")!, chair: "Giàng A Lử",
                                       present: 38, invited: 42, exempt: [.init(official: "DT-0002", reason: "Ốm")])
        let review = ResidenceReview(year: 2021, locality: "TH01", official: "DT-0001", assessment: .coHanChe, opinions: "Ít dự họp")
        let grid = ResidenceGrid(year: 2021, locality: th01,
                                 members: [ResidenceMember(code: "DT-0001", name: "Giàng A Dình", position: "", residence: "TH01", exempt: false, review: review)],
                                 exempt: [ResidenceMember(code: "DT-0002", name: "Nguyễn Văn Đình", position: "", residence: "TH01", exempt: true, review: nil)],
                                 visitors: [], meeting: meeting)
        let page = MeetingPage(meeting: meeting, grid: grid, count: MeetingCount(present: 38, invited: 42, reviews: 1, missing: 0, exempt: 1),
                               names: ["DT-0002": "Nguyễn Văn Đình"])
        XCTAssertNotNil(source.receive(.answer(AnyStoreRequest(LoadMeetingPage(code: "HN-2021-01")), MeetingPageAnswer(page: page, audit: [])), env))
        let text = source.sections(env).flatMap(\.lines).map { line -> String in
            switch line { case .field(let label, let value, _): return label + " " + value; case .paragraph(let text, _): return text }
        }.joined(separator: "\n")
        for needle in ["12/06/2021", "Giàng A Lử", "38/42", "1 đảng viên được góp ý · còn thiếu 0 · miễn 1", "Giàng A Dình — Có hạn chế · Ít dự họp",
                       "Nguyễn Văn Đình: Ốm"] {
            XCTAssertTrue(text.contains(needle), needle + "\n" + text)
        }
        guard case .push(let opened)? = source.handle(.meetingReviews, env)?.navigation, let gridScreen = opened as? ResidenceGridScreen else {
            return XCTFail("Enter: the grid of its village and year")
        }
        XCTAssertEqual(gridScreen.year, 2021)
        guard case .push(let documents)? = source.handle(.documents, env)?.navigation else { return XCTFail() }
        XCTAssertEqual((documents as? DocumentsScreen)?.choices, [.document(.meetingSummary), .document(.meetingLetter)])
        guard case .push(let form)? = source.handle(.edit, env)?.navigation else { return XCTFail() }
        XCTAssertEqual((form as? FormScreen<MeetingFormSpec>)?.spec.load(), [.ask(LoadMeetingPage(code: "HN-2021-01"))])
    }

    /// The whole flow: 2022 has no meeting in Thôn Háng Đề Dê; Enter asks for it (chair typed in Telex), F2 saves it and
    /// opens the grid, two letters review two members, and the village is counted as reviewed.
    func testHoldAMeetingThenReviewInItsGridAndTheVillageIsCounted() throws {
        let db = try AppFixtures.residenceDatabase()
        // Today in 2022: a meeting of 2022 is not recorded in 2021 (held within its year, not after today).
        let (app, _) = try AppFixtures.app(db, section: .residence, today: LocalDate(iso: "2022-06-30")!)
        app.run()
        XCTAssertEqual(app.state.topIs(ResidenceScreen.self)?.year, 2022)
        app.send(.key(.down)) // Thôn Háng Đề Dê (Bản before Thôn)
        app.send(.key(.enter))
        XCTAssertNotNil(app.state.topIs(FormScreen<MeetingFormSpec>.self), "the meeting is asked for first")
        for key in [Key.tab] + .typing("Giangf A Luwr") + [.tab] + .typing("40") + [.tab] + .typing("45") + [.function(2)] {
            app.send(.key(key))
        }
        let meeting = try XCTUnwrap(try db.meeting(year: 2022, locality: "TH01"))
        XCTAssertEqual([meeting.chair, "\(meeting.present)/\(meeting.invited)"], ["Giàng A Lử", "40/45"])
        let grid = try XCTUnwrap(app.state.topIs(ResidenceGridScreen.self), "then the grid")
        XCTAssertEqual(grid.meeting?.code, meeting.code)
        for key: Key in [.char("t"), .enter, .char("h")] { app.send(.key(key)) }
        XCTAssertEqual(try db.meetingPage(code: meeting.code).count.reviews, 2, "the reviews are the meeting's")
        app.send(.key(.escape))
        let row = try XCTUnwrap(app.state.topIs(ResidenceScreen.self)?.progress?.first { $0.locality.code == "TH01" })
        XCTAssertTrue(row.isHeld && row.isDone)
        XCTAssertEqual(try db.tally(TallyPeriod(year: 2022, kind: .year), today: LocalDate(iso: "2022-12-31")!).reviewLocalities, 1)
        app.send(.key(.char("m")))
        XCTAssertEqual(app.state.topIs(DetailScreen<MeetingDetailSource>.self)?.source.code, meeting.code, "m: the meeting's page")
    }

    /// Tester's bugs: the meeting's date was not checked, and a meeting recorded by mistake could not be removed (`u`
    /// offered an older change, `X` did nothing). Now the form says what is wrong with the date beside it; `u` right
    /// after saving takes the meeting back; on its page `X` voids it with a reason and `K` restores it.
    func testAMeetingsDateIsCheckedAndAMistakeIsUndoneOrVoided() throws {
        let db = try AppFixtures.residenceDatabase()
        let (app, _) = try AppFixtures.app(db, section: .residence, today: LocalDate(iso: "2022-06-30")!)
        app.run()
        app.send(.key(.down)) // Thôn Háng Đề Dê, no meeting in 2022
        app.send(.key(.char("m")))
        let form = try XCTUnwrap(app.state.topIs(FormScreen<MeetingFormSpec>.self))
        var values = form.values
        values["heldOn"] = .text(TextField("15/03/2020"))
        XCTAssertEqual(form.spec.problems(values, saving: true, app.state.env)["heldOn"], RecordProblem.dateNotInYear(2022).localized)
        values["heldOn"] = .text(TextField("05/07/2022"))
        XCTAssertEqual(form.spec.problems(values, saving: true, app.state.env)["heldOn"],
                       RecordProblem.dateAfterToday(LocalDate(iso: "2022-06-30")!).localized, "after today (30/06/2022)")
        XCTAssertTrue(RecordProblem.dateNotInYear(2022).localized.en.contains("2022"))
        for key in [Key.tab] + .typing("Giangf A Luwr") + [.function(2)] { app.send(.key(key)) }
        let meeting = try XCTUnwrap(try db.meeting(year: 2022, locality: "TH01"))
        XCTAssertEqual(app.state.topIs(DetailScreen<MeetingDetailSource>.self)?.source.code, meeting.code)
        app.send(.key(.char("u")))
        XCTAssertNil(try db.meeting(year: 2022, locality: "TH01"), "u takes the new meeting back")
        XCTAssertEqual(try db.voidReason(.residenceMeeting, code: meeting.code), "")
        app.send(.key(.char("K")))
        XCTAssertNotNil(try db.meeting(year: 2022, locality: "TH01"), "K restores it")
        app.send(.key(.char("X")))
        XCTAssertNotNil(app.state.topIs(PromptScreen.self), "X asks why")
        for key in [Key].typing("Nhaapj nhaamf") + [.enter] { app.send(.key(key)) }
        XCTAssertEqual(try db.voidReason(.residenceMeeting, code: meeting.code), "Nhập nhầm")
        XCTAssertNil(try db.meeting(year: 2022, locality: "TH01"))
        XCTAssertEqual(try db.tally(TallyPeriod(year: 2022, kind: .year), today: LocalDate(iso: "2022-06-30")!).reviewLocalities, 0)
    }

    func testTheMeetingPageAndFormAt80x24() throws {
        let db = try AppFixtures.residenceDatabase()
        _ = try db.saveReview(ResidenceReview(year: 2021, locality: "TH01", official: "DT-0002", assessment: .coHanChe, opinions: "Ít dự họp tổ"),
                              expectedVersion: 0, by: "t")
        // Audit times are the clock's: pinned so the page draws the same every run.
        try db.write { try $0.execute(sql: "UPDATE audit SET at = '2021-06-30T09:00:00+07:00'") }
        let (page, pageTerminal) = try AppFixtures.app(db, keys: [.down, .char("m")], section: .residence)
        page.run()
        try assertSnapshot(pageTerminal.screen, "meeting-page-80x24")
        let (form, formTerminal) = try AppFixtures.app(db, keys: [.enter], section: .residence)
        form.run()
        XCTAssertNotNil(form.state.topIs(FormScreen<MeetingFormSpec>.self), "Bản Lìm Mông has no meeting: the form first")
        try assertSnapshot(formTerminal.screen, "meeting-form-80x24")
    }
}
