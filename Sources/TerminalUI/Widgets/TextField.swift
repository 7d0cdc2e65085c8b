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
        guard TextEditing.apply(key, to: &chars, cursor: &cursor, method: method) else { return false }
        text = String(chars)
        return true
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
        // Scroll: walk back from the cursor while the text before it fits (linear in the field's width).
        var start = cursor
        var used = 0
        while start > 0 && used + DisplayWidth.of(chars[start - 1]) <= width - 1 {
            start -= 1
            used += DisplayWidth.of(chars[start])
        }
        if start > 0 || DisplayWidth.of(text) > width {
            canvas.put(String(chars[start...].prefix(width)), x: x, y: y, width: width, role)
        } else {
            canvas.put(text, x: x, y: y, width: width, role)
        }
        return x + used
    }
}

/// The editing keys shared by one-line fields and multi-line areas.
enum TextEditing {
    /// Applies `key` to `chars` at `cursor`; false when it is not an editing key.
    static func apply(_ key: Key, to chars: inout [Character], cursor: inout Int, method: InputMethod) -> Bool {
        switch key {
        case .char(let c):
            insert(c, into: &chars, cursor: &cursor, method: method)
        case .backspace:
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < chars.count else { return true }
            chars.remove(at: cursor)
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(chars.count, cursor + 1)
        case .home, .ctrl("a"):
            while cursor > 0 && chars[cursor - 1] != "\n" { cursor -= 1 }
        case .end, .ctrl("e"):
            while cursor < chars.count && chars[cursor] != "\n" { cursor += 1 }
        case .ctrl("u"):
            var start = cursor
            while start > 0 && chars[start - 1] != "\n" { start -= 1 }
            chars.removeSubrange(start..<cursor)
            cursor = start
        case .ctrl("k"):
            var end = cursor
            while end < chars.count && chars[end] != "\n" { end += 1 }
            chars.removeSubrange(cursor..<end)
        case .ctrl("w"):
            var start = cursor
            while start > 0 && chars[start - 1] == " " { start -= 1 }
            while start > 0 && chars[start - 1] != " " && chars[start - 1] != "\n" { start -= 1 }
            chars.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }

    private static func insert(_ key: Character, into chars: inout [Character], cursor: inout Int, method: InputMethod) {
        // The word before the cursor is what Telex/VNI rewrite.
        var start = cursor
        while start > 0 && chars[start - 1].isLetter { start -= 1 }
        let word = String(chars[start..<cursor])
        let typed = Array(method.type(key, after: word).precomposedStringWithCanonicalMapping)
        chars.replaceSubrange(start..<cursor, with: typed)
        cursor = start + typed.count
        // The word is NFC; a mark typed right after a letter outside the word could still combine with it.
        if start > 0, let first = typed.first, first.unicodeScalars.first?.properties.canonicalCombiningClass != .notReordered {
            let around = String(chars[(start - 1)..<cursor]).precomposedStringWithCanonicalMapping
            let composed = Array(around)
            chars.replaceSubrange((start - 1)..<cursor, with: composed)
            cursor = start - 1 + composed.count
        }
    }
}
