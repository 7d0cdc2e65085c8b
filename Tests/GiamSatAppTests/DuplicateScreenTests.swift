import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

/// Issue 21 in the app: saving a new feedback record first asks for likely duplicates; the screen of candidates saves
/// anyway, saves as a duplicate, or opens one; a record's page shows its original and lists its duplicates.
final class DuplicateScreenTests: XCTestCase {
    let env = testEnv()

    func suggestion(_ code: String, score: Int = 90) -> DuplicateSuggestion {
        DuplicateSuggestion(match: DuplicateMatching.Match(code: code, score: score, similarity: 1, sameOfficial: true, sameReporter: false,
                                                           sharedWords: ["thu", "tien"]),
                            receivedOn: AppFixtures.today, officialNames: "Giàng A Dình", summary: "Thu tiền sai quy định", status: .xemXet)
    }

    static func find(_ outcome: Outcome) -> FindDuplicates? {
        guard outcome.effects.count == 1, case .store(let request)? = outcome.effects.first else { return nil }
        return request.base as? FindDuplicates
    }

    /// A new form filled and saved with F2: what it asks.
    func savedForm() throws -> (FormScreen<FeedbackFormSpec>, Outcome) {
        var form = FormScreen(spec: FeedbackFormSpec(newOn: AppFixtures.today, dueDays: 30))
        _ = form.receive(answer(FeedbackDraft(year: 2021), .init(value: "PA-2021-0009", localities: [])), env)
        _ = form.receive(.picked(field: "channel", ids: ["hom-thu"], names: [:]), env)
        _ = form.receive(.picked(field: "kind", ids: ["phan-anh"], names: [:]), env)
        _ = form.receive(.picked(field: "officials", ids: ["DT-0001"], names: ["DT-0001": "Giàng A Dình"]), env)
        _ = form.handle(.nextField, key: .tab, env) // locality
        _ = form.handle(.nextField, key: .tab, env) // anonymous
        _ = form.handle(.nextField, key: .tab, env) // summary
        for key in "thu tien" { _ = form.handle(nil, key: .char(key), env) }
        let saved = form.handle(.save, key: .function(2), env)
        return (form, saved)
    }

    func testF2AsksForDuplicatesFirstAndSavesAtOnceWhenThereAreNone() throws {
        var (form, saved) = try savedForm()
        guard let find = Self.find(saved) else { return XCTFail("F2 asks for likely duplicates, it does not write yet: \(saved.effects)") }
        XCTAssertEqual(find.record.code, "PA-2021-0009")
        XCTAssertEqual(find.record.officials, ["DT-0001"])
        let none = form.receive(answer(find, []), env)
        XCTAssertEqual(none.effects, [.write(SaveNew(record: find.record))], "nothing alike: saved as before")
        XCTAssertNil(none.navigation)
    }

    func testCandidatesThenSaveAnyway() throws {
        var (form, saved) = try savedForm()
        let find = try XCTUnwrap(Self.find(saved))
        guard case .push(let pushed)? = form.receive(answer(find, [suggestion("PA-2021-0001"), suggestion("PA-2021-0006", score: 70)]), env).navigation,
              var screen = pushed as? DuplicatesScreen else { return XCTFail("the candidates are offered before saving") }
        XCTAssertEqual(screen.suggestions.map(\.code), ["PA-2021-0001", "PA-2021-0006"])
        XCTAssertTrue(screen.isOverlay)
        guard case .popDelivering(let delivery)? = screen.handle(.save, key: .function(2), env).navigation else { return XCTFail("F2: save anyway") }
        XCTAssertEqual(delivery, .duplicate(.saveAnyway(find.record)))
        XCTAssertEqual(form.receive(delivery, env).effects, [.write(SaveNew(record: find.record))])
        guard case .pop? = screen.handle(.back, key: .escape, env).navigation else { return XCTFail("Esc: back to the form, nothing saved") }
    }

