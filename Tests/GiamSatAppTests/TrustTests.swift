import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

/// Issue 17, "nothing written that the user did not mean": focus after a picker, a dialog's list that ignores letters,
/// undo across screens with creations, void from a record's page, Telex in document numbers.
final class TrustTests: XCTestCase {
    let env = testEnv()

    func type(_ text: String, into screen: inout some Screen) {
        for character in text { _ = screen.handle(nil, key: .char(character), env) }
    }

    func focus(_ id: String, in form: inout FormScreen<PlanFormSpec>) {
        for _ in 0..<30 where form.focus != id { _ = form.handle(.nextField, key: .tab, env) }
    }

    func testAPickerGivesFocusBackToItsFieldAndTabNeverWraps() throws {
        var form = FormScreen(spec: PlanFormSpec(newIn: 2021))
        _ = form.receive(.answer(AnyStoreRequest(PlanDraft(year: 2021)), "KH-2021-04"), env)
        focus("supervised", in: &form)
        _ = form.receive(.picked(field: "supervised", ids: ["DT-0001"], names: ["DT-0001": "Giàng A Dình"]), env)
        XCTAssertEqual(form.focus, "supervised", "the picker closed: focus is where it was opened")
        _ = form.handle(.nextField, key: .tab, env)
        type("01/06/2021", into: &form)
        XCTAssertEqual(form.values.text("startOn"), "01/06/2021", "the date typed after Tab lands in the start date")
        XCTAssertEqual(form.values.text("endOn"), "")
        for _ in 0..<5 { _ = form.handle(.nextField, key: .tab, env) }
        XCTAssertEqual(form.focus, "reportedOn", "Tab stops at the last field")
        for _ in 0..<40 { _ = form.handle(.previousField, key: .backTab, env) }
        XCTAssertEqual(form.focus, "code", "Shift-Tab stops at the first")
    }

    func testDocumentNumbersAreTypedInTelexLikeEveryField() throws {
        var form = FormScreen(spec: PlanFormSpec(newIn: 2021))
        _ = form.receive(.answer(AnyStoreRequest(PlanDraft(year: 2021)), "KH-2021-04"), env)
        focus("documentNumber", in: &form)
        type("12/QDD-MTTQ", into: &form)
        XCTAssertEqual(form.values.text("documentNumber"), "12/QĐ-MTTQ")
        focus("teamDecision", in: &form)
        type("124-QDD/TWW", into: &form)
        XCTAssertEqual(form.values.text("teamDecision"), "124-QĐ/TW")
    }

    func testLettersTypedInTheStatusDialogNeverMoveItsListAndF2SavesWhatIsShown() throws {
        let feedback = Feedback(code: "PA-2021-0001", receivedOn: AppFixtures.today, channel: .homThu, kind: .toCao, summary: "x")
        var dialog = StatusChangeScreen(feedback: feedback, options: feedback.status.allowedNext, today: AppFixtures.today)
        _ = dialog.handle(.down, key: .down, env)
        _ = dialog.handle(.down, key: .down, env)
        XCTAssertEqual(dialog.chosen, .trungLap)
        _ = dialog.handle(.down, key: .char("j"), env)
        _ = dialog.handle(.up, key: .char("k"), env)
        XCTAssertEqual(dialog.chosen, .trungLap, "j and k are letters: the list moves by the arrows only")
        _ = dialog.handle(.nextField, key: .tab, env)
        _ = dialog.handle(.nextField, key: .tab, env)
        XCTAssertEqual(dialog.focus, .duplicateOf)
        guard case .push? = dialog.handle(.choose, key: .enter, env).navigation else { return XCTFail("Enter picks the original") }
        _ = dialog.receive(.picked(field: StatusChangeScreen.originalField, ids: ["PA-2021-0002"], names: [:]), env)
        XCTAssertEqual(dialog.focus, .duplicateOf, "focus stays on the field that opened the picker")
        _ = dialog.handle(.nextField, key: .tab, env)
        type("Trufng ddown", into: &dialog)
        _ = dialog.handle(.nextField, key: .tab, env)
        XCTAssertEqual(dialog.focus, .note, "Tab never wraps back to the list")
        type(" jjj", into: &dialog)
        XCTAssertEqual(dialog.chosen, .trungLap)
        let saved = dialog.handle(.save, key: .function(2), env)
        XCTAssertEqual(saved.effects, [.write(AdvanceFeedback(code: "PA-2021-0001", version: 0, change: Feedback.StatusChange(
            status: .trungLap, on: AppFixtures.today, by: "Cán bộ thử", note: "Trùng đơn jjj", duplicateOf: "PA-2021-0002")))])
        let done = dialog.receive(.saved(entity: .feedback, code: "PA-2021-0001", undo: nil), env)
        XCTAssertEqual(done.message, .info(T.statusChanged, "Trùng"), "the confirmation names the step saved")
    }

