import ArgumentParser
import Foundation
import GiamSatCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Thư mục dữ liệu / data directory.", valueName: "DIR"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("Ngôn ngữ / language: vi | en (mặc định theo LANG, else vi).", valueName: "vi|en"))
    var lang: String?

    func validate() throws {
        if let lang, Lang(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang: vi | en")
        }
    }

    var environment: [String: String] { ProcessInfo.processInfo.environment }
    var language: Lang { Lang.resolve(option: lang, environment: environment) }
    var directory: DataDirectory { DataDirectory.resolve(option: data, environment: environment) }

    func open(create: Bool = false) throws -> AppDatabase {
        try AppDatabase.open(directory, create: create)
    }

    /// Who is written in the audit trail; `staff` is the name being set up (`init --staff`).
    func user(_ database: AppDatabase?, staff: String = "") -> String {
        if let name = environment["GIAMSAT_USER"], !name.isEmpty { return VietnameseText.clean(name) }
        if !staff.isEmpty { return VietnameseText.clean(staff) }
        if let name = try? database?.staffName(), !name.isEmpty { return name }
        return environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName()
    }
}

/// A mistake on the command line that ArgumentParser cannot see (exit 2), or a failure (exit 1).
struct CLIError: Error {
    let text: Localized
    let isUsage: Bool
    func message(_ lang: Lang) -> String { text.text(lang) }

    static func usage(_ vi: String, _ en: String) -> CLIError { CLIError(text: Localized(vi, en), isUsage: true) }
    static func failure(_ vi: String, _ en: String) -> CLIError { CLIError(text: Localized(vi, en), isUsage: false) }
}

/// Writes a command's result to a file (all at once, through a temporary file) or to stdout.
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        // To the terminal: control characters from the data (a merged tally's commune code…) shown, not sent.
        FileHandle.standardOutput.write(Data(TerminalText.escapedKeepingLines(text).utf8))
        return
    }
    try Files.write(text, to: path)
}

func readFile(_ path: String) throws -> Data { try Files.read(path) }
