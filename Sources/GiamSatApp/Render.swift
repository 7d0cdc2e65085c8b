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
        // Top: title and input method; bottom: message line and key bar.
        let (top, rest) = canvas.bounds.splitTop(1)
        let (body, bottom) = rest.splitBottom(2)
        renderStatusBar(into: &canvas, top)
        var cursor: (x: Int, y: Int)?
        switch context {
        case .list, .everywhere: cursor = renderList(into: &canvas, body)
        case .report: if let report { renderReport(into: &canvas, body, report) }
        case .detail: if let detail { renderDetail(into: &canvas, body, detail) }
        case .form: if let form { cursor = renderForm(into: &canvas, body, form) }
        }
        if let message {
            canvas.putPadded(message.text, x: 0, y: bottom.y, width: width, message.isError ? .error : .success)
        } else if context == .list && list.filtering {
            canvas.put(text(T.filterHint), x: 0, y: bottom.y, width: width, .muted)
        } else if context == .list, let row = list.rows[safe: list.selection - list.offset] {
            // The table cuts the summary at 80 columns: the selected one is shown whole here.
            canvas.put("\(row.code): \(row.summary)", x: 0, y: bottom.y, width: width, .muted)
        }
        KeyBar.render(into: &canvas, y: bottom.y + 1, items: Commands.bar(context, lang))
        switch overlay {
        case .help(let scroll)?:
            let lines = Commands.helpLines(lang)
            let rect = canvas.bounds.inset(by: 1)
            let maxScroll = max(0, lines.count - (rect.height - 2))
            TextBox.render(into: &canvas, rect, title: text(T.helpTitle) + " — " + text(T.helpFooter), lines: lines, scroll: min(scroll, maxScroll))
            cursor = nil
        case .confirm(let question)?:
            ConfirmDialog.render(into: &canvas, title: text(T.unsavedTitle),
                                 message: text(question == .quit ? T.quitQuestion : T.discardQuestion), answers: text(T.yesNo))
            cursor = nil
        case .picker(let purpose, let picker)?:
            let rect = canvas.bounds.centered(width: min(70, width - 4), height: min(18, height - 4))
            cursor = picker.render(into: &canvas, rect, fold: VietnameseText.fold,
                                   hint: text(purpose == .officials ? T.pickManyHint : T.pickHint))
        case .status(let dialog)?:
            cursor = renderStatusChange(into: &canvas, dialog)
        case nil: break
        }
        return (canvas, cursor)
    }

    func renderStatusBar(into canvas: inout Canvas, _ rect: Rect) {
        canvas.fill(rect, .status)
        var title = "\(text(T.appTitle)) · \(communeName)"
        switch context {
        case .list, .everywhere: title += " · \(text(T.feedback))"
        case .report: title += " · \(text(T.inReport))"
        case .detail: title += " · \(text(T.feedback)) \(detail?.feedback.code ?? "")"
        case .form: title += " · \(text(form?.original == nil ? T.newTitle : T.editTitle))"
        }
        let badge = " [\(inputMethod.badge)] "
        let badgeWidth = DisplayWidth.of(badge)
        canvas.put(title, x: rect.x + 1, y: rect.y, width: rect.width - badgeWidth - 2, .status)
        canvas.put(badge, x: rect.maxX - badgeWidth, y: rect.y, .title)
    }

    /// Below the minimum size: say so, wrapped to whatever room there is, never crash.
    func renderTooSmall(into canvas: inout Canvas) {
        let needed = "\(text(T.tooSmall)) \(Self.minimumSize.width)×\(Self.minimumSize.height) (\(width)×\(height)). q: thoát/quit"
        for (index, line) in wrap(needed, width: max(1, width)).prefix(height).enumerated() {
            canvas.put(line, x: 0, y: index, width: width, .overdue)
        }
    }
}
