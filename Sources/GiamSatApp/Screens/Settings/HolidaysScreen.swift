import GiamSatCore
import TerminalUI

/// The public holidays that working-day deadlines skip, one year at a time. The shipped list (fixed days,
/// Tết and Giỗ Tổ from lunar tables) is only the start: Tết moves every year and the Government may add
/// days off, so days are added and removed here, each change audited.
struct HolidaysScreen: Screen {
    private(set) var year: Int
    private(set) var holidays: Set<LocalDate>?
    private(set) var table = TableState()

    static let dateField = "holiday"

    init(year: Int) { self.year = year }

    var keymaps: [Keymap] { [.holidays, .navigation] }
    var acceptsKeys: Bool { holidays != nil }
    func title(_ env: ScreenEnv) -> String { env.text(T.holidays) }
    func refresh(_ env: ScreenEnv) -> [Effect] { holidays == nil ? [.ask(LoadSettings())] : [] }
    func offers(_ command: CommandID) -> Bool { command != .open && (command != .delete || selected != nil) }

    /// The days of the year shown, in order.
    var days: [LocalDate] { (holidays ?? []).filter { $0.year == year }.sorted() }
    var selected: LocalDate? { days[safe: table.selection] }

    private mutating func show(_ year: Int, selecting date: LocalDate? = nil) {
        self.year = year
        table.reset()
        table.setCount(days.count)
        if let date, let index = days.firstIndex(of: date) { table.select(index) }
    }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        table.setPageSize(max(1, env.bodyHeight - 4))
        switch command {
        case let command? where command.move != nil: table.move(command.move!)
        case .previousYear?: show(year - 1)
        case .nextYear?: show(year + 1)
        case .back?: return .navigate(.pop)
        case .new?:
            return .navigate(.push(PromptScreen(field: Self.dateField, title: T.addHolidayTitle, label: T.addHolidayLabel,
                                                hint: T.holidayPromptHint,
                                                telex: false, check: { LocalDate(typed: $0) == nil ? T.badDate : nil })))
        case .delete?:
            guard let date = selected else { return .none }
            return .effects(.ask(ChangeHolidays(date: date, add: false)))
        default: break
        }
        return .none
    }

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        guard case .entered(Self.dateField, let text) = delivery, let date = LocalDate(typed: text) else { return .none }
        return .effects(.ask(ChangeHolidays(date: date, add: true)))
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if let (_, overview) = result.answer(to: LoadSettings.self) {
            holidays = overview.holidays
            show(year)
        } else if let (_, now) = result.answer(to: ChangeHolidays.self) {
            let before = holidays ?? []
            holidays = now
            if let added = now.subtracting(before).first {
                show(added.year, selecting: added)
                return .say(.info(T.holidayAdded, added.vietnamese))
            }
            if let removed = before.subtracting(now).first {
                let index = table.selection
                show(year)
                table.select(min(index, max(0, days.count - 1)))
                return .say(.info(T.holidayRemoved, removed.vietnamese))
            }
        }
        return .none
    }

    func footer(_ env: ScreenEnv) -> String? { env.text(T.holidaysHint) }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        canvas.box(area, title: "\(env.text(T.holidaysTitle)) — \(env.text(T.year).lowercased()) \(year)", .normal)
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
        let days = self.days
        if days.isEmpty {
            canvas.put(env.text(T.noHolidays), x: inner.x, y: inner.y + 1, width: inner.width, .muted)
            return nil
        }
        let rows = max(1, inner.height)
        let first = max(0, min(table.selection - rows + 1, days.count - rows))
        for (offset, index) in (first..<min(days.count, first + rows)).enumerated() {
            let date = days[index]
            let line = "\(date.vietnamese)  \(env.text(T.weekdays[date.weekday % 7]))" + (date.isWeekend ? "  " + env.text(T.weekend) : "")
            canvas.putPadded(line, x: inner.x, y: inner.y + offset, width: inner.width,
                             index == table.selection ? .selected : (date.isWeekend ? .muted : .normal))
        }
        return nil
    }
}
