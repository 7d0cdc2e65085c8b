import XCTest
@testable import GiamSatCore

final class LocalDateTests: XCTestCase {
    func testVietnameseInputValidation() {
        let cases: [(String, String?)] = [
            ("29/02/2024", "2024-02-29"), ("29/02/2023", nil), ("31/02/2024", nil), ("31/04/2024", nil),
            ("30/04/2024", "2024-04-30"), ("1/7/2021", "2021-07-01"), ("01-07-2021", "2021-07-01"),
            ("01.07.2021", "2021-07-01"), ("00/01/2021", nil), ("12/13/2021", nil), ("12/12/21", nil),
            ("", nil), ("hôm nay", nil), ("29/02/1900", nil), ("29/02/2000", "2000-02-29"), (" 05/03/2022 ", "2022-03-05"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(LocalDate(vietnamese: input)?.iso, expected, input)
        }
    }

    func testISOIsStrict() {
        XCTAssertEqual(LocalDate(iso: "2021-06-30")?.vietnamese, "30/06/2021")
        XCTAssertNil(LocalDate(iso: "2021-6-30"))
        XCTAssertNil(LocalDate(iso: "2021-02-31"))
        XCTAssertNil(LocalDate(iso: "30/06/2021"))
    }

    func testArithmeticAcrossMonthsAndLeapYears() {
        let d = LocalDate(year: 2024, month: 2, day: 28)!
        XCTAssertEqual(d.adding(days: 1).iso, "2024-02-29")
        XCTAssertEqual(d.adding(days: 2).iso, "2024-03-01")
        XCTAssertEqual(LocalDate(year: 2021, month: 3, day: 2)!.adding(days: 30).iso, "2021-04-01")
        XCTAssertEqual(LocalDate(year: 1970, month: 1, day: 1)!.dayNumber, 0)
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            XCTAssertEqual(LocalDate(dayNumber: n).dayNumber, n)
        }
        XCTAssertEqual(LocalDate(year: 2026, month: 11, day: 23)!.weekday, 1) // a Monday
        XCTAssertEqual(LocalDate(year: 2021, month: 1, day: 1)!.days(until: LocalDate(year: 2021, month: 12, day: 31)!), 364)
    }

    func testWorkingDaysSkipWeekendsAndHolidays() {
        let calendar = WorkingCalendar(holidays: WorkingCalendar.defaultHolidays())
        // Friday 2024-04-26 + 10 working days: skips two weekends, 30/04 and 01/05.
        XCTAssertEqual(calendar.adding(workingDays: 10, to: LocalDate(iso: "2024-04-26")!).iso, "2024-05-14")
        // Tết 2025 (29/01): eve 28/01 to 02/02 off.
        XCTAssertEqual(calendar.adding(workingDays: 1, to: LocalDate(iso: "2025-01-27")!).iso, "2025-02-03")
        let plain = WorkingCalendar(holidays: [])
        XCTAssertEqual(plain.adding(workingDays: 5, to: LocalDate(iso: "2024-04-26")!).iso, "2024-05-03")
    }
}
