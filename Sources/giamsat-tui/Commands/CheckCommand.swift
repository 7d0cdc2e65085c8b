import ArgumentParser
import Foundation
import GiamSatCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Kiểm tra tính toàn vẹn của dữ liệu / check the data's integrity (exit 1 on problems).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let lang = global.language
        let database = try global.open()
        let problems = try database.check().map { $0.message(lang) }
        // Outcomes whose track is not set are listed for the user to confirm; they do not make the check fail.
        let toConfirm = try database.outcomesToConfirm()
        func listToConfirm() {
            guard !toConfirm.isEmpty else { return }
            print(CheckText.toConfirm(toConfirm.count).text(lang))
            for outcome in toConfirm { print("  " + TerminalText.escaped(outcome.message(lang))) }
        }
        if problems.isEmpty {
            print(CheckText.ok.text(lang))
            listToConfirm()
            return
        }
        for problem in problems { print(TerminalText.escaped(problem)) }
        listToConfirm()
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
        let path: String
        if let out {
            try database.backup(to: out)
            path = out
        } else {
            path = try database.backupNow(in: global.directory, today: LocalDate.today())
        }
        print(SafetyText.backedUp(path).text(global.language))
    }
}
