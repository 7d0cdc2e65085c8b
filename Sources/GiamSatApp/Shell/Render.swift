import GiamSatCore
import TerminalUI

extension AppState {
    /// The whole screen for the current state, and where the cursor goes (nil: hidden).
    public func render() -> (Canvas, cursor: (x: Int, y: Int)?) {
        var canvas = Canvas(width: width, height: height)
        if isTooSmall {
            renderTooSmall(into: &canvas)
            return (canvas, nil)
        }
        let env = self.env
        // Top: title and section bar; bottom: two lines for the message or the footer, then the key bar.
        let (header, rest) = canvas.bounds.splitTop(2)
        let (body, bottom) = rest.splitBottom(3)
        renderTitle(into: &canvas, Rect(x: 0, y: header.y, width: width, height: 1))
        if !firstRun { renderSections(into: &canvas, y: header.y + 1) }
        var cursor: (x: Int, y: Int)?
        // The last full screen, then every dialog drawn over it.
        let base = stack.lastIndex { !$0.screen.isOverlay } ?? 0
        for entry in stack[base...] {
            cursor = entry.screen.render(into: &canvas, body, env)
        }
        let line: (String, Role)? = message.map { ($0.text(lang), $0.isError ? .error : .success) }
            ?? top?.footer(env).map { ($0, .muted) }
        if let (text, role) = line {
            for (offset, part) in wrap(text, width: width).prefix(2).enumerated() {
                canvas.put(part, x: 0, y: bottom.y + offset, width: width, role)
            }
        }
        // A section's first screen has nothing to go back to.
        let isRoot = stack.count == 1
        let items = top.map { screen in
            Commands.bar(screen.keymaps, typing: screen.isTyping, overlay: screen.isOverlay, lang) {
                screen.offers($0) && Commands.applies($0, settings) && !(isRoot && $0 == .back) && !(firstRun && $0 == .palette)
            }
        } ?? []
        KeyBar.render(into: &canvas, y: bottom.maxY - 1, items: items, more: (Key.function(1).name, text(T.moreKeys)))
        return (canvas, cursor)
    }

    func renderTitle(into canvas: inout Canvas, _ rect: Rect) {
        canvas.fill(rect, .status)
        var title = text(T.appTitle) + (communeName.isEmpty ? "" : " · \(communeName)")
        if let screen = stack.last(where: { !$0.screen.isOverlay })?.screen { title += " · " + screen.title(env) }
        let plain = stack.last?.screen.typesPlainText ?? false
        let badge = " [\((plain ? InputMethod.off : inputMethod).badge)] "
        let badgeWidth = DisplayWidth.of(badge)
        canvas.put(title, x: rect.x + 1, y: rect.y, width: rect.width - badgeWidth - 2, .status)
        canvas.put(badge, x: rect.maxX - badgeWidth, y: rect.y, .title)
    }

    /// "1 Tổng quan 2 Phản ánh …": the current section highlighted; folded with ‹ › when they do not all fit.
    func renderSections(into canvas: inout Canvas, y: Int) {
        let items = Section.allCases.map { SectionBar.Item(key: $0.key?.name, label: $0.shortLabel.text(lang)) }
        SectionBar.render(into: &canvas, y: y, width: width, items: items, current: Section.allCases.firstIndex(of: section) ?? 0)
    }

    func text(_ localized: Localized) -> String { localized.text(lang) }

    /// Below the minimum size: say so, wrapped to whatever room there is, never crash.
    func renderTooSmall(into canvas: inout Canvas) {
        let needed = "\(text(T.tooSmall)) \(Self.minimumSize.width)×\(Self.minimumSize.height) (\(width)×\(height)). q: \(text(T.cmdQuit))"
        for (index, line) in wrap(needed, width: max(1, width)).prefix(height).enumerated() {
            canvas.put(line, x: 0, y: index, width: width, .overdue)
        }
    }
}

/// Soft-wraps text to `width` cells at spaces (inside a word only when it is longer than a line).
func wrap(_ text: String, width: Int) -> [String] {
    guard width > 4 else { return [text] }
    let area = TextArea(text)
    let chars = Array(text)
    return area.wrap(width: width).map { String(chars[$0]).trimmingCharacters(in: .whitespaces) }
}
