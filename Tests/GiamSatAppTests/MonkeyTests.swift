import XCTest
@testable import GiamSatApp
import GiamSatCore
import TerminalUI

/// Random keys and sizes against the whole app: it never traps, always draws, keeps a screen on the
/// stack, and leaves a database that passes `check`.
final class MonkeyTests: XCTestCase {
    /// Reproducible: a failure names its seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    static let keys: [Key] = {
        var keys: [Key] = [.enter, .escape, .backspace, .delete, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown,
                           .home, .end]
        keys += (1...12).filter { $0 != 10 }.map { Key.function($0) }
        keys += "abcdefghijklmnoprstuvwxyz/:?0123456789 .-ăâđêôơưáàảãạ".map { Key.char($0) }
        keys += ["a", "e", "l", "p", "s", "t", "u", "w", "k"].map { Key.ctrl($0) }
        return keys
    }()

    func testRandomKeysNeverBreakTheApp() throws {
        let db = try AppFixtures.fullDatabase()
        for seed: UInt64 in [1, 2, 3] {
            var random = Generator(state: seed)
            let (app, _) = try AppFixtures.app(db, section: .dashboard)
            var sent = 0
            while sent < 1_500 {
                if Int.random(in: 0..<60, using: &random) == 0 {
                    app.send(.resized(width: Int.random(in: 20...140, using: &random), height: Int.random(in: 5...50, using: &random)))
                } else {
                    // "q" quits when nothing is unsaved; the monkey answers "n" to "quit anyway?" and goes on.
                    let key = Self.keys.randomElement(using: &random)!
                    app.send(.key(key))
                }
                sent += 1
                let (canvas, cursor) = app.state.render()
                XCTAssertEqual(canvas.width, app.state.width)
                if let cursor {
                    XCTAssertTrue((0...app.state.width).contains(cursor.x) && (0..<app.state.height).contains(cursor.y),
                                  "seed \(seed), key \(sent): cursor \(cursor) outside \(app.state.width)×\(app.state.height)")
                }
                XCTAssertFalse(app.state.stack.isEmpty, "seed \(seed), key \(sent): no screen")
                if !app.state.running { break }
            }
        }
        XCTAssertEqual(try db.check(), [], "whatever the monkey saved is consistent")
    }
}
