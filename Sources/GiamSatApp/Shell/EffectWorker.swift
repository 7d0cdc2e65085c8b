import Foundation
import GiamSatCore

/// Runs effects on a thread of their own, in order, so that typing never waits for the store: keys
/// are read and drawn while a search runs. A list's page asked for again before the last request
/// started is dropped (only the newest text typed is searched), and one already running is interrupted
/// (`sqlite3_interrupt`) and its result dropped: the screen ignores a page for an older text anyway, and
/// the newer one need not wait for it. Writes are never dropped nor interrupted.
final class EffectWorker: @unchecked Sendable {
    private let runner: EffectRunner
    private let condition = NSCondition()
    private var waiting: [Request] = []
    private var finished: [(Request, EffectResult)] = []
    private var running = false
    /// The request running now, and whether a newer page for its screen stopped it (its result is dropped).
    private var current: Request?
    private var superseded = false
    private var stopped = false

    init(runner: EffectRunner) {
        self.runner = runner
        let thread = Thread { [self] in self.loop() } // the thread keeps the worker until it stops
        thread.name = "giamsat.effects"
        thread.start()
    }

    func submit(_ requests: [Request]) {
        guard !requests.isEmpty else { return }
        condition.lock()
        for request in requests {
            if case .page = request.effect {
                waiting.removeAll { $0.screen == request.screen && Self.isPage($0.effect) }
                // Under the lock: the worker cannot start another effect before it has taken the lock back,
                // so the interrupt can only reach this page's statements (or none, once they are done).
                if let current, !superseded, current.screen == request.screen, Self.isPage(current.effect) {
                    superseded = true
                    runner.database.interrupt()
                }
            }
            waiting.append(request)
        }
        condition.signal()
        condition.unlock()
    }

    /// Results that arrived since the last call, in the order the effects ran.
    func takeResults() -> [(Request, EffectResult)] {
        condition.lock()
        defer { condition.unlock() }
        let results = finished
        finished = []
        return results
    }

    var isIdle: Bool {
        condition.lock()
        defer { condition.unlock() }
        return waiting.isEmpty && !running && finished.isEmpty
    }

    /// Waits until everything submitted has run (a save asked for just before quitting is kept).
    func waitUntilIdle() {
        condition.lock()
        while !waiting.isEmpty || running { condition.wait() }
        condition.unlock()
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while waiting.isEmpty && !stopped { condition.wait() }
            if stopped && waiting.isEmpty {
                condition.unlock()
                return
            }
            let request = waiting.removeFirst()
            running = true
            current = request
            condition.unlock()
            let result = runner.run(request)
            condition.lock()
            // Interrupted (or finished just before): an answer for a text no longer typed, never an error to show.
            if !superseded { finished.append((request, result)) }
            current = nil
            superseded = false
            running = false
            condition.broadcast()
            condition.unlock()
        }
    }

    private static func isPage(_ effect: Effect) -> Bool {
        if case .page = effect { return true }
        return false
    }
}
