/// Several lines of text (a summary, notes, findings). Enter starts a new paragraph; lines wrap
/// at spaces to the box's width while typing. Every operation is linear in the text's length,
/// so a 20,000-character note stays quick to edit.
public struct TextArea: Equatable, Sendable {
    private var chars: [Character]
    /// Cursor position in graphemes, 0…count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        chars = Array(text)
        cursor = chars.count
    }

    public var text: String { String(chars) }
    public var count: Int { chars.count }

    /// The text as screen lines of `width` cells (a dialog's question, a note shown read-only).
    public func wrappedLines(width: Int) -> [String] { wrap(width: width).map { String(chars[$0]) } }

    /// Applies a key; `width` is the box's width in cells, which ↑ ↓ need to move by screen line.
    /// Returns false for keys the area does not use (↑ on the first line, Tab, Esc…).
    public mutating func handle(_ key: Key, method: InputMethod, width: Int) -> Bool {
        switch key {
        case .enter:
            chars.insert("\n", at: cursor)
            cursor += 1
            return true
        case .up, .down:
            let lines = wrap(width: width)
            let (line, column) = position(in: lines)
            let target = key == .up ? line - 1 : line + 1
            guard lines.indices.contains(target) else { return false }
            cursor = index(atColumn: column, of: lines[target])
            return true
        default:
            return TextEditing.apply(key, to: &chars, cursor: &cursor, method: method)
        }
    }

    /// Screen lines: ranges of `chars` (newlines excluded), wrapped at spaces to `width` cells.
    public func wrap(width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0, used = 0
        var lastBreak: Int? // index just after the last space of the current line
        var index = 0
        while index < chars.count {
            let c = chars[index]
            if c == "\n" {
                lines.append(start..<index)
                start = index + 1
                used = 0
                lastBreak = nil
                index += 1
                continue
            }
            let cells = DisplayWidth.of(c)
            if used + cells > width && index > start && c != " " {
                let cut = lastBreak ?? index
                lines.append(start..<cut)
                start = cut
                used = 0
                lastBreak = nil
                index = cut
                continue
            }
            used += cells
            if c == " " { lastBreak = index + 1 }
            index += 1
        }
        lines.append(start..<chars.count)
        return lines
    }

    /// The screen line and column (in cells) of the cursor.
    func position(in lines: [Range<Int>]) -> (line: Int, column: Int) {
        // A cursor at a soft break shows at the start of the next line.
        var line = lines.lastIndex { $0.lowerBound <= cursor } ?? 0
        while line > 0 && lines[line].lowerBound > cursor { line -= 1 }
        let column = chars[lines[line].lowerBound..<min(cursor, lines[line].upperBound)].reduce(0) { $0 + DisplayWidth.of($1) }
        return (line, column)
    }

    private func index(atColumn column: Int, of line: Range<Int>) -> Int {
        var used = 0
        for index in line {
            let cells = DisplayWidth.of(chars[index])
            if used + cells > column { return index }
            used += cells
        }
        return line.upperBound
    }

    /// Draws the lines that fit, the cursor's line always among them; returns the cursor position.
    @discardableResult
    public func render(into canvas: inout Canvas, _ rect: Rect, focused: Bool) -> (x: Int, y: Int) {
        canvas.fill(rect, focused ? .focusedInput : .input)
        guard rect.height > 0, rect.width > 0 else { return (rect.x, rect.y) }
        let lines = wrap(width: rect.width - 1)
        let (line, column) = position(in: lines)
        let first = focused ? max(0, line - rect.height + 1) : 0
        for (offset, range) in lines[first..<min(lines.count, first + rect.height)].enumerated() {
            canvas.put(String(chars[range]), x: rect.x, y: rect.y + offset, width: rect.width, focused ? .focusedInput : .input)
        }
        if !focused && lines.count > rect.height {
            canvas.put("…", x: rect.maxX - 1, y: rect.maxY - 1, .muted)
        }
        return (rect.x + column, rect.y + line - first)
    }
}
