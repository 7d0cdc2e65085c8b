import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

final class FeedbackWorkflowTests: XCTestCase {
    func testListOpensNewestFirstWithOverdueMarked() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database())
        app.run()
        let list = try XCTUnwrap(app.state.list)
        XCTAssertEqual(list.total, 6)
        XCTAssertEqual(list.rows.first?.code, "PA-2021-0006")
        // PA-2021-0001 is still under review and was due 01/04/2021.
        XCTAssertEqual(list.rows.first { $0.code == "PA-2021-0001" }?.overdue, true)
        XCTAssertEqual(list.rows.first { $0.code == "PA-2021-0002" }?.overdue, false, "filed records are ended")
        try assertSnapshot(terminal.screen, "list-80x24")
    }

    func testFilterAsYouTypeWithoutAccents() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("/")] + .typing("duong day"))
        app.run()
        XCTAssertEqual(app.state.list?.rows.map(\.code), ["PA-2021-0001"])
        XCTAssertTrue(terminal.screen.text.contains("1 kết quả"))
        app.send(.key(.escape))
        XCTAssertEqual(app.state.list?.total, 6, "Esc clears the filter")
        app.send(.key(.char("/")))
        for key in [Key].typing("dinh") { app.send(.key(key)) }
        XCTAssertEqual(Set(app.state.list?.rows.map(\.code) ?? []), ["PA-2021-0001", "PA-2021-0002", "PA-2021-0004", "PA-2021-0006"],
                       "Dình and Đình, by the officials' names")
    }

    func testStatusChannelAndOverdueFilters() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database())
        app.run()
        app.send(.key(.char("o")))
        XCTAssertEqual(app.state.list?.rows.map(\.code), ["PA-2021-0003", "PA-2021-0001"], "0004 is due 01/07")
        app.send(.key(.char("o")))
        app.send(.key(.char("s"))) // first status: tiep-nhan
        XCTAssertEqual(app.state.list?.source.request.status, .tiepNhan)
        XCTAssertEqual(app.state.list?.total, 4)
        app.send(.key(.escape))
        app.send(.key(.char("c")))
        XCTAssertEqual(app.state.list?.source.request.channel, .trucTiep)
        XCTAssertEqual(app.state.list?.rows.map(\.code), ["PA-2021-0004"])
        app.send(.key(.escape))
        app.send(.key(.char("t")))
        XCTAssertEqual(app.state.list?.rows.first?.code, "PA-2021-0001", "oldest first")
    }

    func testOpenRecordRevealIsAuditedAndMaskedUntilAsked() throws {
        let db = try AppFixtures.database()
        let (app, terminal) = try AppFixtures.app(db, keys: [.end, .enter])
        app.run()
        XCTAssertEqual(app.state.detail?.source.code, "PA-2021-0001")
        XCTAssertFalse(terminal.screen.text.contains("Sùng A Tủa"))
        XCTAssertTrue(terminal.screen.text.contains("•••"))
        app.send(.key(.char("v")))
        let (canvas, _) = app.state.render()
        XCTAssertTrue(canvas.text.contains("Sùng A Tủa"))
        XCTAssertEqual(try db.auditTrail(.feedback, code: "PA-2021-0001").last?.field, AuditEntry.revealField)
        app.send(.key(.down))
        XCTAssertFalse(app.state.render().0.text.contains("Sùng A Tủa"), "any key hides the reporter again (issue 17)")
        XCTAssertTrue(app.state.render().0.text.contains("•••"))
    }

    func testRevealIsNotOfferedOnAnAnonymousRecord() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, keys: [.enter, .char("v")])
        app.run()
        XCTAssertEqual(app.state.detail?.source.code, "PA-2021-0006")
        XCTAssertFalse(app.state.render().0.text.contains("Xem người PA"), "v is not offered in the key bar")
        XCTAssertNotEqual(try db.auditTrail(.feedback, code: "PA-2021-0006").last?.field, AuditEntry.revealField)
    }

    func testNewRecordTypedInTelexIsSavedInOneGo() throws {
        let db = try AppFixtures.database()
        // A picker gives focus back to the field that opened it: Tab moves on (issue 17).
        var keys: [Key] = [.char("n"), .tab, .enter] + .typing("day nong") + [.enter] // channel: hotline
        keys += [.tab, .enter, .enter] // kind: the first (phản ánh)
        keys += [.tab, .tab, .enter] + .typing("dinh") + [.down, .tab, .enter] // officials: mark the second Đình match with Tab
        keys += [.tab, .tab, .tab] + .typing("Nguwowif daan goij dduwowngf daay nongs") + [.function(2)]
        let (app, _) = try AppFixtures.app(db, keys: keys)
        app.run()
        let saved = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0007"))
        XCTAssertEqual(saved.summary, "Người dân gọi đường dây nóng")
        XCTAssertEqual(saved.channel, .duongDayNong)
        XCTAssertEqual(saved.officials.count, 1)
        XCTAssertEqual(saved.receivedOn, AppFixtures.today)
        XCTAssertEqual(saved.dueOn, AppFixtures.today.adding(days: 30))
        XCTAssertEqual(app.state.detail?.source.code, "PA-2021-0007", "the saved record is shown")
        XCTAssertNil(app.state.form)
        app.send(.key(.escape))
        XCTAssertNotNil(app.state.topIs(AppState.FeedbackList.self), "back goes to the list the form was opened from")
    }

    func testSpaceTypesInThePickerAndTabMarks() throws {
        let db = try AppFixtures.database()
        // "lo thi" with a space typed into the filter (Space never marks): Enter takes the one match.
        let keys: [Key] = [.char("n"), .tab, .tab, .tab, .tab, .enter] + .typing("lo thi") + [.enter]
        let (app, _) = try AppFixtures.app(db, keys: keys)
        app.run()
        let form = try XCTUnwrap(app.state.form)
        XCTAssertEqual(form.values.many("officials"), ["DT-0003"], "Space typed a space; Enter took the one match shown")
        app.send(.key(.backTab))
        app.send(.key(.enter))
        for key in [Key].typing("zz zz") { app.send(.key(key)) }
        let picker = try XCTUnwrap(app.state.topIs(PickerScreen.self))
        XCTAssertEqual(picker.picker.filter.text, "zz zz")
        app.send(.key(.enter))
        XCTAssertEqual(app.state.form?.values.many("officials"), ["DT-0003"], "no match: nothing new attached")
    }

    func testFormValidatesAndAsksBeforeDiscarding() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("n"), .ctrl("u")] + .typing("31/02/2021"))
        app.run()
        XCTAssertEqual(app.state.form?.errors["received"], T.badDate)
        try assertSnapshot(terminal.screen, "form-80x24")
        app.send(.key(.function(2)))
        XCTAssertNotNil(app.state.form, "nothing saved")
        XCTAssertEqual(app.state.message?.isError, true)
        app.send(.key(.escape))
        XCTAssertEqual(app.state.topIs(ConfirmScreen.self)?.question, .discardForm)
        app.send(.key(.char("n")))
        XCTAssertNotNil(app.state.topIs(AppState.FeedbackForm.self))
        app.send(.key(.function(10)))
        XCTAssertEqual(app.state.topIs(ConfirmScreen.self)?.question, .quit, "quitting with unsaved changes asks first")
        app.send(.key(.char("y")))
        XCTAssertFalse(app.state.running)
    }

    func testDatesTypedAsTheListShowsThemAndNoFutureReceipt() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("n"), .ctrl("u")] + .typing("15/06/21"))
        app.run()
        XCTAssertNil(app.state.form?.errors["received"])
        XCTAssertEqual(app.state.form?.values.date("received"), LocalDate(year: 2021, month: 6, day: 15), "dd/mm/yy is read")
        // The due date is no longer typed: the store computes it with the law's clock (issue 21, FeedbackClockTests).
        XCTAssertNil(app.state.form?.values.date("due"))
        for key: [Key] in [[.ctrl("u")], .typing("01/07/2021")] { for k in key { app.send(.key(k)) } }
        XCTAssertEqual(app.state.form?.errors["received"], T.receivedInFuture)
    }

    func testStatusChangeOffersOnlyAllowedStepsAndNeedsARecipient() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, keys: [.end, .enter, .char("s")])
        app.run()
        let dialog = try XCTUnwrap(app.state.topIs(StatusChangeScreen.self))
        XCTAssertEqual(dialog.options, [.daChuyen, .coKetQua, .khongCoCoSo, .trungLap, .luu])
        for key: Key in [.enter, .function(2)] { app.send(.key(key)) } // forward with no recipient
        XCTAssertEqual(app.state.topIs(StatusChangeScreen.self)?.errors[.to], T.forwardNeedsBody, "a plain word on the field")
        XCTAssertEqual(app.state.topIs(StatusChangeScreen.self)?.focus, .to)
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.status, .xemXet)
        for key in [Key].typing("Uyr ban Kieemr tra") { app.send(.key(key)) }
        app.send(.key(.function(2)))
        let saved = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001"))
        XCTAssertEqual(saved.status, .daChuyen)
        XCTAssertEqual(saved.history.last?.to, "Ủy ban Kiểm tra")
        XCTAssertEqual(saved.history.last?.by, "Cán bộ thử")
        XCTAssertNotNil(app.state.detail, "back on the record, reloaded")
        XCTAssertTrue(app.state.render().0.text.contains("Đã chuyển cơ quan có thẩm quyền"))
    }

    func testStaleSaveReloadsTheRecordAndKeepsTheUsersEdits() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, keys: [.enter, .char("e"), .tab, .tab, .tab, .tab, .tab, .tab, .tab, .end] + .typing(" theem"))
        app.run()
        XCTAssertEqual(app.state.form?.focus, "summary")
        // Meanwhile, at the other desk:
        var other = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0006"))
        other.notes = "Đã hẹn gặp"
        try db.save(other, expectedVersion: other.version, by: "Bàn khác")
        app.send(.key(.function(2)))
        XCTAssertEqual(app.state.message?.isError, true)
        XCTAssertTrue(app.state.messageText?.contains("người khác") == true, app.state.messageText ?? "")
        XCTAssertEqual(app.state.form?.values.text("summary").hasSuffix(" thêm"), true, "the user's edit is kept")
        XCTAssertEqual(app.state.form?.values.text("notes"), "Đã hẹn gặp", "the other desk's change is loaded")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0006")?.notes, "Đã hẹn gặp", "no silent overwrite")
        app.send(.key(.function(2)))
        let saved = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0006"))
        XCTAssertTrue(saved.summary.hasSuffix(" thêm"))
        XCTAssertEqual(saved.notes, "Đã hẹn gặp", "both changes are in")
    }

    func testEditFormMasksTheReporterUntilRevealedAndAuditsTheReveal() throws {
        let db = try AppFixtures.database()
        let (app, terminal) = try AppFixtures.app(db, keys: [.end, .enter, .char("e")] + Array(repeating: .tab, count: 7))
        app.run()
        XCTAssertEqual(app.state.form?.focus, "reporterName")
        XCTAssertFalse(terminal.screen.text.contains("Sùng A Tủa"))
        XCTAssertTrue(terminal.screen.text.contains("•••"))
        app.send(.key(.char("x")))
        XCTAssertEqual(app.state.form?.values.text("reporterName"), "Sùng A Tủa", "a masked field cannot be typed into")
        XCTAssertEqual(app.state.message?.isError, true)
        app.send(.key(.function(7)))
        XCTAssertTrue(app.state.render().0.text.contains("Sùng A Tủa"))
        XCTAssertEqual(try db.auditTrail(.feedback, code: "PA-2021-0001").last?.field, AuditEntry.revealField)
    }

    func testLongSummaryWrapsInsideItsBox() throws {
        let words = Array(repeating: "phanr anhs", count: 30).joined(separator: " ")
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("n")] + Array(repeating: .tab, count: 7) + .typing(words))
        app.run()
        let screen = app.state.render().0.text.split(separator: "\n")
        let lines = screen.filter { $0.contains("phản ánh phản ánh") }
        XCTAssertGreaterThanOrEqual(lines.count, 4, "the summary wraps over its four lines:\n" + screen.joined(separator: "\n"))
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of(String($0)) <= 80 })
    }

    func testUndoPutsBackTheLastChangeAndIsAudited() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, keys: [.end, .enter, .char("s"), .down, .down, .down, .down, .function(2)])
        app.run()
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.status, .luu)
        app.send(.key(.char("u")))
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.status, .xemXet)
        XCTAssertEqual(try db.auditTrail(.feedback, code: "PA-2021-0001").last?.field, AuditEntry.undoField)
        XCTAssertTrue(app.state.render().0.text.contains("Đang xem xét"))
        app.send(.key(.char("u")))
        XCTAssertEqual(app.state.message?.content, .text(T.nothingToUndo))
    }

    func testUndoIsRefusedWhenSomeoneChangedTheRecordSince() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, keys: [.end, .enter, .char("s"), .down, .down, .down, .down, .function(2)])
        app.run()
        var other = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001"))
        other.notes = "Bàn khác ghi"
        try db.save(other, expectedVersion: other.version, by: "Bàn khác")
        app.send(.key(.char("u")))
        XCTAssertEqual(app.state.message?.isError, true)
        XCTAssertTrue(app.state.messageText?.contains("không hoàn tác được") == true, app.state.messageText ?? "")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.status, .luu)
    }

    func testTinyTerminalSaysSoInsteadOfCrashing() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database(), width: 20, height: 5, keys: [.down, .enter, .char("n")])
        app.run()
        try assertSnapshot(terminal.screen, "too-small-20x5")
        app.send(.resized(width: 80, height: 24))
        XCTAssertFalse(app.state.render().0.text.contains("quá nhỏ"))
    }

    func testFormSurvivesATinyTerminalWithItsEdits() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("n")] + Array(repeating: .tab, count: 7)
                                                  + .typing("Ghi chus"))
        app.run()
        app.send(.resized(width: 20, height: 5))
        let (small, _) = app.state.render()
        terminal.draw(small, cursor: nil)
        try assertSnapshot(terminal.screen, "form-20x5")
        app.send(.key(.char("x")))
        app.send(.resized(width: 80, height: 24))
        XCTAssertEqual(app.state.form?.values.text("summary"), "Ghi chú", "typing is ignored while too small; nothing is lost")
    }

    func testDetailScrollsToTheEndAndNoFurtherAndHomeEndJump() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), height: 16, keys: [.end, .enter])
        app.run()
        for _ in 0..<50 { app.send(.key(.down)) }
        let scrolled = try XCTUnwrap(app.state.detail?.scroll)
        XCTAssertGreaterThan(scrolled, 0)
        XCTAssertLessThan(scrolled, 30)
        app.send(.key(.up))
        XCTAssertEqual(app.state.detail?.scroll, scrolled - 1, "one key up moves at once")
        app.send(.key(.home))
        XCTAssertEqual(app.state.detail?.scroll, 0)
        app.send(.key(.end))
        XCTAssertEqual(app.state.detail?.scroll, scrolled)
    }

    func testAuditTrailReadsAsWords() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, height: 60, keys: [.end, .enter, .char("s"), .down, .function(2)])
        app.run()
        let screen = app.state.render().0.text
        XCTAssertTrue(screen.contains("Cán bộ thử: chuyển trạng thái: Đã có kết quả xử lý"), screen)
        XCTAssertTrue(screen.contains("  30/06/2021"), "the step's date, as dd/mm/yyyy")
        XCTAssertFalse(screen.contains("co-ket-qua"))
        XCTAssertFalse(screen.contains("2021-06"), "no ISO dates")
    }

    func testHelpListsEveryCommandAndScrolls() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), keys: [.function(1)])
        app.run()
        let lines = Commands.helpLines(first: app.state.list!.keymaps, .vi).map(\.0).joined(separator: "\n")
        for command in Commands.table { XCTAssertTrue(lines.contains(command.label.vi), command.label.vi) }
        let first = app.state.render().0.text
        XCTAssertTrue(first.contains("Danh sách phản ánh"), "the screen's own keys come first")
        app.send(.key(.pageDown))
        XCTAssertNotEqual(app.state.render().0.text, first, "PgDn scrolls the help")
        app.send(.key(.escape))
        XCTAssertNil(app.state.topIs(HelpScreen.self))
    }

    func testHelpOnAFeedbackPageShowsWhatGDoesThere() throws {
        let lines = Commands.helpLines(first: [.feedbackDetail, .detail], .vi).map(\.0)
        let page = lines.prefix { $0 != Keymap.global.title.vi }
        XCTAssertTrue(page.contains { $0.hasPrefix("  g ") && $0.hasSuffix(T.cmdExtend.vi) }, "g is gia hạn here")
        XCTAssertTrue(page.contains { $0.hasPrefix("  Home ") && $0.hasSuffix(T.cmdTop.vi) }, "Home alone goes to the top")
        XCTAssertFalse(page.contains { $0.contains(", g ") || $0.contains(", g,") }, "g is not also shown as top")
        let list = Commands.helpLines(first: [.feedbackList, .list, .navigation], .vi).map(\.0)
        XCTAssertTrue(list.contains { $0.hasPrefix("  Home, g ") }, "on a list g still goes to the top")
    }

    func testKeyBarNeverCutsSilently() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database())
        app.run()
        let bar = String(app.state.render().0.text.split(separator: "\n").last!)
        XCTAssertTrue(bar.hasPrefix("F1 Trợ giúp"), bar)
        XCTAssertTrue(bar.hasSuffix("F1 thêm…"), "commands that do not fit are behind F1: \(bar)")
    }

    func testEnglishLabels() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), keys: [], lang: .en)
        app.run()
        let screen = app.state.render().0.text
        XCTAssertTrue(screen.contains("Feedback"))
        XCTAssertTrue(screen.contains("Received"))
        XCTAssertTrue(screen.contains("F1 Help"))
    }

    func testInputMethodToggleShowsInStatusBar() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), keys: [.function(4)])
        app.run()
        XCTAssertEqual(app.state.inputMethod, .vni)
        XCTAssertTrue(app.state.render().0.text.contains("[VN VNI]"))
    }
}
