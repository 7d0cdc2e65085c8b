import Foundation
import XCTest
@testable import GiamSatApp
import GiamSatCore
import TerminalUI

/// The officials' screens as plain values (a key in, effects and navigation out), then through the app on an
/// in-memory database, and as text at 80×24.
final class OfficialScreenTests: XCTestCase {
    let env = testEnv()
    typealias OfficialList = ListScreen<OfficialListSource>
    typealias OfficialPageScreen = DetailScreen<OfficialDetailSource>
    typealias OfficialForm = FormScreen<OfficialFormSpec>

    func page() throws -> OfficialPage {
        try AppFixtures.fullDatabase().officialPage(code: "DT-0001")
    }

    // MARK: Plain values

    func testListFiltersByUnitAndLocalityThroughPickersOfWhatIsOnFile() throws {
        var list = OfficialList(source: OfficialListSource())
        var expected = OfficialListRequest()
        expected.limit = 17
        XCTAssertEqual(list.refresh(env), [.page(AnyListRequest(expected))], "archived officials are not asked for")
        XCTAssertEqual(list.handle(.filterUnit, key: .char("d"), env).effects, [.ask(OfficialFilters())])
        let choices = OfficialFilterChoices(units: ["Đảng ủy xã", "UBND xã"], localities: [Locality(code: "TH01", name: "Thôn A", kind: .thon)])
        guard case .push(let screen)? = list.receive(answer(OfficialFilters(), choices), env).navigation, let picker = screen as? PickerScreen else {
            return XCTFail("the units come back as a picker")
        }
        XCTAssertEqual(picker.field, "unit")
        XCTAssertEqual(picker.picker.items.map(\.id), ["", "Đảng ủy xã", "UBND xã"], "first: any unit")
        expected.unit = "UBND xã"
        XCTAssertEqual(list.receive(.picked(field: "unit", ids: ["UBND xã"], names: [:]), env).effects, [.page(AnyListRequest(expected))])
        _ = list.handle(.filterLocality, key: .char("l"), env)
        guard case .push(let places)? = list.receive(answer(OfficialFilters(), choices), env).navigation,
              (places as? PickerScreen)?.picker.items.map(\.id) == ["", "TH01"] else { return XCTFail("localities picker") }
        expected.residence = "TH01"
        XCTAssertEqual(list.receive(.picked(field: "residence", ids: ["TH01"], names: ["TH01": "Thôn A"]), env).effects,
                       [.page(AnyListRequest(expected))])
        XCTAssertTrue(list.source.filterSummary(env).contains("Nơi cư trú: Thôn A"))
        expected.partyMember = true
        XCTAssertEqual(list.handle(.cycleParty, key: .char("p"), env).effects, [.page(AnyListRequest(expected))])
        expected.archived = true
        XCTAssertEqual(list.handle(.toggleArchived, key: .char("a"), env).effects, [.page(AnyListRequest(expected))])
        XCTAssertEqual(list.receive(answer(OfficialFilters(), choices), env).navigation == nil, true, "choices nobody asked for open nothing")
        _ = list.handle(.clearFilters, key: .escape, env)
        XCTAssertEqual(list.source.request, OfficialListRequest(), "Esc clears every filter")
    }

    func testListKeysOpenTheFormAndTheImport() throws {
        var list = OfficialList(source: OfficialListSource())
        guard case .push(let form)? = list.handle(.new, key: .char("n"), env).navigation, form is OfficialForm else {
            return XCTFail("n opens a blank form")
        }
        guard case .push(let prompt)? = list.handle(.importFile, key: .char("i"), env).navigation,
              let path = prompt as? PromptScreen else { return XCTFail("i asks for the file") }
        XCTAssertEqual(path.field, "import")
        guard case .push(let dialog)? = list.receive(.entered(field: "import", text: "/tmp/ds.csv"), env).navigation,
              (dialog as? ImportOfficialsScreen)?.path == "/tmp/ds.csv" else { return XCTFail("the path goes to the import dialog") }
        XCTAssertEqual(list.receive(.changed, env).effects.count, 1, "after an import the list reloads")
    }

