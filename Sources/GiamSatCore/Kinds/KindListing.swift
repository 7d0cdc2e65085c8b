/// How the command line's `list NAME` shows one kind of record (`RecordKind.listing`): its name, its columns, the
/// filters it takes, and its rows, given one at a time as they are read (a list of any length in constant memory).
public struct KindListing: Sendable {
    /// The command line's word for the kind ("officials", "reviews").
    public let name: String
    public let header: [Localized]
    /// Columns cut in the table format (the TSV and JSON keep everything).
    public let maxWidths: [Int: Int]
    /// The values `--status` takes; empty when the kind has no status filter.
    public let statuses: [String]
    /// The filters beyond `--status` and `--limit` it takes.
    public let options: Set<Option>
    /// After a merger, rows end with the village's former commune (three "Ấp 1" told apart).
    public let showsFormerVillage: Bool
    let rows: @Sendable (AppDatabase, Request, _ row: (Row) throws -> Void) throws -> Void

    public enum Option: Sendable, Hashable { case query, overdue, yearAndLocality }

    /// What the command line asked.
    public struct Request: Sendable {
        public var filter: ListFilter
        public var lang: Lang
        /// `--format json`: rows carry the record as the bundle writes it.
        public var json: Bool
        public var year: Int?
        public var locality: String?

        public init(filter: ListFilter, lang: Lang, json: Bool, year: Int? = nil, locality: String? = nil) {
            self.filter = filter
            self.lang = lang
            self.json = json
            self.year = year
            self.locality = locality
        }
    }

    /// One row: its cells, its JSON (`.null` where the format needs none), the locality it lives in.
    public struct Row {
        public let cells: [String]
        public let json: JSONValue
        public let locality: String?

        init(_ cells: [String], json: JSONValue, locality: String? = nil) {
            self.cells = cells
            self.json = json
            self.locality = locality
        }
    }

    init(name: String, header: [Localized], maxWidths: [Int: Int] = [:], statuses: [String] = [], options: Set<Option> = [.query],
         showsFormerVillage: Bool = false, rows: @escaping @Sendable (AppDatabase, Request, (Row) throws -> Void) throws -> Void) {
        self.name = name
        self.header = header
        self.maxWidths = maxWidths
        self.statuses = statuses
        self.options = options
        self.showsFormerVillage = showsFormerVillage
        self.rows = rows
    }

    /// Gives each row of the list to `body`, in the list's order.
    public func forEachRow(in database: AppDatabase, _ request: Request, _ body: (Row) throws -> Void) throws {
        try rows(database, request, body)
    }
}

extension RecordKinds {
    /// The kinds `list` shows, in the list's order.
    public static var listings: [KindListing] { all.compactMap(\.listing) }

    public static func listing(named name: String) -> KindListing? { listings.first { $0.name == name } }
}
