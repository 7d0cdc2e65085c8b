import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

/// Issue 21: `a` on every record's page opens its attachments; the list adds by a pasted path, opens, marks the
/// identity, voids and restores; a file holding the identity shows masked. As plain values (key in, effects out).
final class AttachmentScreenTests: XCTestCase {
    let env = testEnv()

    func rows() -> [Attachment] {
        [Attachment(entity: .feedback, record: "PA-2021-0001", id: 1, name: "don-phan-anh-scan.pdf", size: 12_400,
                    addedOn: "2021-06-30T09:00:00+07:00", addedBy: "Cán bộ thử", sha256: String(repeating: "a", count: 64)),
         Attachment(entity: .feedback, record: "PA-2021-0001", id: 2, name: "Lo-Thi-Bi-Mat.jpg", size: 3_300_000,
                    addedOn: "2021-06-30T09:05:00+07:00", addedBy: "Cán bộ thử", sha256: String(repeating: "b", count: 64), identity: true)]
    }

    func loaded() -> AttachmentsScreen {
        var screen = AttachmentsScreen(entity: .feedback, code: "PA-2021-0001")
        _ = screen.receive(.answer(AnyStoreRequest(LoadAttachments(entity: .feedback, code: "PA-2021-0001")), rows()), env)
        return screen
    }

    func testAOnEveryRecordPageOpensItsAttachments() throws {
        for kind in Registry.pages {
            var page = kind.page("X-1")
            XCTAssertEqual(Commands.command(for: .char("a"), keymaps: page.keymaps, typing: false), .attachments, "\(kind.entity)")
            guard case .push(let pushed)? = page.handle(.attachments, key: .char("a"), env).navigation,
                  let list = pushed as? AttachmentsScreen else { return XCTFail("\(kind.entity): no attachments list") }
            XCTAssertEqual(list.entity, kind.entity)
            XCTAssertEqual(list.refresh(env), [.ask(LoadAttachments(entity: kind.entity, code: "X-1"))])
        }
    }

    /// Walk-through finding: `a` worked on a recommendation's page but its key bar (and so the user) did not say so.
    func testEveryRecordPagesKeyBarListsA() {
        for kind in Registry.pages {
            let page = kind.page("X-1")
            XCTAssertTrue(Commands.bar(page.keymaps, typing: false, .vi, offers: page.offers).contains { $0.key == "a" && $0.label == "Tệp đính kèm" },
                          "\(kind.entity)")
        }
        var app = AppState(lang: .vi, today: AppFixtures.today, user: "t")
        app.width = 80
        app.height = 24
        _ = app.push(DetailScreen(source: RecommendationDetailSource(code: "KN-2021-0001")))
        XCTAssertTrue(app.render().0.text.contains("a Tệp đính kèm"), "in the bar at 80 columns: \(app.render().0.text)")
    }

    /// Walk-through finding: a record's page did not say it had files. Every kind's page (the kit) counts them.
    func testEveryRecordPageSaysHowManyFilesItHas() throws {
        for kind in Registry.pages {
            XCTAssertTrue(kind.page("X-1").refresh(env).contains(.ask(CountAttachments(entity: kind.entity, code: "X-1"))), "\(kind.entity)")
        }
        var page = DetailScreen(source: FeedbackDetailSource(code: "PA-2021-0001"))
        let feedback = Feedback(code: "PA-2021-0001", receivedOn: AppFixtures.today, channel: .homThu, kind: .toCao, summary: "x")
        _ = page.receive(answer(LoadFeedback(code: "PA-2021-0001"), FeedbackRecord(feedback: feedback, officialNames: [:], localityName: nil, audit: [])), env)
        func count(_ tally: AttachmentTally) -> [String] {
            _ = page.receive(.answer(AnyStoreRequest(CountAttachments(entity: .feedback, code: "PA-2021-0001")), tally), env)
            return page.lines(env, width: 76).map(\.0).filter { $0.hasPrefix("Tệp đính kèm") }
        }
        XCTAssertEqual(count(AttachmentTally()), [], "no files: no line")
        XCTAssertEqual(count(AttachmentTally(live: 2)), ["Tệp đính kèm      2 tệp (a để xem)"])
        XCTAssertEqual(count(AttachmentTally(live: 1, voided: 1)), ["Tệp đính kèm      1 tệp, 1 đã hủy (a để xem)"])
        XCTAssertEqual(T.attachmentsLine(AttachmentTally(live: 1, voided: 1)).en, "1 file, 1 voided (a to see)")
    }

