import XCTest
@testable import GiamSatApp
import GiamSatCore
import TerminalUI

final class FeedbackWorkflowTests: XCTestCase {
    func testListOpensNewestFirstWithOverdueMarked() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database())
        app.run()
        XCTAssertEqual(app.state.list.total, 6)
        XCTAssertEqual(app.state.list.rows.first?.code, "PA-2021-0006")
        // PA-2021-0001 is still under review and was due 01/04/2021.
        XCTAssertEqual(app.state.list.rows.first { $0.code == "PA-2021-0001" }?.overdue, true)
        XCTAssertEqual(app.state.list.rows.first { $0.code == "PA-2021-0002" }?.overdue, false, "filed records are ended")
        try assertSnapshot(terminal.screen, "list-80x24")
    }

    func testFilterAsYouTypeWithoutAccents() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("/")] + .typing("duong day"))
        app.run()
        XCTAssertEqual(app.state.list.rows.map(\.code), ["PA-2021-0001"])
        XCTAssertTrue(terminal.screen.text.contains("1 kết quả"))
        app.send(.key(.escape))
        XCTAssertEqual(app.state.list.total, 6, "Esc clears the filter")
        app.send(.key(.char("/")))
        for key in [Key].typing("dinh") { app.send(.key(key)) }
        XCTAssertEqual(Set(app.state.list.rows.map(\.code)), ["PA-2021-0001", "PA-2021-0002", "PA-2021-0004", "PA-2021-0006"],
                       "Dình and Đình, by the officials' names")
    }

    func testStatusChannelAndOverdueFilters() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database())
        app.run()
        app.send(.key(.char("o")))
        XCTAssertEqual(app.state.list.rows.map(\.code), ["PA-2021-0003", "PA-2021-0001"], "0004 is due 01/07")
        app.send(.key(.char("o")))
        app.send(.key(.char("s"))) // first status: tiep-nhan
        XCTAssertEqual(app.state.list.status, .tiepNhan)
        XCTAssertEqual(app.state.list.total, 4)
        app.send(.key(.escape))
        app.send(.key(.char("c")))
        XCTAssertEqual(app.state.list.channel, .trucTiep)
        XCTAssertEqual(app.state.list.rows.map(\.code), ["PA-2021-0004"])
        app.send(.key(.escape))
        app.send(.key(.char("t")))
        XCTAssertEqual(app.state.list.rows.first?.code, "PA-2021-0001", "oldest first")
    }

    func testOpenRecordRevealIsAuditedAndMaskedUntilAsked() throws {
        let db = try AppFixtures.database()
        let (app, terminal) = try AppFixtures.app(db, keys: [.end, .enter])
        app.run()
        XCTAssertEqual(app.state.detail?.feedback.code, "PA-2021-0001")
        XCTAssertFalse(terminal.screen.text.contains("Sùng A Tủa"))
        XCTAssertTrue(terminal.screen.text.contains("•••"))
        app.send(.key(.char("v")))
        let (canvas, _) = app.state.render()
        XCTAssertTrue(canvas.text.contains("Sùng A Tủa"))
        XCTAssertEqual(try db.auditTrail(.feedback, code: "PA-2021-0001").last?.field, AuditEntry.revealField)
    }

    func testNewRecordTypedInTelexIsSavedInOneGo() throws {
        let db = try AppFixtures.database()
        var keys: [Key] = [.char("n"), .tab, .enter] + .typing("day nong") + [.enter] // channel: hotline
        keys += [.enter, .enter] // kind: the first (phản ánh)
        keys += [.tab, .enter] + .typing("dinh") + [.down, .char(" "), .enter] // officials: the second Đình match
        keys += [.tab, .tab] + .typing("Nguwowif daan goij dduwowngf daay nongs") + [.function(2)]
        let (app, _) = try AppFixtures.app(db, keys: keys)
        app.run()
        let saved = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0007"))
        XCTAssertEqual(saved.summary, "Người dân gọi đường dây nóng")
        XCTAssertEqual(saved.channel, .duongDayNong)
        XCTAssertEqual(saved.officials.count, 1)
        XCTAssertEqual(saved.receivedOn, AppFixtures.today)
        XCTAssertEqual(saved.dueOn, AppFixtures.today.adding(days: 30))
        XCTAssertEqual(app.state.detail?.feedback.code, "PA-2021-0007", "the saved record is shown")
        XCTAssertNil(app.state.form)
    }

    func testFormValidatesAndAsksBeforeDiscarding() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("n"), .ctrl("u")] + .typing("31/02/2021"))
        app.run()
        XCTAssertEqual(app.state.form?.errors[.received], T.badDate)
        try assertSnapshot(terminal.screen, "form-80x24")
        app.send(.key(.function(2)))
        XCTAssertNotNil(app.state.form, "nothing saved")
        XCTAssertEqual(app.state.message?.isError, true)
        app.send(.key(.escape))
        XCTAssertEqual(app.state.overlay, .confirm(.discardForm))
        app.send(.key(.char("n")))
        XCTAssertNotNil(app.state.form)
        app.send(.key(.function(10)))
        XCTAssertEqual(app.state.overlay, .confirm(.quit), "quitting with unsaved changes asks first")
        app.send(.key(.char("y")))
        XCTAssertFalse(app.state.running)
    }

    func testStatusChangeOffersOnlyAllowedStepsAndNeedsARecipient() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, keys: [.end, .enter, .char("s")])
        app.run()
        guard case .status(let dialog)? = app.state.overlay else { return XCTFail("no dialog") }
        XCTAssertEqual(dialog.options, [.daChuyen, .coKetQua, .khongCoCoSo, .trungLap, .luu])
        for key: Key in [.enter, .function(2)] { app.send(.key(key)) } // forward with no recipient
        XCTAssertEqual(app.state.message?.isError, true)
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.status, .xemXet)
        app.send(.key(.tab))
        for key in [Key].typing("Uyr ban Kieemr tra") { app.send(.key(key)) }
        app.send(.key(.function(2)))
        let saved = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0001"))
        XCTAssertEqual(saved.status, .daChuyen)
        XCTAssertEqual(saved.history.last?.to, "Ủy ban Kiểm tra")
        XCTAssertEqual(saved.history.last?.by, "Cán bộ thử")
    }

    func testStaleSaveIsRefusedAndEditsStayOnScreen() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, keys: [.enter, .char("e"), .tab, .tab, .tab, .tab, .tab, .tab, .tab] + .typing(" theem"))
        app.run()
        XCTAssertEqual(app.state.form?.focus, .summary)
        // Meanwhile, at the other desk:
        var other = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0006"))
        other.notes = "Đã hẹn gặp"
        try db.save(other, expectedVersion: other.version, by: "Bàn khác")
        app.send(.key(.function(2)))
        XCTAssertEqual(app.state.message?.isError, true)
        XCTAssertTrue(app.state.message?.text.contains("người khác") == true, app.state.message?.text ?? "")
        XCTAssertEqual(app.state.form?.summary.text.hasSuffix(" thêm"), true, "the user's edit is kept")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0006")?.notes, "Đã hẹn gặp", "no silent overwrite")
    }

    func testTinyTerminalSaysSoInsteadOfCrashing() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database(), width: 20, height: 5, keys: [.down, .enter, .char("n")])
        app.run()
        try assertSnapshot(terminal.screen, "too-small-20x5")
        app.send(.resized(width: 80, height: 24))
        XCTAssertFalse(app.state.render().0.text.contains("quá nhỏ"))
    }

    func testFormSurvivesATinyTerminalWithItsEdits() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("n"), .tab, .tab, .tab, .tab, .tab, .tab, .tab]
                                                  + .typing("Ghi chus"))
        app.run()
        app.send(.resized(width: 20, height: 5))
        let (small, _) = app.state.render()
        terminal.draw(small, cursor: nil)
        try assertSnapshot(terminal.screen, "form-20x5")
        app.send(.key(.char("x")))
        app.send(.resized(width: 80, height: 24))
        XCTAssertEqual(app.state.form?.summary.text, "Ghi chú", "typing is ignored while too small; nothing is lost")
    }

    func testDetailScrollsToTheEndAndNoFurther() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), height: 16, keys: [.end, .enter])
        app.run()
        for _ in 0..<50 { app.send(.key(.down)) }
        let scrolled = try XCTUnwrap(app.state.detail?.scroll)
        XCTAssertGreaterThan(scrolled, 0)
        XCTAssertLessThan(scrolled, 30)
        app.send(.key(.up))
        XCTAssertEqual(app.state.detail?.scroll, scrolled - 1, "one key up moves at once")
    }

    func testHelpListsEveryBoundKey() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), height: 60, keys: [.function(1)])
        app.run()
        let screen = app.state.render().0.text
        for command in Commands.table { XCTAssertTrue(screen.contains(command.label.vi), command.label.vi) }
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
