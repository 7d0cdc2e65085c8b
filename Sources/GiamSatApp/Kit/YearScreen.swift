import TerminalUI

/// A screen that shows one year (the dashboard, the residence reviews): ← → step the year, F5 reads it again.
protocol YearScreen: Screen {
    var year: Int { get set }
}

extension YearScreen {
    /// A year step reloads the screen for the new year; nil when the command is not one.
    mutating func stepYear(_ command: CommandID?, _ env: ScreenEnv) -> Outcome? {
        guard let step = command?.yearStep else { return nil }
        year += step
        return Outcome(effects: refresh(env))
    }
}
