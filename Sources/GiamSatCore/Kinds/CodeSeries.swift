import GRDB

/// How a kind numbers its records: "PA-2026-0041" is number 41 of 2026 in the feedback series (prefix PA, per year,
/// four digits); "DT-0065" the 65th official (no year). A kind whose codes are shaped otherwise (a number before the
/// symbol, say) gives its own `Layout`; the next code is always "the last number of the year, plus one".
public struct CodeSeries: Sendable {
    /// The letters that open every code of the series; a code that begins with them is taken for one of this kind.
    public let prefix: String
    /// Numbered again from 1 each year.
    public let perYear: Bool
    /// Digits of the number, zero-padded (a longer number is written whole).
    public let width: Int
    let layout: Layout

    public init(prefix: String, perYear: Bool, width: Int, layout: Layout = .dashed) {
        self.prefix = prefix
        self.perYear = perYear
        self.width = width
        self.layout = layout
    }

    /// Where the number goes in a code, and how the last one of a year is found.
    public struct Layout: Sendable {
        /// The code of `digits` (already padded) in `year` (nil when the series is not per year).
        let code: @Sendable (_ prefix: String, _ year: Int?, _ digits: String) -> String
        /// The number a code of `year` holds, nil for a code of another year or series.
        let number: @Sendable (_ prefix: String, _ year: Int?, _ code: String) -> Int?
        /// The SQL `LIKE` pattern every code of `year` matches.
        let pattern: @Sendable (_ prefix: String, _ year: Int?) -> String
        /// The number ends the code: the last one is the longest code, then the greatest (one index lookup).
        let numberLast: Bool

        public init(code: @escaping @Sendable (_ prefix: String, _ year: Int?, _ digits: String) -> String,
                    number: @escaping @Sendable (_ prefix: String, _ year: Int?, _ code: String) -> Int?,
                    pattern: @escaping @Sendable (_ prefix: String, _ year: Int?) -> String) {
            self.init(code: code, number: number, pattern: pattern, numberLast: false)
        }

        private init(code: @escaping @Sendable (String, Int?, String) -> String, number: @escaping @Sendable (String, Int?, String) -> Int?,
                     pattern: @escaping @Sendable (String, Int?) -> String, numberLast: Bool) {
            self.code = code
            self.number = number
            self.pattern = pattern
            self.numberLast = numberLast
        }

        /// "PA-2026-0041", "DT-0065": prefix, year when per year, number, joined by "-".
        public static let dashed = Layout(
            code: { prefix, year, digits in stem(prefix, year) + digits },
            number: { prefix, year, code in
                let stem = stem(prefix, year)
                return code.hasPrefix(stem) ? Int(code.dropFirst(stem.count)) : nil
            },
            pattern: { prefix, year in stem(prefix, year) + "%" }, numberLast: true)

        private static func stem(_ prefix: String, _ year: Int?) -> String { year.map { "\(prefix)-\($0)-" } ?? "\(prefix)-" }
    }

    /// The code of number `number` (of `year` for a per-year series; ignored otherwise).
    public func code(_ number: Int, year: Int?) -> String {
        let digits = String(number)
        return layout.code(prefix, perYear ? year : nil, String(repeating: "0", count: max(0, width - digits.count)) + digits)
    }

    /// The number `code` holds in this series for `year`, nil when it is not one of its codes.
    public func number(of code: String, year: Int?) -> Int? { layout.number(prefix, perYear ? year : nil, code) }

    /// Whether `code` looks like one of this series (its prefix): how a code names its kind where two kinds may be meant.
    public func follows(_ code: String) -> Bool { code.hasPrefix(prefix) }

    /// What the codes of `year` share, as a key: two records of one stem draw from the same numbers.
    func stem(year: Int?) -> String { layout.pattern(prefix, perYear ? year : nil) }

    /// The highest number of `year` among the codes of `table`, 0 when there is none.
    func lastNumber(in table: String, year: Int?, _ db: Database) throws -> Int {
        let pattern = stem(year: year)
        if layout.numberLast {
            // Longest first: "KH-2021-100" comes after "KH-2021-99".
            let last = try String.fetchOne(db, sql: "SELECT code FROM \(table) WHERE code LIKE ? ORDER BY length(code) DESC, code DESC LIMIT 1",
                                           arguments: [pattern])
            return last.flatMap { number(of: $0, year: year) } ?? 0
        }
        let codes = try String.fetchCursor(db, sql: "SELECT code FROM \(table) WHERE code LIKE ?", arguments: [pattern])
        var last = 0
        while let code = try codes.next() { last = max(last, number(of: code, year: year) ?? 0) }
        return last
    }

    /// The next free code of `year`: "PA-2026-0041" after "PA-2026-0040"; the first is number 1.
    func next(in table: String, year: Int?, _ db: Database) throws -> String {
        code(try lastNumber(in: table, year: year, db) + 1, year: year)
    }
}
