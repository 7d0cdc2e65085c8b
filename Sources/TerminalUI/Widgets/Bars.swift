/// The bottom line: F-keys and what they do, from the same command table that binds them.
public enum KeyBar {
    /// Draws what fits, in order. When some do not fit, the last place goes to `more` (the key that
    /// lists them all), so a command is never cut silently.
    public static func render(into canvas: inout Canvas, y: Int, items: [(key: String, label: String)],
                              more: (key: String, label: String)? = nil) {
        canvas.fill(Rect(x: 0, y: y, width: canvas.width, height: 1), .keyBar)
        func width(_ item: (key: String, label: String)) -> Int { DisplayWidth.of(item.key) + DisplayWidth.of(item.label) + 2 }
        let all = items.reduce(0) { $0 + width($1) }
        let room = all <= canvas.width ? canvas.width : canvas.width - (more.map(width) ?? 0)
        var x = 0
        var shown = items.count
        for (index, item) in items.enumerated() {
            if x + width(item) > room {
                shown = index
                break
            }
            x += canvas.put(item.key, x: x, y: y, .keyName)
            x += canvas.put(" " + item.label, x: x, y: y, .keyBar)
            x += 1
        }
        if shown < items.count, let more {
            x += canvas.put(more.key, x: x, y: y, .keyName)
            canvas.put(" " + more.label, x: x, y: y, .keyBar)
        }
    }
}

/// A question with yes/no answers, drawn in the middle of the screen.
public enum ConfirmDialog {
    public static func render(into canvas: inout Canvas, title: String, message: String, answers: String) {
        let width = min(canvas.width - 2, max(DisplayWidth.of(message), DisplayWidth.of(answers), DisplayWidth.of(title) + 4) + 4)
        // A question longer than the screen wraps (up to what fits), never cut: the user must read all of it to answer.
        let lines = TextArea(message).wrappedLines(width: width - 4).prefix(max(1, canvas.height - 6))
        let rect = canvas.bounds.centered(width: width, height: 4 + lines.count)
        canvas.box(rect, title: title)
        for (offset, line) in lines.enumerated() {
            canvas.put(line, x: rect.x + 2, y: rect.y + 1 + offset, width: rect.width - 4, .dialog)
        }
        canvas.put(answers, x: rect.x + 2, y: rect.y + 2 + lines.count, width: rect.width - 4, .keyName)
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

/// Horizontal bars of block characters with their labels and values: a chart that reads in a terminal.
public enum Bars {
    public static func render(into canvas: inout Canvas, _ rect: Rect, title: String, _ items: [(String, Int)]) {
        canvas.put(title, x: rect.x, y: rect.y, width: rect.width, .title)
        let labelWidth = min(12, items.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let numberWidth = String(items.map(\.1).max() ?? 0).count
        let barWidth = max(1, rect.width - labelWidth - numberWidth - 2)
        let largest = max(1, items.map(\.1).max() ?? 1)
        for (offset, item) in items.prefix(max(0, rect.height - 1)).enumerated() {
            let y = rect.y + 1 + offset
            canvas.putPadded(item.0, x: rect.x, y: y, width: labelWidth, .normal)
            canvas.put(bar(item.1, of: largest, width: barWidth), x: rect.x + labelWidth + 1, y: y, .header)
            canvas.putPadded(String(item.1), x: rect.maxX - numberWidth, y: y, width: numberWidth, .normal, alignRight: true)
        }
    }

    /// A bar `value/largest` of `width` cells, drawn to an eighth of a cell.
    public static func bar(_ value: Int, of largest: Int, width: Int) -> String {
        let eighths = value * width * 8 / max(1, largest)
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        return String(repeating: "█", count: eighths / 8) + partial
    }
}
