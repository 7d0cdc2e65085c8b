import ArgumentParser
import Foundation
import GiamSatCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Kiểm tra tính toàn vẹn của dữ liệu / check the data's integrity (exit 1 on problems).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let lang = global.language
        let problems = try global.open().check().map { $0.message(lang) }
        if problems.isEmpty {
            print(CheckText.ok.text(lang))
            return
        }
        for problem in problems { print(TerminalText.escaped(problem)) }
        throw CLIError(text: CheckText.found(problems.count), isUsage: false)
    }
}

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Sao lưu cơ sở dữ liệu, an toàn khi ứng dụng đang mở / back up the database, safe while the app is open.")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Tệp sao lưu (mặc định DIR/backups/giamsat-NGÀY.sqlite) / backup file.", valueName: "PATH")) var out: String?

    func run() throws {
        let database = try global.open()
        let path = try out ?? defaultPath()
        try database.backup(to: path)
        print(SafetyText.backedUp(path).text(global.language))
    }

    func defaultPath() throws -> String {
        let folder = global.directory.path + "/backups"
        try DataDirectory(path: folder).prepare()
        let stamp = String(LocalDate.today().iso.filter(\.isNumber))
        var path = "\(folder)/giamsat-\(stamp).sqlite"
        var n = 2
        while FileManager.default.fileExists(atPath: path) {
            path = "\(folder)/giamsat-\(stamp)-\(n).sqlite"
            n += 1
        }
        return path
    }
}
