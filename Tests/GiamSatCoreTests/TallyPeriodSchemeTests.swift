import Foundation
import XCTest
@testable import GiamSatCore

/// Cut-off report periods (issue 12): the dates of every kind, their names, and what they count.
final class TallyPeriodSchemeTests: XCTestCase {
    func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }

    func testCutOffDatesOfEveryKindAcrossTheYearBoundary() {
        let expected: [(TallyPeriod.Kind, String, String)] = [
            (.year, "2023-12-15", "2024-12-14"), (.h1, "2023-12-15", "2024-06-14"), (.h2, "2024-06-15", "2024-12-14"),
            (.q1, "2023-12-15", "2024-03-14"), (.q2, "2024-03-15", "2024-06-14"), (.q3, "2024-06-15", "2024-09-14"),
            (.q4, "2024-09-15", "2024-12-14"), (.nineMonths, "2023-12-15", "2024-09-14"),
        ]
        for (kind, from, to) in expected {
            let period = TallyPeriod(year: 2024, kind: kind, scheme: .cutOff)
            XCTAssertEqual([period.from.iso, period.to.iso], [from, to], "\(kind)")
            XCTAssertEqual(period.kind, kind, "recognised as the cut-off \(kind)")
            XCTAssertEqual(period.scheme, .cutOff)
            let calendar = TallyPeriod(year: 2024, kind: kind)
            XCTAssertEqual(calendar.kind, kind)
            XCTAssertEqual(calendar.scheme, .calendar)
        }
        // Consecutive quarters leave no day out and count none twice; q4 2024 ends where q1 2025 begins.
        let quarters = [TallyPeriod.Kind.q1, .q2, .q3, .q4].map { TallyPeriod(year: 2024, kind: $0, scheme: .cutOff) }
        for (a, b) in zip(quarters, quarters.dropFirst()) { XCTAssertEqual(a.to.adding(days: 1), b.from) }
        XCTAssertEqual(quarters[3].to.adding(days: 1), TallyPeriod(year: 2025, kind: .q1, scheme: .cutOff).from)
        // The first valid year cannot start in the year before: it starts on the first day there is.
        XCTAssertEqual(TallyPeriod(year: 1945, kind: .year, scheme: .cutOff).from, .earliest)
        // A range by hand is neither.
        let range = TallyPeriod(from: d("2024-12-15"), to: d("2025-01-14"))
        XCTAssertNil(range.kind)
        XCTAssertNil(range.scheme)
    }

    func testPeriodsAreNamedByTheYearTheyEndInAndSayHowTheyWereCut() {
        let year = TallyPeriod(year: 2024, kind: .year, scheme: .cutOff)
        XCTAssertEqual(year.label(.vi), "năm 2024")
        XCTAssertEqual(TallyPeriod(year: 2024, kind: .q1, scheme: .cutOff).label(.en), "Q1 2024")
        XCTAssertEqual(TallyPeriod.span([year], .vi), "15/12/2023 – 14/12/2024 (kỳ chốt số liệu)")
        XCTAssertEqual(TallyPeriod.span([TallyPeriod(year: 2024, kind: .year)], .vi), "01/01/2024 – 31/12/2024 (theo năm dương lịch)")
        XCTAssertEqual(TallyPeriod.span([TallyPeriod(year: 2023, kind: .year, scheme: .cutOff), year], .en),
                       "15/12/2022 – 14/12/2024 (cut-off periods)")
        XCTAssertEqual(TallyPeriod.span([TallyPeriod(from: d("2024-02-01"), to: d("2024-02-10"))], .vi),
                       "01/02/2024 – 10/02/2024 (khoảng ngày tự chọn)")
        XCTAssertEqual(year.years, 2024...2024, "the cut-off year counts its own year's residence reviews")
        XCTAssertEqual(TallyPeriod(year: 2024, kind: .q2, scheme: .cutOff).years, 2024...2024)
        XCTAssertEqual(TallyPeriod(from: d("2023-12-15"), to: d("2024-01-10")).years, 2023...2024, "a range by hand touches both")
    }

    /// Records dated 14/12 and 15/12: the cut-off year ends on the first, the next one begins on the second.
    func testCutOffAndCalendarTalliesOfRecordsDated14And15December() throws {
        let db = try AppDatabase.inMemory()
        try db.setCommune(Commune(code: "xa-a", name: "Xã A"), by: "t")
        for (code, day) in [("PA-1", "2023-12-15"), ("PA-2", "2024-12-14"), ("PA-3", "2024-12-15")] {
            try db.save(Feedback(code: code, receivedOn: d(day), channel: .homThu, kind: .phanAnh, summary: code), by: "t")
        }
        try db.save(Plan(code: "KH-1", title: "A", year: 2024, type: .thuongXuyen, form: .doanGiamSat, startOn: d("2024-12-15"),
                         status: .hoanThanh), by: "t")
        let today = d("2025-06-01")
        func tally(_ year: Int, _ kind: TallyPeriod.Kind, _ scheme: TallyPeriod.Scheme) throws -> Tally {
            try db.tally(TallyPeriod(year: year, kind: kind, scheme: scheme), today: today)
        }
        XCTAssertEqual(try tally(2024, .year, .calendar).feedbackReceived, 2, "14/12 and 15/12/2024")
        XCTAssertEqual(try tally(2024, .year, .cutOff).feedbackReceived, 2, "15/12/2023 and 14/12/2024")
        XCTAssertEqual(try tally(2025, .year, .cutOff).feedbackReceived, 1, "15/12/2024 opens the cut-off year 2025")
        XCTAssertEqual(try tally(2024, .q4, .calendar).feedbackReceived, 2)
        XCTAssertEqual(try tally(2024, .q4, .cutOff).feedbackReceived, 1, "14/12 closes the cut-off q4")
        XCTAssertEqual(try tally(2025, .q1, .cutOff).feedbackReceived, 1, "15/12 is in the next cut-off q1")
        XCTAssertEqual(try tally(2024, .q1, .cutOff).feedbackReceived, 1, "15/12/2023 is in the cut-off q1 2024")
        XCTAssertEqual(try tally(2024, .year, .calendar).plansTotal, 1)
        XCTAssertEqual(try tally(2024, .year, .cutOff).plansTotal, 0, "a plan starting 15/12/2024 is in the cut-off year 2025")
        XCTAssertEqual(try tally(2025, .h1, .cutOff).plansTotal, 1)
    }

    func testTheReportPeriodsSettingIsSavedAuditedAndRead() throws {
        let db = try AppDatabase.inMemory()
        try db.setCommune(Commune(code: "xa-a", name: "Xã A"), by: "t")
        XCTAssertEqual(try db.settings().reportPeriods, .calendar, "calendar by default")
        var general = try db.generalSettings()
        general.reportPeriods = .cutOff
        XCTAssertEqual(try db.saveGeneralSettings(general, by: "t"), ["reportPeriods"])
        XCTAssertEqual(try db.settings().reportPeriods, .cutOff)
        XCTAssertEqual(try db.generalSettings().reportPeriods, .cutOff)
        let audit = try db.read { try String.fetchAll($0, sql: "SELECT old || '>' || new FROM audit WHERE field = 'settings.reportPeriods'") }
        XCTAssertEqual(audit, ["calendar>cut-off"])
        // A value edited by hand that the app would not write is the default.
        try db.write { try $0.execute(sql: "UPDATE setting SET value = 'lunar' WHERE key = 'report-periods'") }
        XCTAssertEqual(try db.settings().reportPeriods, .calendar)
    }
}
