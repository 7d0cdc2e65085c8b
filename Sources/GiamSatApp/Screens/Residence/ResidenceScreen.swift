import GiamSatCore
import TerminalUI

/// Section 6: the localities of the commune for one year, each with its party members, how many have
/// been reviewed and how many are exempt; done ones marked. Enter opens a locality's meeting.
struct ResidenceScreen: Screen {
    private(set) var year: Int
    private(set) var progress: [ResidenceProgress]?
    private(set) var table = TableState()

    init(year: Int) { self.year = year }

    var keymaps: [Keymap] { [.residence, .navigation] }
    var acceptsKeys: Bool { true }
    func title(_ env: ScreenEnv) -> String { env.text(T.sectionResidence) }
    func refresh(_ env: ScreenEnv) -> [Effect] { [.ask(LoadResidenceProgress(year: year))] }

    static func pageSize(_ env: ScreenEnv) -> Int { max(1, env.bodyHeight - 3) }
    var selected: ResidenceProgress? { progress?[safe: table.selection] }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        table.setPageSize(Self.pageSize(env))
        switch command {
        case .previousYear?: year -= 1
        case .nextYear?: year += 1
        case .refresh?: break
        case let command? where command.move != nil: table.move(command.move!); return .none
        case .open?:
            guard let selected else { return .none }
            return .navigate(.push(ResidenceGridScreen(year: year, locality: selected.locality)))
        default: return .none
        }
        return Outcome(effects: refresh(env))
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        guard let (request, progress) = result.answer(to: LoadResidenceProgress.self), request.year == year else { return .none }
        self.progress = progress
        table.setPageSize(Self.pageSize(env))
        table.setCount(progress.count)
        return .none
    }

    func footer(_ env: ScreenEnv) -> String? { env.text(T.residenceYearHint) }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let (head, rest) = area.splitTop(2)
        let rows = progress ?? []
        let done = rows.filter(\.isDone).count
        canvas.fill(head, .normal)
        canvas.put("\(env.text(T.residenceTitle)) — \(env.text(T.yearLabel)) ‹ \(year) ›", x: head.x, y: head.y, width: head.width, .title)
        canvas.put("\(done)/\(rows.count) \(env.text(T.localitiesDoneOf))", x: head.x, y: head.y + 1, width: head.width, .muted)
        let columns = [Column(env.text(T.locality), flex: 1), Column(env.text(T.members), width: 9, alignRight: true),
                       Column(env.text(T.reviewed), width: 9, alignRight: true), Column(env.text(T.exemptShort), width: 6, alignRight: true),
                       Column("", width: 16)]
        let window = table.visible.map { rows[$0] }
        let cells = window.map { p -> [String] in
            let state = p.isDone ? "✓ " + env.text(T.done) : (p.members > 0 ? "\(env.text(T.missing)) \(p.members - p.reviewed)" : "—")
            return [p.locality.name, String(p.members), String(p.reviewed), String(p.exempt), state]
        }
        TableView.render(into: &canvas, rest, columns: columns, rows: cells,
                         roles: window.map { $0.isDone ? .normal : ($0.members > 0 ? .overdue : .muted) },
                         selected: rows.isEmpty ? nil : table.selectedRowInWindow)
        if progress != nil && rows.isEmpty {
            canvas.put(env.text(T.noLocalitiesYet), x: rest.x + 2, y: rest.y + 2, width: rest.width - 4, .muted)
        }
        return nil
    }
}
