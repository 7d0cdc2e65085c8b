import XCTest
@testable import GiamSatApp
import GiamSatCore
import TerminalUI

/// Screens as plain values: a key in, effects and navigation out. No database, no terminal.
extension Effect {
    /// The list request of a `.page` effect.
    var request: AnyListRequest? { if case .page(let request) = self { return request }; return nil }
    /// The typed store request (or save) this effect carries, when it is one of type `R`.
    func store<R>(_ type: R.Type) -> R? { if case .store(let request) = self { return request.as(R.self) }; return nil }
}

final class ScreenTests: XCTestCase {
    let env = testEnv()

    func row(_ n: Int) -> FeedbackRow {
        FeedbackRow(code: String(format: "PA-2021-%04d", n), received: AppFixtures.today, channel: .homThu, officials: "", summary: "s\(n)",
                    status: .tiepNhan, due: AppFixtures.today, overdue: false, anonymous: true)
    }

    func testListPagesFromTheStoreAndFiltersAsTyped() throws {
        var list = ListScreen(source: FeedbackListSource(today: AppFixtures.today))
        var expected = FeedbackListRequest(today: AppFixtures.today)
        expected.limit = 17 // 24 rows less title, sections, message lines, key bar, filter line and header
        XCTAssertEqual(list.refresh(env), [.page(AnyListRequest(expected))])
        _ = list.receive(.page(AnyListRequest(expected), ListPage(rows: (1...17).map(row), total: 40)), env)
        XCTAssertEqual(list.total, 40)
        XCTAssertTrue(list.handle(.down, key: .down, env).effects.isEmpty, "moving inside the page loads nothing")
        let next = list.handle(.pageDown, key: .pageDown, env)
        expected.offset = 2
        XCTAssertEqual(next.effects, [.page(AnyListRequest(expected))], "past the page: the next window is asked for")
        let status = list.handle(.cycleStatus, key: .char("s"), env)
        expected.offset = 0
        expected.status = .tiepNhan
        XCTAssertEqual(status.effects, [.page(AnyListRequest(expected))], "a new filter starts from the top")
        _ = list.handle(.filter, key: .char("/"), env)
        XCTAssertTrue(list.isTyping)
        XCTAssertNil(Commands.command(for: .char("q"), keymaps: list.keymaps, typing: list.isTyping), "q is a letter while typing")
        let typed = list.handle(nil, key: .char("d"), env)
        expected.query = "d"
        XCTAssertEqual(typed.effects, [.page(AnyListRequest(expected))])
        _ = list.handle(nil, key: .char("u"), env)
        _ = list.receive(.page(AnyListRequest(expected), ListPage(rows: [row(3)], total: 1)), env)
        XCTAssertEqual(list.total, 40, "the page for “d” came after “du” was typed: dropped")
    }

    func testOpenPushesTheRecordsPageAndBackPops() throws {
        var list = ListScreen(source: FeedbackListSource(today: AppFixtures.today))
        _ = list.receive(.page(list.refresh(env)[0].request!, ListPage(rows: [row(7)], total: 1)), env)
        guard case .push(let screen)? = list.handle(.open, key: .enter, env).navigation,
              let page = screen as? DetailScreen<FeedbackDetailSource> else { return XCTFail("no page pushed") }
        XCTAssertEqual(page.source.code, "PA-2021-0007")
        XCTAssertEqual(page.refresh(env), [.ask(LoadFeedback(code: "PA-2021-0007")), .ask(FeedbackLinks(code: "PA-2021-0007")),
                                           .ask(LoadDuplicateLinks(code: "PA-2021-0007")),
                                           .ask(LoadVoidReason(entity: .feedback, code: "PA-2021-0007")),
                                           .ask(CountAttachments(entity: .feedback, code: "PA-2021-0007"))],
                       "the record, its plan and recommendations, its duplicate links")
        var detail = page
        guard case .pop? = detail.handle(.back, key: .escape, env).navigation else { return XCTFail("Esc is a pop") }
    }