    func testPromptRefusesAnEmptyAnswerAndHandsTheTextDown() throws {
        var prompt = PromptScreen(field: "import", title: T.importTitle, label: T.importPathLabel, hint: T.importPathHint, telex: false)
        XCTAssertNil(prompt.handle(.choose, key: .enter, env).navigation)
        XCTAssertEqual(prompt.problem, T.required)
        for key in " ~/ds.csv " { _ = prompt.handle(nil, key: .char(key), env) }
        guard case .popDelivering(.entered("import", "~/ds.csv"))? = prompt.handle(.choose, key: .enter, env).navigation else {
            return XCTFail("Enter hands the trimmed text down")
        }
    }

    /// A path dragged into the terminal arrives quoted; the screen cleans it before the store is asked.
    func testAPastedPathIsCleanedOnTheScreenSide() throws {
        XCTAssertEqual(PastedPath.clean("'/tmp/ds.csv'"), "/tmp/ds.csv")
        XCTAssertEqual(PastedPath.clean("\"/tmp/danh sách.csv\""), "/tmp/danh sách.csv")
        XCTAssertEqual(PastedPath.clean("~/ds.csv"), NSHomeDirectory() + "/ds.csv")
        var list = ListScreen(source: OfficialListSource())
        guard case .push(let dialog)? = list.receive(.entered(field: "import", text: "'/tmp/ds.csv'"), env).navigation,
              (dialog as? ImportOfficialsScreen)?.path == "/tmp/ds.csv" else { return XCTFail("the cleaned path goes to the import dialog") }
    }

    func testImportChecksFirstThenImportsOnlyOnYes() throws {
        var dialog = ImportOfficialsScreen(path: "ds.csv")
        XCTAssertEqual(dialog.refresh(env), [.ask(ImportOfficials(path: "ds.csv", dryRun: true))], "a dry run first")
        XCTAssertFalse(dialog.acceptsKeys, "keys wait for the check")
        XCTAssertTrue(dialog.handle(.yes, key: .char("y"), env).effects.isEmpty, "nothing to import before the check")
        var report = ImportReport()
        report.counts[.official] = .init(added: 2, updated: 1, unchanged: 5)
        _ = dialog.receive(answer(ImportOfficials(path: "ds.csv", dryRun: true), report), env)
        XCTAssertTrue(dialog.refresh(env).isEmpty, "checked once")
        XCTAssertTrue(try render(dialog).contains("thêm mới: 2"))
        XCTAssertEqual(dialog.handle(.yes, key: .char("y"), env).effects, [.ask(ImportOfficials(path: "ds.csv", dryRun: false))])
        XCTAssertTrue(dialog.handle(.yes, key: .char("y"), env).effects.isEmpty, "y twice imports once")
        let done = dialog.receive(answer(ImportOfficials(path: "ds.csv", dryRun: false), report), env)
        guard case .popDelivering(.changed)? = done.navigation else { return XCTFail("closes and the list reloads") }
        XCTAssertEqual(done.message, .info(T.importedDone, "2 thêm mới, 1 cập nhật, 5 không đổi"))

        var refused = ImportOfficialsScreen(path: "bad.csv")
        let failure = AppFailure.store(.csv(file: "bad.csv", line: 3, problem: .wrongColumnCount(expected: 4, found: 2)))
        _ = refused.receive(.failed(failure), env)
        XCTAssertFalse(refused.offers(.yes), "a refused file cannot be imported")
        XCTAssertTrue(refused.handle(.yes, key: .char("y"), env).effects.isEmpty)
        XCTAssertTrue(try render(refused).contains("bad.csv, dòng 3: có 2 cột, tiêu đề có 4"))
        guard case .pop? = refused.handle(.no, key: .escape, env).navigation else { return XCTFail("Esc closes") }
    }

    func testPageKeysEditAndArchiveWithTheVersionShown() throws {
        var screen = OfficialPageScreen(source: OfficialDetailSource(code: "DT-0001"))
        XCTAssertEqual(screen.refresh(env), [.ask(LoadOfficialPage(code: "DT-0001")), .ask(LoadVoidReason(entity: .official, code: "DT-0001")),
                                             .ask(CountAttachments(entity: .official, code: "DT-0001"))])
        XCTAssertFalse(screen.acceptsKeys)
        _ = screen.receive(answer(LoadOfficialPage(code: "DT-0001"), try page()), env)
        guard case .push(let form)? = screen.handle(.edit, key: .char("e"), env).navigation,
              (form as? OfficialForm)?.spec.code == "DT-0001" else { return XCTFail("e edits") }
        XCTAssertEqual(screen.handle(.archive, key: .char("A"), env).effects,
                       [.write(ArchiveOfficial(code: "DT-0001", version: 1, archived: true))])
        let saved = screen.receive(.saved(entity: .official, code: "DT-0001", undo: nil), env)
        XCTAssertEqual(saved.effects, [.ask(LoadOfficialPage(code: "DT-0001"))], "reloads to show the archive")
        XCTAssertEqual(saved.message, .info(T.archivedDone, "DT-0001"))
        let text = screen.lines(env, width: 76).map(\.0).joined(separator: "\n")
        for expected in ["KH-2021-01", "PA-2021-0001", "KN-2021-0001", "2021  Thôn Háng Đề Dê · Tốt", "Kế hoạch đã giám sát (1)"] {
            XCTAssertTrue(text.contains(expected), "the page shows \(expected)")
        }
    }

