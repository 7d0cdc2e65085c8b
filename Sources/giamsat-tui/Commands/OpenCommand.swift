import ArgumentParser
import CursesTerminal
import Foundation
import GiamSatApp
import GiamSatCore
import TerminalUI

/// `giamsat-tui` with no subcommand: the keyboard interface, on the dashboard.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Mở giao diện bàn phím (mặc định) / open the keyboard interface (default).",
        discussion: """
            Mục / sections (phím 1–7, Tab): 1 Tổng quan (việc cần làm hôm nay), 2 Phản ánh, 3 Đối tượng, 4 Kế hoạch, \
            5 Kiến nghị, 6 Góp ý nơi cư trú, 7 Báo cáo. F1 phím tắt, : hoặc Ctrl-P tìm lệnh / mở theo mã, u hoàn tác, \
            F12 cài đặt, F4 Telex/VNI/EN, q thoát.
            1 Overview (today's worklist), 2 Feedback, 3 Officials, 4 Plans, 5 Recommendations, 6 Residence reviews, \
            7 Report. F1 keys, : or Ctrl-P commands / open by code, u undo, F12 settings, F4 Telex/VNI/EN, q quit.
            Cần một terminal UTF-8 từ 60×16 (80×24 là vừa) / needs a UTF-8 terminal of at least 60×16 (80×24 fits).
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Nếu chưa có dữ liệu, nhập tệp này trước (make run dùng dữ liệu mẫu) / import this file first when there is no data yet.",
                               valueName: "FILE"))
    var importIfEmpty: String?

    @Option(help: ArgumentHelp("Dữ liệu mẫu mà màn hình thiết lập lần đầu đề nghị nạp / the sample the first run's setup offers to load.",
                               valueName: "FILE"))
    var sample: String?

    func run() throws {
        let lang = global.language
        if let importIfEmpty, !global.directory.databaseExists {
            var importer = try ImportCommand.parse(["--data", global.directory.path, importIfEmpty])
            importer.global.lang = global.lang
            try importer.run()
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            _ = try global.open()
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
        // An empty data folder opens the setup; the app then goes on in the same terminal.
        var setupTerminal: CursesTerminal?
        if !global.directory.databaseExists {
            let terminal = try Self.terminal(global)
            let state = AppState(lang: lang, today: LocalDate.today(), user: global.user(nil))
            let sample = sample ?? FirstRun.sample(environment: global.environment, executable: Entry.executable)
            let created: Bool
            do {
                created = try FirstRun.run(in: global.directory, sample: sample, state: state, terminal: terminal)
            } catch {
                terminal.close()
                throw error
            }
            guard created else {
                terminal.close()
                print(CLIText.setupLeft(global.directory.path).text(lang))
                return
            }
            setupTerminal = terminal
        }
        let database = try global.open()
        let backupWarning = Self.dailyBackup(database, global)
        let terminal = try setupTerminal ?? Self.terminal(global)
        defer { terminal.close() }
        // The language and input method chosen in settings, unless --lang says otherwise for this run.
        let general = try? database.generalSettings()
        var state = AppState(lang: global.lang == nil ? general?.language ?? lang : lang, today: LocalDate.today(), user: global.user(database))
        if let method = general?.inputMethod.flatMap(InputMethod.init(rawValue:)) { state.inputMethod = method }
        let app = try App(state: state, database: database, terminal: terminal)
        switch terminal.localeProblem {
        case .usingFallback(let locale)?: app.say(.error(AppText.localeFallback, locale))
        case .noUTF8?: app.say(.error(AppText.noUTF8Locale))
        case nil: if let backupWarning { app.say(.error(backupWarning)) }
        }
        app.runConcurrently()
    }

    static func terminal(_ global: GlobalOptions) throws -> CursesTerminal {
        guard let terminal = CursesTerminal() else {
            throw CLIError.failure("không mở được terminal (TERM=\(global.environment["TERM"] ?? ""))",
                                   "cannot open the terminal (TERM=\(global.environment["TERM"] ?? ""))")
        }
        return terminal
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
