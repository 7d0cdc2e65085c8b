import ArgumentParser
import Foundation
import GiamSatCore
import TerminalUI

struct ListCommand: ParsableCommand {
    /// The kinds come from `RecordKinds` (each kind's `listing`): a new kind is listed without a line here.
    static let kindNames = RecordKinds.listings.map(\.name).joined(separator: " | ")

    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Liệt kê bản ghi / list records: \(kindNames).",
        discussion: """
            --query tìm không dấu (đ = d) trong mã, tên, tóm tắt, chức vụ, đơn vị, địa bàn; mỗi từ khớp phần đầu từ.
            --query is accent-insensitive (đ = d) over codes, names, summaries, positions, units, localities; each word matches a word's start.
            Đối tượng xếp theo tên, tên đệm, họ; phản ánh mới nhất trước / officials by given name, feedback newest first.
            reviews: góp ý nơi cư trú, lọc --year và --locality / residence reviews, filtered by --year and --locality.
            """)

    /// A kind `list` shows, named on the command line.
    struct Kind: ExpressibleByArgument {
        let listing: KindListing
        init?(argument: String) {
            guard let listing = RecordKinds.listing(named: argument) else { return nil }
            self.listing = listing
        }
        static var allValueStrings: [String] { RecordKinds.listings.map(\.name) }
    }
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, tsv, json }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(stringLiteral: kindNames)) var kind: Kind
    @Option(help: "Tìm / search text.") var query: String = ""
    @Option(help: "Lọc theo trạng thái (mã slug) / filter by status slug.") var status: String?
    @Flag(help: "Chỉ phản ánh quá hạn / overdue feedback only.") var overdue = false
    @Option(help: "Số dòng tối đa / at most this many rows.") var limit: Int?
    @Option(help: "table | tsv | json") var format: Format = .table
    @Option(help: "Năm (reviews) / year, for reviews.") var year: Int?
    @Option(help: "Mã địa bàn (reviews) / locality code, for reviews.") var locality: String?

    /// The kinds that take a filter, as the messages name them ("feedback").
    private static func names(taking option: KindListing.Option) -> String {
        RecordKinds.listings.filter { $0.options.contains(option) }.map(\.name).joined(separator: ", ")
    }

    func validate() throws {
        let listing = kind.listing, name = listing.name
        if overdue && !listing.options.contains(.overdue) {
            let names = Self.names(taking: .overdue)
            throw ValidationError("--overdue: \(names) only / chỉ dùng với \(names)")
        }
        if status != nil && listing.statuses.isEmpty {
            throw ValidationError("--status: not for \(name) / không dùng với \(name)")
        }
        if (year != nil || locality != nil) && !listing.options.contains(.yearAndLocality) {
            let names = Self.names(taking: .yearAndLocality)
            throw ValidationError("--year, --locality: \(names) only / chỉ dùng với \(names)")
        }
        if !query.isEmpty && !listing.options.contains(.query) { throw ValidationError("--query: not for \(name) / không dùng với \(name)") }
        if let limit, limit < 0 { throw ValidationError("--limit ≥ 0") }
    }

    func run() throws {
        let lang = global.language
        let database = try global.open()
        let listing = kind.listing, allowedStatuses = listing.statuses
        if let status, !allowedStatuses.contains(status) {
            throw CLIError.usage("--status “\(status)” không hợp lệ; dùng: \(allowedStatuses.joined(separator: ", "))",
                                 "invalid --status “\(status)”; use: \(allowedStatuses.joined(separator: ", "))")
        }
        let filter = ListFilter(query: VietnameseText.nfc(query), status: status, overdue: overdue, today: LocalDate.today(), limit: limit)
        // Rows are written as they are read: a list of any length in constant memory (docs/performance.md).
        let output = ListOutput(format: format, lang: lang)
        let former = listing.showsFormerVillage ? try FormerVillages(database) : nil
        let columns = Listing(header: listing.header.map { $0.text(lang) }, maxWidths: listing.maxWidths)
        output.begin(former?.adding(to: columns, lang) ?? columns)
        let request = KindListing.Request(filter: filter, lang: lang, json: format == .json, year: year, locality: locality)
        try listing.forEachRow(in: database, request) { row in
            try output.add(former?.adding(to: row.cells, locality: row.locality ?? "") ?? row.cells, json: row.json)
        }
        try output.finish()
    }
}

/// The columns of a list, in the words of one language (`KindListing`).
struct Listing {
    var header: [String]
    /// Columns cut in the table format (the TSV and JSON keep everything).
    var maxWidths: [Int: Int] = [:]
}

/// After a merger a commune may hold three "Ấp 1": the localities and reviews lists then end with the village's former
/// commune (and its former name when it was renamed). A commune never merged lists exactly as before.
struct FormerVillages {
    private var labels: [String: String] = [:]
    let isEmpty: Bool

    init(_ database: AppDatabase) throws {
        let units = Dictionary(try database.formerUnits().map { ($0.code, $0.name) }) { first, _ in first }
        isEmpty = units.isEmpty
        guard !isEmpty else { return }
        for locality in try database.localities() {
            guard let origin = try database.origins(.locality, code: locality.code).first else { continue }
            let unit = units[origin.formerUnit] ?? origin.formerUnit
            labels[locality.code] = origin.formerName.isEmpty || origin.formerName == locality.name ? unit : "\(unit) · \(origin.formerName)"
        }
    }

    func adding(to listing: Listing, _ lang: Lang) -> Listing {
        guard !isEmpty else { return listing }
        var listing = listing
        listing.header.append(CLIText.formerUnitHeader.text(lang))
        return listing
    }

    func adding(to row: [String], locality: String) -> [String] { isEmpty ? row : row + [labels[locality] ?? ""] }
}