    func testPageJoinsTheOfficialIntoAnotherAfterAPickAndAYes() throws {
        var screen = OfficialPageScreen(source: OfficialDetailSource(code: "DT-0001"))
        _ = screen.receive(answer(LoadOfficialPage(code: "DT-0001"), try page()), env)
        guard case .push(let picker)? = screen.handle(.joinOfficial, key: .char("m"), env).navigation,
              let pick = picker as? PickerScreen, pick.search == .officials else { return XCTFail("m asks whom to join into") }
        XCTAssertEqual(screen.receive(.picked(field: pick.field, ids: ["DT-0001"], names: [:]), env).message, .error(T.joinSelf))
        guard case .push(let dialog)? = screen.receive(.picked(field: pick.field, ids: ["DT-0002"], names: ["DT-0002": "Nguyễn Văn Đình"]), env).navigation,
              let confirm = dialog as? ConfirmScreen else { return XCTFail("the join is asked first") }
        XCTAssertEqual(confirm.question, .joinOfficial(duplicate: "DT-0001", into: "DT-0002", name: "Nguyễn Văn Đình"))
        guard case .store(let request)? = screen.receive(.confirmed(confirm.question), env).effects.first,
              let join = request.as(JoinOfficials.self) else { return XCTFail("yes joins") }
        XCTAssertEqual(join, JoinOfficials(duplicate: "DT-0001", into: "DT-0002"))
        let joined = screen.receive(.saved(entity: .official, code: "DT-0002", undo: nil), env)
        guard case .replace(let next)? = joined.navigation,
              (next as? OfficialPageScreen)?.source.code == "DT-0002" else { return XCTFail("the page of the one joined into takes its place") }
        XCTAssertEqual(joined.message, .info(T.joinedDone, "DT-0002"))
    }

    func testFormChecksNamesAndYearAndSavesTheThreeNamePartsApart() throws {
        var form = OfficialForm(spec: OfficialFormSpec(new: AppFixtures.today))
        XCTAssertEqual(form.refresh(env), [.ask(OfficialDraft())])
        _ = form.receive(answer(OfficialDraft(), .init(value: "DT-0004", localities: [Locality(code: "TH01", name: "Thôn A", kind: .thon)])), env)
        XCTAssertFalse(form.spec.fields(form.values, env).contains { $0.id == "partyCell" }, "no party cell for a non-member")
        _ = form.handle(.save, key: .function(2), env)
        XCTAssertEqual(form.errors["familyName"], T.required)
        XCTAssertEqual(form.errors["givenName"], T.required)
        XCTAssertEqual(form.errors["category"], T.required)
        for key in [Key].typing("Nguyeenx") { _ = form.handle(nil, key: key, env) }
        _ = form.handle(.nextField, key: .tab, env)
        for key in [Key].typing("Vawn  ") { _ = form.handle(nil, key: key, env) }
        _ = form.handle(.nextField, key: .tab, env)
        for key in [Key].typing("DDinhf") { _ = form.handle(nil, key: key, env) }
        _ = form.handle(.nextField, key: .tab, env)
        _ = form.handle(.nextField, key: .tab, env)
        for key in [Key].typing("1850") { _ = form.handle(nil, key: key, env) }
        XCTAssertEqual(form.errors["birthYear"], T.badBirthYear, "checked as soon as four digits are typed")
        for _ in 0..<4 { _ = form.handle(nil, key: .backspace, env) }
        for key in [Key].typing("1978") { _ = form.handle(nil, key: key, env) }
        _ = form.receive(.picked(field: "category", ids: ["can-bo-chu-chot"], names: [:]), env)
        _ = form.receive(.picked(field: "residence", ids: ["TH01"], names: [:]), env)
        let saved = form.handle(.save, key: .function(2), env)
        guard let official = saved.effects.first?.store(SaveNew<Official>.self)?.record else { return XCTFail("saves: \(form.errors)") }
        XCTAssertEqual([official.familyName, official.middleName, official.givenName], ["Nguyễn", "Văn", "Đình"])
        XCTAssertEqual(official.code, "DT-0004")
        XCTAssertEqual(official.birthYear, 1978)
        XCTAssertEqual(official.residence, "TH01")
        XCTAssertFalse(official.exemptFromResidence || official.archived)
        guard case .replace(let shown)? = form.receive(.saved(entity: .official, code: "DT-0004", undo: nil), env).navigation,
              (shown as? OfficialPageScreen)?.source.code == "DT-0004" else { return XCTFail("the new official's page replaces the form") }
    }

