import GiamSatCore
import TerminalUI

/// The former communes merged into this one (settings, shown only after a merger): code, name, former district,
/// merger date and resolution, one line each; Enter corrects one. `giamsat-tui merge-commune` adds them with their records.
struct FormerUnitsScreen: Screen {
    private(set) var units: [FormerUnit]
    private(set) var table: TableState

    init(units: [FormerUnit]) {
        self.units = units
        table = TableState(count: units.count, pageSize: max(1, units.count))
    }

    var keymaps: [Keymap] { [.settings, .navigation] }
    func title(_ env: ScreenEnv) -> String { env.text(T.formerUnitsTitle) }
    func offers(_ command: CommandID) -> Bool { command != .open || !units.isEmpty }
    /// Back from a correction: the units as saved.
    func refresh(_ env: ScreenEnv) -> [Effect] { [.ask(LoadSettings())] }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        table.setPageSize(max(1, env.bodyHeight - 3))
        switch command {
        case let command? where command.move != nil: table.move(command.move!)
        case .back?: return .navigate(.pop)
        case .open?:
            guard let unit = units[safe: table.selection] else { return .none }
            return .navigate(.push(FormScreen(spec: FormerUnitFormSpec(editing: unit.code))))
        default: break
        }
        return .none
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if let (_, overview) = result.answer(to: LoadSettings.self) {
            units = overview.formerUnits
            table.setCount(units.count)
        }
        return .none
    }

    func footer(_ env: ScreenEnv) -> String? { env.text(T.formerUnitsHint) }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        canvas.box(area, title: env.text(T.formerUnitsTitle), .normal)
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 2)
        guard !units.isEmpty else {
            canvas.put(env.text(T.noFormerUnits), x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, .muted)
            return nil
        }
        // A resolution number ("1661/NQ-UBTVQH15") is read whole, so it has its width; names share the rest.
        let columns = [Column(env.text(T.formerUnitCode), width: 12), Column(env.text(T.formerUnitName), flex: 1),
                       Column(env.text(T.formerUnitDistrict), flex: 1), Column(env.text(T.mergedOn), width: 10),
                       Column(env.text(T.mergeResolution), width: 16)]
        let visible = table.visible
        let rows = units[visible].map { [$0.code, $0.name, $0.district, $0.mergedOn?.vietnamese ?? "", $0.resolution] }
        TableView.render(into: &canvas, inner, columns: columns, rows: Array(rows), selected: table.selectedRowInWindow)
        return nil
    }
}