    func testCandidatesThenMarkAsDuplicateOfTheOneChosen() throws {
        var (form, saved) = try savedForm()
        let find = try XCTUnwrap(Self.find(saved))
        guard case .push(let pushed)? = form.receive(answer(find, [suggestion("PA-2021-0001"), suggestion("PA-2021-0006", score: 70)]), env).navigation,
              var screen = pushed as? DuplicatesScreen else { return XCTFail("the candidates are offered before saving") }
        _ = screen.handle(.down, key: .down, env)
        guard case .push(let page)? = screen.handle(.open, key: .enter, env).navigation,
              (page as? DetailScreen<FeedbackDetailSource>)?.source.code == "PA-2021-0006" else { return XCTFail("Enter opens the one chosen") }
        guard case .popDelivering(let delivery)? = screen.handle(.saveAsDuplicate, key: .char("t"), env).navigation else {
            return XCTFail("t: save as a duplicate")
        }
        XCTAssertEqual(delivery, .duplicate(.saveAsDuplicate(find.record, of: "PA-2021-0006")))
        XCTAssertEqual(form.receive(delivery, env).effects, [.write(SaveNewDuplicate(record: find.record, original: "PA-2021-0006"))])
        guard case .replace(let shown)? = form.receive(.saved(entity: .feedback, code: "PA-2021-0009", undo: nil), env).navigation,
              (shown as? DetailScreen<FeedbackDetailSource>)?.source.code == "PA-2021-0009" else { return XCTFail("then its page") }
    }

    func testTheCandidatesScreenShowsNoReporter() throws {
        var canvas = Canvas(width: 80, height: 24)
        var alike = suggestion("PA-2021-0001")
        alike.match.sameReporter = true
        _ = DuplicatesScreen(record: Feedback(code: "PA-2021-0009", receivedOn: AppFixtures.today, channel: .homThu, kind: .phanAnh,
                                              anonymous: false, reporter: .init(name: "Sùng A Tủa"), summary: "x"),
                             suggestions: [alike]).render(into: &canvas, canvas.bounds, env)
        XCTAssertTrue(canvas.text.contains("PA-2021-0001"))
        XCTAssertTrue(canvas.text.contains("người PA"), "says a reporter is alike")
        XCTAssertFalse(canvas.text.contains("Sùng A Tủa"), "never who")
    }

    /// The whole way through the app on a small commune: the same matter typed again without accents, marked as a
    /// duplicate from the candidates, each page showing the other.
    func testTheSameMatterEnteredTwiceIsSuggestedAndLinkedBothWays() throws {
        let db = try AppFixtures.database()
        var keys: [Key] = [.char("n"), .ctrl("u")] + .typing("05/03/2021")
        keys += [.tab, .enter] + .typing("day nong") + [.enter] // channel
        keys += [.tab, .enter, .enter] // kind
        keys += [.tab, .tab, .enter] + .typing("giang") + [.enter] // officials: Giàng A Dình
        keys += [.tab, .tab, .tab] + .typing("thu tien sai quy dinh duong day nong") + [.function(2)]
        let (app, terminal) = try AppFixtures.app(db, keys: keys)
        app.run()
        let screen = try XCTUnwrap(app.state.topIs(DuplicatesScreen.self), "the candidates before saving")
        XCTAssertEqual(screen.suggestions.first?.code, "PA-2021-0001")
        XCTAssertTrue(terminal.screen.text.contains("Có thể trùng với đơn đã có"))
        XCTAssertNil(try db.fetch(Feedback.self, code: "PA-2021-0007"), "nothing saved yet")

        app.send(.key(.char("t")))
        let saved = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0007"))
        XCTAssertEqual(saved.status, .trungLap)
        XCTAssertEqual(saved.duplicateOf, "PA-2021-0001")
        XCTAssertEqual(app.state.detail?.source.code, "PA-2021-0007")
        XCTAssertTrue(app.state.render().0.text.contains("Trùng — trùng với PA-2021-0001"), "its history names the original")
        app.send(.key(.end))
        XCTAssertTrue(app.state.render().0.text.contains("Trùng với (Enter: mở)"), "and, further down, the link to open")

        app.send(.key(.enter))
        XCTAssertEqual(app.state.detail?.source.code, "PA-2021-0001", "Enter opens the original")
        app.send(.key(.end))
        let page = app.state.render().0.text
        XCTAssertTrue(page.contains("Đơn trùng với đơn này (1)"), "the original lists its duplicate")
        XCTAssertTrue(page.contains("PA-2021-0007"))
    }

