import ArgumentParser
import Foundation
import GiamSatApp
import GiamSatCore

extension TallyFormat: ExpressibleByArgument {}
extension TallyPeriod.Kind: ExpressibleByArgument {}

struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Số liệu báo cáo theo kỳ, cộng số liệu các xã / yearly and period tallies; merging communes' tallies.",
        subcommands: [TallyShowCommand.self, TallyMergeCommand.self],
        defaultSubcommand: TallyShowCommand.self)
}

struct TallyOutput: ParsableArguments {
    @Option(help: "text | csv | md | json") var format: TallyFormat = .text
    @Option(help: ArgumentHelp("Ghi vào tệp / write to a file.", valueName: "PATH")) var out: String?

    func write(_ tallies: [Tally], communeName: String, lang: Lang) throws {
        try emit(format.render(tallies, communeName: communeName, lang: lang), to: out)
        if let out { FileHandle.standardError.write(Data((CLIText.written.text(lang) + " " + out + "\n").utf8)) }
    }
}

struct TallyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Tính số liệu một kỳ (mặc định) / compute a period's tally (default).",
        discussion: """
            Kỳ: --year Y với --period year|h1|h2|q1|q2|q3|q4|9m, hoặc --from NGÀY --to NGÀY (dd/mm/yyyy hoặc yyyy-mm-dd).
            --years 2021-2024: các năm đặt cạnh nhau. Phản ánh tính theo ngày nhận, kế hoạch theo ngày bắt đầu,
            kỷ luật theo ngày quyết định, góp ý nơi cư trú theo năm; “đang giải quyết”, “quá hạn” tính đến cuối kỳ.
            Periods by --year/--period or --from/--to; --years for several years side by side. See docs/user-guide.md.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Năm / year (mặc định năm nay).") var year: Int?
    @Option(help: "year | h1 | h2 | q1 | q2 | q3 | q4 | 9m") var period: TallyPeriod.Kind = .year
    @Option(help: "Từ ngày / from date.") var from: String?
    @Option(help: "Đến ngày / to date.") var to: String?
    @Option(help: ArgumentHelp("Nhiều năm cạnh nhau / several years side by side, e.g. 2021-2024.", valueName: "Y1-Y2")) var years: String?
    @OptionGroup var output: TallyOutput

    func run() throws {
        let lang = global.language
        let database = try global.open()
        let today = LocalDate.today()
        let periods = try Self.periods(year: year, kind: period, from: from, to: to, years: years, today: today)
        let tallies = try database.tallies(periods, today: today)
        try output.write(tallies, communeName: try database.commune()?.name ?? "", lang: lang)
    }

    static func periods(year: Int?, kind: TallyPeriod.Kind, from: String?, to: String?, years: String?, today: LocalDate) throws -> [TallyPeriod] {
        if let years {
            let bounds = years.split(separator: "-").compactMap { Int($0) }
            guard bounds.count == 2, bounds[0] <= bounds[1], bounds[1] - bounds[0] < 50,
                  LocalDate.validYears.contains(bounds[0]), LocalDate.validYears.contains(bounds[1]) else {
                throw CLIError(text: SafetyText.badYears, isUsage: true)
            }
            return (bounds[0]...bounds[1]).map { TallyPeriod(year: $0, kind: kind) }
        }
        if from != nil || to != nil {
            guard let fromText = from, let toText = to else {
                throw CLIError.usage("cần cả --from và --to", "both --from and --to are needed")
            }
            guard let start = LocalDate(parsing: fromText) else { throw GiamSatError.invalidDate(fromText) }
            guard let end = LocalDate(parsing: toText) else { throw GiamSatError.invalidDate(toText) }
            guard start <= end else { throw CLIError.usage("--from phải trước --to", "--from must not be after --to") }
            return [TallyPeriod(from: start, to: end)]
        }
        if let year, !LocalDate.validYears.contains(year) { throw CLIError(text: SafetyText.badYear(year), isUsage: true) }
        return [TallyPeriod(year: year ?? today.year, kind: kind)]
    }
}

struct TallyMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Cộng số liệu (JSON) của nhiều xã thành số liệu huyện / add communes' tally files into a district's.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Tệp giamsat-tally .json / tally files.", valueName: "FILE")) var files: [String]
    @Option(help: "Tên đơn vị trong tiêu đề / name for the title.") var name: String?
    @OptionGroup var output: TallyOutput

    func run() throws {
        guard !files.isEmpty else { throw CLIError.usage("cần ít nhất một tệp", "at least one file is needed") }
        let tallies = try files.map { ($0, try TallyJSON.read(try readFile($0), file: $0)) }
        let sum = try TallyJSON.merge(tallies)
        try output.write([sum], communeName: name.map(VietnameseText.clean) ?? sum.communes.joined(separator: ", "), lang: global.language)
    }
}
