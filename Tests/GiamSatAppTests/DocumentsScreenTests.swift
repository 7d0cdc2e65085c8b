import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import GiamSatDocuments
import TerminalUI

/// The documents dialog as a plain value: menu → preview → written, and its two questions.
final class DocumentsScreenTests: XCTestCase {
    let env = testEnv()

    func testMenuPreviewWriteAndTheReprintQuestion() {
        var screen = DocumentsScreen(source: .plan("KH-2021-01"))
        XCTAssertEqual(screen.choices, [.document(.plan), .document(.team), .document(.results)])
        _ = screen.handle(.down, key: .down, env)
        let asked = screen.handle(.open, key: .enter, env)
        XCTAssertEqual(asked.effects, [.ask(PreviewDocument(source: .plan("KH-2021-01"), choice: .document(.team)))])
        XCTAssertFalse(screen.acceptsKeys, "keys wait for the preview")
        _ = screen.receive(answer(PreviewDocument(source: .plan("KH-2021-01"), choice: .document(.team)), .preview("QUYẾT ĐỊNH\nĐiều 1.")), env)
        XCTAssertEqual(screen.step, .preview("QUYẾT ĐỊNH\nĐiều 1."))
        let write = screen.handle(.open, key: .enter, env)
        let request = WriteDocument(source: .plan("KH-2021-01"), choice: .document(.team))
        XCTAssertEqual(write.effects, [.ask(request)])
        // Numbered before: keep the number (a reprint)?
        _ = screen.receive(answer(request, .needsChoice("04/QĐ-MTTQ-BTT")), env)
        XCTAssertEqual(screen.keymaps, [.confirm])
        let keep = screen.handle(.yes, key: .char("y"), env)
        XCTAssertEqual(keep.effects, [.ask(WriteDocument(source: .plan("KH-2021-01"), choice: .document(.team), numbering: .keep, overwrite: true))])
        let done = screen.receive(answer(request, .written(path: "/d/van-ban/quyet-dinh-doan-kh-2021-01.docx", number: "04/QĐ-MTTQ-BTT")), env)
        guard case .pop? = done.navigation else { return XCTFail("closes once written") }
        XCTAssertEqual(done.message?.text(.vi), "Đã ghi /d/van-ban/quyet-dinh-doan-kh-2021-01.docx — 04/QĐ-MTTQ-BTT")
    }

    func testAnExistingFileIsOverwrittenOnlyAfterAYes() {
        var screen = DocumentsScreen(source: .report(TallyPeriod(year: 2021, kind: .year)))
        XCTAssertEqual(screen.choices.count, 7, "the report and six spreadsheets")
        _ = screen.handle(.down, key: .down, env)
        let request = WriteDocument(source: .report(TallyPeriod(year: 2021, kind: .year)), choice: .sheet(.tally))
        XCTAssertEqual(screen.handle(.open, key: .enter, env).effects, [.ask(request)], "a spreadsheet is written without a preview")
        _ = screen.receive(answer(request, .exists("/d/van-ban/so-lieu-nam-2021.xlsx")), env)
        XCTAssertEqual(screen.step, .overwrite("/d/van-ban/so-lieu-nam-2021.xlsx"))
        _ = screen.handle(.no, key: .char("n"), env)
        XCTAssertEqual(screen.step, .menu, "no: nothing written")
        _ = screen.receive(answer(request, .refused(Localized("Mẫu hỏng", "Broken"))), env)
        XCTAssertEqual(screen.step, .menu)
    }
}