    func testUndoTakesTheNewestChangeFirstCreationsIncludedAndAsksWhenItIsElsewhere() throws {
        let db = try AppFixtures.fullDatabase()
        var keys: [Key] = [.char("n"), .tab, .enter] + .typing("day nong") + [.enter, .tab, .enter, .enter]
        keys += [.tab, .tab, .tab, .tab, .tab] + .typing("Goji ddieenj") + [.function(2)]
        let (app, _) = try AppFixtures.app(db, keys: keys)
        app.run()
        XCTAssertNotNil(try db.fetch(Feedback.self, code: "PA-2021-0007"), "created")
        // Another screen: an official's page, archived there.
        for key: Key in [.char("3"), .enter] { app.send(.key(key)) }
        let official = try XCTUnwrap(app.state.topIs(DetailScreen<OfficialDetailSource>.self)?.source.code)
        app.send(.key(.char("A")))
        XCTAssertEqual(try db.fetch(Official.self, code: official)?.archived, true)
        app.send(.key(.char("u")))
        XCTAssertEqual(try db.fetch(Official.self, code: official)?.archived, false, "the newest change, made here: undone at once")
        app.send(.key(.char("u")))
        let asked = try XCTUnwrap((app.state.top as? ConfirmScreen)?.question.undoStep)
        XCTAssertEqual([asked.code], ["PA-2021-0007"])
        XCTAssertEqual(asked.change, .creation)
        let screen = app.state.render().0.text
        XCTAssertTrue(screen.contains("Hoàn tác: tạo phản ánh PA-2021-0007?"), screen)
        XCTAssertNil(try db.voidReason(.feedback, code: "PA-2021-0007"), "nothing before the answer")
        app.send(.key(.char("c")))
        XCTAssertEqual(try db.voidReason(.feedback, code: "PA-2021-0007"), "", "the creation undone: voided, its code kept")
        XCTAssertEqual(try db.nextCode(prefix: "PA", year: 2021), "PA-2021-0008")
    }

    func testAVoidFromTheRecordsPageAsksAReasonAndIsUndoneByU() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, keys: [.enter])
        app.run()
        let code = try XCTUnwrap(app.state.topIs(DetailScreen<FeedbackDetailSource>.self)?.source.code)
        app.send(.key(.char("X")))
        for key in [Key].typing("Nhaapj nhaamf") { app.send(.key(key)) }
        app.send(.key(.enter))
        XCTAssertEqual(try db.voidReason(.feedback, code: code), "Nhập nhầm")
        let page = app.state.render().0.text
        XCTAssertTrue(page.contains("Đã hủy            Nhập nhầm"), page)
        app.send(.key(.char("u")))
        XCTAssertNil(try db.voidReason(.feedback, code: code), "u on the same page restores it at once")
        app.send(.key(.char("X")))
        for key in [Key].typing("Trufng") { app.send(.key(key)) }
        app.send(.key(.enter))
        app.send(.key(.char("K")))
        XCTAssertNil(try db.voidReason(.feedback, code: code), "K restores")
    }
}

