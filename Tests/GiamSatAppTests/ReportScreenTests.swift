import Foundation
import XCTest
@testable import GiamSatApp
import GiamSatCore
import TerminalUI

final class ReportScreenTests: XCTestCase {
    func testReportShowsTheYearsFiguresAndDrillsDown() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("r")])
        app.run()
        let report = try XCTUnwrap(app.state.report)
        XCTAssertEqual(report.period, TallyPeriod(year: 2021, kind: .year))
        XCTAssertEqual(report.tallies.first?.feedbackReceived, 6)
        try assertSnapshot(terminal.screen, "report-80x24")
        // The figure "feedback received" lists its six records; Enter on one opens it.
        let received = try XCTUnwrap(report.figures.firstIndex { $0.drill == .feedback(.all) })
        for _ in 0..<received { app.send(.key(.down)) }
        app.send(.key(.enter))
        XCTAssertEqual(app.state.report?.drill?.records.map(\.code).count, 6)
        app.send(.key(.enter))
        XCTAssertEqual(app.state.detail?.feedback.code, "PA-2021-0001")
        app.send(.key(.escape))
        XCTAssertNil(app.state.detail)
        XCTAssertNotNil(app.state.report?.drill, "back to the list of records")
        app.send(.key(.escape))
        app.send(.key(.escape))
        XCTAssertNil(app.state.report, "Esc leaves the report")
    }

    func testPeriodsBarsAndYears() throws {
        let (app, terminal) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("r"), .char("p")])
        app.run()
        XCTAssertEqual(app.state.report?.period, TallyPeriod(year: 2021, kind: .h1))
        XCTAssertEqual(app.state.report?.tallies.first?.feedbackReceived, 6)
        app.send(.key(.char("p")))
        XCTAssertEqual(app.state.report?.tallies.first?.feedbackReceived, 0, "nothing in h2")
        app.send(.key(.char("p")))
        app.send(.key(.char("p")))
        app.send(.key(.char("p")))
        app.send(.key(.char("p"))) // q3 → q4 → 9m: back to numbers
        app.send(.key(.char("p")))
        app.send(.key(.char("p")))
        XCTAssertEqual(app.state.report?.kind, .year)
        app.send(.key(.char("b")))
        let (bars, _) = app.state.render()
        XCTAssertTrue(bars.text.contains("Phản ánh theo tháng"))
        XCTAssertTrue(bars.text.contains("T3/21"))
        XCTAssertTrue(bars.text.contains("█"))
        app.send(.key(.char("y")))
        XCTAssertEqual(app.state.report?.tallies.map { $0.period.from.year }, [2018, 2019, 2020, 2021])
        app.send(.key(.left))
        XCTAssertEqual(app.state.report?.tallies.last?.period.from.year, 2020)
        _ = terminal
    }

    func testExportWritesTheChosenFormatAndSaysWhere() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("r"), .char("x"), .down, .enter])
        app.run()
        let text = try XCTUnwrap(app.state.message?.text)
        XCTAssertTrue(text.hasPrefix("Đã xuất báo cáo vào "), text)
        let path = String(text.dropFirst("Đã xuất báo cáo vào ".count))
        XCTAssertTrue(path.hasSuffix("so-lieu-lao-chai-2021-01-01-2021-12-31.csv"))
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(csv.contains("\"Số phản ánh, đơn thư tiếp nhận\",6\r\n"), csv)
    }

    func testBarsAreDrawnToAnEighth() {
        XCTAssertEqual(AppState.bar(4, of: 4, width: 3), "███")
        XCTAssertEqual(AppState.bar(1, of: 2, width: 3), "█▌")
        XCTAssertEqual(AppState.bar(0, of: 5, width: 10), "")
    }
}
