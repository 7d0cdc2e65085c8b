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
    public var items: [Item]
    public var filter = TextField()
    /// Index into `visible`.
    public var selection = 0
    /// Several may be chosen (officials of a record): Space toggles, Enter confirms.
    public var multiple: Bool
    public var chosen: Set<String>

    public init(title: String, items: [Item], multiple: Bool = false, chosen: Set<String> = [], current: String? = nil) {
        self.title = title
        self.items = items
        self.multiple = multiple
        self.chosen = chosen
        if let current, let index = items.firstIndex(where: { $0.id == current }) { selection = index }
    }

    public func visible(fold: (String) -> String) -> [Item] {
        let words = fold(filter.text).split(separator: " ")
        guard !words.isEmpty else { return items }
        return items.filter { item in words.allSatisfy { item.searchKey.contains($0) } }
    }

    public enum Outcome: Equatable { case none, chose([String]), cancelled }

    public mutating func handle(_ key: Key, method: InputMethod, fold: (String) -> String) -> Outcome {
        let count = visible(fold: fold).count
        switch key {
        case .up: selection = max(0, selection - 1)
        case .down: selection = min(max(0, count - 1), selection + 1)
        case .pageUp: selection = max(0, selection - 10)
        case .pageDown: selection = min(max(0, count - 1), selection + 10)
        case .escape: return .cancelled
        case .char(" ") where multiple:
            if let item = visible(fold: fold)[safe: selection] {
                if chosen.contains(item.id) { chosen.remove(item.id) } else { chosen.insert(item.id) }
            }
        case .enter:
            if multiple { return .chose(items.map(\.id).filter(chosen.contains)) }
            if let item = visible(fold: fold)[safe: selection] { return .chose([item.id]) }
        default:
            if filter.handle(key, method: method) { selection = 0 }
        }
        return .none
    }

    /// Draws the picker; returns where the cursor goes (in the filter line).
    @discardableResult
    public func render(into canvas: inout Canvas, _ rect: Rect, fold: (String) -> String, hint: String) -> (x: Int, y: Int)? {
        canvas.box(rect, title: title)
        let inner = rect.inset(by: 1)
        guard inner.height >= 3 else { return nil }
        canvas.put("/", x: inner.x, y: inner.y, .muted)
        let cursorX = filter.render(into: &canvas, x: inner.x + 2, y: inner.y, width: inner.width - 2, focused: true)
        let list = visible(fold: fold)
        let rows = inner.height - 2
        let first = max(0, min(selection - rows + 1, list.count - rows))
        for (offset, item) in list.dropFirst(max(0, first)).prefix(rows).enumerated() {
            let index = max(0, first) + offset
            let mark = multiple ? (chosen.contains(item.id) ? "[x] " : "[ ] ") : ""
            canvas.putPadded(mark + item.label, x: inner.x, y: inner.y + 1 + offset, width: inner.width,
                             index == selection ? .selected : .dialog)
        }
        canvas.putPadded(hint, x: inner.x, y: inner.maxY - 1, width: inner.width, .muted)
        return (cursorX, inner.y)
    }
}

extension Array {
    public subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
