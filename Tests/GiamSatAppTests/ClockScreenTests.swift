import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

/// The clocks in the app (issue 21): `g` extends a denunciation from its page, a third is refused on the message
/// line, the page shows the clock, the form shows the flags of the kind chosen, the plan form warns, and the
/// worklist's report-upward row offers the reminder (`d`).
final class ClockScreenTests: XCTestCase {
    /// The small commune with PA-2021-0001 a denunciation (accepted, xem-xet, on 04/03/2021).
    func database() throws -> AppDatabase {
        let db = try AppFixtures.database()
        var f = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001"))
        f.kind = .toCao
        try db.save(f, by: "t")
        return db
    }

    func testGExtendsADenunciationWithAReasonAndThePageShowsTheNewDueDateAndTheStep() throws {
        let db = try database()
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.dueOn, LocalDate(iso: "2021-04-03"), "30 days from acceptance")
        let (app, _) = try AppFixtures.app(db, keys: [.end, .enter, .char("g")])
        app.run()
        let form = try XCTUnwrap(app.state.topIs(FormScreen<ExtensionFormSpec>.self), "g opens the extension form")
        XCTAssertEqual(form.values.text("date"), "30/06/2021", "today, ready to change")
        app.send(.key(.function(2)))
        XCTAssertEqual(app.state.topIs(FormScreen<ExtensionFormSpec>.self)?.errors["reason"], T.required, "a reason is needed")
        for key in [Key].tab + .typing("Vuj vieecj phuwcs tapj") { app.send(.key(key)) }
        app.send(.key(.function(2)))
        let saved = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001"))
        XCTAssertEqual(saved.extensions.map(\.reason), ["Vụ việc phức tạp"])
        XCTAssertEqual(saved.dueOn, LocalDate(iso: "2021-05-03"))
        XCTAssertNotNil(app.state.detail, "back on the page")
        XCTAssertTrue(app.state.render().0.text.contains("Gia hạn giải quyết: “—” → “30/06/2021 +30"),
                      "after the save the page shows its end, the new audit line")
        app.send(.key(.home))
        let screen = app.state.render().0.text
        XCTAssertTrue(screen.contains("03/05/2021"), screen)
        XCTAssertTrue(screen.contains("Gia hạn lần 1"), screen)
        XCTAssertTrue(screen.contains("từ ngày thụ lý 04/03/2021") && screen.contains("hạn 1 lần (+30)"), screen)

