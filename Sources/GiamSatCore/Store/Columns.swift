import GRDB

// Values as they sit in columns: dates as ISO text, enumerations as slugs.
//
// Every read goes through the throwing helpers below, never GRDB's `row["x"] as T`
// subscript: that one stops the program when a value cannot be converted, and the file
// may have been edited by hand, copied from a damaged disk or written by an older bug
// (a due date of 10000-01-30). A bad value becomes an error naming the column, which
// `check` reports with the record's code (docs/security.md).

extension LocalDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDate? {
        String.fromDatabaseValue(dbValue).flatMap { LocalDate(iso: $0) }
    }
}

extension Row {
    private func bad(_ column: String, _ value: DatabaseValue, _ expected: String) -> GiamSatError {
        GiamSatError.badStoredValue(column: column, value: Self.describe(value), expected: expected)
    }

    /// A short, printable picture of a stored value for an error message.
    static func describe(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "NULL"
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .string(let text): return text
        case .blob(let data): return "<\(data.count) bytes>"
        }
    }

    /// A text column; numbers are taken as their digits (SQLite's TEXT affinity does the same).
    func text(_ column: String) throws -> String {
        guard let value = try optionalText(column) else { throw bad(column, DatabaseValue.null, "text") }
        return value
    }

    func optionalText(_ column: String) throws -> String? {
        let value: DatabaseValue = self[column] ?? .null
        switch value.storage {
        case .null: return nil
        case .string(let text): return text
        case .int64(let number): return String(number)
        case .double, .blob: throw bad(column, value, "text")
        }
    }

    func integer(_ column: String) throws -> Int {
        guard let value = try optionalInteger(column) else { throw bad(column, DatabaseValue.null, "integer") }
        return value
    }

    func optionalInteger(_ column: String) throws -> Int? {
        let value: DatabaseValue = self[column] ?? .null
        switch value.storage {
        case .null: return nil
        case .int64(let number): return Int(exactly: number)
        case .string(let text): if let number = Int(text) { return number }
        case .double(let number): if let exact = Int(exactly: number) { return exact }
        case .blob: break
        }
        throw bad(column, value, "integer")
    }

    func flag(_ column: String) throws -> Bool {
        let value: DatabaseValue = self[column] ?? .null
        switch try optionalInteger(column) {
        case 0?: return false
        case 1?: return true
        default: throw bad(column, value, "0 | 1")
        }
    }

    /// An enumeration column. A slug the app does not know means the file was edited by
    /// hand or by a newer version: say so rather than guess.
    func slug<E: Slugged>(_ column: String) throws -> E {
        let value = try text(column)
        guard let result = E(rawValue: value) else {
            throw GiamSatError.badStoredValue(column: column, value: value, expected: E.allSlugs.joined(separator: "|"))
        }
        return result
    }

    func optionalSlug<E: Slugged>(_ column: String) throws -> E? {
        guard try optionalText(column) != nil else { return nil }
        return try slug(column) as E
    }

    /// A date column: ISO text inside the app's range (LocalDate.validYears).
    func date(_ column: String) throws -> LocalDate {
        guard let date = try optionalDate(column) else { throw bad(column, DatabaseValue.null, "YYYY-MM-DD") }
        return date
    }

    func optionalDate(_ column: String) throws -> LocalDate? {
        guard let text = try optionalText(column) else { return nil }
        guard let date = LocalDate(iso: text) else {
            throw GiamSatError.badStoredValue(column: column, value: text, expected: "YYYY-MM-DD, \(LocalDate.validYears.lowerBound)–\(LocalDate.validYears.upperBound)")
        }
        return date
    }

    // By position, with the same checks: for rows read a million times (export, check, lists, the tally),
    // where a lookup by name (GRDB compares names case-insensitively) costs more than the read itself.

    func optionalText(at index: Int) throws -> String? {
        let value: DatabaseValue = self[index]
        switch value.storage {
        case .null: return nil
        case .string(let text): return text
        case .int64(let number): return String(number)
        case .double, .blob: throw bad(name(at: index), value, "text")
        }
    }

    func text(at index: Int) throws -> String {
        guard let value = try optionalText(at: index) else { throw bad(name(at: index), DatabaseValue.null, "text") }
        return value
    }

    func optionalInteger(at index: Int) throws -> Int? {
        let value: DatabaseValue = self[index]
        switch value.storage {
        case .null: return nil
        case .int64(let number): return Int(exactly: number)
        case .string(let text): if let number = Int(text) { return number }
        case .double(let number): if let exact = Int(exactly: number) { return exact }
        case .blob: break
        }
        throw bad(name(at: index), value, "integer")
    }

    func integer(at index: Int) throws -> Int {
        guard let value = try optionalInteger(at: index) else { throw bad(name(at: index), DatabaseValue.null, "integer") }
        return value
    }

    func flag(at index: Int) throws -> Bool {
        switch try optionalInteger(at: index) {
        case 0?: return false
        case 1?: return true
        default: throw bad(name(at: index), self[index], "0 | 1")
        }
    }

    func slug<E: Slugged>(at index: Int) throws -> E {
        let value = try text(at: index)
        guard let result = E(rawValue: value) else {
            throw GiamSatError.badStoredValue(column: name(at: index), value: value, expected: E.allSlugs.joined(separator: "|"))
        }
        return result
    }

    func optionalSlug<E: Slugged>(at index: Int) throws -> E? {
        guard try optionalText(at: index) != nil else { return nil }
        return try slug(at: index) as E
    }

    func date(at index: Int) throws -> LocalDate {
        guard let date = try optionalDate(at: index) else { throw bad(name(at: index), DatabaseValue.null, "YYYY-MM-DD") }
        return date
    }

    func optionalDate(at index: Int) throws -> LocalDate? {
        guard let text = try optionalText(at: index) else { return nil }
        guard let date = LocalDate(iso: text) else {
            throw GiamSatError.badStoredValue(column: name(at: index), value: text,
                                              expected: "YYYY-MM-DD, \(LocalDate.validYears.lowerBound)–\(LocalDate.validYears.upperBound)")
        }
        return date
    }

    /// The name of the column at a position, for queries read by position.
    func name(at index: Int) -> String {
        let names = Array(columnNames)
        return names.indices.contains(index) ? names[index] : ""
    }
}

/// A row for a list, or nil when one of its stored values cannot be read: one damaged row
/// must not take the list (and the app) down; `check` names it.
func readableRow<T>(_ body: () throws -> T) throws -> T? {
    do {
        return try body()
    } catch GiamSatError.badStoredValue {
        return nil
    }
}