    func testNewFeedbackFormLoadsChecksAndAsksBeforeDiscarding() throws {
        var form = FormScreen(spec: FeedbackFormSpec(newOn: AppFixtures.today, dueDays: 30))
        XCTAssertEqual(form.refresh(env), [.ask(FeedbackDraft(year: 2021))])
        _ = form.receive(answer(FeedbackDraft(year: 2021), .init(value: "PA-2021-0009", localities: [])), env)
        XCTAssertTrue(form.refresh(env).isEmpty, "loaded once; a resize does not reload it")
        XCTAssertEqual(form.focus, "received")
        let refused = form.handle(.save, key: .function(2), env)
        XCTAssertTrue(refused.effects.isEmpty)
        XCTAssertEqual(refused.message, .error(T.fixErrors))
        XCTAssertEqual(form.errors["channel"], T.required)
        XCTAssertEqual(form.errors["summary"], T.required)
        XCTAssertEqual(form.focus, "channel", "focus goes to the first field to fix")
        guard case .push(let picker)? = form.handle(.choose, key: .enter, env).navigation, picker is PickerScreen else {
            return XCTFail("Enter on a choice opens its picker")
        }
        _ = form.receive(.picked(field: "channel", ids: ["hom-thu"], names: [:]), env)
        XCTAssertEqual(form.values.choice("channel"), "hom-thu")
        XCTAssertEqual(form.focus, "channel", "a picker gives focus back to the field that opened it")
        XCTAssertTrue(form.isDirty)
        guard case .push(let confirm)? = form.handle(.cancel, key: .escape, env).navigation,
              (confirm as? ConfirmScreen)?.question == .discardForm else { return XCTFail("Esc asks first") }
        guard case .pop? = form.receive(.confirmed(.discardForm), env).navigation else { return XCTFail("yes discards") }
    }

    func testStatusDialogChecksTheFieldsAndAsksTheStoreForTheStep() throws {
        let feedback = Feedback(code: "PA-2021-0001", receivedOn: AppFixtures.today, channel: .homThu, kind: .toCao, summary: "x")
        var dialog = StatusChangeScreen(feedback: feedback, options: feedback.status.allowedNext, today: AppFixtures.today)
        XCTAssertEqual(dialog.options, [.xemXet, .daChuyen, .trungLap, .luu])
        _ = dialog.handle(.down, key: .down, env)
        _ = dialog.handle(.down, key: .down, env) // trùng lặp
        XCTAssertEqual(dialog.inputs, [.date, .duplicateOf, .note])
        XCTAssertTrue(dialog.handle(.save, key: .function(2), env).effects.isEmpty)
        XCTAssertEqual(dialog.errors[.duplicateOf], T.duplicateNeedsCode)
        for key in "pa-2021-0002" { _ = dialog.handle(nil, key: .char(key), env) }
        let saved = dialog.handle(.save, key: .function(2), env)
        XCTAssertEqual(saved.effects, [.write(AdvanceFeedback(code: "PA-2021-0001", version: 0, change: Feedback.StatusChange(
            status: .trungLap, on: AppFixtures.today, by: "Cán bộ thử", duplicateOf: "PA-2021-0002")))])
        guard case .popDelivering(.changed)? = dialog.receive(.saved(entity: .feedback, code: "PA-2021-0001", undo: nil), env).navigation else {
            return XCTFail("once saved the record below reloads")
        }
    }

    func testPaletteFindsCommandsWithoutAccentsAndOpensCodes() throws {
        var palette = PaletteScreen(keymaps: [.feedbackList, .list, .navigation], lang: .vi)
        for key in "qua han" { _ = palette.handle(nil, key: .char(key), env) }
        XCTAssertEqual(palette.items.first?.command, .toggleOverdue, "words find commands; no code is offered without a digit")
        guard case .popDelivering(.command(.toggleOverdue))? = palette.handle(.choose, key: .enter, env).navigation else {
            return XCTFail("Enter runs the command on the screen below")
        }
        var jump = PaletteScreen(keymaps: [], lang: .vi)
        for key in "pa-2021-0003" { _ = jump.handle(nil, key: .char(key), env) }
        XCTAssertEqual(jump.items.first?.command, nil, "first: open a record with what was typed as its code")
        XCTAssertEqual(jump.handle(.choose, key: .enter, env).effects, [.ask(FindRecord(code: "PA-2021-0003"))])
        guard case .replace(let page)? = jump.receive(answer(FindRecord(code: "PA-2021-0003"), [FoundRecord(entity: .feedback, code: "PA-2021-0003")]), env).navigation,
              (page as? DetailScreen<FeedbackDetailSource>)?.source.code == "PA-2021-0003" else { return XCTFail("opens the page") }
        XCTAssertEqual(jump.receive(answer(FindRecord(code: "XX"), []), env).message, .error(T.noSuchCode, "XX"))
    }

