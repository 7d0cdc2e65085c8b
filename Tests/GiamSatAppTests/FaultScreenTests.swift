import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

/// Issue 19 in the keyboard interface: what the screen shows is what the database holds.
final class FaultScreenTests: XCTestCase {
    /// Two desks, one field: the second save is refused and shows the other desk's value; F2 again puts the user's.
    func testTheSameFieldEditedAtTwoDesksIsAConflictShownWithTheirValue() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, keys: [.enter, .char("e"), .tab, .tab, .tab, .tab, .tab, .tab, .tab, .end] + .typing(" theem"))
        app.run()
        XCTAssertEqual(app.state.form?.focus, "summary")
        var other = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0006"))
        other.summary = "Bàn khác sửa tóm tắt"
        try db.save(other, expectedVersion: other.version, by: "Bàn khác")
        app.send(.key(.function(2)))
        XCTAssertEqual(app.state.message?.isError, true)
        XCTAssertTrue(app.state.messageText?.contains("cùng trường") == true, app.state.messageText ?? "")
        XCTAssertEqual(app.state.form?.values.text("summary").hasSuffix(" thêm"), true, "the user's value stays")
        XCTAssertTrue(app.state.render().0.text.contains("vừa sửa thành “Bàn khác sửa"), "their value is shown:\n\(app.state.render().0.text)")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0006")?.summary, "Bàn khác sửa tóm tắt", "nothing overwritten yet")
        app.send(.key(.function(2)))
        XCTAssertTrue(try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0006")).summary.hasSuffix(" thêm"), "F2 again: the user's, knowingly")
    }

    /// Reveal, edit the phone, F2: the detail shows the saved phone (or masks it again); `u` puts the old one back,
    /// and the screen never shows a phone the database does not hold.
    func testTheRevealedPhoneFollowsTheSaveAndTheUndo() throws {
        let db = try AppFixtures.database()
        let (app, _) = try AppFixtures.app(db, keys: [.end, .enter, .char("v")])
        app.run()
        XCTAssertTrue(app.state.render().0.text.contains("0912000111"))
        app.send(.key(.char("e")))
        for _ in 0..<9 { app.send(.key(.tab)) }
        XCTAssertEqual(app.state.form?.focus, "reporterPhone")
        app.send(.key(.function(7)))
        app.send(.key(.end))
        for key in [Key].typing("9") { app.send(.key(key)) }
        app.send(.key(.function(2)))
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.reporter?.phone, "09120001119")
        XCTAssertNotNil(app.state.detail, "back on the record")
        // What the page shows is the stored phone, or the mask: never the one the database no longer holds. (After a
        // save the page shows its end, the new audit line: Home goes back to the reporter at its top.)
        app.send(.key(.home))
        let afterSave = app.state.render().0.text
        XCTAssertFalse(afterSave.contains("0912000111 ") || afterSave.contains("0912000111\n") || afterSave.contains("0912000111 │"),
                       "not the old phone:\n\(afterSave)")
        XCTAssertTrue(afterSave.contains("09120001119") || afterSave.contains("•••"), afterSave)
        app.send(.key(.char("u")))
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.reporter?.phone, "0912000111")
        app.send(.key(.home))
        let afterUndo = app.state.render().0.text
        XCTAssertFalse(afterUndo.contains("09120001119"), "not the edited phone after undo:\n\(afterUndo)")
        XCTAssertTrue(afterUndo.contains("0912000111") || afterUndo.contains("•••"), afterUndo)
    }
}
