import XCTest
@testable import GiamSatApp
import GiamSatCore
import TerminalUI

/// Settings as plain values, through the app on an in-memory database, and as text at 80×24.
final class SettingsScreenTests: XCTestCase {
    let env = testEnv()
    typealias LocalityList = ListScreen<LocalityListSource>
    typealias SettingsForm = FormScreen<SettingsFormSpec>
    typealias LocalityForm = FormScreen<LocalityFormSpec>

    var overview: SettingsOverview {
        SettingsOverview(general: GeneralSettings(communeName: "Xã Lao Chải", province: "Tỉnh Lào Cai", district: "Huyện Mù Cang Chải"),
                         localities: 2, holidays: WorkingCalendar.defaultHolidays())
    }

    // MARK: Plain values

    func testSettingsKeyWorksEverywhereButIsTextWhileTyping() throws {
        var state = AppState(lang: .vi, today: AppFixtures.today, user: "t")
        _ = state.start(on: .feedback)
        let requests = state.update(.key(.char(",")))
        XCTAssertNotNil(state.topIs(SettingsScreen.self))
        XCTAssertEqual(requests.map(\.effect), [.ask(LoadSettings())])
        XCTAssertTrue(state.update(.key(.function(12))).isEmpty, "not twice")
        XCTAssertEqual(state.stack.count, 2)
        _ = state.update(.key(.escape))
        XCTAssertNotNil(state.list, "Esc goes back to where it was opened")
        _ = state.update(.key(.char("n")))
        XCTAssertNil(Commands.command(for: .char(","), keymaps: state.top!.keymaps, typing: true), "a comma in a form is a comma")
        XCTAssertEqual(Commands.command(for: .function(12), keymaps: state.top!.keymaps, typing: true), .settings)
        let palette = PaletteScreen(keymaps: [.feedbackList], lang: .vi)
        XCTAssertTrue(palette.commands.contains { $0.command == .settings }, "reached from the palette")
    }

    func testSettingsLinesOpenTheirEditors() throws {
        var screen = SettingsScreen()
        XCTAssertFalse(screen.acceptsKeys)
        _ = screen.receive(answer(LoadSettings(), overview), env)
        XCTAssertEqual(screen.value(.holidays, env), "2021: 10 ngày trong năm  ›")
        guard case .push(let form)? = screen.handle(.open, key: .enter, env).navigation, form is SettingsForm else {
            return XCTFail("Enter on the commune opens the general form")
        }
        _ = screen.handle(.bottom, key: .end, env)
        guard case .push(let holidays)? = screen.handle(.open, key: .enter, env).navigation,
              (holidays as? HolidaysScreen)?.year == 2021 else { return XCTFail("the holidays of this year") }
        _ = screen.handle(.up, key: .up, env)
        guard case .push(let list)? = screen.handle(.open, key: .enter, env).navigation, list is LocalityList else {
            return XCTFail("the localities")
        }
        // Up past documents, report periods, input method and language to the law's deadlines (issue 21), then the due days.
        for _ in 0..<5 { _ = screen.handle(.up, key: .up, env) }
        guard case .push(let clocks)? = screen.handle(.open, key: .enter, env).navigation, var clockForm = clocks as? SettingsForm else {
            return XCTFail("the general form")
        }
        _ = clockForm.receive(answer(LoadSettings(), overview), env)
        XCTAssertEqual(clockForm.focus, "complaintDays", "the deadlines' line opens on the complaints' days")
        _ = screen.handle(.up, key: .up, env)
        guard case .push(let days)? = screen.handle(.open, key: .enter, env).navigation, var form = days as? SettingsForm else {
            return XCTFail("the general form")
        }
        _ = form.receive(answer(LoadSettings(), overview), env)
        XCTAssertEqual(form.focus, "dueDays", "opened on the line chosen")
    }

    func testSettingsFormChecksDueDaysAndSavesAllInOneEffect() throws {
        var form = SettingsForm(spec: SettingsFormSpec(overview.general))
        XCTAssertEqual(form.refresh(env), [.ask(LoadSettings())])
        _ = form.receive(answer(LoadSettings(), overview), env)
        for _ in 0..<4 { _ = form.handle(.nextField, key: .tab, env) }
        XCTAssertEqual(form.focus, "dueDays")
        _ = form.handle(nil, key: .backspace, env)
        _ = form.handle(nil, key: .backspace, env)
        for key in [Key].typing("400") { _ = form.handle(nil, key: key, env) }
        XCTAssertEqual(form.errors["dueDays"], T.badDueDays)
        XCTAssertTrue(form.handle(.save, key: .function(2), env).effects.isEmpty)
        _ = form.handle(nil, key: .backspace, env)
        XCTAssertNil(form.errors["dueDays"], "40 is fine")
        _ = form.receive(.picked(field: "language", ids: ["en"], names: [:]), env)
        _ = form.receive(.picked(field: "inputMethod", ids: ["vni"], names: [:]), env)
        XCTAssertEqual(form.handle(.save, key: .function(2), env).effects, [.ask(SaveGeneralSettings(settings: GeneralSettings(
            communeName: "Xã Lao Chải", province: "Tỉnh Lào Cai", district: "Huyện Mù Cang Chải", dueDays: 40, language: .en,
            inputMethod: "vni")))])
    }

