import XCTest
@testable import GiamSatApp
import GiamSatCore
import TerminalUI

/// Each section as it first shows at 80×24.
final class SectionSnapshotTests: XCTestCase {
    func testEverySectionAt80x24() throws {
        let db = try AppFixtures.fullDatabase()
        for section in Section.allCases {
            let (app, terminal) = try AppFixtures.app(db, section: section)
            app.run()
            try assertSnapshot(terminal.screen, "section-\(section.rawValue)-80x24")
        }
    }

    func testDashboardShowsTheTallysFiguresAndTheWorklist() throws {
        let db = try AppFixtures.fullDatabase()
        let (app, _) = try AppFixtures.app(db, section: .dashboard)
        app.run()
        let dashboard = try XCTUnwrap(app.state.screen(DashboardScreen.self)?.dashboard)
        XCTAssertEqual(dashboard.tally, try db.tally(TallyPeriod(year: 2021, kind: .year), today: AppFixtures.today),
                       "the dashboard's figures are the tally's")
        // One row per record, placed by its most urgent reason, with the others beside it.
        XCTAssertEqual(dashboard.worklist.items.map(\.code), ["PA-2021-0001", "PA-2021-0003", "PA-2021-0004", "KN-2021-0001",
                                                               "KH-2021-01"])
        XCTAssertEqual(dashboard.worklist.items.map(\.reasons),
                       [[.overdue], [.overdue, .unclassified], [.dueSoon, .unclassified], [.unanswered], [.planNotReported]])
        XCTAssertEqual(dashboard.worklist.counts[.unclassified], 2, "PA-2021-0003 and 0004 are still new past their 10 working days")
        XCTAssertEqual(dashboard.worklist.counts[.dueSoon], 1, "PA-2021-0004 is due on 01/07")
        app.send(.key(.enter))
        XCTAssertEqual(app.state.detail?.source.code, dashboard.worklist.items[0].code)
    }
}
