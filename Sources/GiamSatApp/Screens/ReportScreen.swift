import GiamSatCore
import TerminalUI

/// The report screen (Báo cáo): a period's figures, their records, bars, several years side by side.
public struct ReportState: Equatable {
    public enum Mode: Equatable { case table, bars, years }

    public var year: Int
    public var kind = TallyPeriod.Kind.year
    public var mode = Mode.table
    /// One tally (table, bars) or several years, oldest first (years view).
    public var tallies: [Tally] = []
    public var months: [MonthCount] = []
    /// Index into the figures.
    public var selection = 0
    public var drill: DrillState?

    public struct MonthCount: Equatable {
        public var month: String
        public var count: Int
    }

    public struct DrillState: Equatable {
        public var title: String
        public var records: [DrillRecord]
        public var selection = 0
    }

    public init(year: Int) { self.year = year }

    public var period: TallyPeriod { TallyPeriod(year: year, kind: kind) }
    /// The years of the side-by-side view: the chosen one and the three before.
    public var periods: [TallyPeriod] { mode == .years ? (year - 3...year).map { TallyPeriod(year: $0, kind: kind) } : [period] }
    var figures: [TallyFigure] { tallies.last?.figures() ?? [] }
}

extension AppState {
    mutating func updateReport(_ key: Key) -> [Effect] {
        guard var report else { return [] }
        if report.drill == nil, Commands.command(for: key, in: .report) == .back {
            self.report = nil
            return [.loadList]
        }
        let effects = handleReportKey(key, &report)
        self.report = report
        return effects
    }

    private mutating func handleReportKey(_ key: Key, _ report: inout ReportState) -> [Effect] {
        if var drill = report.drill {
            if let step = Self.step(for: key) {
                drill.selection = Self.moved(drill.selection, by: step, count: drill.records.count)
                report.drill = drill
                return []
            }
            switch key {
            case .enter:
                if let record = drill.records[safe: drill.selection], record.entity == .feedback { return [.openDetail(record.code)] }
            case .escape, .left:
                report.drill = nil
                return []
            default: break
            }
            report.drill = drill
            return []
        }
        switch Commands.command(for: key, in: .report) {
        case .previousYear?: report.year -= 1
        case .nextYear?: report.year += 1
        case .cyclePeriod?:
            report.kind = TallyPeriod.Kind.allCases[(TallyPeriod.Kind.allCases.firstIndex(of: report.kind)! + 1) % TallyPeriod.Kind.allCases.count]
        case .bars?: report.mode = report.mode == .bars ? .table : .bars
        case .years?: report.mode = report.mode == .years ? .table : .years
        case .up?, .down?, .pageUp?, .pageDown?:
            report.selection = Self.moved(report.selection, by: Self.step(for: key) ?? 0, count: report.figures.count)
            return []
        case .drillDown?:
            guard report.mode != .bars, let figure = report.figures[safe: report.selection], let drill = figure.drill else { return [] }
            return [.drill(drill, title: "\(figure.itemText(lang)) — \(report.period.label(lang))")]
        case .export?:
            let items = TallyFormat.allCases.map { Picker.Item(id: $0.rawValue, label: formatLabel($0), searchKey: $0.rawValue) }
            overlay = .picker(.exportFormat, Picker(title: text(T.exportTitle), items: items))
            return []
        default: return []
        }
        return [.loadReport]
    }

    /// How far a movement key moves a selection (j/k too, as in the lists).
    static func step(for key: Key) -> Int? {
        switch key {
        case .up, .char("k"): return -1
        case .down, .char("j"): return 1
        case .pageUp: return -10
        case .pageDown: return 10
        default: return nil
        }
    }

    static func moved(_ index: Int, by step: Int, count: Int) -> Int { max(0, min(count - 1, index + step)) }

    func formatLabel(_ format: TallyFormat) -> String {
        switch format {
        case .text: return text(T.formatText)
        case .csv: return text(T.formatCSV)
        case .md: return text(T.formatMarkdown)
        case .json: return text(T.formatJSON)
        }
    }

    func renderReport(into canvas: inout Canvas, _ area: Rect, _ report: ReportState) {
        let (header, body) = area.splitTop(2)
        let mode = report.mode == .bars ? text(T.barsView) : report.mode == .years ? text(T.yearsView) : text(T.tableView)
        let scope = report.mode == .years ? "\(report.year - 3)–\(report.year)" : report.period.label(lang)
        let span = TallyPeriod(from: report.periods.first!.from, to: report.periods.last!.to).vietnamese
        canvas.put("\(text(T.reportTitle)): \(scope)  ·  \(span)", x: header.x + 1, y: header.y, width: header.width - 2, .title)
        canvas.put(mode + "  ·  " + text(T.reportHint), x: header.x + 1, y: header.y + 1, width: header.width - 2, .muted)
        switch report.mode {
        case .bars: renderBars(into: &canvas, body, report)
        case .table, .years: renderFigures(into: &canvas, body, report)
        }
        if let drill = report.drill {
            let rect = canvas.bounds.centered(width: min(76, width - 2), height: min(20, height - 2))
            let lines = drill.records.enumerated().map { index, record in
                ("\(record.code)  \(record.line)", index == drill.selection ? Role.selected : .dialog)
            }
            let scroll = max(0, drill.selection - (rect.height - 3))
            TextBox.render(into: &canvas, rect, title: "\(drill.title) (\(drill.records.count))",
                           lines: lines.isEmpty ? [(text(T.noRecordsFigure), .muted)] : lines, scroll: scroll)
        }
    }

