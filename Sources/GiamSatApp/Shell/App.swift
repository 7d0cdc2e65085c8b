import Foundation
import GiamSatCore
import TerminalUI

/// The loop: draw the state, read a key, update, run the effects, repeat.
public final class App {
    public private(set) var state: AppState
    let runner: EffectRunner
    let terminal: TerminalBackend

    public init(state: AppState, database: AppDatabase, terminal: TerminalBackend) throws {
        var state = state
        state.communeName = try database.commune()?.name ?? ""
        state.settings = try database.settings()
        self.state = state
        runner = EffectRunner(database: database, today: state.today)
        self.terminal = terminal
    }

    /// Opens the first screen; `run` does it too when nothing is open yet.
    public func start(on section: Section = .dashboard) { start { $0.start(on: section) } }

    /// Opens the setup of an empty data folder as the only screen (`FirstRun`).
    func startFirstRun(_ setup: any Screen) { start { $0.startFirstRun(setup) } }

    private func start(_ open: (inout AppState) -> [Request]) {
        let size = terminal.size
        _ = state.update(.resized(width: size.width, height: size.height))
        perform(open(&state))
    }

    /// The loop with the store's work on a thread of its own: keys are read and drawn at once, and
    /// results are drawn as they arrive (how the real terminal runs; `run` does one thing at a time).
    public func runConcurrently() {
        if state.stack.isEmpty { start() }
        let worker = EffectWorker(runner: runner)
        defer {
            worker.waitUntilIdle()
            for (request, result) in worker.takeResults() { _ = state.update(.result(screen: request.screen, result)) }
            worker.stop()
        }
        // Keys typed while the screen on top waits for its record, handled once it has come.
        var typedAhead: [Key] = []
        func handleTypedAhead() {
            while state.running, !typedAhead.isEmpty, state.top?.acceptsKeys ?? true {
                worker.submit(state.update(.key(typedAhead.removeFirst())))
            }
        }
        draw()
        // Since when something is shown only briefly (a revealed reporter) with no key typed.
        var briefSince: Date?
        while state.running {
            briefSince = state.showsBriefly ? briefSince ?? Date() : nil
            let brief = briefSince.map { Int32(max(0, AppState.briefShowing - Date().timeIntervalSince($0)) * 1000) }
            switch terminal.poll(milliseconds: worker.isIdle ? brief ?? -1 : 15) {
            case .closed:
                // The end of input (a script): what was typed ahead still runs, in order, before leaving.
                repeat {
                    worker.waitUntilIdle()
                    for (request, result) in worker.takeResults() {
                        worker.submit(state.update(.result(screen: request.screen, result)))
                    }
                    handleTypedAhead()
                } while state.running && !worker.isIdle
                return
            case .none:
                if let since = briefSince, Date().timeIntervalSince(since) >= AppState.briefShowing {
                    worker.submit(state.update(.tick))
                    briefSince = nil
                }
            case .key(.resize):
                let size = terminal.size
                worker.submit(state.update(.resized(width: size.width, height: size.height)))
            case .key(let key):
                briefSince = nil
                typedAhead.append(key)
            }
            // Results in the order the effects ran; each may ask for more.
            for (request, result) in worker.takeResults() {
                worker.submit(state.update(.result(screen: request.screen, result)))
            }
            handleTypedAhead()
            draw()
        }
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
            queue += state.update(.result(screen: request.screen, runner.run(request)))
        }
    }

    /// Shows a message on the message line (a warning at start, for example).
    public func say(_ message: Message) {
        state.message = message
    }
}