    func testTheAppAdoptsSavedSettingsAndTheFormSeesASave() throws {
        var state = AppState(lang: .vi, today: AppFixtures.today, user: "t")
        _ = state.start(on: .officials)
        let requests = state.push(SettingsForm(spec: SettingsFormSpec(overview.general)))
        _ = state.update(.result(screen: requests[0].screen, answer(LoadSettings(), overview)))
        let saved = GeneralSettings(communeName: "Xã Mới", staffName: "Lò Văn Hạnh", dueDays: 45, language: .en, inputMethod: "off")
        _ = state.update(.result(screen: requests[0].screen, answer(SaveGeneralSettings(settings: saved), saved)))
        XCTAssertNil(state.topIs(SettingsForm.self), "the form closed as after any save")
        XCTAssertEqual(state.lang, .en)
        XCTAssertEqual(state.inputMethod, .off)
        XCTAssertEqual(state.user, "Lò Văn Hạnh")
        XCTAssertEqual(state.request(.ask(LoadSettings()), for: 1).user, "Lò Văn Hạnh", "one staff name: requests carry the app's")
        XCTAssertEqual(state.settings.dueDays, 45, "new feedback gets the new due date")
        XCTAssertEqual(state.communeName, "Xã Mới")
        _ = state.update(.result(screen: requests[0].screen, answer(ChangeHolidays(date: AppFixtures.today, add: true), [AppFixtures.today])))
        XCTAssertEqual(state.settings.holidays, [AppFixtures.today], "deadlines use the edited holidays")
    }

    func testLocalitiesAddEditAndDeleteAfterAQuestion() throws {
        var list = LocalityList(source: LocalityListSource())
        _ = list.receive(.page(list.refresh(env)[0].request!, ListPage(rows: [LocalityRow(code: "TH01", name: "Thôn A", kind: .thon, officials: 2)], total: 1)), env)
        guard case .push(let new)? = list.handle(.new, key: .char("n"), env).navigation, (new as? LocalityForm)?.spec.isNew == true else {
            return XCTFail("n adds")
        }
        guard case .push(let edit)? = list.handle(.edit, key: .char("e"), env).navigation,
              (edit as? LocalityForm)?.spec.code == "TH01" else { return XCTFail("e edits the selected one") }
        guard case .push(let ask)? = list.handle(.delete, key: .char("x"), env).navigation,
              (ask as? ConfirmScreen)?.question == .deleteLocality(code: "TH01", name: "Thôn A") else { return XCTFail("x asks first") }
        XCTAssertEqual(list.receive(.confirmed(.deleteLocality(code: "TH01", name: "Thôn A")), env).effects, [.ask(DeleteLocality(code: "TH01"))])
        let deleted = list.receive(answer(DeleteLocality(code: "TH01"), "TH01"), env)
        XCTAssertEqual(deleted.message, .info(T.localityDeleted, "TH01"))
        XCTAssertEqual(deleted.effects.count, 1, "and reloads")
        guard case .pop? = list.handle(.back, key: .escape, env).navigation else { return XCTFail("Esc goes back to settings") }

        var form = LocalityForm(spec: LocalityFormSpec(new: ()))
        _ = form.receive(answer(LocalityDraft(), .ban), env)
        for key in [Key].typing("th 1") { _ = form.handle(nil, key: key, env) }
        XCTAssertEqual(form.errors["code"], T.badLocalityCode, "no spaces in a code")
        for _ in 0..<4 { _ = form.handle(nil, key: .backspace, env) }
        _ = form.handle(.nextField, key: .tab, env)
        for key in [Key].typing("Banr Lifm Moong") { _ = form.handle(nil, key: key, env) }
        XCTAssertEqual(form.handle(.save, key: .function(2), env).effects, [.write(AddLocality(locality: Locality(code: "", name: "Bản Lìm Mông", kind: .ban)))])

        var rename = LocalityForm(spec: LocalityFormSpec(editing: "TH01"))
        _ = rename.receive(answer(LocalityToEdit(code: "TH01"), .init(locality: Locality(code: "TH01", name: "Thôn A", kind: .thon, version: 4), use: .init(officials: 2))), env)
        XCTAssertFalse(rename.spec.fields(rename.values, env).contains { $0.id == "code" }, "a code in use never changes")
        _ = rename.receive(.picked(field: "kind", ids: ["ban"], names: [:]), env)
        XCTAssertEqual(rename.handle(.save, key: .function(2), env).effects,
                       [.write(EditLocality(locality: Locality(code: "TH01", name: "Thôn A", kind: .ban, version: 4), expectedVersion: 4))])
    }