    /// Figures as a table; in the years view one column per year.
    private func renderFigures(into canvas: inout Canvas, _ area: Rect, _ report: ReportState) {
        let all = report.tallies.map { $0.figures() }
        guard let figures = all.last else { return }
        var rows: [(label: String, values: [String], role: Role, figure: Int?)] = []
        var section: TallySection?
        var group: Localized?
        for (index, figure) in figures.enumerated() {
            if figure.section != section {
                rows.append((figure.section.label.text(lang).uppercased(), [], .title, nil))
                section = figure.section
                group = nil
            }
            if let g = figure.group, g != group { rows.append(("  " + g.text(lang), [], .muted, nil)) }
            group = figure.group
            let indent = figure.group == nil ? "  " : "    "
            let role: Role = index == report.selection ? .selected : (figure.drill == nil ? .muted : .normal)
            rows.append((indent + figure.item.text(lang), all.map { String($0[index].value) }, role, index))
        }
        let valueWidth = 9
        let columns = max(1, report.tallies.count)
        let labelWidth = max(10, area.width - columns * (valueWidth + 1) - 2)
        // Column headings in the years view.
        var top = area.y
        if report.mode == .years {
            for (column, tally) in report.tallies.enumerated() {
                canvas.putPadded(String(tally.period.from.year), x: area.x + 1 + labelWidth + 1 + column * (valueWidth + 1), y: top,
                                 width: valueWidth, .header, alignRight: true)
            }
            top += 1
        }
        let visible = area.maxY - top
        let selectedRow = rows.firstIndex { $0.figure == report.selection } ?? 0
        let first = max(0, min(selectedRow - visible / 2, rows.count - visible))
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = top + offset
            canvas.putPadded(row.label, x: area.x + 1, y: y, width: labelWidth, row.role)
            for (column, value) in row.values.enumerated() {
                canvas.putPadded(value, x: area.x + 1 + labelWidth + 1 + column * (valueWidth + 1), y: y, width: valueWidth,
                                 row.role, alignRight: true)
            }
        }
    }

    /// Feedback by channel and by month as bars of block characters: easier to see than to read.
    private func renderBars(into canvas: inout Canvas, _ area: Rect, _ report: ReportState) {
        guard let tally = report.tallies.last else { return }
        let channels = FeedbackChannel.allCases.map { ($0.shortLabel.text(lang), tally.feedbackByChannel[$0.slug] ?? 0) }
        let months = report.months.map { (monthLabel($0.month), $0.count) }
        let half = area.width / 2
        drawBars(into: &canvas, Rect(x: area.x + 1, y: area.y, width: half - 2, height: area.height), title: text(T.byChannelTitle), channels)
        drawBars(into: &canvas, Rect(x: area.x + half + 1, y: area.y, width: area.width - half - 2, height: area.height),
                 title: text(T.byMonthTitle), months)
    }

    private func monthLabel(_ month: String) -> String {
        let parts = month.split(separator: "-")
        return lang == .vi ? "T\(Int(parts[1]) ?? 0)/\(parts[0].suffix(2))" : "\(parts[1])/\(parts[0].suffix(2))"
    }

    private func drawBars(into canvas: inout Canvas, _ rect: Rect, title: String, _ items: [(String, Int)]) {
        canvas.put(title, x: rect.x, y: rect.y, width: rect.width, .title)
        let labelWidth = min(12, items.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let numberWidth = String(items.map(\.1).max() ?? 0).count
        let barWidth = max(1, rect.width - labelWidth - numberWidth - 2)
        let largest = max(1, items.map(\.1).max() ?? 1)
        for (offset, item) in items.prefix(rect.height - 1).enumerated() {
            let y = rect.y + 1 + offset
            canvas.putPadded(item.0, x: rect.x, y: y, width: labelWidth, .normal)
            canvas.put(Self.bar(item.1, of: largest, width: barWidth), x: rect.x + labelWidth + 1, y: y, .header)
            canvas.putPadded(String(item.1), x: rect.maxX - numberWidth, y: y, width: numberWidth, .normal, alignRight: true)
        }
    }

    /// A bar `value/largest` of `width` cells, drawn to an eighth of a cell.
    static func bar(_ value: Int, of largest: Int, width: Int) -> String {
        let eighths = value * width * 8 / max(1, largest)
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        return String(repeating: "█", count: eighths / 8) + partial
    }
}
