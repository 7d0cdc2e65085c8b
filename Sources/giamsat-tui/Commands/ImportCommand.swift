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
        // What can be known without reading the records is checked before touching the database.
        for file in files {
            guard ["json", "csv"].contains((file as NSString).pathExtension.lowercased()) else {
                throw GiamSatError.unknownFileType(file: file)
            }
            if !FileManager.default.isReadableFile(atPath: file) { _ = try readFile(file) }
        }
        // Records are read and written one at a time, in one transaction (docs/performance.md). A database
        // made for this import is removed again if the import is refused, so a refusal leaves nothing behind.
        let created = !directory.databaseExists
        let database = try global.open(create: created)
        // An import rewrites many records at once: today's backup first, if the day has none yet
        // (a database made for this import has nothing to keep).
        if !dryRun, !created, directory.readOnlyURI == nil { _ = try? database.dailyBackup(in: directory) }
        let report: ImportReport
        do {
            report = try database.importFiles(files, by: global.user(database), dryRun: dryRun)
            try database.close()
        } catch {
            try? database.close()
            if created { directory.removeDatabase() }
            if case GiamSatError.notInitialized = error { throw GiamSatError.notInitialized(path: directory.path) }
            throw error
        }
        if created && dryRun { directory.removeDatabase() }
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
