import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

/// Identities sealed by `giamsat-tui protect`: the app asks for the passphrase, then shows them.
final class ProtectedIdentityTests: XCTestCase {
    override func tearDown() { Keyring.shared.forget() }

    func testRevealAsksForThePassphraseAndTheFormShowsTheOpenedIdentity() throws {
        guard ProcessInfo.processInfo.environment["GIAMSAT_PASSPHRASE"] == nil else { throw XCTSkip("GIAMSAT_PASSPHRASE is set") }
        let db = try AppFixtures.database()
        XCTAssertEqual(try db.protect(passphrase: "mật khẩu đủ dài 2021", by: "t", logN: 10), 1)
        Keyring.shared.forget()
        let (app, _) = try AppFixtures.app(db, keys: [.end, .enter, .char("v")])
        app.run()
        XCTAssertNotNil(app.state.topIs(PassphraseScreen.self), "a sealed identity asks for the passphrase")
        for key in [Key].typing("sai") + [.enter] { app.send(.key(key)) }
        XCTAssertNotNil(app.state.topIs(PassphraseScreen.self), "a wrong one asks again")
        XCTAssertTrue(app.state.messageText?.contains("không đúng") == true, app.state.messageText ?? "")
        // The record's summary ("thu tiền sai quy định") shows beside the dialog since the page has its clock lines.
        XCTAssertFalse(app.state.render().0.text.replacingOccurrences(of: "tiền sai quy", with: "").contains("sai"),
                       "what is typed shows as dots")
        for key in [Key].typing("mật khẩu đủ dài 2021") + [.enter] { app.send(.key(key)) }
        XCTAssertNil(app.state.topIs(PassphraseScreen.self))
        XCTAssertTrue(app.state.render().0.text.contains("Sùng A Tủa"))
        app.send(.key(.char("e")))
        for _ in 0..<7 { app.send(.key(.tab)) }
        XCTAssertEqual(app.state.form?.focus, "reporterName")
        XCTAssertFalse(app.state.render().0.text.contains("Sùng A Tủa"), "masked in the form until F7")
        app.send(.key(.function(7)))
        XCTAssertEqual(app.state.form?.values.text("reporterName"), "Sùng A Tủa", "F7 shows the identity opened, not the seal")
        XCTAssertFalse(app.state.form?.isDirty ?? true, "revealing is not an edit")
    }
}
