import Foundation
import GiamSatCore

/// The protection passphrase: from the environment (scripts, tests), else typed at the
/// terminal without echo. Nil when there is neither.
enum Passphrase {
    static func read(_ prompt: Localized, lang: Lang, variable: String = "GIAMSAT_PASSPHRASE") -> String? {
        if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return value }
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        FileHandle.standardError.write(Data(prompt.text(lang).utf8))
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }

    /// A new passphrase, typed twice when it comes from the terminal.
    static func new(lang: Lang, variable: String) throws -> String {
        if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return value }
        guard let first = read(SafetyText.newPassphrase, lang: lang, variable: variable) else {
            throw CLIError(text: SafetyText.passphraseNoTerminal(variable), isUsage: true)
        }
        guard read(SafetyText.repeatPassphrase, lang: lang, variable: variable) == first else {
            throw CLIError(text: SafetyText.passphrasesDiffer, isUsage: false)
        }
        return first
    }
}
