import ArgumentParser
import Foundation
import GiamSatCore
import TerminalUI

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Nhập tệp giamsat-bundle (.json) hoặc danh sách đối tượng (.csv) / import bundles or an officials CSV.",
        discussion: """
            Tất cả các tệp được nhập trong một giao dịch: có lỗi thì không ghi gì. Bản ghi khớp theo mã; nhập lại cùng tệp không thay đổi gì.
            All files are imported in one transaction: on any error nothing is written. Records match by code; \
            importing the same file again changes nothing.
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Chỉ kiểm tra, không ghi / check only, write nothing.") var dryRun = false
    @Argument(help: ArgumentHelp("Tệp .json hoặc .csv / files to import.", valueName: "FILE")) var files: [String]

    func run() throws {
        guard !files.isEmpty else { throw CLIError.usage("cần ít nhất một tệp", "at least one file is needed") }
        let directory = global.directory
        // Read and check every file before touching the database.
        var database: AppDatabase?
        if directory.databaseExists { database = try global.open() }
        let dueDays = try database?.settings().dueDays ?? Feedback.defaultDueDays
        var bundles: [(file: String, bundle: CaseBundle)] = []
        var errors: [RecordError] = []
        for file in files {
            let data = try readFile(file)
            do {
                switch (file as NSString).pathExtension.lowercased() {
                case "json": bundles.append((file, try BundleReader.read(data, file: file, dueDays: dueDays)))
                case "csv":
                    var bundle = CaseBundle()
                    bundle.officials = try OfficialsCSV.read(data, file: file)
                    // A spreadsheet has no archive or exemption column: keep what is on file.
                    if let database { bundle.officials = try database.keepingStoredFlags(bundle.officials) }
                    bundles.append((file, bundle))
                default: throw GiamSatError.unknownFileType(file: file)
                }
            } catch GiamSatError.invalidRecords(let found) {
                errors += found
            }
        }
        if !errors.isEmpty { throw GiamSatError.invalidRecords(errors) }
        if database == nil {
            guard bundles.contains(where: { $0.bundle.commune != nil }) else { throw GiamSatError.notInitialized(path: directory.path) }
            database = try global.open(create: true)
        }
        guard let database else { throw GiamSatError.notInitialized(path: directory.path) }
        // An import rewrites many records at once: today's backup first, if the day has none yet.
        if !dryRun, directory.readOnlyURI == nil { _ = try? database.dailyBackup(in: directory) }
        let report = try database.importBundles(bundles, by: global.user(database), dryRun: dryRun)
        print(Self.describe(report, dryRun: dryRun, lang: global.language), terminator: "")
    }

    static func describe(_ report: ImportReport, dryRun: Bool, lang: Lang) -> String {
        let vi = lang == .vi
        var lines = [dryRun ? (vi ? "Chạy thử (không ghi gì):" : "Dry run (nothing written):") : (vi ? "Đã nhập:" : "Imported:")]
        let header = vi ? ["", "thêm", "cập nhật", "không đổi"] : ["", "added", "updated", "unchanged"]
        var rows = [header]
        for entity in Entity.allCases {
            guard let c = report.counts[entity] else { continue }
            rows.append([entity.label.text(lang), String(c.added), String(c.updated), String(c.unchanged)])
        }
        let total = report.total
        rows.append([vi ? "cộng" : "total", String(total.added), String(total.updated), String(total.unchanged)])
        lines.append(PlainTable.render(rows, rightAligned: [1, 2, 3]))
        return lines.joined(separator: "\n")
    }
}
