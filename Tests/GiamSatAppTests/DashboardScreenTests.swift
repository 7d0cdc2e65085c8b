import Foundation
import XCTest
@testable import GiamSatApp
import GiamSatCore
import TerminalUI

/// The dashboard's worklist (issue 17, item 5): paged from the store as the selection moves, every row opening its
/// record, and the sample commune's list of 2 December 2026 as a screen.
final class DashboardScreenTests: XCTestCase {
    let env = testEnv()

    func item(_ n: Int) -> WorkItem {
        WorkItem(reasons: [.overdue], entity: .feedback, code: String(format: "PA-2021-%04d", n), date: AppFixtures.today, days: n, text: "\(n)")
    }

    func testMovingPastTheLoadedRowsAsksForTheirPage() {
        var screen = DashboardScreen(year: 2021)
        let tally = Tally(communes: [], period: TallyPeriod(year: 2021, kind: .year))
        let first = Worklist(items: (1...100).map(item), total: 250, counts: [.overdue: 250])
        XCTAssertTrue(screen.receive(answer(LoadDashboard(year: 2021), Dashboard(tally: tally, plansByStatus: [:], worklist: first)), env).effects.isEmpty,
                      "the first page came with the figures")
        XCTAssertTrue(screen.handle(.down, key: .down, env).effects.isEmpty, "a move among the loaded rows asks nothing")
        let asked = screen.handle(.bottom, key: .end, env).effects
        XCTAssertEqual(screen.table.selection, 249)
        XCTAssertEqual(asked, [.ask(LoadWorklist(offset: screen.table.offset, limit: AppDatabase.worklistPage))])
        let page = Worklist(items: (screen.table.offset + 1...min(250, screen.table.offset + 100)).map(item), offset: screen.table.offset,
                            total: 250, counts: [.overdue: 250])
        _ = screen.receive(.answer(AnyStoreRequest(LoadWorklist(offset: screen.table.offset, limit: AppDatabase.worklistPage)), page), env)
        XCTAssertEqual(screen.selectedItem?.code, String(format: "PA-2021-%04d", screen.table.selection + 1))
        guard case .push(let opened)? = screen.handle(.open, key: .enter, env).navigation,
              (opened as? DetailScreen<FeedbackDetailSource>)?.source.code == screen.selectedItem?.code else {
            return XCTFail("Enter opens the row's record")
        }
    }

    func testTheReviewRowOpensTheYearsResidenceReviews() {
        var screen = DashboardScreen(year: 2021)
        let tally = Tally(communes: [], period: TallyPeriod(year: 2021, kind: .year))
        let row = WorkItem(reasons: [.reviewsMissing], entity: .residenceReview, code: "2021", date: AppFixtures.today, days: -3, text: "")
        _ = screen.receive(answer(LoadDashboard(year: 2021), Dashboard(tally: tally, plansByStatus: [:],
                                                worklist: Worklist(items: [row], total: 1, counts: [.reviewsMissing: 5], reviewed: (4, 9)))), env)
        XCTAssertEqual(screen.footer(env), "2021: 4 / 9 thôn, ấp đã góp ý nơi cư trú năm 2021 — Enter mở mục Góp ý")
        guard case .push(let opened)? = screen.handle(.open, key: .enter, env).navigation, (opened as? ResidenceScreen)?.year == 2021 else {
            return XCTFail("Enter opens the residence reviews of the year")
        }
    }

    /// The sample commune on 2 December 2026: a worklist of a real office's length, most urgent first.
    func testTheSampleCommunesWorklistAt80x24() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importFiles([FirstRunTests.sample], by: "Cán bộ thử")
        let today = LocalDate(iso: "2026-12-02")!
        let terminal = ScriptedTerminal()
        let app = try App(state: AppState(lang: .vi, today: today, user: "Cán bộ thử"), database: db, terminal: terminal)
        app.start(on: .dashboard)
        app.run()
        try assertSnapshot(terminal.screen, "dashboard-sample-2026-12-02-80x24")
        let worklist = try XCTUnwrap(app.state.screen(DashboardScreen.self)?.worklist)
        XCTAssertEqual(worklist.total, 12)
        XCTAssertEqual(worklist.items.first?.reason, .overdue)
        XCTAssertEqual(worklist.items.last?.reason, .reviewsMissing)
        XCTAssertEqual(Set(worklist.items.map(\.code)).count, worklist.items.count, "one row per record")
    }
}