    func testEditKeepsTheArchiveFlagAndTheVersionAndDropsTheCellOfANonMember() throws {
        var form = OfficialForm(spec: OfficialFormSpec(editing: "DT-0001", today: AppFixtures.today))
        XCTAssertEqual(form.refresh(env), [.ask(OfficialToEdit(code: "DT-0001"))])
        var official = try page().official
        official.archived = true
        official.partyMember = true
        official.partyCell = "Chi bộ 1"
        official.version = 3
        _ = form.receive(answer(OfficialToEdit(code: "DT-0001"), .init(value: official, localities: [])), env)
        XCTAssertTrue(form.spec.fields(form.values, env).contains { $0.id == "exemptFromResidence" })
        _ = form.receive(.picked(field: "status", ids: ["nghi-huu"], names: [:]), env)
        let saved = form.handle(.save, key: .function(2), env).effects
        guard let save = saved.first?.store(SaveEdit<Official>.self), save.expectedVersion == 3 else { return XCTFail("saved expecting version 3: \(saved)") }
        let edited = save.record
        XCTAssertEqual(edited.status, .nghiHuu)
        XCTAssertTrue(edited.archived, "archiving is not the form's")
        XCTAssertEqual(edited.partyCell, "Chi bộ 1")
        var long = form.values
        long["unit"] = .text(TextField(String(repeating: "x", count: FieldLimit.name + 1)))
        XCTAssertEqual(form.spec.problems(long, saving: false, env)["unit"], T.tooLongName, "the store's limit, said on the field")
        var values = form.values
        values["partyMember"] = .flag(false)
        XCTAssertEqual(form.spec.official(values).partyCell, "", "a non-member has no party cell")
    }

    // MARK: Through the app

    func testAddAnOfficialTypedInTelexThenFindItWithoutAccentsAndArchiveIt() throws {
        let db = try AppFixtures.fullDatabase()
        var keys: [Key] = [.char("n")] + .typing("Hoangf") + [.tab] + .typing("Thij") + [.tab] + .typing("Lan")
        keys += [.tab, .tab, .tab] + .typing("Chur tichj Hooij Phuj nuwx") + [.tab, .tab, .enter] + .typing("chu chot") + [.enter]
        keys += [.function(2)]
        let (app, terminal) = try AppFixtures.app(db, keys: keys, section: .officials)
        app.run()
        let saved = try XCTUnwrap(db.fetch(Official.self, code: "DT-0004"))
        XCTAssertEqual(saved.fullName, "Hoàng Thị Lan")
        XCTAssertEqual(saved.position, "Chủ tịch Hội Phụ nữ")
        XCTAssertEqual(saved.category, .canBoChuChot)
        XCTAssertEqual(app.state.topIs(OfficialPageScreen.self)?.source.code, "DT-0004", "its page is shown")
        XCTAssertTrue(terminal.screen.text.contains("Hoàng Thị Lan · DT-0004"))
        app.send(.key(.char("A")))
        XCTAssertEqual(try db.fetch(Official.self, code: "DT-0004")?.archived, true)
        app.send(.key(.escape))
        app.send(.key(.char("/")))
        for key in [Key].typing("hoang") { app.send(.key(key)) }
        XCTAssertEqual(app.state.screen(OfficialList.self)?.total, 0, "archived: not in the list")
        app.send(.key(.enter))
        app.send(.key(.char("a")))
        XCTAssertEqual(app.state.screen(OfficialList.self)?.rows.map(\.code), ["DT-0004"], "a: the archived ones")
        app.send(.key(.char("u")))
        // Archived on the official's page, undone from the list: said first (issue 17).
        XCTAssertEqual((app.state.top as? ConfirmScreen)?.question.undoStep?.code, "DT-0004")
        XCTAssertEqual(try db.fetch(Official.self, code: "DT-0004")?.archived, true, "nothing undone before the answer")
        app.send(.key(.char("c")))
        XCTAssertEqual(try db.fetch(Official.self, code: "DT-0004")?.archived, false, "u undoes the archiving")
    }