extension TrustTests {
    func testTheFeedbackListShowsTheKindAndKeepsTheDueColumnAt80And60Columns() throws {
        let db = try AppFixtures.database()
        var record = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0004"))
        record.kind = .toCao
        try db.save(record, by: "t")
        for width in [80, 60] {
            let (app, _) = try AppFixtures.app(db, width: width, height: 24)
            app.run()
            let lines = app.state.render().0.text.split(separator: "\n").map(String.init)
            let header = try XCTUnwrap(lines.first { $0.hasPrefix("Mã") }, "\(width)")
            XCTAssertTrue(header.contains("Loại") && header.hasSuffix("Hạn"), "kind and due at \(width): \(header)")
            let row = try XCTUnwrap(lines.first { $0.hasPrefix("PA-2021-0004") })
            XCTAssertTrue(row.contains("Tố cáo"), "a tố cáo is spotted at \(width): \(row)")
            XCTAssertTrue(row.contains("Phản ánh ch"), "the summary gets the width left over at \(width): \(row)")
        }
    }
}

extension TrustTests {
    func testAnExportAsksWhereAndNeverReplacesAFileWithoutAsking() throws {
        var report = ReportScreen(year: 2021)
        var settings = env
        settings.settings.exportFolder = "~/Tài liệu/giamsat"
        guard case .push(let prompt as PromptScreen)? = report.receive(.picked(field: "export", ids: ["csv"], names: [:]), settings).navigation else {
            return XCTFail("the format chosen, the folder is asked")
        }
        XCTAssertEqual(prompt.input.text, "~/Tài liệu/giamsat", "the folder of the settings, editable")
        let folder = NSTemporaryDirectory() + "giamsat-export-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tally = ExportTally(periods: report.periods(env), format: .csv, lang: .vi)
        XCTAssertEqual(report.receive(.entered(field: ReportScreen.folderField, text: folder), env).effects, [.ask(tally)])

        let context = StoreContext(database: try AppFixtures.database(), user: "t", today: AppFixtures.today)
        let worded = report.receive(.answer(AnyStoreRequest(tally), try tally.run(context)), env).effects
        guard case .store(let request)? = worded.first, let write = request.as(WriteReport.self) else { return XCTFail("the report is written") }
        XCTAssertEqual(write.folder, folder, "where the user said")
        guard case .written(let path) = try write.run(context) else { return XCTFail("written the first time") }
        XCTAssertEqual(path, write.path)
        try "kept".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try write.run(context), .exists, "a file of that name: nothing written")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "kept")
        guard case .push(let confirm as ConfirmScreen)? = report.receive(.answer(AnyStoreRequest(write), WriteReport.Outcome.exists), env).navigation else {
            return XCTFail("the screen asks before replacing")
        }
        XCTAssertEqual(confirm.question, .overwrite(path: path))
        var replace = write
        replace.overwrite = true
        XCTAssertEqual(report.receive(.confirmed(.overwrite(path: path)), env).effects, [.ask(replace)])
        XCTAssertEqual(try replace.run(context), .written(path: path))
        XCTAssertNotEqual(try String(contentsOfFile: path, encoding: .utf8), "kept", "replaced once the user said yes")
    }
}

extension TrustTests {
    func testThePaletteFindsTheExportAndAPersonFromAnyScreen() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, keys: [.ctrl("p")] + .typing("xuat"))
        app.run()
        let palette = try XCTUnwrap(app.state.topIs(PaletteScreen.self))
        XCTAssertEqual(palette.items.first?.command, .export, "xuat finds the export outside section 7")
        app.send(.key(.enter))
        XCTAssertEqual(app.state.section, .report, "the export runs on the report's screen")
        XCTAssertNotNil(app.state.topIs(PickerScreen.self), "which asks the format")
        app.send(.key(.escape))
        app.send(.key(.char("2")))
        for key in [Key.ctrl("p")] + .typing("lo thi") { app.send(.key(key)) }
        let found = try XCTUnwrap(app.state.topIs(PaletteScreen.self)?.items.first { $0.record?.entity == .official })
        XCTAssertEqual(found.record?.code, "DT-0003")
        let index = try XCTUnwrap(app.state.topIs(PaletteScreen.self)?.items.firstIndex(of: found))
        for _ in 0..<index { app.send(.key(.down)) }
        app.send(.key(.enter))
        XCTAssertEqual(app.state.topIs(DetailScreen<OfficialDetailSource>.self)?.source.code, "DT-0003", "a person opened by name")
    }
}