    /// Walk-through finding: a voided file showed "✗" in the identity column and its reason nowhere.
    func testAVoidedFileSaysSoInWordsAndItsReasonWhenSelected() {
        var list = rows()
        list[0].voided = VoidMark(reason: "Chụp nhầm đơn khác", on: "2021-07-01T10:00:00+07:00", by: "Cán bộ thử")
        var screen = AttachmentsScreen(entity: .feedback, code: "PA-2021-0001")
        _ = screen.receive(.answer(AnyStoreRequest(LoadAttachments(entity: .feedback, code: "PA-2021-0001")), list), env)
        let lines = screen.lines(env, width: 76).map(\.0)
        XCTAssertTrue(lines[0].hasSuffix("DT  Tình trạng"), lines[0])
        XCTAssertTrue(lines[1].contains("don-phan-anh-scan.pdf") && lines[1].contains("đã hủy"), lines[1])
        XCTAssertFalse(lines.joined().contains("✗"))
        XCTAssertFalse(lines[2].contains("đã hủy"), "the other is not voided")
        XCTAssertTrue(lines[2].contains(" DT "), "the identity mark stays in its own column")
        XCTAssertEqual(screen.footer(env), "Đã hủy 01/07/2021 (Cán bộ thử): Chụp nhầm đơn khác — don-phan-anh-scan.pdf")
        _ = screen.handle(.down, key: .down, env)
        XCTAssertEqual(screen.footer(env), env.text(T.identityFooter), "a live file: as before")
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 76 }, "fits 80 columns")
        var canvas = Canvas(width: 80, height: 24)
        _ = screen.render(into: &canvas, Rect(x: 0, y: 1, width: 80, height: 20), env)
        XCTAssertTrue(canvas.text.contains("K: khôi phục · Esc: quay lại"), "the keys' hint is whole at 80 columns: \(canvas.text)")
    }

    func testAddingTakesAPastedPathAndSaysWhatWasAttached() throws {
        var screen = loaded()
        guard case .push(let prompt)? = screen.handle(.new, key: .char("n"), env).navigation else { return XCTFail("no prompt") }
        XCTAssertTrue(prompt.typesPlainText, "a path is typed as it is, without Telex")
        let outcome = screen.receive(.entered(field: AttachmentsScreen.pathField, text: "'/home/lan/Tài liệu/đơn quét.pdf'"), env)
        XCTAssertEqual(outcome.effects, [.write(AttachFile(entity: .feedback, code: "PA-2021-0001", path: "/home/lan/Tài liệu/đơn quét.pdf"))])

        var step = UndoStep(entity: .feedback, code: "PA-2021-0001", change: .creation)
        step.attachment = AttachmentUndo(id: 3, name: "đơn quét.pdf")
        let saved = screen.receive(.saved(entity: .feedback, code: "PA-2021-0001", undo: step), env)
        XCTAssertEqual(saved.effects, [.ask(LoadAttachments(entity: .feedback, code: "PA-2021-0001"))])
        XCTAssertEqual(saved.message, .info(T.attached, "đơn quét.pdf"))
        XCTAssertEqual(T.undoQuestion(step).vi, "Hoàn tác: đính kèm “đơn quét.pdf” vào phản ánh PA-2021-0001?")
        XCTAssertTrue(screen.shows(.feedback, code: "PA-2021-0001"), "u undoes the addition at once here")
    }

    func testAWrongPathKeepsTheBoxOpenWithTheErrorAndThePath() throws {
        var screen = loaded()
        guard case .push(let pushed)? = screen.handle(.new, key: .char("n"), env).navigation,
              var prompt = pushed as? PromptScreen else { return XCTFail("no prompt") }
        for character in "/tmp/khong-co-tep-nay.pdf" { _ = prompt.handle(nil, key: .char(character), env) }
        let outcome = prompt.handle(.choose, key: .enter, env)
        XCTAssertNil(outcome.navigation, "the box stays open")
        XCTAssertEqual(prompt.problem, AttachmentProblem.pathMissing("/tmp/khong-co-tep-nay.pdf").text)
        XCTAssertEqual(prompt.input.text, "/tmp/khong-co-tep-nay.pdf", "the path is kept, to be corrected")
    }

    func testAShellEscapedPathIsReadWhenTheLiteralOneIsNotThere() {
        XCTAssertEqual(PastedPath.clean("/tmp/walk/thư\\ mục\\ có\\ dấu/bien\\ ban.pdf", exists: { _ in false }),
                       "/tmp/walk/thư mục có dấu/bien ban.pdf")
        XCTAssertEqual(PastedPath.clean("/tmp/a\\(1\\)\\'s.pdf", exists: { _ in false }), "/tmp/a(1)'s.pdf")
        XCTAssertEqual(PastedPath.clean("/tmp/back\\slash", exists: { _ in true }), "/tmp/back\\slash", "a real backslash in a name")
        XCTAssertEqual(PastedPath.clean("'/tmp/a b.pdf'", exists: { _ in false }), "/tmp/a b.pdf")
    }

    func testTheVoidBoxNamesTheFileAndTheViewerlessMessageFits80Columns() throws {
        var screen = loaded()
        guard case .push(let pushed)? = screen.handle(.void, key: .char("X"), env).navigation,
              let prompt = pushed as? PromptScreen else { return XCTFail("no void box") }
        XCTAssertEqual(prompt.title(env), "Hủy tệp “don-phan-anh-scan.pdf”")
        _ = screen.handle(.down, key: .down, env)
        guard case .push(let masked)? = screen.handle(.void, key: .char("X"), env).navigation else { return XCTFail("no void box") }
        XCTAssertFalse(masked.title(env).contains("Lo-Thi-Bi-Mat"), "the identity file's name stays masked")

        XCTAssertEqual(AttachmentsScreen.shortPath("/home/lan/.local/share/giamsat/attachments/.opened/PA-1-bien ban.pdf", home: "/home/lan"),
                       "~/.local/share/giamsat/attachments/.opened/PA-1-bien ban.pdf")
        let message = "\(T.noViewer.vi) ~/.local/share/giamsat/attachments/.opened/PA-2021-0001-1-bien ban.pdf"
        XCTAssertLessThanOrEqual(wrap(message, width: 80).count, 2, "whole on the message's two lines")
    }

    func testTheListShowsNameSizeDateAndMasksAFileHoldingTheIdentity() throws {
        let screen = loaded()
        let text = screen.lines(env, width: 76).map(\.0).joined(separator: "\n")
        XCTAssertTrue(text.contains("don-phan-anh-scan.pdf"), text)
        XCTAssertTrue(text.contains("12 KB"), text)
        XCTAssertTrue(text.contains("3,1 MB"), text)
        XCTAssertTrue(text.contains("30/06/2021"), text)
        XCTAssertFalse(text.contains("Lo-Thi-Bi-Mat"), "the name of a file holding the identity is masked")
        XCTAssertTrue(text.contains("•••"), text)
        var canvas = Canvas(width: 80, height: 24)
        _ = screen.render(into: &canvas, Rect(x: 0, y: 1, width: 80, height: 20), env)
        XCTAssertTrue(canvas.text.contains("Tệp đính kèm · phản ánh PA-2021-0001 (2)"), canvas.text)
    }

    func testTheAuditTrailSaysWhatHappenedToAFile() {
        let entry = AuditEntry(at: "2021-06-30T09:00:00+07:00", by: "Cán bộ thử", entity: .official, code: "DT-0001",
                               field: AttachmentText.auditAdded, old: "", new: "1 quyet-dinh.pdf")
        XCTAssertEqual(AuditText.line(entry, env), "30/06/2021 09:00  Cán bộ thử: đính kèm tệp: “—” → “1 quyet-dinh.pdf”")
    }

    func testOpenMarkVoidRestoreAndThePassphraseForASealedFile() throws {
        var screen = loaded()
        XCTAssertEqual(screen.handle(.open, key: .enter, env).effects, [.ask(OpenAttachment(entity: .feedback, code: "PA-2021-0001", id: 1))])
        XCTAssertEqual(screen.receive(.answer(AnyStoreRequest(OpenAttachment(entity: .feedback, code: "PA-2021-0001", id: 1)),
                                              OpenedAttachment.noViewer("/d/attachments/aa/aaaa")), env).message,
                       .info(T.noViewer, "/d/attachments/aa/aaaa"))
        XCTAssertEqual(screen.handle(.markIdentity, key: .char("i"), env).effects,
                       [.write(MarkAttachmentIdentity(entity: .feedback, code: "PA-2021-0001", id: 1, identity: true))])
        guard case .push? = screen.handle(.void, key: .char("X"), env).navigation else { return XCTFail("no reason asked") }
        XCTAssertEqual(screen.receive(.entered(field: AttachmentsScreen.voidField, text: "nhầm"), env).effects,
                       [.write(VoidAttachment(entity: .feedback, code: "PA-2021-0001", id: 1, reason: "nhầm"))])
        XCTAssertFalse(screen.offers(.restore), "nothing voided is selected")

        // The second file is sealed: opening it asks for the passphrase, then asks the store again with it.
        _ = screen.handle(.down, key: .down, env)
        _ = screen.handle(.open, key: .enter, env)
        guard case .push(let asked)? = screen.receive(.failed(.store(.passphraseNeeded)), env).navigation else { return XCTFail("no passphrase asked") }
        XCTAssertTrue(asked is PassphraseScreen)
        XCTAssertEqual(screen.receive(.passphrase("mật khẩu thử nghiệm"), env).effects,
                       [.ask(OpenAttachment(entity: .feedback, code: "PA-2021-0001", id: 2, passphrase: "mật khẩu thử nghiệm"))])

        // A page of another kind has no reporter: the mark is refused with a word.
        var official = AttachmentsScreen(entity: .official, code: "DT-0001")
        _ = official.receive(.answer(AnyStoreRequest(LoadAttachments(entity: .official, code: "DT-0001")), [rows()[0]]), env)
        XCTAssertFalse(official.offers(.markIdentity))
        XCTAssertEqual(official.handle(.markIdentity, key: .char("i"), env).message, .error(T.identityOnlyFeedback))
    }
}
