import GRDB

// Values as they sit in columns: dates as ISO text, enumerations as slugs.

extension LocalDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDate? {
        String.fromDatabaseValue(dbValue).flatMap { LocalDate(iso: $0) }
    }
}

extension Row {
    /// An enumeration column. A slug the app does not know means the file was edited by
    /// hand or by a newer version: say so rather than guess.
    func slug<E: Slugged>(_ column: String) throws -> E {
        let value: String = self[column]
        guard let result = E(rawValue: value) else {
            throw GiamSatError.database("\(column) = “\(value)”: " + E.allSlugs.joined(separator: "|"))
        }
        return result
    }

    func optionalSlug<E: Slugged>(_ column: String) throws -> E? {
        let value: String? = self[column]
        return try value.map { _ in try slug(column) as E }
    }

    func date(_ column: String) throws -> LocalDate {
        guard let date: LocalDate = self[column] else {
            throw GiamSatError.database("\(column): not a date")
        }
        return date
    }
}
