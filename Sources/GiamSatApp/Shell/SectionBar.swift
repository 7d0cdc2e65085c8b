import TerminalUI

/// The line of sections under the title: " 1 Tổng quan 2 Phản ánh …". When they do not all fit (a narrow
/// terminal, or more sections than 80 columns hold) the line scrolls to keep the current one in view and says
/// that more lie either way with ‹ and ›, so no section is ever left off silently.
struct SectionBar {
    struct Item: Equatable {
        /// The key that opens it ("1"), if it has one.
        var key: String?
        var label: String
        var text: String { " " + (key.map { "\($0) " } ?? "") + label }
    }

    /// What is drawn, left to right: an item (by its index) or a marker of more to one side.
    enum Part: Equatable {
        case item(Int)
        case moreBefore, moreAfter

        var markerText: String? {
            switch self {
            case .item: return nil
            case .moreBefore: return " ‹"
            case .moreAfter: return " ›"
            }
        }
    }

    static let markerWidth = 2

    /// The parts that fit in `width`: every item when they fit, else a run of neighbours holding `current`
    /// (from the first one when it is near the start), with a marker on each side that has more.
    static func layout(_ items: [Item], current: Int, width: Int) -> [Part] {
        let widths = items.map { DisplayWidth.of($0.text) }
        guard !items.isEmpty else { return [] }
        if widths.reduce(0, +) <= width { return items.indices.map(Part.item) }
        func fits(_ from: Int, _ to: Int) -> Bool {
            let markers = (from > 0 ? markerWidth : 0) + (to < items.count - 1 ? markerWidth : 0)
            return widths[from...to].reduce(0, +) + markers <= width
        }
        let current = min(max(0, current), items.count - 1)
        var from = 0, to = current
        // Start at the first section when the current one is reachable from there, else end at the current one.
        if !fits(from, to) {
            from = current
            while from > 0 && fits(from - 1, to) { from -= 1 }
        }
        while to < items.count - 1 && fits(from, to + 1) { to += 1 }
        return (from > 0 ? [.moreBefore] : []) + (from...to).map(Part.item) + (to < items.count - 1 ? [.moreAfter] : [])
    }

    /// Draws the bar on row `y`; the current section highlighted.
    static func render(into canvas: inout Canvas, y: Int, width: Int, items: [Item], current: Int) {
        canvas.fill(Rect(x: 0, y: y, width: width, height: 1), .header)
        var x = 0
        for part in layout(items, current: current, width: width) {
            switch part {
            case .item(let index):
                x += canvas.put(items[index].text, x: x, y: y, index == current ? .selected : .header)
            case .moreBefore, .moreAfter:
                x += canvas.put(part.markerText ?? "", x: x, y: y, .header)
            }
        }
    }
}
