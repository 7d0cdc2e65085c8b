import GiamSatCore
import GiamSatDocuments
import TerminalUI

/// A record's documents on one key (issue 18): the menu of those that apply, the first page as text before anything
/// is written, then the file — asking before it overwrites one, and whether a document numbered before keeps its
/// number (a corrected reprint) or takes a new one.
struct DocumentsScreen: Screen {
    enum Step: Equatable {
        case menu
        case waiting
        case preview(String)
        case overwrite(String)
        case keepNumber(String)
    }

    let source: DocumentSource
    private(set) var selected = 0
    private(set) var step = Step.menu
    private(set) var scroll = 0
    private(set) var numbering = DocumentWriter.Numbering.ask

    init(source: DocumentSource) { self.source = source }

    var choices: [DocumentChoice] { source.choices }
    var choice: DocumentChoice { choices[min(selected, choices.count - 1)] }
    var isOverlay: Bool { true }
    var keymaps: [Keymap] {
        switch step {
        case .overwrite, .keepNumber: return [.confirm]
        default: return [.navigation]
        }
    }
    var acceptsKeys: Bool { step != .waiting }
    func title(_ env: ScreenEnv) -> String { env.text(T.documentsTitle) }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        switch (step, command) {
        case (.menu, .up?): selected = max(0, selected - 1)
        case (.menu, .down?): selected = min(choices.count - 1, selected + 1)
        case (.menu, .open?):
            numbering = .ask
            if case .sheet = choice { return write(overwrite: false) }
            step = .waiting
            return .effects(.ask(PreviewDocument(source: source, choice: choice)))
        case (.menu, .back?): return .navigate(.pop)
        case (.preview, .up?): scroll = max(0, scroll - 1)
        case (.preview, .down?): scroll += 1
        case (.preview, .pageDown?): scroll += max(1, env.bodyHeight - 4)
        case (.preview, .pageUp?): scroll = max(0, scroll - max(1, env.bodyHeight - 4))
        case (.preview, .open?): return write(overwrite: false)
        case (.preview, .back?):
            step = .menu
            scroll = 0
        case (.overwrite, .yes?): return write(overwrite: true)
        case (.overwrite, .no?): step = .menu
        case (.keepNumber, .yes?):
            numbering = .keep
            return write(overwrite: true)
        case (.keepNumber, .no?):
            numbering = .new
            return write(overwrite: true)
        default: break
        }
        return .none
    }

    private mutating func write(overwrite: Bool) -> Outcome {
        step = .waiting
        return .effects(.ask(WriteDocument(source: source, choice: choice, numbering: numbering, overwrite: overwrite)))
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if case .failed(let failure) = result {
            step = .menu
            return .say(.failure(failure))
        }
        let answer = result.answer(to: PreviewDocument.self)?.answer ?? result.answer(to: WriteDocument.self)?.answer
        switch answer {
        case .preview(let text)?:
            step = .preview(text)
            scroll = 0
        case .written(let path, let number)?:
            let message = number.isEmpty ? Message.info(T.documentWritten, path) : Message.info(T.documentWritten, "\(path) — \(number)")
            return Outcome(navigation: .pop, message: message)
        case .exists(let path)?: step = .overwrite(path)
        case .needsChoice(let symbol)?: step = .keepNumber(symbol)
        case .refused(let text)?:
            step = .menu
            return .say(.error(text))
        case nil: break
        }
        return .none
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        switch step {
        case .menu, .waiting:
            let lines = choices.enumerated().map { index, choice -> (String, Role) in
                ((index == selected ? "▸ " : "  ") + env.text(Self.label(choice)), index == selected ? .selected : .normal)
            }
            let rect = area.centered(width: min(area.width, 60), height: min(area.height, lines.count + 2))
            canvas.fill(rect, .dialog)
            TextBox.render(into: &canvas, rect, title: env.text(T.documentsTitle), lines: lines, scroll: 0)
        case .preview(let text):
            let width = max(10, area.width - 4)
            let lines = Self.wrap(text, width: width).map { ($0, Role.normal) }
            canvas.fill(area, .dialog)
            TextBox.render(into: &canvas, area, title: env.text(T.documentPreviewTitle), lines: lines,
                           scroll: min(scroll, max(0, lines.count - (area.height - 2))))
        case .overwrite(let path):
            ConfirmDialog.render(into: &canvas, title: env.text(T.documentsTitle), message: env.text(T.documentOverwrite) + " " + path,
                                 answers: env.text(T.yesNo))
        case .keepNumber(let symbol):
            ConfirmDialog.render(into: &canvas, title: env.text(T.documentsTitle), message: env.text(T.documentKeepNumber(symbol)),
                                 answers: env.text(T.yesNo))
        }
        return nil
    }

    func footer(_ env: ScreenEnv) -> String? {
        if case .preview = step { return env.text(T.documentPreviewFooter) }
        return nil
    }

    static func label(_ choice: DocumentChoice) -> Localized {
        switch choice {
        case .document(let template): return T.documentName(template)
        case .sheet(let sheet): return T.sheetName(sheet)
        }
    }

    /// Lines cut at spaces to fit the box (display width: Vietnamese letters are one cell each).
    static func wrap(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in line.split(separator: " ") {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if DisplayWidth.of(candidate) > width, !current.isEmpty {
                    out.append(current)
                    current = String(word)
                } else {
                    current = candidate
                }
            }
            out.append(current)
        }
        return out
    }
}

/// The outgoing register (sổ văn bản đi): every document the office sent, by number; Enter opens a line's page.
struct RegisterScreen: Screen {
    private(set) var lines: [OutgoingDocument]?
    private(set) var selected = 0

    var keymaps: [Keymap] { [.navigation] }
    func title(_ env: ScreenEnv) -> String { env.text(T.registerTitle) }
    func refresh(_ env: ScreenEnv) -> [Effect] { [.ask(LoadRegister())] }
    var acceptsKeys: Bool { lines != nil }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        let last = max(0, (lines?.count ?? 0) - 1)
        switch command {
        case .back?: return .navigate(.pop)
        case .open?:
            guard let line = lines?[safe: selected], let page = Registry.page(.outgoingDocument, code: line.code) else { return .none }
            return .navigate(.push(page))
        case .up?: selected = max(0, selected - 1)
        case .down?: selected = min(last, selected + 1)
        case .pageDown?: selected = min(last, selected + env.bodyHeight - 3)
        case .pageUp?: selected = max(0, selected - (env.bodyHeight - 3))
        case .top?: selected = 0
        case .bottom?: selected = last
        default: break
        }
        return .none
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if let (_, lines) = result.answer(to: LoadRegister.self) {
            self.lines = lines
            selected = min(selected, max(0, lines.count - 1))
        }
        return .none
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let rows = (lines ?? []).enumerated().map { index, line -> (String, Role) in
            let former = line.formerUnit.map { " [\($0)]" } ?? ""
            return ("\(line.symbol)  \(line.issuedOn.vietnamese)  \(line.title)\(line.source.map { " (\($0))" } ?? "")\(former)",
                    index == selected ? .selected : .normal)
        }
        let shown = rows.isEmpty && lines != nil ? [(env.text(T.registerEmpty), Role.muted)] : rows
        let visible = max(1, area.height - 2)
        TextBox.render(into: &canvas, area, title: env.text(T.registerTitle) + " (\(lines?.count ?? 0))", lines: shown,
                       scroll: max(0, selected - visible + 1))
        return nil
    }
}
