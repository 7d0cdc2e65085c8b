/// Which row of a list is selected and which window of rows shows. Every selectable list uses it:
/// store-paged lists, pickers, dialogs, the report's figures, so movement is written once.
public struct TableState: Equatable, Sendable {
    /// Index of the selected row in the whole list.
    public private(set) var selection = 0
    /// Index of the first visible row.
    public private(set) var offset = 0
    public private(set) var count = 0
    public private(set) var pageSize = 1

    public init(count: Int = 0, pageSize: Int = 1, selection: Int = 0) {
        self.count = max(0, count)
        self.pageSize = max(1, pageSize)
        _ = select(selection)
    }

    public enum Move: Equatable, Sendable { case up, down, pageUp, pageDown, top, bottom }

    /// Moves the selection; returns true when the window moved (a list paged from the store reloads then).
    @discardableResult
    public mutating func move(_ move: Move) -> Bool {
        switch move {
        case .up: return select(selection - 1)
        case .down: return select(selection + 1)
        case .pageUp: return select(selection - pageSize)
        case .pageDown: return select(selection + pageSize)
        case .top: return select(0)
        case .bottom: return select(count - 1)
        }
    }

    @discardableResult
    public mutating func select(_ index: Int) -> Bool {
        let before = offset
        selection = count == 0 ? 0 : max(0, min(count - 1, index))
        if selection < offset { offset = selection }
        if selection >= offset + pageSize { offset = selection - pageSize + 1 }
        return offset != before
    }

    /// A new count (after a load or a filter): the selection stays in range.
    @discardableResult
    public mutating func setCount(_ count: Int) -> Bool {
        self.count = max(0, count)
        return select(selection)
    }

    @discardableResult
    public mutating func setPageSize(_ size: Int) -> Bool {
        pageSize = max(1, size)
        return select(selection)
    }

    /// Back to the first row (a new filter).
    public mutating func reset() {
        selection = 0
        offset = 0
    }

    /// The selected row's place in the visible window.
    public var selectedRowInWindow: Int { selection - offset }
    public var visible: Range<Int> { offset..<min(count, offset + pageSize) }
}
