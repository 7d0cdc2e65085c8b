import Foundation
import GiamSatCore
import TerminalUI

/// One line of text asked for in a box (a file's path, a date); Enter hands it to the screen below,
/// Esc closes. `check` refuses a text with the reason shown in the box, so the screen below only ever
/// receives a text it can use.
struct PromptScreen: Screen {
    let field: String
    let title: Localized
    let label: Localized
    let hint: Localized
    /// Vietnamese input (Telex/VNI) in the field; off for paths and dates.
    let telex: Bool
    let check: @Sendable (String) -> Localized?
    private(set) var input: TextField
    private(set) var problem: Localized?

    init(field: String, title: Localized, label: Localized, hint: Localized, telex: Bool, text: String = "",
         check: @escaping @Sendable (String) -> Localized? = { $0.trimmingCharacters(in: .whitespaces).isEmpty ? T.required : nil }) {
        self.field = field
        self.title = title
        self.label = label
        self.hint = hint
        self.telex = telex
        self.check = check
        input = TextField(text)
    }

    var keymaps: [Keymap] { [.prompt] }
    var isOverlay: Bool { true }
    var isTyping: Bool { true }
    var typesPlainText: Bool { !telex }
    func title(_ env: ScreenEnv) -> String { env.text(title) }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        switch command {
        case .cancel?: return .navigate(.pop)
        case .choose?:
            let text = VietnameseText.clean(input.text)
            if let problem = check(text) {
                self.problem = problem
                return .none
            }
            return .navigate(.popDelivering(.entered(field: field, text: text)))
        default:
            if input.handle(key, method: telex ? env.inputMethod : .off) { problem = nil }
            return .none
        }
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let rect = canvas.bounds.centered(width: min(70, env.width - 4), height: 6)
        canvas.box(rect, title: env.text(title))
        let inner = rect.inset(by: 1)
        canvas.putPadded(env.text(label), x: inner.x + 1, y: inner.y, width: inner.width - 2, .dialog)
        let x = input.render(into: &canvas, x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, focused: true)
        if let problem {
            canvas.putPadded("← " + env.text(problem), x: inner.x + 1, y: inner.y + 2, width: inner.width - 2, .error)
        }
        canvas.putPadded(env.text(hint), x: inner.x + 1, y: inner.y + 3, width: inner.width - 2, .muted)
        return (x, inner.y + 1)
    }
}

/// A path as typed or pasted into a prompt, made into one the file system takes: a file dragged into the
/// terminal arrives quoted ('/home/lan/ds.csv') or, from a shell or some terminals, with its spaces escaped
/// (/tmp/thư\ mục/bien\ ban.pdf), and `~` is the home folder.
enum PastedPath {
    static func clean(_ text: String, exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> String {
        var path = text
        if path.count > 1, let first = path.first, first == path.last, first == "'" || first == "\"" {
            path = String(path.dropFirst().dropLast())
        }
        path = (path as NSString).expandingTildeInPath
        // A name may really hold a backslash: the escapes are read only when the path as given is not there.
        guard path.contains("\\"), !exists(path) else { return path }
        return unescaped(path)
    }

    /// A shell's backslash escapes read: `\x` is `x` (a space, a quote, a parenthesis, a backslash…).
    static func unescaped(_ text: String) -> String {
        var result = "", escaping = false
        for character in text {
            if escaping { result.append(character); escaping = false }
            else if character == "\\" { escaping = true }
            else { result.append(character) }
        }
        if escaping { result.append("\\") }
        return result
    }
}
