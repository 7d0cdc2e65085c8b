import GiamSatCore
import TerminalUI

/// Imports an officials CSV from the officials list: the file is first checked with nothing written (a dry
/// run of the same importer as `giamsat-tui import`), the summary is shown, and only `y` imports it, in one
/// transaction. A file with problems shows them all and writes nothing.
struct ImportOfficialsScreen: Screen {
    let path: String
    /// What importing would do (the dry run), once checked.
    private(set) var check: ImportReport?
    private(set) var failure: AppFailure?
    private(set) var importing = false

    init(path: String) { self.path = path }

    var keymaps: [Keymap] { [.confirm] }
    var isOverlay: Bool { true }
    func title(_ env: ScreenEnv) -> String { env.text(T.importTitle) }
    var acceptsKeys: Bool { check != nil || failure != nil }
    func offers(_ command: CommandID) -> Bool { command != .yes || (check != nil && !importing) }

    func refresh(_ env: ScreenEnv) -> [Effect] {
        check == nil && failure == nil ? [.ask(ImportOfficials(path: path, dryRun: true))] : []
    }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        switch command {
        case .yes?:
            guard check != nil, !importing else { return .none }
            importing = true
            return .effects(.ask(ImportOfficials(path: path, dryRun: false)))
        case .no?: return .navigate(.pop)
        default: return .none
        }
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if let (request, report) = result.answer(to: ImportOfficials.self) {
            if request.dryRun {
                check = report
                return .none
            }
            let counts = report.counts[.official] ?? .init(added: 0, updated: 0, unchanged: 0)
            return Outcome(navigation: .popDelivering(.changed), message: .info(T.importedDone, Self.summary(counts, env)))
        }
        switch result {
        case .failed(let failure):
            self.failure = failure
            importing = false
            // Shown in the box, all of it: not on the message line as well.
            return Outcome(message: .error(T.importRefused, path))
        default: break
        }
        return .none
    }

    static func summary(_ counts: ImportReport.Counts, _ env: ScreenEnv) -> String {
        "\(counts.added) \(env.text(T.willAdd)), \(counts.updated) \(env.text(T.willUpdate)), \(counts.unchanged) \(env.text(T.willKeep))"
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let width = min(74, env.width - 4) - 4
        var lines: [(String, Role)] = [(path, .title)]
        if let failure {
            lines.append((env.text(T.importRefused), .error))
            for part in failure.message(env.lang).split(separator: "\n") {
                lines += wrap(String(part).trimmingCharacters(in: .whitespaces), width: width).map { ($0, .dialog) }
            }
        } else if let check {
            let counts = check.counts[.official] ?? .init(added: 0, updated: 0, unchanged: 0)
            lines.append((env.text(T.dryRunHead), .dialog))
            lines.append(("  \(env.text(T.willAdd)): \(counts.added)", .dialog))
            lines.append(("  \(env.text(T.willUpdate)): \(counts.updated)", .dialog))
            lines.append(("  \(env.text(T.willKeep)): \(counts.unchanged)", .dialog))
        } else {
            lines.append((env.text(T.checking), .muted))
        }
        // As tall as what it says (a long list of problems up to the screen's height).
        let rect = canvas.bounds.centered(width: width + 4, height: min(lines.count + 4, env.height - 4))
        canvas.box(rect, title: env.text(T.importTitle))
        let inner = rect.inset(by: 1)
        let room = inner.height - 2
        for (offset, line) in lines.prefix(room).enumerated() {
            canvas.putPadded(line.0, x: inner.x + 1, y: inner.y + offset, width: width, line.1)
        }
        let answers = failure != nil ? T.importClose : (check != nil ? T.importQuestion : T.importClose)
        canvas.putPadded(env.text(answers), x: inner.x + 1, y: inner.maxY - 1, width: width, .keyName)
        return nil
    }
}
