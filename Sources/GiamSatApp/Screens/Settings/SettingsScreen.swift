import GiamSatCore
import TerminalUI

/// Settings (F12 or `,` anywhere, or "Cài đặt" in the palette): the commune, the staff name written in the
/// audit trail, deadlines, language, input method and report periods, and the way to the localities and the public holidays.
/// Enter on a line opens what changes it; the store writes each change as one audited transaction.
struct SettingsScreen: Screen {
    enum Item: CaseIterable {
        case communeName, province, district, staffName, dueDays, clocks, language, inputMethod, reportPeriods, documents, localities, holidays
        case formerUnits
    }

    private(set) var overview: SettingsOverview?
    private(set) var table = TableState(count: Item.allCases.count, pageSize: Item.allCases.count)

    var keymaps: [Keymap] { [.settings, .navigation] }
    var acceptsKeys: Bool { overview != nil }
    func title(_ env: ScreenEnv) -> String { env.text(T.settingsTitle) }
    func refresh(_ env: ScreenEnv) -> [Effect] { [.ask(LoadSettings())] }
    /// The lines shown: the former communes only in a commune formed by a merger (issue 12).
    var items: [Item] { Item.allCases.filter { $0 != .formerUnits || !(overview?.formerUnits.isEmpty ?? true) } }
    var selected: Item { items[safe: table.selection] ?? .communeName }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        switch command {
        case .up?: table.move(.up)
        case .down?: table.move(.down)
        case .top?, .pageUp?: table.move(.top)
        case .bottom?, .pageDown?: table.move(.bottom)
        case .back?: return .navigate(.pop)
        case .open?:
            guard let overview else { return .none }
            switch selected {
            case .localities: return .navigate(.push(ListScreen(source: LocalityListSource())))
            case .holidays: return .navigate(.push(HolidaysScreen(year: env.today.year)))
            case .formerUnits: return .navigate(.push(FormerUnitsScreen(units: overview.formerUnits)))
            case .documents: return .navigate(.push(FormScreen(spec: DocumentSettingsFormSpec())))
            default: return .navigate(.push(FormScreen(spec: SettingsFormSpec(overview.general, focus: Self.field(selected)))))
            }
        default: break
        }
        return .none
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if let (_, overview) = result.answer(to: LoadSettings.self) {
            self.overview = overview
            table.setPageSize(items.count)
            table.setCount(items.count)
        }
        return .none
    }

    /// The form's field for a line of the general settings.
    static func field(_ item: Item) -> String? {
        switch item {
        case .communeName: return SettingsFormSpec.ID.commune
        case .province: return SettingsFormSpec.ID.province
        case .district: return SettingsFormSpec.ID.district
        case .staffName: return SettingsFormSpec.ID.staff
        case .dueDays: return SettingsFormSpec.ID.dueDays
        case .clocks: return SettingsFormSpec.ClockID.complaint
        case .language: return SettingsFormSpec.ID.language
        case .inputMethod: return SettingsFormSpec.ID.input
        case .reportPeriods: return SettingsFormSpec.ID.periods
        case .localities, .holidays, .formerUnits, .documents: return nil
        }
    }

    static func label(_ item: Item) -> Localized {
        switch item {
        case .communeName: return T.communeName
        case .province: return T.province
        case .district: return T.formerDistrict
        case .staffName: return T.staffName
        case .dueDays: return T.dueDays
        case .clocks: return T.clocksSettingLine
        case .language: return T.language
        case .inputMethod: return T.inputMethodLabel
        case .reportPeriods: return T.reportPeriods
        case .localities: return T.localities
        case .holidays: return T.holidays
        case .formerUnits: return T.formerUnits
        case .documents: return T.documentsSettingLine
        }
    }

    func value(_ item: Item, _ env: ScreenEnv) -> String {
        guard let overview else { return "" }
        let g = overview.general
        func orDash(_ text: String) -> String { text.isEmpty ? "—" : text }
        switch item {
        case .communeName: return orDash(g.communeName)
        case .province: return orDash(g.province)
        case .district: return orDash(g.district)
        case .staffName: return orDash(g.staffName)
        case .dueDays: return "\(g.dueDays) \(env.text(T.daysUnit))"
        case .clocks: return env.text(T.clocksSettingValue(g.clocks))
        case .language: return env.text(SettingsFormSpec.languageLabel(g.language))
        case .inputMethod: return env.text(SettingsFormSpec.inputLabel(g.inputMethod))
        case .reportPeriods: return env.text(T.periodsLabel(g.reportPeriods))
        case .localities: return "\(overview.localities) \(env.text(T.localitiesCount))  ›"
        case .holidays:
            let count = overview.holidays.filter { $0.year == env.today.year }.count
            return "\(env.today.year): \(count) \(env.text(T.holidaysCount))  ›"
        case .formerUnits: return "\(overview.formerUnits.count) \(env.text(T.formerUnitsCount))  ›"
        case .documents: return env.text(T.documentsSettingValue) + "  ›"
        }
    }

    func footer(_ env: ScreenEnv) -> String? { env.text(T.settingsHint) }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        canvas.box(area, title: env.text(T.settingsTitle), .normal)
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
        let labelWidth = 28
        for (index, item) in items.enumerated() where index < inner.height {
            let y = inner.y + index
            let role: Role = index == table.selection ? .selected : .normal
            canvas.putPadded(env.text(Self.label(item)), x: inner.x, y: y, width: labelWidth, role == .selected ? .selected : .title)
            canvas.putPadded(value(item, env), x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, role)
        }
        let noteY = inner.y + items.count + 1
        for (offset, line) in wrap(env.text(T.districtNote), width: inner.width).enumerated() where noteY + offset < inner.maxY {
            canvas.put(line, x: inner.x, y: noteY + offset, width: inner.width, .muted)
        }
        return nil
    }
}