    func testTheAppRoutesResultsToTheScreenThatAskedAndDropsStaleOnes() throws {
        var state = AppState(lang: .vi, today: AppFixtures.today, user: "t")
        let requests = state.start(on: .feedback)
        XCTAssertEqual(requests.count, 1)
        let listID = requests[0].screen
        _ = state.update(.key(.char("n")))
        XCTAssertNotNil(state.topIs(AppState.FeedbackForm.self))
        // A page arriving for the list below the form updates the list and leaves the form on top.
        _ = state.update(.result(screen: listID, .page(requests[0].effect.request!, ListPage(rows: [row(1)], total: 1))))
        XCTAssertEqual(state.list?.total, 1)
        XCTAssertNotNil(state.topIs(AppState.FeedbackForm.self))
        _ = state.update(.result(screen: 999, .page(requests[0].effect.request!, ListPage<FeedbackRow>(rows: [], total: 0))))
        XCTAssertEqual(state.list?.total, 1, "a result for a closed screen goes nowhere")
    }

    func testSwitchingSectionsAsksWhenAFormHasEdits() throws {
        var state = AppState(lang: .vi, today: AppFixtures.today, user: "t")
        _ = state.start(on: .feedback)
        let form = state.update(.key(.char("n")))
        _ = state.update(.result(screen: form[0].screen, answer(FeedbackDraft(year: 2021), .init(value: "PA-2021-0001", localities: []))))
        _ = state.update(.key(.char("x"))) // typed into the date: the form is dirty
        _ = state.update(.key(.function(1)))
        XCTAssertNotNil(state.topIs(HelpScreen.self), "F1 works while typing")
        _ = state.update(.key(.escape))
        _ = state.update(.key(.tab))
        XCTAssertNotNil(state.topIs(AppState.FeedbackForm.self), "Tab in a form is the next field, not the next section")
        var quiet = AppState(lang: .vi, today: AppFixtures.today, user: "t")
        _ = quiet.start(on: .feedback)
        _ = quiet.update(.key(.char("3")))
        XCTAssertEqual(quiet.section, .officials)
        _ = quiet.update(.key(.backTab))
        XCTAssertEqual(quiet.section, .feedback)
        _ = state.update(.key(.ctrl("c")))
        XCTAssertEqual(state.topIs(ConfirmScreen.self)?.question, .quit)
    }

    func testDashboardOpensWorklistRecordsThatHaveAPage() throws {
        var screen = DashboardScreen(year: 2021)
        XCTAssertEqual(screen.refresh(env), [.ask(LoadDashboard(year: 2021))])
        let tally = Tally(communes: [], period: TallyPeriod(year: 2021, kind: .year))
        let items = [WorkItem(reasons: [.overdue], entity: .feedback, code: "PA-2021-0001", date: AppFixtures.today, days: 3, text: "a"),
                     WorkItem(reasons: [.unanswered], entity: .recommendation, code: "KN-2021-0001", date: AppFixtures.today, days: 1, text: "b")]
        let worklist = Worklist(items: items, total: 2, counts: [.overdue: 1, .unanswered: 1])
        _ = screen.receive(answer(LoadDashboard(year: 2021), Dashboard(tally: tally, plansByStatus: [:], worklist: worklist)), env)
        guard case .push(let page)? = screen.handle(.open, key: .enter, env).navigation, page is DetailScreen<FeedbackDetailSource> else {
            return XCTFail("Enter opens the feedback record")
        }
        _ = screen.handle(.down, key: .down, env)
        guard case .push(let second)? = screen.handle(.open, key: .enter, env).navigation,
              (second as? DetailScreen<RecommendationDetailSource>)?.source.code == "KN-2021-0001" else {
            return XCTFail("recommendations have a page too")
        }
        XCTAssertEqual(screen.handle(.previousYear, key: .left, env).effects, [.ask(LoadDashboard(year: 2020))])
    }
}