    func testHolidaysByYearAddThroughAPromptAndRemove() throws {
        var screen = HolidaysScreen(year: 2026)
        XCTAssertEqual(screen.refresh(env), [.ask(LoadSettings())])
        _ = screen.receive(answer(LoadSettings(), overview), env)
        XCTAssertEqual(screen.days.first, LocalDate(iso: "2026-01-01"))
        XCTAssertEqual(screen.days.count, 10)
        _ = screen.handle(.previousYear, key: .left, env)
        XCTAssertEqual(screen.year, 2025)
        guard case .push(let ask)? = screen.handle(.new, key: .char("n"), env).navigation, var prompt = ask as? PromptScreen else {
            return XCTFail("n asks for the date")
        }
        for key in [Key].typing("31/02/2026") { _ = prompt.handle(nil, key: key, env) }
        XCTAssertNil(prompt.handle(.choose, key: .enter, env).navigation, "not a real day: stays open")
        XCTAssertEqual(prompt.problem, T.badDate)
        XCTAssertEqual(screen.receive(.entered(field: "holiday", text: "1/9/2026"), env).effects, [.ask(ChangeHolidays(date: LocalDate(iso: "2026-09-01")!, add: true))])
        let added = screen.receive(answer(ChangeHolidays(date: LocalDate(iso: "2026-09-01")!, add: true), overview.holidays.union([LocalDate(iso: "2026-09-01")!])), env)
        XCTAssertEqual(added.message, .info(T.holidayAdded, "01/09/2026"))
        XCTAssertEqual(screen.year, 2026, "shows the year of the day added")
        XCTAssertEqual(screen.selected, LocalDate(iso: "2026-09-01"))
        XCTAssertEqual(screen.handle(.delete, key: .char("x"), env).effects, [.ask(ChangeHolidays(date: LocalDate(iso: "2026-09-01")!, add: false))])
        let removed = screen.receive(answer(ChangeHolidays(date: LocalDate(iso: "2026-09-01")!, add: false), overview.holidays), env)
        XCTAssertEqual(removed.message, .info(T.holidayRemoved, "01/09/2026"))
    }

    // MARK: Through the app

    func testStaffNameSavedInSettingsSignsTheNextChanges() throws {
        let db = try AppFixtures.database()
        var keys: [Key] = [.function(12), .enter, .tab, .tab, .tab] + .typing("Lof Thij Hanhj") + [.function(2), .escape]
        keys += [.char("3"), .enter, .char("A")]
        let (app, _) = try AppFixtures.app(db, keys: keys)
        app.run()
        XCTAssertEqual(try db.generalSettings().staffName, "Lò Thị Hạnh")
        XCTAssertEqual(try db.auditTrail(.commune, code: "lao-chai").last.map { [$0.by, $0.field] }, ["Cán bộ thử", "settings.staffName"])
        XCTAssertEqual(try db.auditTrail(.official, code: "DT-0001").last.map { [$0.by, $0.field] }, ["Lò Thị Hạnh", "archived"],
                       "the next change is signed with the new name")
    }

    // MARK: Snapshots

    func testSettingsScreensAt80x24() throws {
        let db = try AppFixtures.database()
        let (app, terminal) = try AppFixtures.app(db, keys: [.char(",")])
        app.run()
        try assertSnapshot(terminal.screen, "settings-80x24")
        app.send(.key(.enter))
        try assertSnapshot(app.state.render().0, "settings-form-80x24")
        app.send(.key(.escape))
        for key: Key in [.end, .up, .enter] { app.send(.key(key)) }
        try assertSnapshot(app.state.render().0, "settings-localities-80x24")
        app.send(.key(.char("n")))
        app.send(.key(.tab))
        for key in [Key].typing("Thoon Pus Vaa") { app.send(.key(key)) }
        try assertSnapshot(app.state.render().0, "settings-locality-form-80x24")
        app.send(.key(.function(2)))
        XCTAssertEqual(try db.fetch(Locality.self, code: "TH03")?.name, "Thôn Pú Vâ", "the code left empty: the next of its kind")
        for key: Key in [.escape, .end, .enter, .char("n")] { app.send(.key(key)) }
        try assertSnapshot(app.state.render().0, "settings-holidays-80x24")
    }
}
