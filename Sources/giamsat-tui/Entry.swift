import ArgumentParser
import Foundation
import GiamSatApp
import GiamSatCore

/// Runs the command line and turns every failure into one clear line on stderr:
/// exit 0 on success, 2 on a usage mistake, 1 on any other error. Never a stack trace.
@main
enum Entry {
    static func main() {
        let arguments = hoistingGlobalOptions(Array(CommandLine.arguments.dropFirst()).map(VietnameseText.nfc))
        let lang = Lang.resolve(option: langOption(in: arguments), environment: ProcessInfo.processInfo.environment)
        do {
            var command = try GiamSat.parseAsRoot(arguments)
            try command.run()
        } catch let error as GiamSatError {
            fail(error.message(lang) + sampleHint(for: error, lang), code: 1)
        } catch let error as CLIError {
            fail(error.message(lang), code: error.isUsage ? 2 : 1)
        } catch {
            let code = GiamSat.exitCode(for: error)
            let message = GiamSat.fullMessage(for: error)
            if code == .success {
                print(message)
                exit(0)
            }
            // ArgumentParser says EX_USAGE (64) for a usage mistake; we promise 2.
            if code.rawValue == 64 {
                let hint = CLIText.seeHelp.text(lang)
                fail("\(message)\n\(hint)", code: 2)
            }
            fail(message, code: code.rawValue)
        }
    }

    /// `giamsat-tui --data D import F` is how people type it; ArgumentParser wants global options
    /// after the subcommand's name, so move the ones written before it.
    static func hoistingGlobalOptions(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            // Help for the whole program: the global options would make it the default command's help.
            if argument == "--help" || argument == "-h" { return [argument] }
            if let command = GiamSat.configuration.subcommands.first(where: { $0._commandName == argument }) {
                // Keep nested subcommand names ("tally merge") together, then the moved options.
                var path = [argument]
                var current = command
                var next = index + 1
                while next < arguments.count,
                      let sub = current.configuration.subcommands.first(where: { $0._commandName == arguments[next] }) {
                    path.append(arguments[next])
                    current = sub
                    next += 1
                }
                return path + leading + arguments[next...]
            }
            if argument == "help" { return [argument] + leading + arguments[(index + 1)...] }
            if argument == "--data" || argument == "--lang" {
                leading.append(argument)
                if index + 1 < arguments.count { leading.append(arguments[index + 1]) }
                index += 2
            } else if argument.hasPrefix("--data=") || argument.hasPrefix("--lang=") {
                leading.append(argument)
                index += 1
            } else {
                return arguments // anything else first: leave it to ArgumentParser
            }
        }
        return arguments
    }

    /// The program's own file, found through /proc rather than argv[0], which is a bare "giamsat-tui" when
    /// the shell found it in PATH (installed from the package).
    static var executable: String { Bundle.main.executablePath ?? CommandLine.arguments[0] }

    /// Under "no data yet": the sample the first run offers too (the package's, beside the program, or a checkout's).
    static func sampleHint(for error: GiamSatError, _ lang: Lang) -> String {
        guard case .notInitialized = error,
              let sample = FirstRun.sample(environment: ProcessInfo.processInfo.environment, executable: executable) else { return "" }
        return "\n" + InstallText.trySample(sample).text(lang)
    }

    static func langOption(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst(7)) }
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
        }
        return nil
    }

    static func fail(_ message: String, code: Int32) -> Never {
        // Messages quote values from files: their control characters are shown, not sent.
        FileHandle.standardError.write(Data(("giamsat-tui: " + TerminalText.escapedKeepingLines(message) + "\n").utf8))
        exit(code)
    }
}
