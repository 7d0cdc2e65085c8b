import Foundation
import GiamSatCore
import TerminalUI

/// The report screen (Báo cáo): a period's figures, the records behind each, bars, four years side by side.
struct ReportScreen: Screen {
    enum Mode: Equatable { case table, bars, years }

    private(set) var year: Int
    private(set) var kind = TallyPeriod.Kind.year
    private(set) var mode = Mode.table
    /// One tally (table, bars) or four years, oldest first (years view).
    private(set) var tallies: [Tally] = []
    private(set) var months: [MonthCount] = []
    private(set) var figures = TableState()
    /// An export's format and folder as chosen; the file that would be replaced, until the user answers.
    private(set) var exportFormat: TallyFormat?
    private(set) var exportFolder: String?
    private(set) var pendingWrite: WriteReport?
    /// The year whose column is selected in the years view (0…3, the last is `year`).
    private(set) var column = 3

    init(year: Int) { self.year = year }

    var keymaps: [Keymap] { [.report, .navigation] }
    func title(_ env: ScreenEnv) -> String { env.text(T.sectionReport) }

    /// The period shown, cut as the settings say (calendar or cut-off periods).
    func period(_ env: ScreenEnv) -> TallyPeriod { TallyPeriod(year: year, kind: kind, scheme: env.settings.reportPeriods) }
    /// The years of the side-by-side view: the chosen one and the three before.
    func periods(_ env: ScreenEnv) -> [TallyPeriod] {
        mode == .years ? (year - 3...year).map { TallyPeriod(year: $0, kind: kind, scheme: env.settings.reportPeriods) } : [period(env)]
    }
    /// The figures of the selected column (the last tally outside the years view).
    var shownFigures: [TallyFigure] { (mode == .years ? tallies[safe: column] : tallies.last)?.figures() ?? [] }
    func selectedPeriod(_ env: ScreenEnv) -> TallyPeriod { mode == .years ? periods(env)[column] : period(env) }