    func testTheStatusDialogSaysWhyALinkIsRefused() throws {
        let db = try AppFixtures.database()
        _ = try db.void(.feedback, code: "PA-2021-0002", reason: "Nhập nhầm", by: "t")
        // The list is newest first without 0002: 0006, 0005, 0004, 0003.
        var keys: [Key] = [.down, .down, .down, .enter, .char("s"), .down, .down, .tab, .tab]
        keys += .typing("PA-2021-0002") + [.function(2)]
        let (app, terminal) = try AppFixtures.app(db, keys: keys)
        app.run()
        XCTAssertNotNil(app.state.topIs(StatusChangeScreen.self), "the dialog stays open")
        XCTAssertTrue(terminal.screen.text.contains("đã bị hủy"), "the refusal is said: \(terminal.screen.text)")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0003")?.status, .tiepNhan, "nothing written")
    }

    /// An original marked "trùng" takes its duplicates along (the store's rule): the message says which, and where.
    func testTheStatusMessageNamesTheDuplicatesThatWentAlong() {
        let record = Feedback(code: "PA-2021-0001", receivedOn: AppFixtures.today, channel: .homThu, kind: .phanAnh, summary: "x")
        var dialog = StatusChangeScreen(feedback: record, options: [.trungLap], today: AppFixtures.today)
        _ = dialog.receive(.picked(field: StatusChangeScreen.originalField, ids: ["PA-2021-0003"], names: [:]), env)
        var step = UndoStep(entity: .feedback, code: "PA-2021-0001", change: .edit, versionAfter: 2)
        step.relinked = ["PA-2021-0004", "PA-2021-0005"]
        let outcome = dialog.receive(.saved(entity: .feedback, code: "PA-2021-0001", undo: step), env)
        XCTAssertEqual(outcome.message, .info(T.statusChanged, "Trùng; đơn trùng chuyển theo: PA-2021-0004, PA-2021-0005"))
        let plain = dialog.receive(.saved(entity: .feedback, code: "PA-2021-0001", undo: nil), env)
        XCTAssertEqual(plain.message, .info(T.statusChanged, "Trùng"), "no duplicates: the message as before")
    }

    func testTheCandidatesScreenDrawsAtAnySize() {
        let screen = DuplicatesScreen(record: Feedback(code: "PA-2021-0009", receivedOn: AppFixtures.today, channel: .homThu, kind: .phanAnh,
                                                       summary: "x"), suggestions: (1...12).map { suggestion(String(format: "PA-2021-%04d", $0)) })
        for (width, height) in [(80, 24), (20, 5), (120, 40)] {
            var canvas = Canvas(width: width, height: height)
            _ = screen.render(into: &canvas, canvas.bounds, testEnv(width: width, height: height))
        }
    }

    func testAnonymousCloseIsOfferedOnlyWithoutAReporter() throws {
        var anonymous = Feedback(code: "PA-2021-0003", receivedOn: AppFixtures.today, channel: .homThu, kind: .phanAnh, summary: "x")
        try anonymous.advance(to: .init(status: .xemXet, on: AppFixtures.today))
        try anonymous.advance(to: .init(status: .coKetQua, on: AppFixtures.today))
        var source = FeedbackDetailSource(code: anonymous.code)
        source.record = FeedbackRecord(feedback: anonymous, officialNames: [:], localityName: nil, audit: [])
        guard case .push(let dialog)? = source.handle(.changeStatus, env)?.navigation else { return XCTFail("the status dialog") }
        XCTAssertEqual((dialog as? StatusChangeScreen)?.options, [.daTraLoi, .ketQuaAnDanh])

        var named = anonymous
        named.anonymous = false
        named.reporter = .init(name: "Sùng A Tủa")
        source.record = FeedbackRecord(feedback: named, officialNames: [:], localityName: nil, audit: [])
        guard case .push(let other)? = source.handle(.changeStatus, env)?.navigation else { return XCTFail("the status dialog") }
        XCTAssertEqual((other as? StatusChangeScreen)?.options, [.daTraLoi], "a record with a reporter is answered")
    }
}
