import ArgumentParser
import CursesTerminal
import Foundation
import GiamSatApp
import GiamSatCore
import TerminalUI

/// `giamsat-tui` with no subcommand: the keyboard interface, on the feedback list.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Mở giao diện bàn phím (mặc định) / open the keyboard interface (default).")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Nếu chưa có dữ liệu, nhập tệp này trước (make run dùng dữ liệu mẫu) / import this file first when there is no data yet.",
                               valueName: "FILE"))
    var importIfEmpty: String?

    func run() throws {
        let lang = global.language
        if let importIfEmpty, !global.directory.databaseExists {
            var importer = try ImportCommand.parse(["--data", global.directory.path, importIfEmpty])
            importer.global.lang = global.lang
            try importer.run()
        }
        let database = try global.open()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIError.failure("giao diện cần một terminal; dùng các lệnh con (giamsat-tui --help) trong tập lệnh",
                                   "the interface needs a terminal; use the subcommands (giamsat-tui --help) in scripts")
        }
        // Before curses starts: ncurses would print its own English line and exit, or draw nothing.
        switch CursesTerminal.problem(environment: global.environment) {
        case .unset?: throw CLIError(text: SafetyText.termUnset, isUsage: false)
        case .dumb?: throw CLIError(text: SafetyText.termDumb, isUsage: false)
        case .unknown(let term)?: throw CLIError(text: SafetyText.termUnknown(term), isUsage: false)
        case nil: break
        }
        let backupWarning = Self.dailyBackup(database, global)
        guard let terminal = CursesTerminal() else {
            throw CLIError.failure("không mở được terminal (TERM=\(global.environment["TERM"] ?? ""))",
                                   "cannot open the terminal (TERM=\(global.environment["TERM"] ?? ""))")
        }
        defer { terminal.close() }
        // The language and input method chosen in settings, unless --lang says otherwise for this run.
        let general = try? database.generalSettings()
        var state = AppState(lang: global.lang == nil ? general?.language ?? lang : lang, today: LocalDate.today(), user: global.user(database))
        if let method = general?.inputMethod.flatMap(InputMethod.init(rawValue:)) { state.inputMethod = method }
        let app = try App(state: state, database: database, terminal: terminal, exportDirectory: global.directory.path + "/reports")
        switch terminal.localeProblem {
        case .usingFallback(let locale)?: app.say(.error(AppText.localeFallback, locale))
        case .noUTF8?: app.say(.error(AppText.noUTF8Locale))
        case nil: if let backupWarning { app.say(.error(backupWarning)) }
        }
        app.runConcurrently()
    }

    /// The first start of the day backs the data up (docs/security.md). A failure (full disk,
    /// read-only data) does not stop the app: it is said on the message line.
    static func dailyBackup(_ database: AppDatabase, _ global: GlobalOptions) -> Localized? {
        guard global.directory.readOnlyURI == nil else { return nil }
        do {
            try database.dailyBackup(in: global.directory)
            return nil
        } catch let error as GiamSatError {
            return Localized(SafetyText.autoBackupFailed(error.message(.vi)).vi, SafetyText.autoBackupFailed(error.message(.en)).en)
        } catch {
            return SafetyText.autoBackupFailed("\(error)")
        }
    }
}
