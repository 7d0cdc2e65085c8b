/// A column of a table: a fixed width, or a share of what is left (`flex`).
public struct Column: Equatable, Sendable {
    public var title: String
    public var width: Int
    public var flex: Int
    public var alignRight: Bool

    public init(_ title: String, width: Int = 0, flex: Int = 0, alignRight: Bool = false) {
        self.title = title
        self.width = width
        self.flex = flex
        self.alignRight = alignRight
    }

    /// Widths that fill `total` cells (one space between columns); fixed columns first.
    public static func layout(_ columns: [Column], total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.reduce(0) { $0 + $1.width }
        let flexTotal = columns.reduce(0) { $0 + $1.flex }
        var spare = max(0, total - gaps - fixed)
        var widths = columns.map(\.width)
        if flexTotal > 0 {
            let unit = spare / flexTotal
            for (index, column) in columns.enumerated() where column.flex > 0 {
                widths[index] += unit * column.flex
                spare -= unit * column.flex
            }
            if let last = columns.lastIndex(where: { $0.flex > 0 }) { widths[last] += spare }
        }
        // Too narrow: shrink from the right so the first columns (code, date) stay readable.
        var over = widths.reduce(0, +) + gaps - total
        var index = widths.count - 1
        while over > 0 && index >= 0 {
            let cut = min(over, max(0, widths[index] - 1))
            widths[index] -= cut
            over -= cut
            index -= 1
        }
        return widths
    }
}

/// Draws a table: a header row, then the rows given (the visible page only: the caller
/// pages through the store), the selected one highlighted.
public enum TableView {
    public static func render(into canvas: inout Canvas, _ rect: Rect, columns: [Column], rows: [[String]],
                              roles: [Role] = [], selected: Int?) {
        guard rect.height > 0, rect.width > 0 else { return }
        let widths = Column.layout(columns, total: rect.width)
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), .header)
        var x = rect.x
        for (index, column) in columns.enumerated() where widths[index] > 0 {
            canvas.putPadded(column.title, x: x, y: rect.y, width: widths[index], .header, alignRight: column.alignRight)
            x += widths[index] + 1
        }
        for (offset, row) in rows.prefix(rect.height - 1).enumerated() {
            let y = rect.y + 1 + offset
            let role = offset == selected ? .selected : (offset < roles.count ? roles[offset] : .normal)
            canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role)
            var x = rect.x
            for (index, cell) in row.enumerated() where index < widths.count && widths[index] > 0 {
                canvas.putPadded(cell, x: x, y: y, width: widths[index], role, alignRight: columns[index].alignRight)
                x += widths[index] + 1
            }
        }
    }
}