    func refresh(_ env: ScreenEnv) -> [Effect] { [.ask(LoadTallies(periods: periods(env)))] }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        guard let command else { return .none }
        if mode == .bars {
            // The bars have nothing to select: Enter, Esc and b go back to the figures, as the hint says.
            if [.open, .back, .bars].contains(command) {
                mode = .table
                return Outcome(effects: refresh(env))
            }
        }
        switch command {
        case .back: return .navigate(.pop)
        case .previousYear:
            if mode == .years && column > 0 { column -= 1; return .none }
            year -= 1
        case .nextYear:
            if mode == .years && column < 3 { column += 1; return .none }
            year += 1
        case .cyclePeriod:
            let kinds = TallyPeriod.Kind.allCases
            kind = kinds[(kinds.firstIndex(of: kind)! + 1) % kinds.count]
        case .bars: mode = .bars
        case .years:
            mode = mode == .years ? .table : .years
            column = 3
        case .up: figures.move(.up); return .none
        case .down: figures.move(.down); return .none
        case .pageUp: figures.move(.pageUp); return .none
        case .pageDown: figures.move(.pageDown); return .none
        case .top: figures.move(.top); return .none
        case .bottom: figures.move(.bottom); return .none
        case .open:
            guard let figure = shownFigures[safe: figures.selection], let drill = figure.drill else { return .none }
            let title = "\(figure.itemText(env.lang)) — \(selectedPeriod(env).label(env.lang))"
            return .navigate(.push(DrillScreen(title: title, drill: drill, period: selectedPeriod(env))))
        case .documents:
            return .navigate(.push(DocumentsScreen(source: .report(selectedPeriod(env)))))
        case .export:
            let items = TallyFormat.allCases.map { Picker.Item(id: $0.rawValue, label: env.text($0.label), searchKey: $0.rawValue) }
            return .navigate(.push(PickerScreen(field: "export", picker: Picker(title: env.text(T.exportTitle), items: items))))
        default: return .none
        }
        return Outcome(effects: refresh(env))
    }

    /// Export: the format, then where (the folder of the settings, editable), then, if a file of that name is there,
    /// whether to replace it (issue 17: never written over without asking).
    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        switch delivery {
        case .picked("export", let ids, _):
            guard let format = ids.first.flatMap(TallyFormat.init(rawValue:)) else { return .none }
            exportFormat = format
            return .navigate(.push(PromptScreen(field: Self.folderField, title: T.exportTitle, label: T.exportFolderLabel,
                                                hint: T.exportFolderHint, telex: false, text: env.settings.exportFolder)))
        case .entered(Self.folderField, let folder):
            guard let exportFormat else { return .none }
            exportFolder = folder
            return .effects(.ask(ExportTally(periods: periods(env), format: exportFormat, lang: env.lang)))
        case .confirmed(.overwrite(let path)):
            guard var again = pendingWrite, again.path == path else { return .none }
            again.overwrite = true
            return .effects(.ask(again))
        default: return .none
        }
    }

    static let folderField = "exportFolder"

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if let (_, answer) = result.answer(to: LoadTallies.self) {
            tallies = answer.tallies
            months = answer.months
            figures.setPageSize(10)
            figures.setCount(shownFigures.count)
        } else if let (request, data) = result.answer(to: ExportTally.self) {
            // The screen words the report and names its file; the store writes it where the user said.
            let write = ReportExport.file(data, format: request.format, lang: request.lang, folder: exportFolder ?? env.settings.exportFolder)
            return Outcome(effects: write.map { [.ask($0)] } ?? [])
        } else if let (request, outcome) = result.answer(to: WriteReport.self) {
            switch outcome {
            case .written(let path):
                pendingWrite = nil
                return .say(.info(T.exportedTo, path))
            case .exists:
                pendingWrite = request
                return .navigate(.push(ConfirmScreen(question: .overwrite(path: request.path))))
            }
        }
        return .none
    }

    func footer(_ env: ScreenEnv) -> String? {
        switch mode {
        case .table: return env.text(T.reportHint)
        case .bars: return env.text(T.barsHint)
        case .years: return env.text(T.yearsHint)
        }
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let periods = self.periods(env)
        let (header, body) = area.splitTop(2)
        let modeName = env.text(mode == .bars ? T.barsView : mode == .years ? T.yearsView : T.tableView)
        let scope = mode == .years ? "\(year - 3)–\(year)" : period(env).label(env.lang)
        canvas.put("\(env.text(T.reportTitle)): \(scope)  ·  \(modeName)", x: header.x + 1, y: header.y, width: header.width - 2, .title)
        // The period used, with how it was cut, as every report prints it.
        canvas.put("\(env.text(TallyText.period)): \(TallyPeriod.span(periods, env.lang))", x: header.x + 1, y: header.y + 1,
                   width: header.width - 2, .muted)
        switch mode {
        case .bars: renderBars(into: &canvas, body, env)
        case .table, .years: renderFigures(into: &canvas, body, env)
        }
        return nil
    }

    /// Figures as a table; in the years view one column per year, the selected one highlighted.
    private func renderFigures(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) {
        let all = tallies.map { $0.figures() }
        guard let figureList = all.last else { return }
        var rows: [(label: String, values: [String], role: Role, figure: Int?)] = []
        var section: TallySection?
        var group: Localized?
        for (index, figure) in figureList.enumerated() {
            if figure.section != section {
                rows.append((env.text(figure.section.label).uppercased(), [], .title, nil))
                section = figure.section
                group = nil
            }
            if let g = figure.group, g != group { rows.append(("  " + env.text(g), [], .muted, nil)) }
            group = figure.group
            let indent = figure.group == nil ? "  " : "    "
            let role: Role = index == figures.selection ? .selected : (figure.drill == nil ? .muted : .normal)
            rows.append((indent + env.text(figure.item), all.map { String($0[index].value) }, role, index))
        }
        let valueWidth = 9
        let columns = max(1, tallies.count)
        let labelWidth = max(10, area.width - columns * (valueWidth + 1) - 2)
        var top = area.y
        if mode == .years {
            for (index, tally) in tallies.enumerated() {
                canvas.putPadded(String(tally.period.to.year), x: area.x + 1 + labelWidth + 1 + index * (valueWidth + 1), y: top,
                                 width: valueWidth, index == column ? .selected : .header, alignRight: true)
            }
            top += 1
        }
        let visible = area.maxY - top
        let selectedRow = rows.firstIndex { $0.figure == figures.selection } ?? 0
        let firstRow = max(0, min(selectedRow - visible / 2, rows.count - visible))
        for (offset, row) in rows.dropFirst(firstRow).prefix(visible).enumerated() {
            let y = top + offset
            canvas.putPadded(row.label, x: area.x + 1, y: y, width: labelWidth, row.role)
            for (index, value) in row.values.enumerated() {
                let role: Role = row.role == .selected && mode == .years && index != column ? .normal : row.role
                canvas.putPadded(value, x: area.x + 1 + labelWidth + 1 + index * (valueWidth + 1), y: y, width: valueWidth,
                                 role, alignRight: true)
            }
        }
    }

    /// Feedback by channel and by month as bars of block characters: easier to see than to read.
    private func renderBars(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) {
        guard let tally = tallies.last else { return }
        let channels = FeedbackChannel.allCases.map { (env.text($0.shortLabel), tally.feedbackByChannel[$0.slug] ?? 0) }
        let byMonth = months.map { (Self.monthLabel($0.month, env), $0.count) }
        let half = area.width / 2
        Bars.render(into: &canvas, Rect(x: area.x + 1, y: area.y, width: half - 2, height: area.height), title: env.text(T.byChannelTitle), channels)
        Bars.render(into: &canvas, Rect(x: area.x + half + 1, y: area.y, width: area.width - half - 2, height: area.height),
                    title: env.text(T.byMonthTitle), byMonth)
    }

    static func monthLabel(_ month: String, _ env: ScreenEnv) -> String {
        let parts = month.split(separator: "-")
        guard parts.count == 2 else { return month }
        return "\(env.text(T.monthPrefix))\(Int(parts[1]) ?? 0)/\(parts[0].suffix(2))"
    }
}

