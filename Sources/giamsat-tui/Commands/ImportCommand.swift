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
            Tệp đính kèm trong thư mục TỆP.attachments bên cạnh (export --with-attachments) được nhập cùng, kiểm tra mã băm SHA-256.
            Attachments in the folder FILE.attachments beside it (export --with-attachments) come in too, checked against their SHA-256.
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
        // Records are read and written one at a time, in one transaction (docs/performance.md). Into a folder
        // without data, a dry run works in memory and a real import builds the database under a name of its own,
        // put in place only when it succeeded (AppDatabase.buildNew): nothing is created before the input is
        // accepted, and nothing another process made is ever removed (issue 19).
        let report: ImportReport
        if directory.isFile { throw GiamSatError.dataDirectoryIsFile(path: directory.path) }
        if !directory.databaseExists, let first = try importIntoNew(directory) {
            report = first
        } else {
            report = try importIntoExisting(directory)
        }
        print(Self.describe(report, dryRun: dryRun, lang: global.language), terminator: "")
    }

    /// Nil when another process made the database meanwhile (then this import goes into that one).
    private func importIntoNew(_ directory: DataDirectory) throws -> ImportReport? {
        do {
            if dryRun {
                let database = try AppDatabase.inMemory()
                return try database.importFiles(files, by: global.user(database), dryRun: true)
            }
            return try AppDatabase.buildNew(directory) { try $0.importFiles(files, by: global.user($0), dryRun: false) }
        } catch GiamSatError.notInitialized {
            throw GiamSatError.firstImportWithoutCommune(path: directory.path)
        }
    }

    private func importIntoExisting(_ directory: DataDirectory) throws -> ImportReport {
        let readOnly = directory.readOnlyURI != nil
        // A dry run of data that cannot be written works on a copy in memory: it says what the import would do
        // instead of "read-only" (issue 19).
        let database = try dryRun && readOnly ? AppDatabase.copyInMemory(of: directory) : global.open()
        // An import rewrites many records at once: today's backup first, if the day has none yet.
        if !dryRun, !readOnly { _ = try? database.dailyBackup(in: directory) }
        do {
            let report = try database.importFiles(files, by: global.user(database), dryRun: dryRun)
            try database.close()
            return report
        } catch {
            try? database.close()
            if case GiamSatError.notInitialized = error { throw GiamSatError.notInitialized(path: directory.path) }
            throw error
        }
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
        // The table ends its last line; the attachments' line (issue 21) follows it only when there were some.
        let attachments = report.attachments == 0 ? ""
            : (vi ? "Tệp đính kèm: \(report.attachments) (kiểm tra mã băm SHA-256)\n" : "Attachments: \(report.attachments) (SHA-256 checked)\n")
        return lines.joined(separator: "\n") + attachments
    }
}
