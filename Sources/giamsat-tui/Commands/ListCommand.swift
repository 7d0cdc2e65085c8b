import ArgumentParser
import Foundation
import GiamSatCore
import TerminalUI

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Liệt kê bản ghi / list records: officials | plans | feedback | recommendations | localities.",
        discussion: """
            --query tìm không dấu (đ = d) trong mã, tên, tóm tắt, chức vụ, đơn vị, địa bàn; mỗi từ khớp phần đầu từ.
            --query is accent-insensitive (đ = d) over codes, names, summaries, positions, units, localities; each word matches a word's start.
            Đối tượng xếp theo tên, tên đệm, họ; phản ánh mới nhất trước / officials by given name, feedback newest first.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case officials, plans, feedback, recommendations, localities }
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, tsv, json }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "officials | plans | feedback | recommendations | localities") var kind: Kind
    @Option(help: "Tìm / search text.") var query: String = ""
    @Option(help: "Lọc theo trạng thái (mã slug) / filter by status slug.") var status: String?
    @Flag(help: "Chỉ phản ánh quá hạn / overdue feedback only.") var overdue = false
    @Option(help: "Số dòng tối đa / at most this many rows.") var limit: Int?
    @Option(help: "table | tsv | json") var format: Format = .table

    func validate() throws {
        if overdue && kind != .feedback { throw ValidationError("--overdue: feedback only / chỉ dùng với feedback") }
        if status != nil && kind == .localities { throw ValidationError("--status: not for localities / không dùng với localities") }
        if let limit, limit < 0 { throw ValidationError("--limit ≥ 0") }
    }

    func run() throws {
        let lang = global.language
        let database = try global.open()
        if let status, !allowedStatuses.contains(status) {
            throw CLIError.usage("--status “\(status)” không hợp lệ; dùng: \(allowedStatuses.joined(separator: ", "))",
                                 "invalid --status “\(status)”; use: \(allowedStatuses.joined(separator: ", "))")
        }
        let today = LocalDate.today()
        let filter = ListFilter(query: VietnameseText.nfc(query), status: status, overdue: overdue, today: today, limit: limit)
        let listing: Listing
        switch kind {
        case .officials: listing = Listing.officials(try database.officials(filter), lang)
        case .plans: listing = Listing.plans(try database.plans(filter), lang)
        case .feedback: listing = Listing.feedback(try database.feedback(filter), database: database, today: today, lang)
        case .recommendations: listing = Listing.recommendations(try database.recommendations(filter), lang)
        case .localities:
            var request = LocalityListRequest()
            request.query = VietnameseText.nfc(query)
            request.limit = limit ?? Int.max
            listing = Listing.localities(try request.page(in: database).rows, lang)
        }
        switch format {
        case .table:
            // Control characters from the data are shown (\x1B), never sent to the terminal (docs/security.md).
            let rows = listing.rows.map { $0.map(TerminalText.escaped) }
            print(PlainTable.render([listing.header] + rows, maxWidths: listing.maxWidths), terminator: "")
            FileHandle.standardError.write(Data((lang == .vi ? "\(listing.rows.count) dòng\n" : "\(listing.rows.count) rows\n").utf8))
        case .tsv:
            let clean = { (cell: String) in
                TerminalText.escaped(cell.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " "))
            }
            print(([listing.header] + listing.rows).map { $0.map(clean).joined(separator: "\t") }.joined(separator: "\n"))
        case .json:
            print(JSONValue.array(listing.json).serialized(), terminator: "")
        }
    }

    var allowedStatuses: [String] {
        switch kind {
        case .officials: return OfficialStatus.allSlugs
        case .plans: return PlanStatus.allSlugs
        case .feedback: return FeedbackStatus.allSlugs
        case .recommendations: return RecommendationResponse.allSlugs
        case .localities: return []
        }
    }
}

/// Rows of a list, ready for any output format.
struct Listing {
    var header: [String]
    var rows: [[String]]
    var json: [JSONValue]
    /// Columns cut in the table format (the TSV and JSON keep everything).
    var maxWidths: [Int: Int] = [:]

    static func officials(_ items: [Official], _ lang: Lang) -> Listing {
        let vi = lang == .vi
        return Listing(
            header: vi ? ["Mã", "Họ và tên", "Chức vụ", "Đơn vị", "Đối tượng", "Tình trạng"]
                       : ["Code", "Name", "Position", "Unit", "Category", "Status"],
            rows: items.map { [$0.code, $0.fullName, $0.position, $0.unit, $0.category.label(lang),
                               $0.status.label(lang) + ($0.archived ? (vi ? " · lưu trữ" : " · archived") : "")] },
            json: items.map(BundleWriter.official), maxWidths: [2: 30, 3: 30])
    }

    static func plans(_ items: [Plan], _ lang: Lang) -> Listing {
        let vi = lang == .vi
        return Listing(
            header: vi ? ["Mã", "Năm", "Số văn bản", "Tên kế hoạch", "Loại", "Trạng thái"]
                       : ["Code", "Year", "Document", "Title", "Type", "Status"],
            rows: items.map { [$0.code, String($0.year), $0.documentNumber, $0.title, $0.type.label(lang), $0.status.label(lang)] },
            json: items.map(BundleWriter.plan), maxWidths: [3: 44])
    }

    static func feedback(_ items: [Feedback], database: AppDatabase, today: LocalDate, _ lang: Lang) -> Listing {
        let vi = lang == .vi
        let names = officialNames(items.flatMap(\.officials), database)
        return Listing(
            header: vi ? ["Mã", "Ngày nhận", "Kênh", "Đối tượng", "Tóm tắt", "Trạng thái", "Hạn"]
                       : ["Code", "Received", "Channel", "Official", "Summary", "Status", "Due"],
            rows: items.map { f in
                let due = f.isOverdue(on: today) ? f.dueOn.vietnamese + (vi ? " QUÁ HẠN" : " OVERDUE") : f.dueOn.vietnamese
                return [f.code, f.receivedOn.vietnamese, f.channel.label(lang), f.officials.map { names[$0] ?? $0 }.joined(separator: ", "),
                        f.summary, f.status.label(lang), due]
            },
            json: items.map { BundleWriter.feedback($0, includeIdentities: false) }, maxWidths: [2: 22, 3: 24, 4: 40, 5: 24])
    }

    static func recommendations(_ items: [Recommendation], _ lang: Lang) -> Listing {
        let vi = lang == .vi
        return Listing(
            header: vi ? ["Mã", "Ngày gửi", "Gửi tới", "Nguồn", "Trả lời", "Xử lý"]
                       : ["Code", "Sent", "To", "Source", "Response", "Outcome"],
            rows: items.map { [$0.code, $0.sentOn.vietnamese, $0.to, $0.source ?? "", $0.response.label(lang),
                               $0.outcome.map { "\($0.official): \($0.measure.label(lang))" } ?? ""] },
            json: items.map(BundleWriter.recommendation), maxWidths: [2: 30])
    }

    static func localities(_ items: [LocalityRow], _ lang: Lang) -> Listing {
        let vi = lang == .vi
        return Listing(
            header: vi ? ["Mã", "Tên địa bàn", "Loại", "Đối tượng cư trú"] : ["Code", "Name", "Kind", "Officials living"],
            rows: items.map { [$0.code, $0.name, $0.kind.label(lang), String($0.officials)] },
            json: items.map { row in
                .object([("code", .string(row.code)), ("name", .string(row.name)), ("kind", .string(row.kind.slug)),
                         ("officials", .int(row.officials))])
            })
    }

    static func officialNames(_ codes: [String], _ database: AppDatabase) -> [String: String] {
        (try? database.officialNames(codes)) ?? [:]
    }
}