        // Undo takes it back, like any step.
        app.send(.key(.char("u")))
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.extensions.count, 0)
    }

    func testAThirdExtensionIsRefusedWithoutAForm() throws {
        let db = try database()
        var f = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001"))
        var step = try db.extend(code: f.code, version: f.version, on: LocalDate(iso: "2021-03-20")!, reason: "Một", by: "t")
        step = try db.extend(code: f.code, version: step.versionAfter, on: LocalDate(iso: "2021-04-20")!, reason: "Hai", by: "t")
        f = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001"))
        XCTAssertEqual(f.dueOn, LocalDate(iso: "2021-06-02"))
        let (app, _) = try AppFixtures.app(db, keys: [.end, .enter, .char("g")])
        app.run()
        XCTAssertNil(app.state.topIs(FormScreen<ExtensionFormSpec>.self))
        XCTAssertEqual(app.state.messageText, "đã gia hạn 2 lần, Luật Tố cáo không cho gia hạn thêm")
    }

    /// Tester's bug: a previous extension dated after the default date kept `g` from opening its form, with today's
    /// date in the message. Now the form opens; on save it names the date not to precede, and refuses a future date.
    func testGOpensTheFormWheneverAnExtensionIsAllowedAndTheFormChecksTheDate() throws {
        let db = try database()
        let f = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001"))
        _ = try db.extend(code: f.code, version: f.version, on: LocalDate(iso: "2021-07-20")!, reason: "Một", by: "t",
                          today: LocalDate(iso: "2021-07-20")!)
        let (app, _) = try AppFixtures.app(db, keys: [.end, .enter, .char("g")])
        app.run()
        XCTAssertNotNil(app.state.topIs(FormScreen<ExtensionFormSpec>.self), "g opens the form: one more extension is allowed")
        for key in [Key].tab + .typing("Hai") { app.send(.key(key)) }
        app.send(.key(.function(2)))
        XCTAssertEqual(app.state.topIs(FormScreen<ExtensionFormSpec>.self)?.errors["date"],
                       ClockText.refusal(.beforeAcceptance(LocalDate(iso: "2021-07-20")!)), "names the blocking 20/07/2021")
        XCTAssertTrue(app.state.render().0.text.contains("20/07/2021"))
        let spec = try XCTUnwrap(app.state.topIs(FormScreen<ExtensionFormSpec>.self)).spec
        var values = ExtensionFormSpec.initialValues(LocalDate(iso: "2021-08-01")!)
        values["reason"] = .area(TextArea("Hai"))
        XCTAssertEqual(spec.problems(values, saving: true, app.state.env)["date"], ClockText.refusal(.afterToday(LocalDate(iso: "2021-06-30")!)),
                       "a date after today is refused beside the field")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.extensions.count, 1)
    }

    func testGIsNotOfferedOnAComplaintOrAFeedbackRecord() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), keys: [.end, .enter, .char("g")])
        app.run()
        XCTAssertNil(app.state.topIs(FormScreen<ExtensionFormSpec>.self))
        XCTAssertNotNil(app.state.detail)
        XCTAssertFalse(app.state.render().0.text.contains("Gia hạn"), "not in the key bar of a phản ánh")
    }

    func testTheFormShowsTheFlagsOfTheKindChosen() throws {
        var spec = FeedbackFormSpec(newOn: AppFixtures.today, dueDays: 30)
        _ = spec.loaded(answer(FeedbackDraft(year: 2021), .init(value: "PA-2021-0007", localities: [])), testEnv())
        var values = FormValues()
        func flags() -> [String] { spec.clockFields(values).map(\.id) }
        XCTAssertEqual(flags(), [])
        values["kind"] = .choice("khieu-nai")
        XCTAssertEqual(flags(), ["complex", "remote"])
        values["kind"] = .choice("to-cao")
        XCTAssertEqual(flags(), ["severalPlaces"])
        values["severalPlaces"] = .flag(true)
        values["complex"] = .flag(true)
        XCTAssertEqual(FeedbackFormSpec.clockFlags(values), [.severalPlaces], "a complaint's flag left set is not kept")
    }

    func testThePlanFormWarnsButSaves() throws {
        let spec = PlanFormSpec(newIn: 2021)
        var values = FormValues()
        values["issuedOn"] = .text(TextField("01/06/2021"))
        values["startOn"] = .text(TextField("10/06/2021"))
        XCTAssertEqual(spec.warnings(values, testEnv()), ["issuedOn": T.planLeadShort(short: 6, lead: 15)])
        XCTAssertEqual(spec.problems(values, saving: false, testEnv())["issuedOn"], nil, "a warning, not a problem")
        values["issuedOn"] = .text(TextField("26/05/2021"))
        XCTAssertEqual(spec.warnings(values, testEnv()), [:], "15 days ahead")
    }

    func testTheWorklistsReportUpwardRowOffersTheReminder() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.fullDatabase(), section: .dashboard)
        app.run()
        var dashboard = try XCTUnwrap(app.state.topIs(DashboardScreen.self))
        for _ in 0..<12 where dashboard.selectedItem?.entity != .recommendation {
            app.send(.key(.down))
            dashboard = try XCTUnwrap(app.state.topIs(DashboardScreen.self))
        }
        XCTAssertEqual(dashboard.selectedItem?.code, "KN-2021-0001")
        XCTAssertEqual(dashboard.selectedItem?.reasons, [.unanswered])
        XCTAssertTrue(app.state.render().0.text.contains("Báo cáo cấp trên"))
        app.send(.key(.char("d")))
        let documents = try XCTUnwrap(app.state.topIs(DocumentsScreen.self))
        XCTAssertEqual(documents.source, .recommendation("KN-2021-0001"))
        XCTAssertTrue(documents.choices.contains(.document(.reminder)))
        XCTAssertTrue(documents.choices.contains(.document(.reportUpward)), "and the report to the level above")
    }

    /// The recommendation's page and list mark it late after `answer-days` (20, as the worklist), not a fixed 30.
    func testARecommendationPastItsAnswerDaysSaysReportUpward() throws {
        let db = try AppFixtures.fullDatabase()
        try db.save(Recommendation(code: "KN-2021-0002", to: "UBND xã", sentOn: LocalDate(iso: "2021-06-05")!), by: "t")
        let (app, _) = try AppFixtures.app(db, section: .recommendations)
        app.run()
        let list = app.state.render().0.text
        XCTAssertTrue(list.contains("!Chờ trả lời"), "25 days: marked in the list\n\(list)")
        app.send(.key(.enter))
        let page = app.state.render().0.text
        XCTAssertTrue(page.contains("quá 20 ngày chưa trả lời bằng văn bản: báo") && page.contains("cáo lên cấp trên (d: văn bản đôn đốc)"), page)
    }
}

extension Array where Element == Key {
    static var tab: [Key] { [.tab] }
}
