import GiamSatCore
import TerminalUI

/// What a list screen needs to know about one kind of record: its request (filters and paging),
/// its columns, how a row is drawn and what its own keys do. Everything else is `ListScreen`'s.
protocol ListSource {
    associatedtype Request: ListRequest
    var request: Request { get set }
    var keymap: Keymap { get }
    var title: Localized { get }
    var emptyText: Localized { get }
    var hasFilters: Bool { get }
    mutating func clearFilters()
    func columns(wide: Bool, _ env: ScreenEnv) -> [Column]
    func cells(_ row: Request.Row, wide: Bool, _ env: ScreenEnv) -> [String]
    func role(_ row: Request.Row) -> Role
    /// "Trạng thái: tất cả · Kênh: tất cả": what the filters are set to.
    func filterSummary(_ env: ScreenEnv) -> [String]
    /// The selected row as a whole line above the key bar (a table cuts long text).
    func preview(_ row: Request.Row, _ env: ScreenEnv) -> String?
    /// One of the kind's own commands: nil if it is not one, `.reload` when a filter changed.
    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> ListAction?
    /// The same, for commands about the selected row (edit it, delete it); by default as above.
    mutating func handle(_ command: CommandID, selected: Request.Row?, _ env: ScreenEnv) -> ListAction?
    func open(_ row: Request.Row, _ env: ScreenEnv) -> Outcome
    /// A result other than a page (a filter's choices), or a value from a dialog the source opened.
    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> ListAction?
    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> ListAction?
}

extension ListSource {
    mutating func handle(_ command: CommandID, selected: Request.Row?, _ env: ScreenEnv) -> ListAction? { handle(command, env) }
    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> ListAction? { nil }
    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> ListAction? { nil }
}

enum ListAction {
    case reload
    /// Reload from the top and say something (a record deleted).
    case reloadSaying(Message)
    case outcome(Outcome)
}

/// A list of records paged from the store, with a filter typed as you go and the kind's filter cycles.
struct ListScreen<Source: ListSource>: Screen {
    var source: Source
    private(set) var table = TableState()
    private(set) var rows: [Source.Request.Row] = []
    private(set) var moreThanTotal = false
    /// Where this page's merged rows came from, by code (issue 12).
    private(set) var origins: [String: [RecordOrigin]] = [:]
    private(set) var filter = TextField()
    private(set) var filtering = false
    /// A page was asked for and has not come yet: Enter waits for it, so it opens the row now shown.
    private(set) var loading = false
    private(set) var openWhenLoaded = false

    init(source: Source) { self.source = source }

    var keymaps: [Keymap] { [source.keymap, .list, .navigation] }
    var isTyping: Bool { filtering }
    /// Keys typed after Enter wait until the row it opens has come.
    var acceptsKeys: Bool { !openWhenLoaded }
    func title(_ env: ScreenEnv) -> String { env.text(source.title) }
    var selectedRow: Source.Request.Row? { rows[safe: table.selectedRowInWindow] }
    var total: Int { table.count }

    static func pageSize(_ env: ScreenEnv) -> Int { max(1, env.bodyHeight - 2) }

    func refresh(_ env: ScreenEnv) -> [Effect] {
        var request = source.request
        request.offset = table.offset
        request.limit = Self.pageSize(env)
        return [.page(AnyListRequest(request))]
    }

    private mutating func reloadFromTop(_ env: ScreenEnv) -> Outcome {
        table.reset()
        return load(env)
    }

