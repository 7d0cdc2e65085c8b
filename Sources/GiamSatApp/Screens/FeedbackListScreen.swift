import GiamSatCore
import TerminalUI

/// One line of the feedback list, ready to draw.
public struct FeedbackRow: Equatable {
    public var code: String
    public var received: LocalDate
    public var channel: FeedbackChannel
    public var officials: String
    public var summary: String
    public var status: FeedbackStatus
    public var due: LocalDate
    public var overdue: Bool
}

/// The feedback list: what is filtered, which page is loaded, which row is selected.
public struct FeedbackListState: Equatable {
    public var query = TextField()
    public var filtering = false
    public var status: FeedbackStatus?
    public var channel: FeedbackChannel?
    public var overdueOnly = false
    public var order = FeedbackOrder.newest
    /// The rows of the loaded page, starting at `offset` in the whole list.
    public var rows: [FeedbackRow] = []
    public var offset = 0
    public var total = 0
    /// The count stopped at `countCap`: there are more matches than `total`.
    public var moreThanTotal = false
    static let countCap = 1_000
    /// Index of the selected record in the whole list.
    public var selection = 0

    func filter(today: LocalDate, limit: Int) -> ListFilter {
        ListFilter(query: query.text, status: status?.slug, overdue: overdueOnly, channel: channel, order: order,
                   today: today, limit: limit, offset: offset)
    }

    var selectedCode: String? { rows[safe: selection - offset]?.code }

    /// Moves the selection; returns true when another page must be loaded.
    mutating func select(_ index: Int, pageSize: Int) -> Bool {
        selection = max(0, min(total - 1, index))
        if total == 0 { selection = 0 }
        let oldOffset = offset
        if selection < offset { offset = selection }
        if selection >= offset + pageSize { offset = selection - pageSize + 1 }
        return offset != oldOffset
    }
}

extension AppState {
    mutating func updateList(_ key: Key) -> [Effect] {
        if list.filtering {
            switch key {
            case .enter, .down:
                list.filtering = false
                return []
            case .escape:
                list.filtering = false
                list.query.set("")
                return reloadFromTop()
            default:
                if list.query.handle(key, method: inputMethod) { return reloadFromTop() }
            }
        }
        let page = pageSize
        switch Commands.command(for: key, in: .list) {
        case .open?: return list.selectedCode.map { [.openDetail($0)] } ?? []
        case .new?: return [.newForm]
        case .reports?:
            report = ReportState(year: today.year)
            return [.loadReport]
        case .filter?:
            list.filtering = true
            return []
        case .cycleStatus?:
            list.status = Self.cycle(list.status, FeedbackStatus.allCases)
            return reloadFromTop()
        case .cycleChannel?:
            list.channel = Self.cycle(list.channel, FeedbackChannel.allCases)
            return reloadFromTop()
        case .toggleOverdue?:
            list.overdueOnly.toggle()
            return reloadFromTop()
        case .cycleOrder?:
            list.order = list.order.next
            message = Message(text: text(list.order.label), isError: false)
            return reloadFromTop()
        case .clearFilters?:
            list.query.set("")
            list.status = nil
            list.channel = nil
            list.overdueOnly = false
            return reloadFromTop()
        case .refresh?: return [.loadList]
        case .up?: return list.select(list.selection - 1, pageSize: page) ? [.loadList] : []
        case .down?: return list.select(list.selection + 1, pageSize: page) ? [.loadList] : []
        case .pageUp?: return list.select(list.selection - page, pageSize: page) ? [.loadList] : []
        case .pageDown?: return list.select(list.selection + page, pageSize: page) ? [.loadList] : []
        case .top?: return list.select(0, pageSize: page) ? [.loadList] : []
        case .bottom?: return list.select(list.total - 1, pageSize: page) ? [.loadList] : []
        default: return []
        }
    }

    mutating func reloadFromTop() -> [Effect] {
        list.offset = 0
        list.selection = 0
        return [.loadList]
    }

    /// nil → first → … → last → nil: "all", then each value in turn.
    static func cycle<E: Equatable>(_ current: E?, _ all: [E]) -> E? {
        guard let current, let index = all.firstIndex(of: current) else { return all.first }
        return index + 1 < all.count ? all[index + 1] : nil
    }

    /// Draws the list; returns where the cursor goes (in the filter field while typing there).
    func renderList(into canvas: inout Canvas, _ area: Rect) -> (x: Int, y: Int)? {
        // Filter line: what the list is showing and how many.
        let (filterLine, rest) = area.splitTop(1)
        var parts: [String] = []
        parts.append("\(text(T.status)): \(list.status.map { $0.label(lang) } ?? text(T.all))")
        parts.append("\(text(T.channel)): \(list.channel.map { $0.label(lang) } ?? text(T.all))")
        if list.overdueOnly { parts.append(text(T.overdueOnly)) }
        parts.append(list.order.label.text(lang))
        let count = (list.moreThanTotal ? "> " : "") + "\(list.total) \(text(T.matches))"
        canvas.fill(filterLine, .normal)
        canvas.put("/", x: filterLine.x, y: filterLine.y, .muted)
        let queryWidth = min(24, max(10, filterLine.width / 4))
        let cursorX = list.query.render(into: &canvas, x: filterLine.x + 2, y: filterLine.y, width: queryWidth, focused: list.filtering,
                                        placeholder: list.filtering ? "" : text(T.filter))
        let infoX = filterLine.x + 3 + queryWidth
        let countWidth = DisplayWidth.of(count)
        canvas.put(parts.joined(separator: " · "), x: infoX, y: filterLine.y, width: filterLine.width - queryWidth - countWidth - 5, .muted)
        canvas.put(count, x: filterLine.maxX - countWidth, y: filterLine.y, .title)

        let wide = rest.width >= 100
        let dateWidth = wide ? 10 : 8
        let columns = [
            Column(text(T.code), width: 12), Column(text(T.received), width: dateWidth),
            Column(text(T.channel), width: wide ? 14 : 9), Column(text(T.official), width: wide ? 20 : 13),
            Column(text(T.summary), flex: 1), Column(text(T.status), width: wide ? 16 : 11),
            Column(text(T.due), width: dateWidth + 1),
        ]
        let format = { (date: LocalDate) in wide ? date.vietnamese : String(date.vietnamese.prefix(6) + date.vietnamese.suffix(2)) }
        let rows = list.rows.map { row in
            [row.code, format(row.received), (wide ? row.channel.label : row.channel.shortLabel).text(lang), row.officials,
             row.summary, (wide ? row.status.label : row.status.shortLabel).text(lang), (row.overdue ? "!" : " ") + format(row.due)]
        }
        let table = Rect(x: rest.x, y: rest.y, width: rest.width, height: rest.height)
        TableView.render(into: &canvas, table, columns: columns, rows: rows,
                         roles: list.rows.map { $0.overdue ? .overdue : .normal }, selected: list.selection - list.offset)
        if list.rows.isEmpty && table.height > 2 {
            canvas.put(text(T.noRecords), x: table.x + 2, y: table.y + 2, width: table.width - 4, .muted)
        }
        return list.filtering ? (cursorX, filterLine.y) : nil
    }
}
