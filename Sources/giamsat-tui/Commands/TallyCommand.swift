import ArgumentParser
import Foundation
import GiamSatApp
import GiamSatCore
import GiamSatDocuments

extension TallyFormat: ExpressibleByArgument {}
extension TallyPeriod.Kind: ExpressibleByArgument {}
extension TallyPeriod.Scheme: ExpressibleByArgument {}
extension RollUpLevel: ExpressibleByArgument {}

struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Số liệu báo cáo theo kỳ, cộng số liệu các xã lên cấp tỉnh / period tallies; rolling communes' tallies up to the province.",
        subcommands: [TallyShowCommand.self, TallyMergeCommand.self],
        defaultSubcommand: TallyShowCommand.self)
}

/// The tally's formats on the command line: the app's text formats, and the .xlsx spreadsheet (a file, so --out).
enum TallyFileFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, md, json, xlsx
    var textFormat: TallyFormat? { TallyFormat(rawValue: rawValue) }
}

struct TallyOutput: ParsableArguments {
    @Option(help: "text | csv | md | json | xlsx") var format: TallyFileFormat = .text
    @Option(help: ArgumentHelp("Ghi vào tệp / write to a file.", valueName: "PATH")) var out: String?

    /// `before`: the same periods a year earlier, put beside each column of the spreadsheet.
    func write(_ tallies: [Tally], before: [Tally] = [], communeName: String, lang: Lang, columns: [String]? = nil,
               unitNames: [String: String] = [:]) throws {
        if let text = format.textFormat {
            try emit(text.render(tallies, communeName: communeName, lang: lang, columns: columns, unitNames: unitNames), to: out)
        } else {
            guard let out else { throw CLIError.usage("--format xlsx cần --out TỆP.xlsx", "--format xlsx needs --out FILE.xlsx") }
            let book = Spreadsheets.tally(tallies, before: before, communeName: communeName, unitNames: unitNames, lang: lang)
            try Files.write(try book.xlsx(), to: out)
        }
        if let out { FileHandle.standardError.write(Data((CLIText.written.text(lang) + " " + out + "\n").utf8)) }
    }
}