/// The records behind one figure, drawn over the report; Enter opens a record that has a page.
struct DrillScreen: Screen {
    let title: String
    let drill: TallyDrill
    let period: TallyPeriod
    private(set) var records: [DrillRecord] = []
    private(set) var table = TableState()

    init(title: String, drill: TallyDrill, period: TallyPeriod) {
        self.title = title
        self.drill = drill
        self.period = period
    }

    var keymaps: [Keymap] { [.drill, .navigation] }
    var isOverlay: Bool { true }
    func title(_ env: ScreenEnv) -> String { title }
    func refresh(_ env: ScreenEnv) -> [Effect] { records.isEmpty ? [.ask(LoadDrill(drill: drill, period: period))] : [] }

    static func rect(_ env: ScreenEnv) -> Rect {
        Rect(x: 0, y: 0, width: env.width, height: env.height).centered(width: min(76, env.width - 2), height: min(20, env.height - 2))
    }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        table.setPageSize(Self.rect(env).height - 2)
        switch command {
        case .back?: return .navigate(.pop)
        case let command? where command.move != nil: table.move(command.move!)
        case .open?:
            guard let record = records[safe: table.selection] else { return .none }
            guard let page = Registry.page(record.entity, code: record.code) else { return .say(.error(T.noPageYet, record.code)) }
            return .navigate(.push(page))
        default: break
        }
        return .none
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if let (_, records) = result.answer(to: LoadDrill.self) {
            self.records = records
            table.setCount(records.count)
        }
        return .none
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let rect = Self.rect(env)
        var window = table
        window.setPageSize(rect.height - 2)
        let lines = records.enumerated().map { index, record in
            ("\(record.code)  \(record.line(env.lang))", index == table.selection ? Role.selected : .dialog)
        }
        TextBox.render(into: &canvas, rect, title: "\(title) (\(records.count))",
                       lines: lines.isEmpty ? [(env.text(T.noRecordsFigure), .muted)] : lines, scroll: window.offset)
        return nil
    }
}
