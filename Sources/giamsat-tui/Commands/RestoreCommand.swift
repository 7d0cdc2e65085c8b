import ArgumentParser
import Foundation
import GiamSatCore

/// `restore FILE`: checks a backup, shows what it holds, asks, keeps the current data as a
/// backup of its own, then puts the file's content in place.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Khôi phục từ một bản sao lưu / restore the data from a backup file.",
        discussion: """
            Kiểm tra tệp (toàn vẹn, đúng cơ sở dữ liệu giamsat, không mới hơn phiên bản này), cho xem tệp có gì, \
            hỏi lại, giữ dữ liệu hiện tại ở DIR/backups/truoc-khoi-phuc-….sqlite rồi mới thay.
            Checks the file (integrity, a giamsat database, not newer than this version), shows what it holds, \
            asks, keeps the current data in DIR/backups/truoc-khoi-phuc-….sqlite, then replaces it.
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Không hỏi lại (cho tập lệnh) / do not ask (for scripts).") var yes = false
    @Argument(help: ArgumentHelp("Tệp sao lưu (.sqlite) / the backup file.", valueName: "FILE")) var file: String

    func run() throws {
        let lang = global.language
        let summary = try AppDatabase.inspect(databaseAt: file)
        let lines = SafetyText.summaryLines(summary, lang).map(TerminalText.escaped).joined(separator: "\n") + "\n"
        FileHandle.standardOutput.write(Data(lines.utf8))
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else { throw CLIError(text: SafetyText.restoreNeedsYes, isUsage: true) }
            FileHandle.standardOutput.write(Data(SafetyText.restoreQuestion.text(lang).utf8))
            let answer = VietnameseText.clean(readLine() ?? "").lowercased()
            guard SafetyText.yesAnswers.contains(answer) else {
                FileHandle.standardOutput.write(Data((SafetyText.restoreCancelled.text(lang) + "\n").utf8))
                return
            }
        }
        let database = try global.open(create: true)
        let outcome = try database.restore(from: file, in: global.directory, by: global.user(database))
        print(SafetyText.restored(kept: outcome.kept).text(lang))
        if let resealed = outcome.resealed { print(SafetyText.restoredResealed(resealed).text(lang)) }
    }
}
