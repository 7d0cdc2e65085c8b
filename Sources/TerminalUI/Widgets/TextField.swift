/// One line of editable text. The cursor counts grapheme clusters, so it never lands
/// inside "ễ"; backspace removes a whole letter with its marks.
public struct TextField: Equatable, Sendable {
    public private(set) var text: String
    /// Cursor position in graphemes, 0…count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    public mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// Applies an editing key; returns false when the key is not an editing key
    /// (so the screen can use it: Enter, Tab, arrows up/down, Esc…).
    public mutating func handle(_ key: Key, method: InputMethod) -> Bool {
        var chars = Array(text)
        switch key {
        case .char(let c):
            insert(c, into: &chars, method: method)
        case .backspace:
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < chars.count else { return true }
            chars.remove(at: cursor)
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(chars.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = chars.count
        case .ctrl("u"):
            chars.removeFirst(cursor)
            cursor = 0
        case .ctrl("k"):
            chars.removeLast(chars.count - cursor)
        case .ctrl("w"):
            var start = cursor
            while start > 0 && chars[start - 1] == " " { start -= 1 }
            while start > 0 && chars[start - 1] != " " { start -= 1 }
            chars.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        text = String(chars)
        return true
    }

    private mutating func insert(_ key: Character, into chars: inout [Character], method: InputMethod) {
        // The word before the cursor is what Telex/VNI rewrite.
        var start = cursor
        while start > 0 && chars[start - 1].isLetter { start -= 1 }
        let word = String(chars[start..<cursor])
        let typed = Array(method.type(key, after: word))
        chars.replaceSubrange(start..<cursor, with: typed)
        cursor = start + typed.count
        // Telex/VNI output is NFC per word; the string as a whole stays NFC too.
        let composed = String(chars).precomposedStringWithCanonicalMapping
        if composed.count != chars.count {
            cursor = min(cursor, composed.count)
            chars = Array(composed)
        }
    }

    /// Draws the field in `width` cells, scrolled so the cursor shows; returns the cursor column.
    @discardableResult
    public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int, focused: Bool, placeholder: String = "") -> Int {
        let role: Role = focused ? .focusedInput : .input
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), role)
        if text.isEmpty && !placeholder.isEmpty {
            canvas.put(placeholder, x: x, y: y, width: width, .muted)
            return x
        }
        let chars = Array(text)
        // Scroll: keep the cursor inside the field.
        var start = 0
        while DisplayWidth.of(String(chars[start..<cursor])) > width - 1 { start += 1 }
        canvas.put(String(chars[start...]), x: x, y: y, width: width, role)
        return x + DisplayWidth.of(String(chars[start..<cursor]))
    }
}
