import ArgumentParser
import Foundation
import GiamSatCore
import TerminalUI

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Liệt kê bản ghi / list records: officials | plans | feedback | recommendations | localities | reviews.",
        discussion: """
            --query tìm không dấu (đ = d) trong mã, tên, tóm tắt, chức vụ, đơn vị, địa bàn; mỗi từ khớp phần đầu từ.
            --query is accent-insensitive (đ = d) over codes, names, summaries, positions, units, localities; each word matches a word's start.
            Đối tượng xếp theo tên, tên đệm, họ; phản ánh mới nhất trước / officials by given name, feedback newest first.
            reviews: góp ý nơi cư trú, lọc --year và --locality / residence reviews, filtered by --year and --locality.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case officials, plans, feedback, recommendations, localities, reviews }
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, tsv, json }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "officials | plans | feedback | recommendations | localities | reviews") var kind: Kind
    @Option(help: "Tìm / search text.") var query: String = ""
    @Option(help: "Lọc theo trạng thái (mã slug) / filter by status slug.") var status: String?
    @Flag(help: "Chỉ phản ánh quá hạn / overdue feedback only.") var overdue = false
    @Option(help: "Số dòng tối đa / at most this many rows.") var limit: Int?
    @Option(help: "table | tsv | json") var format: Format = .table
    @Option(help: "Năm (reviews) / year, for reviews.") var year: Int?
    @Option(help: "Mã địa bàn (reviews) / locality code, for reviews.") var locality: String?

    func validate() throws {
        if overdue && kind != .feedback { throw ValidationError("--overdue: feedback only / chỉ dùng với feedback") }
        if status != nil && (kind == .localities || kind == .reviews) {
            throw ValidationError("--status: not for \(kind.rawValue) / không dùng với \(kind.rawValue)")
        }
        if (year != nil || locality != nil) && kind != .reviews { throw ValidationError("--year, --locality: reviews only / chỉ dùng với reviews") }
        if !query.isEmpty && kind == .reviews { throw ValidationError("--query: not for reviews / không dùng với reviews") }
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
        // Rows are written as they are read: a list of any length in constant memory (docs/performance.md).
        let output = ListOutput(format: format, lang: lang)
        switch kind {
        case .officials:
            output.begin(Listing.officials(lang))
            try database.forEachOfficial(filter) { try output.add(Listing.row($0, lang), json: BundleWriter.official($0)) }
        case .plans:
            output.begin(Listing.plans(lang))
            try database.forEachPlan(filter) { try output.add(Listing.row($0, lang), json: BundleWriter.plan($0)) }
        case .feedback where format == .json:
            output.begin(Listing.feedback(lang))
            try database.forEachFeedback(filter) { item, _ in try output.add([], json: BundleWriter.feedback(item, includeIdentities: false)) }
        case .feedback:
            // Tables and TSV need no history: one statement, no query per row.
            output.begin(Listing.feedback(lang))
            try database.forEachFeedbackRow(filter) { try output.add(Listing.row($0, today: today, lang), json: .null) }
        case .recommendations:
            output.begin(Listing.recommendations(lang))
            try database.forEachRecommendation(filter) { try output.add(Listing.row($0, lang), json: BundleWriter.recommendation($0)) }
        case .localities:
            // A few dozen rows per commune: one page.
            var request = LocalityListRequest()
            request.query = VietnameseText.nfc(query)
            request.limit = limit ?? Int.max
            let former = try FormerVillages(database)
            output.begin(former.adding(to: Listing.localities(lang), lang))
            for row in try request.page(in: database).rows {
                try output.add(former.adding(to: Listing.row(row, lang), locality: row.code), json: Listing.json(row))
            }
        case .reviews:
            // A commune's reviews of a year are a few hundred rows: one statement.
            let former = try FormerVillages(database)
            output.begin(former.adding(to: Listing.reviews(lang), lang))
            for line in try database.residenceReviewLines(year: year, locality: locality, limit: limit) {
                try output.add(former.adding(to: Listing.row(line, lang), locality: line.review.locality),
                               json: BundleWriter.residenceReview(line.review))
            }
        }
        try output.finish()
    }

    var allowedStatuses: [String] {
        switch kind {
        case .officials: return OfficialStatus.allSlugs
        case .plans: return PlanStatus.allSlugs
        case .feedback: return FeedbackStatus.allSlugs
        case .recommendations: return RecommendationResponse.allSlugs
        case .localities, .reviews: return []
        }
    }
}

/// The columns of a list and how each record fills them, for any output format.
struct Listing {
    var header: [String]
    /// Columns cut in the table format (the TSV and JSON keep everything).
    var maxWidths: [Int: Int] = [:]

    static func officials(_ lang: Lang) -> Listing {
        Listing(header: CLIText.officialsHeader.map { $0.text(lang) },
                maxWidths: [2: 30, 3: 30])
    }

    static func row(_ o: Official, _ lang: Lang) -> [String] {
        [o.code, o.fullName, o.position, o.unit, o.category.label(lang), o.status.label(lang) + (o.archived ? CLIText.archived.text(lang) : "")]
    }

    static func plans(_ lang: Lang) -> Listing {
        Listing(header: CLIText.plansHeader.map { $0.text(lang) },
                maxWidths: [3: 40, 6: 22])
    }

    static func row(_ p: Plan, _ lang: Lang) -> [String] {
        [p.code, String(p.year), p.documentNumber, p.title, p.type.label(lang), p.status.label(lang), p.team.lead, String(p.supervised.count)]
    }

    static func feedback(_ lang: Lang) -> Listing {
        Listing(header: CLIText.feedbackHeader.map { $0.text(lang) },
                maxWidths: [2: 22, 3: 24, 4: 40, 5: 24])
    }

    static func row(_ f: FeedbackListRow, today: LocalDate, _ lang: Lang) -> [String] {
        let due = f.isOverdue(on: today) ? f.dueOn.vietnamese + " " + CLIText.overdue.text(lang) : f.dueOn.vietnamese
        return [f.code, f.receivedOn.vietnamese, f.channel.label(lang), f.officialNames, f.summary, f.status.label(lang), due]
    }

    static func recommendations(_ lang: Lang) -> Listing {
        Listing(header: CLIText.recommendationsHeader.map { $0.text(lang) },
                maxWidths: [2: 30])
    }

    static func row(_ r: Recommendation, _ lang: Lang) -> [String] {
        [r.code, r.sentOn.vietnamese, r.to, r.source ?? "", r.response.label(lang),
         r.outcomes.map { "\($0.official): \($0.measure.label(lang))" }.joined(separator: "; ")]
    }

    /// Residence reviews; the JSON rows are bundle records (docs/formats.md).
    static func reviews(_ lang: Lang) -> Listing {
        Listing(header: CLIText.reviewsHeader.map { $0.text(lang) },
                maxWidths: [1: 20, 3: 24, 5: 40])
    }

    static func row(_ r: ResidenceReviewLine, _ lang: Lang) -> [String] {
        [String(r.review.year), r.localityName, r.review.official, r.officialName, r.review.assessment.label(lang), r.review.opinions]
    }

    static func localities(_ lang: Lang) -> Listing {
        Listing(header: CLIText.localitiesHeader.map { $0.text(lang) })
    }

    static func row(_ l: LocalityRow, _ lang: Lang) -> [String] {
        [l.code, l.name, l.kind.label(lang), String(l.officials)]
    }

    static func json(_ l: LocalityRow) -> JSONValue {
        .object([("code", .string(l.code)), ("name", .string(l.name)), ("kind", .string(l.kind.slug)), ("officials", .int(l.officials))])
    }
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
