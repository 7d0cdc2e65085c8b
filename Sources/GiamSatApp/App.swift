import GiamSatCore
import TerminalUI

/// The loop: draw the state, read a key, update, run the effects, repeat.
public final class App {
    public private(set) var state: AppState
    let runner: EffectRunner
    let terminal: TerminalBackend

    public init(state: AppState, database: AppDatabase, terminal: TerminalBackend, exportDirectory: String) throws {
        var state = state
        state.communeName = try database.commune()?.name ?? ""
        state.settings = try database.settings()
        self.state = state
        runner = EffectRunner(database: database, exportDirectory: exportDirectory)
        self.terminal = terminal
    }

    public func run() {
        let size = terminal.size
        send(.resized(width: size.width, height: size.height))
        while state.running {
            let (canvas, cursor) = state.render()
            terminal.draw(canvas, cursor: cursor)
            guard let key = terminal.readKey() else { break }
            if key == .resize {
                let size = terminal.size
                send(.resized(width: size.width, height: size.height))
            } else {
                send(.key(key))
            }
        }
    }

    /// Feeds a message through update and every effect it causes, in order.
    public func send(_ msg: Msg) {
        var queue = [msg]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in state.update(next) { queue += runner.run(effect, state) }
        }
    }

    /// Shows a message on the message line (a warning at start, for example).
    public func say(_ text: String, isError: Bool = true) {
        state.message = Message(text: text, isError: isError)
    }
}
