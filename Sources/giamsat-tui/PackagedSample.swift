import Foundation
import GiamSatCore

/// The sample commune that the package installs beside the program (scripts/dist.sh):
/// `PREFIX/share/giamsat-tui/vi-trung-2021-2026.json` for `PREFIX/bin/giamsat-tui`, so that a
/// first start with no data can name it, whether the package put the program in /usr or the
/// archive in /usr/local. A program built from source has none there, and says nothing more.
enum PackagedSample {
    static let fileName = "vi-trung-2021-2026.json"

    static var path: String? {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        let prefix = executable.deletingLastPathComponent().deletingLastPathComponent()
        let sample = prefix.appendingPathComponent("share/giamsat-tui/\(fileName)").standardizedFileURL.path
        return FileManager.default.isReadableFile(atPath: sample) ? sample : nil
    }

    /// The line added under "no data yet" when the sample is installed.
    static func hint(for error: GiamSatError, _ lang: Lang) -> String {
        guard case .notInitialized = error, let path else { return "" }
        return "\n" + InstallText.trySample(path).text(lang)
    }
}
