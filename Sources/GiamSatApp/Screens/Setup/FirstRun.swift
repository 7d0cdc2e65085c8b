import Foundation
import GiamSatCore
import TerminalUI

/// An empty data folder opens the setup instead of ending with "no data yet": the app runs on a scratch store in
/// memory (nothing to read yet) with the setup as its only screen, and the folder gets its database only when the
/// user confirms (`CreateCommuneData`). The caller then opens the app on the new data, in the same terminal.
public enum FirstRun {
    /// The usual place of the sample bundle next to an installed program, and in a checkout.
    public static let sampleName = "vi-trung-2021-2026.json"

    /// Runs the setup; true when the data now exists (created or the sample loaded), false when the user left it.
    public static func run(in directory: DataDirectory, sample: String?, state: AppState, terminal: TerminalBackend,
                           concurrently: Bool = true) throws -> Bool {
        let app = try App(state: state, database: try AppDatabase.inMemory(), terminal: terminal)
        app.startFirstRun(FormScreen(spec: SetupFormSpec(directory: directory.path, sample: sample), values: SetupFormSpec.blank))
        if concurrently { app.runConcurrently() } else { app.run() }
        return directory.databaseExists
    }

    /// The sample bundle the setup offers: `GIAMSAT_SAMPLE`, else `share/giamsat-tui/` beside the program's folder,
    /// else `sample-data/` in the working directory or a folder above the program (a checkout); nil when none is there.
    public static func sample(environment: [String: String], executable: String) -> String? {
        if let path = environment["GIAMSAT_SAMPLE"], !path.isEmpty { return FileManager.default.isReadableFile(atPath: path) ? path : nil }
        var candidates: [String] = []
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(folder.deletingLastPathComponent().appendingPathComponent("share/giamsat-tui/\(sampleName)").path)
        candidates.append(FileManager.default.currentDirectoryPath + "/sample-data/\(sampleName)")
        for _ in 0..<4 {
            folder.deleteLastPathComponent()
            candidates.append(folder.appendingPathComponent("sample-data/\(sampleName)").path)
        }
        return candidates.first { FileManager.default.isReadableFile(atPath: $0) }
    }
}
