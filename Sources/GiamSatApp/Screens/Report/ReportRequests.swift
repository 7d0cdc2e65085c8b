import Foundation
import GiamSatCore

// What the report screens ask of the store (see `Shell/StoreRequest.swift`).

public struct MonthCount: Equatable, Sendable {
    public var month: String
    public var count: Int
}

/// Tallies of these periods, and feedback by month of the last one (the bars).
struct LoadTallies: StoreRequest {
    struct Answer: Sendable {
        var tallies: [Tally]
        var months: [MonthCount]
    }
    let periods: [TallyPeriod]
    func run(_ context: StoreContext) throws -> Answer {
        let tallies = try context.database.tallies(periods, today: context.today)
        let months = try periods.last.map { try context.database.feedbackByMonth($0) } ?? []
        return Answer(tallies: tallies, months: months.map { MonthCount(month: $0.month, count: $0.count) })
    }
}

/// The records behind one figure.
struct LoadDrill: StoreRequest {
    let drill: TallyDrill
    let period: TallyPeriod
    func run(_ context: StoreContext) throws -> [DrillRecord] { try context.database.records(for: drill, in: period, today: context.today) }
}

/// What an exported report is made of: the tallies, and the commune's name, file-name code and former communes.
/// The screen words the document and names the file (`ReportExport`); `format` and `lang` say how.
struct ExportTally: StoreRequest {
    struct Answer: Sendable {
        var tallies: [Tally]
        var communeName: String
        var communeFileCode: String?
        var unitNames: [String: String]
    }
    let periods: [TallyPeriod]
    let format: TallyFormat
    let lang: Lang
    func run(_ context: StoreContext) throws -> Answer {
        let commune = try context.database.commune()
        return Answer(tallies: try context.database.tallies(periods, today: context.today), communeName: commune?.name ?? "",
                      communeFileCode: commune?.fileNameCode,
                      unitNames: Dictionary(try context.database.formerUnits().map { ($0.code, $0.name) }) { a, _ in a })
    }
}

/// A report, as worded by the screen, written under `name` in the folder the user gave (issue 17); a file already
/// there is not replaced unless `overwrite` (the user said so when asked).
struct WriteReport: StoreRequest {
    enum Outcome: Equatable, Sendable {
        case written(path: String)
        /// Nothing written: a file of that name is there.
        case exists
    }
    let name: String
    let text: String
    let folder: String
    var overwrite = false

    /// The file's path, "~" expanded.
    var path: String { ((folder as NSString).expandingTildeInPath as NSString).appendingPathComponent(name) }

    func run(_ context: StoreContext) throws -> Outcome {
        if !overwrite && FileManager.default.fileExists(atPath: path) { return .exists }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Files.write(text, to: path)
        return .written(path: path)
    }
}

/// The document and file name of an export: "so-lieu-<commune>-<from>-<to>.<ext>".
enum ReportExport {
    static func file(_ data: ExportTally.Answer, format: TallyFormat, lang: Lang, folder: String) -> WriteReport? {
        guard let first = data.tallies.first, let last = data.tallies.last else { return nil }
        let document = format.render(data.tallies, communeName: data.communeName, lang: lang, unitNames: data.unitNames)
        let name = "so-lieu-\(data.communeFileCode ?? "xa")-\(first.period.from.iso)-\(last.period.to.iso).\(format.fileExtension)"
        return WriteReport(name: name, text: document, folder: folder)
    }
}
