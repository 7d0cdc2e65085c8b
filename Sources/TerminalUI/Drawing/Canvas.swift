/// A rectangle of the screen, in cells.
public struct Rect: Equatable, Sendable {
    public var x, y, width, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxY: Int { y + height }
    public var maxX: Int { x + width }

    public func inset(by cells: Int) -> Rect {
        Rect(x: x + cells, y: y + cells, width: width - 2 * cells, height: height - 2 * cells)
    }

    /// The first `rows` rows, and what is left below them.
    public func splitTop(_ rows: Int) -> (Rect, Rect) {
        let top = min(rows, height)
        return (Rect(x: x, y: y, width: width, height: top), Rect(x: x, y: y + top, width: width, height: height - top))
    }

    public func splitBottom(_ rows: Int) -> (Rect, Rect) {
        let bottom = min(rows, height)
        return (Rect(x: x, y: y, width: width, height: height - bottom), Rect(x: x, y: maxY - bottom, width: width, height: bottom))
    }

    /// A box of at most `width`×`height` in the middle of this one.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }
}

/// What a cell means, not what colour it is: the terminal backend maps roles to colours
/// (or to bold/reverse on a monochrome terminal or under NO_COLOR).
public enum Role: Int, CaseIterable, Sendable {
    case normal, header, selected, overdue, muted, error, status, keyBar, keyName, input, focusedInput, title, dialog, success
}

/// One cell: a grapheme cluster (empty for the right half of a wide one) and its role.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String = " ", _ role: Role = .normal) {
        self.text = text
        self.role = role
    }

    /// The right half of a two-cell character.
    public static func continuation(_ role: Role) -> Cell { Cell("", role) }
}

/// The whole screen as cells. Screens draw into it; a backend shows it (by diff).
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { if x >= 0, y >= 0, x < width, y < height { cells[y * width + x] = newValue } }
    }

    public mutating func fill(_ rect: Rect, _ role: Role) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = Cell(" ", role) }
        }
    }

    /// Writes text from (x, y), cut with "…" to fit `width` cells (and the screen).
    /// Returns the cells used. Control characters are shown as spaces.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, width maxWidth: Int? = nil, _ role: Role = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let room = min(maxWidth ?? width - x, width - x)
        guard room > 0 else { return 0 }
        var column = x
        for character in DisplayWidth.truncate(text, to: room) {
            let cells = DisplayWidth.of(character)
            if cells == 0 {
                if character.isNewline || character == "\t" { self[column, y] = Cell(" ", role); column += 1 }
                continue
            }
            if column + cells > x + room { break }
            self[column, y] = Cell(String(character), role)
            if cells == 2 { self[column + 1, y] = .continuation(role) }
            column += cells
        }
        return column - x
    }

    /// Text padded with the role's background to exactly `width` cells.
    public mutating func putPadded(_ text: String, x: Int, y: Int, width: Int, _ role: Role, alignRight: Bool = false) {
        fill(Rect(x: x, y: y, width: width, height: 1), role)
        let used = DisplayWidth.of(DisplayWidth.truncate(text, to: width))
        put(text, x: alignRight ? x + width - used : x, y: y, width: width, role)
    }

    /// A frame around `rect` with a title on the top edge.
    public mutating func box(_ rect: Rect, title: String = "", _ role: Role = .dialog) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        fill(rect, role)
        for x in rect.x..<rect.maxX {
            self[x, rect.y] = Cell("─", role)
            self[x, rect.maxY - 1] = Cell("─", role)
        }
        for y in rect.y..<rect.maxY {
            self[rect.x, y] = Cell("│", role)
            self[rect.maxX - 1, y] = Cell("│", role)
        }
        self[rect.x, rect.y] = Cell("┌", role)
        self[rect.maxX - 1, rect.y] = Cell("┐", role)
        self[rect.x, rect.maxY - 1] = Cell("└", role)
        self[rect.maxX - 1, rect.maxY - 1] = Cell("┘", role)
        if !title.isEmpty { put(" \(title) ", x: rect.x + 2, y: rect.y, width: rect.width - 4, .title) }
    }

    /// The screen as plain text, one line per row, trailing spaces removed: the test terminal.
    public var text: String {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += self[x, y].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
