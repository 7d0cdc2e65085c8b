import Foundation
import GiamSatApp
import GiamSatCore
import TerminalUI

/// Key to echo: how long the app takes from a key to the screen that shows it, as the terminal's loop does it
/// (`App.runConcurrently`): `update` and `render` on the main thread, the store's work handed to another thread.
/// Here that work is run between keys, outside the timing, as if its results arrived before the next key.
enum Echo {
    static func typing(_ phrases: [String], database: AppDatabase, today: LocalDate) -> [Double] {
        let runner = EffectRunner(database: database, today: today)
        var state = AppState(lang: .vi, today: today, user: "bench")
        func perform(_ requests: [Request]) {
            var queue = requests
            while !queue.isEmpty {
                let request = queue.removeFirst()
                queue += state.update(.result(screen: request.screen, runner.run(request)))
            }
        }
        _ = state.update(.resized(width: 80, height: 24))
        perform(state.start(on: .feedback))
        var samples: [Double] = []
        for phrase in phrases {
            perform(state.update(.key(.char("/"))))
            for character in phrase {
                let start = DispatchTime.now().uptimeNanoseconds
                let requests = state.update(.key(.char(character)))
                _ = state.render()
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                perform(requests)
            }
            perform(state.update(.key(.escape)))
        }
        return samples
    }
}