extension TrustTests {
    func testTheResidenceGridSaysWhatAKeyWroteUndoesItAtOnceAndVoidsAReview() throws {
        let db = try AppFixtures.residenceDatabase()
        let (app, _) = try AppFixtures.app(db, section: .residence)
        app.run()
        for key: Key in [.down, .enter, .down, .char("n")] { app.send(.key(key)) }
        XCTAssertEqual(try db.fetch(ResidenceReview.self, code: "2021/DT-0002")?.assessment, .khongYKien)
        XCTAssertTrue(app.state.messageText?.contains("Không có ý kiến · u: hoàn tác") ?? false, app.state.messageText ?? "")
        app.send(.key(.char("u")))
        XCTAssertEqual(try db.voidReason(.residenceReview, code: "2021/DT-0002"), "", "the review the key wrote, taken back at once")
        XCTAssertNil(app.state.topIs(ResidenceGridScreen.self)?.rows.first { $0.code == "DT-0002" }?.review, "the row waits again")
        // The review of 2021 entered by mistake for DT-0001: X, a reason, Enter.
        for key: Key in [.up, .char("X")] { app.send(.key(key)) }
        for key in [Key].typing("Nhaamf nguwowif") + [.enter] { app.send(.key(key)) }
        XCTAssertEqual(try db.voidReason(.residenceReview, code: "2021/DT-0001"), "Nhầm người")
        XCTAssertNil(app.state.topIs(ResidenceGridScreen.self)?.rows.first { $0.code == "DT-0001" }?.review)
        XCTAssertEqual(try db.tally(TallyPeriod(from: LocalDate(iso: "2021-01-01")!, to: LocalDate(iso: "2021-12-31")!),
                                    today: AppFixtures.today).reviewOfficials, 0, "no review left in the tally")
    }
}

extension TrustTests {
    func testThePaletteBacksUpFromAnyScreenNeverOverAnEarlierBackup() throws {
        var palette = PaletteScreen(keymaps: [.feedbackList, .list, .navigation], lang: .vi)
        for key in "sao luu" { _ = palette.handle(nil, key: .char(key), env) }
        XCTAssertEqual(palette.items.first?.command, .backup)
        let folder = NSTemporaryDirectory() + "giamsat-backup-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = try AppDatabase.open(DataDirectory(path: folder), create: true)
        try db.setCommune(Commune(code: "lao-chai", name: "Xã Lao Chải"), by: "t")
        let context = StoreContext(database: db, user: "t", today: AppFixtures.today)
        let first = try BackupNow().run(context), second = try BackupNow().run(context)
        XCTAssertEqual(first, folder + "/backups/giamsat-20210630.sqlite")
        XCTAssertEqual(second, folder + "/backups/giamsat-20210630-2.sqlite", "the second of the day beside the first")
        XCTAssertTrue(FileManager.default.fileExists(atPath: first) && FileManager.default.fileExists(atPath: second))
    }
}

extension TrustTests {
    func testARevealedReporterHidesAgainAfterAWhileOrOnAnyKey() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, keys: [.end, .enter, .char("v")])
        app.run()
        XCTAssertTrue(app.state.render().0.text.contains("Sùng A Tủa"))
        XCTAssertTrue(app.state.showsBriefly, "the loop counts the while (AppState.briefShowing) from here")
        app.send(.tick)
        XCTAssertFalse(app.state.render().0.text.contains("Sùng A Tủa"), "hidden again once the while has passed")
        XCTAssertFalse(app.state.showsBriefly)
        app.send(.key(.char("v")))
        XCTAssertTrue(app.state.render().0.text.contains("Sùng A Tủa"))
        app.send(.key(.char("j")))
        XCTAssertFalse(app.state.render().0.text.contains("Sùng A Tủa"), "or on any key")
    }
}
