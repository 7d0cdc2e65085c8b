import Foundation
import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

final class ReportScreenTests: XCTestCase {
    func testReportShowsTheYearsFiguresAndDrillsDown() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("r")])
        app.run()
        let report = try XCTUnwrap(app.state.report)
        XCTAssertEqual(app.state.section, .report, "r goes to the Report section")
        XCTAssertEqual(report.period(app.state.env), TallyPeriod(year: 2021, kind: .year))
        XCTAssertEqual(report.tallies.first?.feedbackReceived, 6)
        try assertSnapshot(terminal.screen, "report-80x24")
        // The figure "feedback received" lists its six records; Enter on one opens it.
        let received = try XCTUnwrap(report.shownFigures.firstIndex { $0.drill == .feedback(.all) })
        for _ in 0..<received { app.send(.key(.down)) }
        app.send(.key(.enter))
        XCTAssertEqual(app.state.topIs(DrillScreen.self)?.records.count, 6)
        app.send(.key(.enter))
        XCTAssertEqual(app.state.detail?.source.code, "PA-2021-0001")
        app.send(.key(.escape))
        XCTAssertNil(app.state.detail)
        XCTAssertNotNil(app.state.topIs(DrillScreen.self), "back to the list of records")
        app.send(.key(.escape))
        XCTAssertNotNil(app.state.topIs(ReportScreen.self))
    }

    func testPeriodsBarsAndYears() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("r"), .char("p")])
        app.run()
        XCTAssertEqual(app.state.report?.period(app.state.env), TallyPeriod(year: 2021, kind: .h1))
        XCTAssertEqual(app.state.report?.tallies.first?.feedbackReceived, 6)
        app.send(.key(.char("p")))
        XCTAssertEqual(app.state.report?.tallies.first?.feedbackReceived, 0, "nothing in h2")
        for _ in 0..<6 { app.send(.key(.char("p"))) } // q1 … 9m, then back to the year
        XCTAssertEqual(app.state.report?.kind, .year)
        app.send(.key(.char("b")))
        let bars = app.state.render().0.text
        XCTAssertTrue(bars.contains("Phản ánh theo tháng"))
        XCTAssertTrue(bars.contains("T3/21"))
        XCTAssertTrue(bars.contains("█"))
        XCTAssertTrue(bars.contains("Enter, Esc hoặc b: về bảng số liệu"), "the hint says what Enter and Esc do here")
        app.send(.key(.escape))
        XCTAssertEqual(app.state.report?.mode, .table, "Esc in the bars goes back to the figures")
        app.send(.key(.char("b")))
        app.send(.key(.enter))
        XCTAssertEqual(app.state.report?.mode, .table, "and so does Enter")
        app.send(.key(.char("y")))
        XCTAssertEqual(app.state.report?.tallies.map { $0.period.from.year }, [2018, 2019, 2020, 2021])
        app.send(.key(.left))
        XCTAssertEqual(app.state.report?.selectedPeriod(app.state.env), TallyPeriod(year: 2020, kind: .year), "← chooses the year column")
    }

    func testEnterInTheYearsViewDrillsIntoTheChosenYear() throws {
        let db = try AppFixtures.database()
        try db.save(Feedback(code: "PA-2020-0001", receivedOn: LocalDate(iso: "2020-05-04")!, channel: .homThu, kind: .phanAnh,
                             summary: "Năm trước"), by: "t")
        let (app, _) = try AppFixtures.app(db, keys: [.char("r"), .char("y"), .left])
        app.run()
        let received = try XCTUnwrap(app.state.report?.shownFigures.firstIndex { $0.drill == .feedback(.all) })
        for _ in 0..<received { app.send(.key(.down)) }
        app.send(.key(.enter))
        XCTAssertEqual(app.state.topIs(DrillScreen.self)?.records.map(\.code), ["PA-2020-0001"])
    }

    func testExportWritesTheChosenFormatAndSaysWhere() throws {
        // Where is asked (issue 17): the folder of the settings, replaced here by a folder of the test's own.
        let folder = NSTemporaryDirectory() + "giamsat-reports-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let keys: [Key] = [.char("r"), .char("x"), .down, .enter, .ctrl("u")] + .typing(folder) + [.enter]
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), keys: keys)
        app.run()
        let text = try XCTUnwrap(app.state.messageText)
        XCTAssertTrue(text.hasPrefix("Đã xuất báo cáo vào "), text)
        let path = String(text.dropFirst("Đã xuất báo cáo vào ".count))
        XCTAssertTrue(path.hasSuffix("so-lieu-lao-chai-2021-01-01-2021-12-31.csv"))
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(csv.contains("\"Số phản ánh, đơn thư tiếp nhận\",6\r\n"), csv)
    }

    func testBarsAreDrawnToAnEighth() {
        XCTAssertEqual(Bars.bar(4, of: 4, width: 3), "███")
        XCTAssertEqual(Bars.bar(1, of: 2, width: 3), "█▌")
        XCTAssertEqual(Bars.bar(0, of: 5, width: 10), "")
    }
}
