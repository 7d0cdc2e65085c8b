import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

/// The loop the real terminal uses: the store works on its own thread while keys keep coming.
final class ConcurrentLoopTests: XCTestCase {
    func testTypingAheadOfTheStoreGivesWhatTheSameKeysGiveOneAtATime() throws {
        let db = try AppFixtures.database()
        // Every key arrives at once, long before the searches they start have finished.
        var keys: [Key] = [.char("n"), .tab, .enter] + .typing("day nong") + [.enter, .tab, .enter, .enter]
        keys += [.tab, .tab, .enter] + .typing("lo thi") + [.enter] // Enter waits for the search of "lo thi"
        keys += [.tab, .tab, .tab] + .typing("Nguwowif daan goij") + [.function(2), .char("q")]
        let (app, _) = try AppFixtures.app(db, keys: keys)
        app.runConcurrently()
        let saved = try XCTUnwrap(db.fetch(Feedback.self, code: "PA-2021-0007"),
                                  "the save asked for before q is kept; on screen:\n\(app.state.render().0.text)")
        XCTAssertEqual(saved.summary, "Người dân gọi")
        XCTAssertEqual(saved.channel, .duongDayNong)
        XCTAssertEqual(saved.officials, ["DT-0003"], "the person found for the text typed, never an older highlight")
    }

    func testEnterAfterAFilterOpensARowOfTheNewResults() throws {
        let (app, _) = try AppFixtures.app(try AppFixtures.database(), keys: [.char("/")] + .typing("duong day") + [.enter, .enter])
        app.runConcurrently()
        XCTAssertEqual(app.state.detail?.source.code, "PA-2021-0001")
    }

    func testOnlyTheNewestPageOfAListIsSearchedAndWritesAreNeverDropped() throws {
        let db = try AppFixtures.database()
        let worker = EffectWorker(runner: EffectRunner(database: db, today: AppFixtures.today))
        defer { worker.stop() }
        var requests: [Request] = []
        for text in ["d", "du", "duo", "duong"] {
            var request = FeedbackListRequest(today: AppFixtures.today)
            request.query = text
            requests.append(Request(screen: 1, effect: .page(AnyListRequest(request)), user: "t"))
        }
        let change = Feedback.StatusChange(status: .luu, on: AppFixtures.today)
        requests.insert(Request(screen: 2, effect: .write(AdvanceFeedback(code: "PA-2021-0006", version: 1, change: change)), user: "t"), at: 2)
        worker.submit(requests)
        worker.waitUntilIdle()
        let results = worker.takeResults()
        XCTAssertLessThanOrEqual(results.count, 3, "pages superseded before they started are dropped")
        guard case .page(_, let last) = results.last!.1, let page = last as? ListPage<FeedbackRow> else { return XCTFail("no page") }
        XCTAssertEqual(page.rows.map(\.code), ["PA-2021-0001"], "the last page is for the newest text")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0006")?.status, .luu, "the write ran")
    }
}

/// A list request whose page takes seconds: a recursive count, standing for a search over a huge table.
private struct SlowListRequest: ListRequest {
    struct Count: ListRow { let code: String }
    static let entity: Entity? = nil
    var query = "", offset = 0, limit = 18
    var origin: OriginFilter?

    func page(in database: AppDatabase) throws -> ListPage<Count> {
        let count = try database.read { db in
            try Int.fetchOne(db, sql: """
                WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000) SELECT count(*) FROM n
                """) ?? 0
        }
        return ListPage(rows: [Count(code: String(count))], total: 1)
    }
}

final class InterruptedPageTests: XCTestCase {
    func testANewerPageInterruptsARunningOneWhoseResultIsDroppedNotShownAsAnError() throws {
        let db = try AppFixtures.database()
        let worker = EffectWorker(runner: EffectRunner(database: db, today: AppFixtures.today))
        defer { worker.stop() }
        let started = Date()
        worker.submit([Request(screen: 1, effect: .page(AnyListRequest(SlowListRequest())), user: "t")])
        Thread.sleep(forTimeInterval: 0.3) // the slow page is running by now
        var newer = FeedbackListRequest(today: AppFixtures.today)
        newer.query = "duong day"
        let change = Feedback.StatusChange(status: .luu, on: AppFixtures.today)
        worker.submit([Request(screen: 1, effect: .page(AnyListRequest(newer)), user: "t"),
                       Request(screen: 2, effect: .write(AdvanceFeedback(code: "PA-2021-0006", version: 1, change: change)), user: "t")])
        worker.waitUntilIdle()
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "the count to a billion was stopped, not waited for")
        let results = worker.takeResults()
        XCTAssertEqual(results.count, 2, "the interrupted page gave nothing: \(results.map(\.1))")
        guard case .page(_, let value) = results[0].1, let page = value as? ListPage<FeedbackRow> else {
            return XCTFail("the newer page first, then the write: \(results.map(\.1))")
        }
        XCTAssertEqual(page.rows.map(\.code), ["PA-2021-0001"])
        guard case .saved = results[1].1 else { return XCTFail("the write after it is not interrupted: \(results[1].1)") }
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0006")?.status, .luu)
    }
}