    private mutating func load(_ env: ScreenEnv) -> Outcome {
        loading = true
        return Outcome(effects: refresh(env))
    }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        table.setPageSize(Self.pageSize(env))
        if filtering {
            switch key {
            case .enter, .down:
                filtering = false
                return .none
            case .escape:
                filtering = false
                filter.set("")
                source.request.query = ""
                return reloadFromTop(env)
            default:
                if filter.handle(key, method: env.inputMethod) {
                    source.request.query = filter.text
                    return reloadFromTop(env)
                }
            }
        }
        guard let command else { return .none }
        switch command {
        case .up: return move(.up, env)
        case .down: return move(.down, env)
        case .pageUp: return move(.pageUp, env)
        case .pageDown: return move(.pageDown, env)
        case .top: return move(.top, env)
        case .bottom: return move(.bottom, env)
        case .open:
            if loading {
                openWhenLoaded = true
                return .none
            }
            return selectedRow.map { source.open($0, env) } ?? .none
        case .filter:
            filtering = true
            return .none
        case .cycleFormerUnit:
            // One filter for every list, here rather than in each source: the request of each kind carries it.
            let units = OriginLabels(env)
            guard filtersOnOrigin, !units.isEmpty else { return .none }
            source.request.origin = OriginFilter.next(after: source.request.origin, units: units.units)
            return reloadFromTop(env)
        case .showVoided where voidable:
            // "đã hủy": only the voided records of the kind, and back (issue 17). Every voidable list alike.
            source.request.voided.toggle()
            return reloadFromTop(env)
        case .clearFilters, .back:
            if source.hasFilters || !filter.text.isEmpty || source.request.origin != nil || source.request.voided {
                filter.set("")
                source.request.query = ""
                source.request.origin = nil
                source.request.voided = false
                source.clearFilters()
                return reloadFromTop(env)
            }
            return command == .back ? .navigate(.pop) : .none
        case .refresh: return load(env)
        default:
            return sourceAction(source.handle(command, selected: selectedRow, env), env)
        }
    }

    private mutating func move(_ move: TableState.Move, _ env: ScreenEnv) -> Outcome {
        table.move(move) ? load(env) : .none
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if case .failed = result {
            loading = false
            openWhenLoaded = false
        }
        guard case .page(let request, let any) = result, let page = any as? ListPage<Source.Request.Row> else {
            return sourceAction(source.receive(result, env), env)
        }
        // A page for an older text or window: a newer one was asked for and is on its way.
        guard refresh(env) == [.page(request)] else { return .none }
        rows = page.rows
        moreThanTotal = page.moreThanTotal
        origins = page.origins
        table.setPageSize(Self.pageSize(env))
        // Fewer matches than before: the selection moved up to a page not loaded yet.
        if table.setCount(page.total) { return load(env) }
        loading = false
        if openWhenLoaded {
            openWhenLoaded = false
            return selectedRow.map { source.open($0, env) } ?? .none
        }
        return .none
    }

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        sourceAction(source.receive(delivery, env), env)
    }

    private mutating func sourceAction(_ action: ListAction?, _ env: ScreenEnv) -> Outcome {
        switch action {
        case .reload?: return reloadFromTop(env)
        case .reloadSaying(let message)?:
            var outcome = reloadFromTop(env)
            outcome.message = message
            return outcome
        case .outcome(let outcome)?: return outcome
        case nil: return .none
        }
    }

    func footer(_ env: ScreenEnv) -> String? {
        if filtering { return env.text(T.filterHint) }
        guard let row = selectedRow else { return nil }
        // A merged row says where it came from first: the preview's long text may be cut.
        let labels = OriginLabels(env)
        let preview = source.preview(row, env)
        guard let origins = origins[row.code], !origins.isEmpty else { return preview }
        return (origins.map { "[\(labels.line($0, env))]" } + [preview ?? ""]).joined(separator: " ")
    }

    /// The kind's columns and cells, with the former unit's after the code when the commune has former units.
    private func grid(wide: Bool, _ env: ScreenEnv) -> (columns: [Column], cells: [[String]]) {
        let columns = source.columns(wide: wide, env)
        let cells = rows.map { source.cells($0, wide: wide, env) }
        let labels = OriginLabels(env)
        guard !labels.isEmpty, Source.Request.entity != nil, !columns.isEmpty else { return (columns, cells) }
        // At 80 columns the feedback list's summary has a dozen cells: initials ("TP") take three of them.
        let column = wide ? Column(env.text(T.formerUnitColumn), width: 12) : Column(env.text(T.formerUnitNarrow), width: 3)
        return (Array(columns.prefix(1)) + [column] + columns.dropFirst(),
                zip(rows, cells).map { row, cells in
                    Array(cells.prefix(1)) + [labels.cell(origins[row.code] ?? [], wide: wide)] + cells.dropFirst()
                })
    }

    /// The filter by former unit is the kind's to have: not where `x` means something else (delete a locality).
    private var filtersOnOrigin: Bool {
        Source.Request.entity != nil && Commands.commands(for: keymaps).contains { $0.id == .cycleFormerUnit }
    }

    private var voidable: Bool { Source.Request.entity.map { AppDatabase.voidableKinds.contains($0) } ?? false }

    /// The kind's filters, and the former unit's: first when it is set (it says why rows are missing), else last.
    /// "đã hủy" comes first when on: it says why every row is one the user voided.
    private func filterSummary(_ env: ScreenEnv) -> [String] {
        let voided = source.request.voided ? [env.text(T.voidedFilter)] : []
        return voided + kindAndOriginSummary(env)
    }

    private func kindAndOriginSummary(_ env: ScreenEnv) -> [String] {
        let labels = OriginLabels(env)
        guard !labels.isEmpty, filtersOnOrigin else { return source.filterSummary(env) }
        let origin = labels.summary(source.request.origin, env)
        return source.request.origin == nil ? source.filterSummary(env) + [origin] : [origin] + source.filterSummary(env)
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let (filterLine, rest) = area.splitTop(1)
        let count = (moreThanTotal ? "> " : "") + "\(table.count) \(env.text(T.matches))"
        canvas.fill(filterLine, .normal)
        canvas.put("/", x: filterLine.x, y: filterLine.y, .muted)
        let queryWidth = min(24, max(10, filterLine.width / 4))
        let cursorX = filter.render(into: &canvas, x: filterLine.x + 2, y: filterLine.y, width: queryWidth, focused: filtering,
                                    placeholder: filtering ? "" : env.text(T.filter))
        let infoX = filterLine.x + 3 + queryWidth
        let countWidth = DisplayWidth.of(count)
        canvas.put(filterSummary(env).joined(separator: " · "), x: infoX, y: filterLine.y,
                   width: filterLine.width - queryWidth - countWidth - 5, .muted)
        canvas.put(count, x: filterLine.maxX - countWidth, y: filterLine.y, .title)

        let wide = rest.width >= 100
        let (columns, cells) = grid(wide: wide, env)
        TableView.render(into: &canvas, rest, columns: columns, rows: cells, roles: rows.map(source.role),
                         selected: table.selectedRowInWindow)
        if rows.isEmpty && rest.height > 2 {
            canvas.put(env.text(source.emptyText), x: rest.x + 2, y: rest.y + 2, width: rest.width - 4, .muted)
        }
        return filtering ? (cursorX, filterLine.y) : nil
    }
}

/// nil → first → … → last → nil: "all", then each value in turn (the list's filter cycles).
func cycle<E: Equatable>(_ current: E?, _ all: [E]) -> E? {
    guard let current, let index = all.firstIndex(of: current) else { return all.first }
    return index + 1 < all.count ? all[index + 1] : nil
}

/// A date as the lists show it: dd/mm/yy where the column is narrow.
func shortDate(_ date: LocalDate, wide: Bool) -> String {
    wide ? date.vietnamese : String(date.vietnamese.prefix(6) + date.vietnamese.suffix(2))
}
