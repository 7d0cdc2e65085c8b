import Foundation

/// A calendar day with no time and no time zone: the received date of a letter, a
/// decision date. Shown and typed as dd/mm/yyyy, written to files as ISO yyyy-mm-dd.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil when the day does not exist (31/02, 29/02 of a common year, month 13…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The years a date typed, imported or read from the file may fall in. A record of the
    /// Front's supervision work cannot predate 1945; a date past 2100 is a typo (9999-12-31)
    /// that would otherwise overflow computed dates (docs/formats.md).
    public static let validYears = 1945...2100
    public static let earliest = LocalDate(year: validYears.lowerBound, month: 1, day: 1)!
    public static let latest = LocalDate(year: validYears.upperBound, month: 12, day: 31)!

    public var isInValidRange: Bool { Self.validYears.contains(year) }

    /// A computed date (a due date 30 days on) kept inside the valid range.
    public func clamped() -> LocalDate { min(max(self, .earliest), .latest) }

    /// Strict ISO `yyyy-mm-dd`, as in files; only years in `validYears`.
    public init?(iso text: String) {
        // The usual case, ten ASCII bytes, without splitting strings (a million dates are read per export).
        if text.utf8.count == 10, let date = text.utf8.withContiguousStorageIfAvailable({ LocalDate.parseISO($0) }) {
            guard let date else { return nil }
            self = date
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), Self.validYears.contains(y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func parseISO(_ b: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        func digit(_ i: Int) -> Int? { (0x30...0x39).contains(b[i]) ? Int(b[i] - 0x30) : nil }
        guard b[4] == 0x2D, b[7] == 0x2D, let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
              let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9) else { return nil }
        let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
        guard validYears.contains(year) else { return nil }
        return LocalDate(year: year, month: m0 * 10 + m1, day: d0 * 10 + d1)
    }

    /// What a person types: `dd/mm/yyyy`, also `d/m/yyyy` and with `-` or `.` between; only years in `validYears`.
    public init?(vietnamese text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), Self.validYears.contains(y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Either form: ISO first (files), then dd/mm/yyyy (people).
    public init?(parsing text: String) {
        if let date = LocalDate(iso: text) { self = date } else if let date = LocalDate(vietnamese: text) { self = date } else { return nil }
    }

    // Digits by hand into ten bytes: String(format:) goes through Foundation and shows up when a million
    // dates are written (the year is 1…9999, checked by init).
    public var iso: String { Self.text(year, 4, month, 2, day, 2, separator: UInt8(ascii: "-")) }
    public var vietnamese: String { Self.text(day, 2, month, 2, year, 4, separator: UInt8(ascii: "/")) }

    static func text(_ a: Int, _ aWidth: Int, _ b: Int, _ bWidth: Int, _ c: Int, _ cWidth: Int, separator: UInt8) -> String {
        String(unsafeUninitializedCapacity: aWidth + bWidth + cWidth + 2) { buffer in
            var i = 0
            func put(_ value: Int, _ width: Int) {
                var divisor = width == 4 ? 1000 : 10
                while divisor > 0 {
                    buffer[i] = UInt8(ascii: "0") + UInt8((value / divisor) % 10)
                    i += 1
                    divisor /= 10
                }
            }
            put(a, aWidth); buffer[i] = separator; i += 1
            put(b, bWidth); buffer[i] = separator; i += 1
            put(c, cWidth)
            return i
        }
    }
    public var description: String { iso }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // Days since 1970-01-01 (H. Hinnant's days_from_civil), so arithmetic needs no Calendar.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.year = y
        self.month = m
        self.day = d
    }

    /// Days are capped at ±1,000,000 (some 2,700 years) so that no count read from a file can
    /// overflow the arithmetic; the result may still leave `validYears`: see `clamped()`.
    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + min(max(days, -1_000_000), 1_000_000)) }

    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// 1 = Monday … 7 = Sunday (ISO).
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

    public var isWeekend: Bool { weekday >= 6 }

    /// Today on this machine's clock and time zone; `GIAMSAT_TODAY` (ISO) pins it for tests.
    /// Reads that one variable: copying the whole environment into a dictionary on every call was a quarter of a
    /// 1M import when the bundle reader asked for today once per record (issue 19's bench, measured with perf).
    public static func today() -> LocalDate {
        if let pinned = getenv("GIAMSAT_TODAY").map({ String(cString: $0) }), let date = LocalDate(iso: pinned) { return date }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? .earliest
    }
}