struct TallyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Tính số liệu một kỳ (mặc định) / compute a period's tally (default).",
        discussion: """
            Kỳ: --year Y với --period year|h1|h2|q1|q2|q3|q4|9m, hoặc --from NGÀY --to NGÀY (dd/mm/yyyy hoặc yyyy-mm-dd). \
            --years 2021-2024: các năm đặt cạnh nhau. Phản ánh tính theo ngày nhận, kế hoạch theo ngày bắt đầu, \
            kỷ luật theo ngày quyết định, góp ý nơi cư trú theo năm; “đang giải quyết”, “quá hạn” tính đến cuối kỳ.
            Kỳ theo năm dương lịch, hoặc kỳ chốt số liệu (quý từ ngày 15 tháng trước đến ngày 14 tháng cuối quý; năm từ \
            15/12 năm trước đến 14/12), theo cài đặt “Kỳ báo cáo” (F12 trong ứng dụng); --periods chọn cho một lần chạy.
            --by-former-unit: tách số liệu theo từng xã cũ đã sáp nhập, phần riêng của xã và tổng cộng.

            Periods by --year/--period or --from/--to; --years for several years side by side. Calendar or cut-off \
            periods (a quarter from the 15th of the month before it to the 14th of its last month; a year 15/12–14/12) \
            follow the "Report periods" setting (F12 in the app); --periods overrides it for one run.
            --by-former-unit splits the figures by former commune, plus the commune's own records and the total. \
            See docs/user-guide.md.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Năm / year (mặc định năm nay).") var year: Int?
    @Option(help: "year | h1 | h2 | q1 | q2 | q3 | q4 | 9m") var period: TallyPeriod.Kind = .year
    @Option(help: "Từ ngày / from date.") var from: String?
    @Option(help: "Đến ngày / to date.") var to: String?
    @Option(help: ArgumentHelp("Nhiều năm cạnh nhau / several years side by side, e.g. 2021-2024.", valueName: "Y1-Y2")) var years: String?
    @Option(help: ArgumentHelp("Kỳ theo năm dương lịch hoặc kỳ chốt số liệu; mặc định theo cài đặt / calendar or cut-off periods; default: the setting.",
                               valueName: "calendar|cut-off")) var periods: TallyPeriod.Scheme?
    @Flag(name: .customLong("by-former-unit"),
          help: "Tách theo xã cũ đã sáp nhập, phần riêng của xã, tổng cộng / split by former commune, own records, total.")
    var byFormerUnit = false
    @OptionGroup var output: TallyOutput

    func run() throws {
        let lang = global.language
        let database = try global.open()
        let today = LocalDate.today()
        let scheme = try periods ?? database.settings().reportPeriods
        let periods = try Self.periods(year: year, kind: period, from: from, to: to, years: years, scheme: scheme, today: today)
        let communeName = try database.commune()?.name ?? ""
        let unitNames = Dictionary(try database.formerUnits().map { ($0.code, $0.name) }) { first, _ in first }
        guard byFormerUnit else {
            // The spreadsheet puts the same period a year earlier beside each column.
            let before = output.format == .xlsx ? try database.tallies(periods.map(ReportDraft.yearBefore), today: today) : []
            return try output.write(try database.tallies(periods, today: today), before: before, communeName: communeName, lang: lang,
                                    unitNames: unitNames)
        }
        guard periods.count == 1 else {
            throw CLIError(text: CLIText.byFormerUnitOnePeriod, isUsage: true)
        }
        let split = try database.tallyByFormerUnit(periods[0], today: today)
        let parts = split.units.map(\.tally) + [split.own]
        // The JSON holds the parts only (one giamsat-tally each): their total is what `tally merge` makes of them.
        if output.format == .json { return try output.write(parts, communeName: communeName, lang: lang) }
        try output.write(parts + [split.total], communeName: communeName, lang: lang,
                         columns: split.units.map(\.unit.name) + [TallyText.ownRecords.text(lang), TallyText.total.text(lang)],
                         unitNames: unitNames)
    }

    static func periods(year: Int?, kind: TallyPeriod.Kind, from: String?, to: String?, years: String?,
                        scheme: TallyPeriod.Scheme = .calendar, today: LocalDate) throws -> [TallyPeriod] {
        if let years {
            let bounds = years.split(separator: "-").compactMap { Int($0) }
            guard bounds.count == 2, bounds[0] <= bounds[1], bounds[1] - bounds[0] < 50,
                  LocalDate.validYears.contains(bounds[0]), LocalDate.validYears.contains(bounds[1]) else {
                throw CLIError(text: SafetyText.badYears, isUsage: true)
            }
            return (bounds[0]...bounds[1]).map { TallyPeriod(year: $0, kind: kind, scheme: scheme) }
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
        return [TallyPeriod(year: year ?? today.year, kind: kind, scheme: scheme)]
    }
}

struct TallyMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Cộng số liệu (JSON) của các xã thành số liệu cấp tỉnh / add communes' tally files into the province's.",
        discussion: """
            Các tệp phải cùng kỳ. Không cộng một xã hai lần, và không cộng số liệu riêng của một xã cũ cùng với số liệu \
            của xã mới đã nhận sáp nhập xã đó (xã cũ có trong “formerUnits” của tệp xã mới): báo lỗi nêu tên cả hai tệp. \
            --level tinh (cấp tỉnh, mặc định) hoặc tren (cấp trên) được ghi trong tiêu đề.

            The files must share one period. A commune is never added twice, nor a former commune's own tally together \
            with the tally of the new commune it was merged into (listed in that file's "formerUnits"): the error names \
            both files. --level tinh (province, the default) or tren (upper level) is printed in the title.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Tệp giamsat-tally .json / tally files.", valueName: "FILE")) var files: [String]
    @Option(help: "Tên đơn vị trong tiêu đề / name for the title.") var name: String?
    @Option(help: ArgumentHelp("Cấp tổng hợp: tinh (cấp tỉnh) hoặc tren (cấp trên) / level: province or upper.", valueName: "tinh|tren"))
    var level: RollUpLevel = .province
    @OptionGroup var output: TallyOutput

    func run() throws {
        guard !files.isEmpty else { throw CLIError.usage("cần ít nhất một tệp", "at least one file is needed") }
        // A file of several tallies (--by-former-unit's parts) adds each of them.
        let tallies = try files.flatMap { try TallyJSON.readAll(try readFile($0), file: $0) }
        let sum = try TallyJSON.merge(tallies, level: level)
        try output.write([sum], communeName: name.map(VietnameseText.clean) ?? sum.communes.joined(separator: ", "), lang: global.language)
    }
}
