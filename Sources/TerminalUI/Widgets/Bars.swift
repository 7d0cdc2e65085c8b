/// The bottom line: F-keys and what they do, from the same command table that binds them.
public enum KeyBar {
    public static func render(into canvas: inout Canvas, y: Int, items: [(key: String, label: String)], right: String = "") {
        canvas.fill(Rect(x: 0, y: y, width: canvas.width, height: 1), .keyBar)
        var x = 0
        let rightWidth = DisplayWidth.of(right)
        for item in items {
            let needed = DisplayWidth.of(item.key) + DisplayWidth.of(item.label) + 2
            if x + needed > canvas.width - rightWidth { break }
            x += canvas.put(item.key, x: x, y: y, .keyName)
            x += canvas.put(" " + item.label, x: x, y: y, .keyBar)
            x += 1
        }
        if rightWidth > 0 && rightWidth < canvas.width { canvas.put(right, x: canvas.width - rightWidth, y: y, .keyBar) }
    }
}

/// A question with yes/no answers, drawn in the middle of the screen.
public enum ConfirmDialog {
    public static func render(into canvas: inout Canvas, title: String, message: String, answers: String) {
        let width = min(canvas.width - 2, max(DisplayWidth.of(message), DisplayWidth.of(answers), DisplayWidth.of(title) + 4) + 4)
        let rect = canvas.bounds.centered(width: width, height: 5)
        canvas.box(rect, title: title)
        canvas.put(message, x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, .dialog)
        canvas.put(answers, x: rect.x + 2, y: rect.y + 3, width: rect.width - 4, .keyName)
    }
}

/// Lines of text in a framed box that scrolls (help, detail panes).
public enum TextBox {
    public static func render(into canvas: inout Canvas, _ rect: Rect, title: String, lines: [(String, Role)], scroll: Int) {
        canvas.box(rect, title: title)
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        for (offset, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            canvas.put(line.0, x: inner.x, y: inner.y + offset, width: inner.width, line.1)
        }
    }
}
