import Foundation
import GiamSatCore

/// Runs effects on a thread of their own, in order, so that typing never waits for the store: keys
/// are read and drawn while a search runs. A list's page asked for again before the last request
/// started is dropped (only the newest text typed is searched); writes are never dropped.
final class EffectWorker: @unchecked Sendable {
    private let runner: EffectRunner
    private let condition = NSCondition()
    private var waiting: [Request] = []
    private var finished: [(Request, EffectResult)] = []
    private var running = false
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
            condition.unlock()
            let result = runner.run(request.effect)
            condition.lock()
            finished.append((request, result))
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
