import Foundation
import GiamSatCore

/// A tally written where the user said (issue 17): into the folder typed (settings propose one), under the usual
/// name, and never over a file already there unless the user said so when asked.
struct ExportTally: StoreRequest {
    enum Outcome: Equatable, Sendable {
        case written(path: String)
        /// Nothing written: a file of that name is there; the screen asks before `overwrite`.
        case exists(path: String)
    }

    let periods: [TallyPeriod]
    let format: TallyFormat
    let lang: Lang
    let folder: String
    var overwrite = false

    func run(_ context: StoreContext) throws -> Outcome {
        let database = context.database
        let tallies = try database.tallies(periods, today: context.today)
        guard let first = tallies.first, let last = tallies.last else { throw GiamSatError.invalidPeriod("") }
        let commune = try database.commune()
        let name = "so-lieu-\(commune?.fileNameCode ?? "xa")-\(first.period.from.iso)-\(last.period.to.iso).\(format.fileExtension)"
        let directory = (folder as NSString).expandingTildeInPath
        let path = (directory as NSString).appendingPathComponent(name)
        if !overwrite && FileManager.default.fileExists(atPath: path) { return .exists(path: path) }
        let document = format.render(tallies, communeName: commune?.name ?? "", lang: lang,
                                     unitNames: Dictionary(try database.formerUnits().map { ($0.code, $0.name) }) { a, _ in a })
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Files.write(document, to: path)
        return .written(path: path)
    }
}
