/// Several lines of text (a summary, notes). Enter starts a new line; lines wrap on screen.
public struct TextArea: Equatable, Sendable {
    public private(set) var lines: [TextField]
    public private(set) var row: Int

    public init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { TextField(String($0)) }
        row = lines.count - 1
    }

    public var text: String { lines.map(\.text).joined(separator: "\n") }

    public mutating func handle(_ key: Key, method: InputMethod) -> Bool {
        switch key {
        case .enter:
            let line = Array(lines[row].text)
            let cursor = lines[row].cursor
            lines[row] = TextField(String(line[..<cursor]))
            var rest = TextField(String(line[cursor...]))
            _ = rest.handle(.home, method: .off)
            lines.insert(rest, at: row + 1)
            row += 1
            return true
        case .up:
            guard row > 0 else { return false }
            row -= 1
            return true
        case .down:
            guard row < lines.count - 1 else { return false }
            row += 1
            return true
        case .backspace where lines[row].cursor == 0 && row > 0:
            let joined = lines[row - 1].text
            lines[row - 1] = TextField(joined + lines[row].text)
            for _ in 0..<lines[row].text.count { _ = lines[row - 1].handle(.left, method: .off) }
            lines.remove(at: row)
            row -= 1
            return true
        default:
            return lines[row].handle(key, method: method)
        }
    }

    /// Draws the lines that fit, the cursor's line always among them; returns the cursor position.
    @discardableResult
    public func render(into canvas: inout Canvas, _ rect: Rect, focused: Bool) -> (x: Int, y: Int) {
        canvas.fill(rect, focused ? .focusedInput : .input)
        let first = max(0, row - rect.height + 1)
        var cursor = (x: rect.x, y: rect.y)
        for (offset, index) in (first..<min(lines.count, first + rect.height)).enumerated() {
            let x = lines[index].render(into: &canvas, x: rect.x, y: rect.y + offset, width: rect.width, focused: focused)
            if index == row { cursor = (x, rect.y + offset) }
        }
        return cursor
    }
}
