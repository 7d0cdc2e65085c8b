import GiamSatCore
import TerminalUI

/// Asks for the passphrase that opens reporters' identities sealed by `giamsat-tui protect`.
/// What is typed shows as dots and goes only to the screen that asked.
struct PassphraseScreen: Screen {
    private(set) var field = TextField()

    var keymaps: [Keymap] { [.picker] }
    var isOverlay: Bool { true }
    var isTyping: Bool { true }
    var typesPlainText: Bool { true }
    func title(_ env: ScreenEnv) -> String { env.text(T.passphraseTitle) }
    func offers(_ command: CommandID) -> Bool { command != .mark }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        switch command {
        case .cancel?: return .navigate(.pop)
        case .choose?: return field.text.isEmpty ? .none : .navigate(.popDelivering(.passphrase(field.text)))
        default:
            _ = field.handle(key, method: .off)
            return .none
        }
    }

    /// A sealed identity is opened by a passphrase: the failures that ask for one.
    static func isNeeded(_ result: EffectResult) -> Bool {
        if case .failed(.store(let error)) = result { return error == .passphraseNeeded || error == .wrongPassphrase }
        return false
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let rect = canvas.bounds.centered(width: min(60, env.width - 4), height: 6)
        canvas.box(rect, title: env.text(T.passphraseTitle))
        let inner = rect.inset(by: 1)
        canvas.put(env.text(T.passphrasePrompt), x: inner.x + 1, y: inner.y, width: inner.width - 2, .dialog)
        let dots = TextField(String(repeating: "•", count: field.text.count))
        let x = dots.render(into: &canvas, x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, focused: true)
        canvas.put(env.text(T.passphraseHint), x: inner.x + 1, y: inner.y + 3, width: inner.width - 2, .muted)
        return (x, inner.y + 1)
    }
}
