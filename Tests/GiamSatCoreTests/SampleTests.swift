import Foundation
import XCTest
@testable import GiamSatCore

/// The sample commune (issue 17, item 6) looks like a commune today: every kind of record in every year 2021–2026,
/// a merger of two former communes in 2025, summaries that agree with their channel and kind, and a worklist of a
/// real office's length on 2 December 2026.
final class SampleTests: XCTestCase {
    func sample() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.sampleBundleURL)) as! [String: Any]
    }

    func records(_ key: String) throws -> [[String: Any]] { try sample()[key] as! [[String: Any]] }

    func testEveryKindOfRecordInEveryYear() throws {
        func years(_ key: String, _ year: ([String: Any]) -> Int?) throws -> Set<Int> { Set(try records(key).compactMap(year)) }
        let all = Set(2021...2026)
        let prefix = { (field: String) in { (r: [String: Any]) in (r[field] as? String).flatMap { Int($0.prefix(4)) } } }
        XCTAssertEqual(try years("plans") { $0["year"] as? Int }, all)
        XCTAssertEqual(try years("plans") { ($0["team"] as? [String: Any])?["members"] == nil ? nil : $0["year"] as? Int }, all, "teams")
        XCTAssertEqual(try years("plans") { r in
            (r["supervised"] as? [[String: Any]])?.contains { !($0["findings"] as? String ?? "").isEmpty } == true ? r["year"] as? Int : nil
        }, all, "findings")
        XCTAssertEqual(try years("feedback", prefix("receivedOn")), all)
        XCTAssertEqual(try years("recommendations", prefix("sentOn")), all)
        XCTAssertEqual(try years("recommendations") { $0["outcome"] == nil ? nil : prefix("sentOn")($0) }, all, "outcomes")
        XCTAssertEqual(try years("residenceReviews") { $0["year"] as? Int }, all)
        XCTAssertEqual(try years("residenceMeetings") { $0["year"] as? Int }, all)
    }

    /// Issue 21: every village that reviewed its members in a year held its meeting that year, and only those.
    func testEachVillageThatReviewedHeldItsMeeting() throws {
        let reviewed = Set(try records("residenceReviews").map { "\($0["year"] as! Int)/\($0["locality"] as! String)" })
        let held = try records("residenceMeetings").map { "\($0["year"] as! Int)/\($0["locality"] as! String)" }
        XCTAssertEqual(Set(held), reviewed)
        XCTAssertEqual(held.count, Set(held).count, "one meeting per village and year")
    }

    func testAMergerOfTwoFormerCommunesIn2025() throws {
        let units = (try sample()["commune"] as! [String: Any])["formerUnits"] as! [[String: Any]]
        XCTAssertEqual(units.map { $0["code"] as! String }, ["vi-binh", "vi-dong"])
        XCTAssertEqual(Set(units.map { $0["mergedOn"] as! String }), ["2025-07-01"])
        for key in ["localities", "officials", "plans", "feedback", "recommendations", "residenceMeetings", "residenceReviews"] {
            let merged = try records(key).filter { $0["former"] != nil }
            XCTAssertFalse(merged.isEmpty, key)
            XCTAssertEqual(Set(merged.flatMap { ($0["former"] as! [[String: Any]]).map { $0["unit"] as! String } }), ["vi-binh", "vi-dong"], key)
        }
    }

    /// What each channel's summary says, and each kind's verb: a call is never a meeting, a complaint never a denunciation.
    func testSummariesAgreeWithTheirChannelAndKind() throws {
        let channel = ["truc-tiep": "Công dân đến trụ sở", "hom-thu": "hòm thư góp ý", "thu-dien-tu": "Thư điện tử",
                       "duong-day-nong": "đường dây nóng", "van-ban": "Đơn ", "hoi-nghi": "Tại hội nghị", "chuyen-den": "chuyển đến đơn",
                       "khac": "Ban Công tác Mặt trận"]
        let verb = ["phan-anh": "phản ánh", "kien-nghi": "kiến nghị", "khieu-nai": "khiếu nại", "to-cao": "tố cáo"]
        for record in try records("feedback") {
            let summary = record["summary"] as! String, code = record["code"] as! String
            let said = channel[record["channel"] as! String]!
            XCTAssertTrue(summary.contains(said), "\(code): \(summary)")
            for (other, phrase) in channel where other != record["channel"] as! String && other != "van-ban" {
                XCTAssertFalse(summary.contains(phrase), "\(code) says “\(phrase)”: \(summary)")
            }
            XCTAssertTrue(summary.contains(verb[record["kind"] as! String]!), "\(code): \(summary)")
        }
    }

    func testTheWorklistOfTheSecondOfDecember2026() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importFiles([Fixtures.sampleBundleURL.path], by: Fixtures.user)
        let list = try db.worklist(today: Fixtures.date("2026-12-02"), settings: try db.settings(), offset: 0, limit: 100)
        XCTAssertEqual(list.total, 12, "a page, not five: \(list.items.map(\.code))")
        // No denunciation of the sample waits to be classified on that day (WorklistTests shows that row).
        XCTAssertEqual(Set(list.items.flatMap(\.reasons)), Set(WorkItem.Reason.allCases).subtracting([.toClassify]), "every reason is in it")
        XCTAssertTrue(list.items.contains { $0.code == "KH-2024-03" }, "a plan still issued two years after its period")
        XCTAssertEqual(list.reviewed.done, 4)
        XCTAssertEqual(list.reviewed.of, 15)
    }
}
