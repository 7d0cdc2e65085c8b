import GiamSatCore
import TerminalUI

/// Section 6: the localities of the commune for one year, each with its party members, how many have
/// been reviewed and how many are exempt, and its review meeting of the year (issue 21): this is the year's list of
/// meetings by village. Enter opens a village's grid of reviews — after recording its meeting when it has none, since
/// the reviews come out of the meeting; `m` opens the meeting (its page, or the form to record it).
struct ResidenceScreen: YearScreen {
    var year: Int
    private(set) var progress: [ResidenceProgress]?
    private(set) var table = TableState()
    /// The former commune each village came from (after a merger), so that three "Ấp 1" can be told apart.
    private(set) var origins: [String: [RecordOrigin]] = [:]

    init(year: Int) { self.year = year }

    var keymaps: [Keymap] { [.residence, .navigation] }
    var acceptsKeys: Bool { true }
    func title(_ env: ScreenEnv) -> String { env.text(T.sectionResidence) }
    func refresh(_ env: ScreenEnv) -> [Effect] { [.ask(LoadResidenceProgress(year: year))] }

    static func pageSize(_ env: ScreenEnv) -> Int { max(1, env.bodyHeight - 3) }
    var selected: ResidenceProgress? { progress?[safe: table.selection] }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        table.setPageSize(Self.pageSize(env))
        if let outcome = stepYear(command, env) { return outcome }
        switch command {
        case let command? where command.move != nil: table.move(command.move!)
        case .open?:
            guard let selected else { return .none }
            // Reviews come out of the village's meeting: with none recorded, the meeting is asked for first, then the grid.
            guard selected.isHeld else {
                return .navigate(.push(MeetingNavigation.open(meeting: nil, year: year, locality: selected.locality, today: env.today, thenGrid: true)))
            }
            return .navigate(.push(ResidenceGridScreen(year: year, locality: selected.locality)))
        case .meeting?:
            guard let selected else { return .none }
            return .navigate(.push(MeetingNavigation.open(meeting: selected.meeting, year: year, locality: selected.locality, today: env.today)))
        default: break
        }
        return .none
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if let (_, origins) = result.answer(to: LoadOriginsOfCodes.self) {
            self.origins = origins
            return .none
        }
        guard let (request, progress) = result.answer(to: LoadResidenceProgress.self), request.year == year else { return .none }
        self.progress = progress
        table.setPageSize(Self.pageSize(env))
        table.setCount(progress.count)
        guard !OriginLabels(env).isEmpty else { return .none }
        return Outcome(effects: [.ask(LoadOriginsOfCodes(entity: .locality, codes: progress.map(\.locality.code)))])
    }

    /// The hint, after the selected village's former commune and former code and name when it was merged.
    func footer(_ env: ScreenEnv) -> String? {
        let labels = OriginLabels(env)
        let origins = selected.flatMap { self.origins[$0.locality.code] } ?? []
        return (origins.map { "[\(labels.line($0, env))]" } + [env.text(T.meetingYearHint)]).joined(separator: " ")
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let (head, rest) = area.splitTop(2)
        let rows = progress ?? []
        let held = rows.filter(\.isHeld).count
        canvas.fill(head, .normal)
        canvas.put("\(env.text(T.residenceTitle)) — \(env.text(T.yearLabel)) ‹ \(year) ›", x: head.x, y: head.y, width: head.width, .title)
        // A village counts as reviewed when its meeting is recorded, as the tally counts it.
        canvas.put("\(held)/\(rows.count) \(env.text(T.localitiesHeldOf))", x: head.x, y: head.y + 1, width: head.width, .muted)
        // After a merger villages of two former communes may share a name: a column says whose each one was.
        let labels = OriginLabels(env)
        let wide = area.width >= 100
        var columns = [Column(env.text(T.locality), flex: 1), Column(env.text(T.members), width: 9, alignRight: true),
                       Column(env.text(T.reviewed), width: 9, alignRight: true), Column(env.text(T.exemptShort), width: 6, alignRight: true),
                       Column(env.text(T.meetingColumn), width: 10), Column("", width: 14)]
        if !labels.isEmpty {
            columns.insert(Column(env.text(wide ? T.formerUnitColumn : T.formerUnitNarrow), width: wide ? 14 : 4), at: 1)
        }
        let window = table.visible.map { rows[$0] }
        let cells = window.map { p -> [String] in
            // Reviews entered with no meeting recorded (before meetings existed, or imported): said, not hidden.
            let state = p.lacksMeeting ? env.text(T.noMeetingRecorded)
                : p.isDone ? "✓ " + env.text(T.done) : (p.members > 0 ? "\(env.text(T.missing)) \(p.members - p.reviewed)" : "—")
            let meeting = p.meeting == nil ? env.text(T.noMeetingShort) : (p.meetingHeldOn?.vietnamese ?? "✓")
            var cells = [p.locality.name, String(p.members), String(p.reviewed), String(p.exempt), meeting, state]
            if !labels.isEmpty { cells.insert(labels.cell(origins[p.locality.code] ?? [], wide: wide), at: 1) }
            return cells
        }
        TableView.render(into: &canvas, rest, columns: columns, rows: cells,
                         roles: window.map { $0.lacksMeeting ? .overdue : $0.isHeld && $0.isDone ? .normal : ($0.members > 0 ? .overdue : .muted) },
                         selected: rows.isEmpty ? nil : table.selectedRowInWindow)
        if progress != nil && rows.isEmpty {
            canvas.put(env.text(T.noLocalitiesYet), x: rest.x + 2, y: rest.y + 2, width: rest.width - 4, .muted)
        }
        return nil
    }
}