    func testImportACSVFromTheScreenAfterSeeingWhatItWouldDo() throws {
        let db = try AppFixtures.database()
        let path = NSTemporaryDirectory() + "giamsat-officials-\(UUID().uuidString).csv"
        try "Mã;Họ và tên;Đối tượng;Nơi cư trú\nDT-0010;Vàng Thị Mỷ;Cán bộ, đảng viên;TH02\nDT-0001;Giàng A Dình;Người đứng đầu;TH01\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (app, terminal) = try AppFixtures.app(db, keys: [.char("i")] + .typing(path) + [.enter], section: .officials)
        app.run()
        XCTAssertNotNil(app.state.topIs(ImportOfficialsScreen.self))
        XCTAssertNil(try db.fetch(Official.self, code: "DT-0010"), "the check writes nothing")
        XCTAssertTrue(terminal.screen.text.contains("thêm mới: 1"))
        app.send(.key(.char("y")))
        XCTAssertEqual(try db.fetch(Official.self, code: "DT-0010")?.fullName, "Vàng Thị Mỷ")
        XCTAssertEqual(app.state.screen(OfficialList.self)?.total, 4, "the list shows the new one")
        XCTAssertEqual(app.state.messageText, "Đã nhập danh sách đối tượng: 1 thêm mới, 1 cập nhật, 0 không đổi")

        let bad = NSTemporaryDirectory() + "giamsat-bad-\(UUID().uuidString).csv"
        try "Mã;Họ và tên;Đối tượng\nDT-0011;Lý Văn Cường;chủ tịch\n".write(toFile: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: bad) }
        for key in [Key.char("i")] + .typing(bad) + [.enter] { app.send(.key(key)) }
        XCTAssertTrue(app.state.render().0.text.contains("DT-0011"), "the problem names the record")
        app.send(.key(.char("y")))
        XCTAssertNil(try db.fetch(Official.self, code: "DT-0011"), "a refused file writes nothing")
    }

    func testThePickerOfTheFeedbackFormSkipsArchivedOfficials() throws {
        let db = try AppFixtures.database()
        _ = try db.setArchived(true, official: "DT-0002", version: 1, by: "t")
        let runner = EffectRunner(database: db, today: AppFixtures.today)
        guard let (_, rows) = runner.run(.ask(SearchOfficials(query: "dinh")), by: "t").answer(to: SearchOfficials.self) else { return XCTFail() }
        XCTAssertEqual(rows.map(\.code), ["DT-0001"], "Nguyễn Văn Đình is archived")
    }

    // MARK: Snapshots

    func testOfficialPageAndFormAt80x24() throws {
        let db = try AppFixtures.fullDatabase()
        let (app, terminal) = try AppFixtures.app(db, keys: [.enter], section: .officials)
        app.run()
        XCTAssertEqual(app.state.topIs(OfficialPageScreen.self)?.source.code, "DT-0001")
        try assertSnapshot(terminal.screen, "official-page-80x24")
        app.send(.key(.char("e")))
        try assertSnapshot(app.state.render().0, "official-form-80x24")
    }

    func testImportDialogAt80x24() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), section: .officials)
        app.run()
        var state = app.state
        let requests = state.push(ImportOfficialsScreen(path: "danh-sach-doi-tuong.csv"))
        XCTAssertEqual(requests.map(\.effect), [.ask(ImportOfficials(path: "danh-sach-doi-tuong.csv", dryRun: true))])
        var report = ImportReport()
        report.counts[.official] = .init(added: 12, updated: 3, unchanged: 49)
        _ = state.update(.result(screen: requests[0].screen, answer(ImportOfficials(path: "danh-sach-doi-tuong.csv", dryRun: true), report)))
        try assertSnapshot(state.render().0, "officials-import-80x24")
    }

    func render(_ screen: some Screen) throws -> String {
        var canvas = Canvas(width: 80, height: 24)
        _ = screen.render(into: &canvas, canvas.bounds, env)
        return canvas.text
    }
}
