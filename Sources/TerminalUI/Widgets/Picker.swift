/// A list to choose from, filtered as you type. Items carry a search key the caller
/// prepares (folded Vietnamese, so "dinh" finds "Đình"); the filter is folded by `fold`.
public struct Picker: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var id: String
        public var label: String
        public var searchKey: String
        /// What the choice is called once chosen (the label may carry more, like a code).
        public var name: String
        public init(id: String, label: String, searchKey: String, name: String? = nil) {
            self.id = id
            self.label = label
            self.searchKey = searchKey
            self.name = name ?? label
        }
    }

    public var title: String
    public var items: [Item] {
        didSet { refilter() }
    }
    public private(set) var filter = TextField()
    /// Indexes into `items` of the rows that match the filter, and which one is highlighted.
    public private(set) var matches: [Int] = []
    public private(set) var table = TableState()
    /// Several may be chosen (officials of a record): Tab marks, Enter confirms.
    public var multiple: Bool
    public var chosen: Set<String>
    /// The user marked or unmarked something: Enter then returns exactly the marked ones.
    public private(set) var marked = false
    private let fold: @Sendable (String) -> String

    public init(title: String, items: [Item], multiple: Bool = false, chosen: Set<String> = [], current: String? = nil,
                fold: @escaping @Sendable (String) -> String = { $0.lowercased() }) {
        self.title = title
        self.items = items
        self.multiple = multiple
        self.chosen = chosen
        self.fold = fold
        refilter()
        if let current, let index = items.firstIndex(where: { $0.id == current }) { table.select(index) }
    }

    public static func == (a: Picker, b: Picker) -> Bool {
        a.title == b.title && a.items == b.items && a.filter == b.filter && a.table == b.table && a.multiple == b.multiple
            && a.chosen == b.chosen && a.marked == b.marked
    }

    private mutating func refilter() {
        let words = fold(filter.text).split(separator: " ")
        matches = items.indices.filter { index in words.allSatisfy { items[index].searchKey.contains($0) } }
        table.setCount(matches.count)
    }

    public var visible: [Item] { matches.map { items[$0] } }
    public var highlighted: Item? { matches[safe: table.selection].map { items[$0] } }

    public enum Outcome: Equatable { case none, chose([String]), cancelled, filterChanged }

    /// Keys a picker takes: movement, Esc, Enter, Tab (mark, when several may be chosen); everything
    /// else edits the filter, Space included, so "le van" types a space and never marks a row.
    public mutating func handle(_ key: Key, method: InputMethod) -> Outcome {
        switch key {
        case .up: table.move(.up)
        case .down: table.move(.down)
        case .pageUp: table.move(.pageUp)
        case .pageDown: table.move(.pageDown)
        case .escape: return .cancelled
        case .tab where multiple:
            if let item = highlighted {
                if chosen.contains(item.id) { chosen.remove(item.id) } else { chosen.insert(item.id) }
                marked = true
            }
        case .enter:
            if multiple {
                if marked || highlighted == nil { return .chose(items.map(\.id).filter(chosen.contains)) }
                // Nothing marked in this picker: Enter takes the highlighted one along with those already chosen.
                let picked = chosen.union([highlighted!.id])
                return .chose(items.map(\.id).filter(picked.contains))
            }
            if let item = highlighted { return .chose([item.id]) }
        default:
            if filter.handle(key, method: method) {
                table.reset()
                refilter()
                return .filterChanged
            }
        }
        return .none
    }

    /// Draws the picker; returns where the cursor goes (in the filter line).
    @discardableResult
    public func render(into canvas: inout Canvas, _ rect: Rect, hint: String) -> (x: Int, y: Int)? {
        canvas.box(rect, title: title)
        let inner = rect.inset(by: 1)
        guard inner.height >= 3 else { return nil }
        canvas.put("/", x: inner.x, y: inner.y, .muted)
        let cursorX = filter.render(into: &canvas, x: inner.x + 2, y: inner.y, width: inner.width - 2, focused: true)
        let rows = inner.height - 2
        let first = max(0, min(table.selection - rows + 1, matches.count - rows))
        for (offset, index) in (first..<min(matches.count, first + rows)).enumerated() {
            let item = items[matches[index]]
            let mark = multiple ? (chosen.contains(item.id) ? "[x] " : "[ ] ") : ""
            canvas.putPadded(mark + item.label, x: inner.x, y: inner.y + 1 + offset, width: inner.width,
                             index == table.selection ? .selected : .dialog)
        }
        canvas.putPadded(hint, x: inner.x, y: inner.maxY - 1, width: inner.width, .muted)
        return (cursorX, inner.y)
    }
}

extension Array {
    public subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
