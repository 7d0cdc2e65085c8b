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
        runner = EffectRunner(database: database, user: state.user, today: state.today, exportDirectory: exportDirectory)
        self.terminal = terminal
    }

    /// Opens the first screen; `run` does it too when nothing is open yet.
    public func start(on section: Section = .dashboard) {
        let size = terminal.size
        _ = state.update(.resized(width: size.width, height: size.height))
        perform(state.start(on: section))
    }

    public func run() {
        if state.stack.isEmpty { start() }
        while state.running {
            draw()
            guard let key = terminal.readKey() else { break }
            if key == .resize {
                let size = terminal.size
                send(.resized(width: size.width, height: size.height))
            } else {
                let requests = state.update(.key(key))
                // The key's own change (a typed letter, a moved selection) shows before the store is asked.
                if !requests.isEmpty { draw() }
                perform(requests)
            }
        }
    }

    private func draw() {
        let (canvas, cursor) = state.render()
        terminal.draw(canvas, cursor: cursor)
    }

    /// Feeds a message through update and every effect it causes, in order.
    public func send(_ msg: Msg) {
        perform(state.update(msg))
    }

    private func perform(_ requests: [Request]) {
        var queue = requests
        while !queue.isEmpty {
            let request = queue.removeFirst()
            queue += state.update(.result(screen: request.screen, runner.run(request.effect)))
        }
    }

    /// Shows a message on the message line (a warning at start, for example).
    public func say(_ message: Message) {
        state.message = message
    }
}
