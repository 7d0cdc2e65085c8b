import Foundation

/// One former commune's records to merge: read from its bundle, or from its own data directory.
public struct MergeSource: Sendable {
    public var file: String
    public var bundle: CaseBundle

    public init(file: String, bundle: CaseBundle) {
        self.file = file
        self.bundle = bundle
    }

    /// A former commune is a few thousand records: it is read whole, so its codes can all be placed before
    /// any is written. A data directory is opened read-only and read as its own export would be.
    public static func load(_ path: String, dueDays: Int) throws -> MergeSource {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            let directory = DataDirectory(path: path)
            guard directory.databaseExists else { throw GiamSatError.notInitialized(path: path) }
            let database = try AppDatabase.open(directory, create: false)
            // Sealed identities open only with that commune's passphrase: its export with identities carries them.
            if try database.isProtected() { throw GiamSatError.protectedSource(path: path) }
            return MergeSource(file: path, bundle: try database.exportBundle())
        }
        let data = try Files.read(path)
        // A bundle is a JSON object whose "format" says so; anything else (a CSV, a tally) is named for what it is not.
        let head = String(decoding: data.prefix(4096), as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}").union(.whitespacesAndNewlines))
        if !head.hasPrefix("{") || (head.contains("\"format\"") && !head.contains("giamsat-bundle")) {
            throw GiamSatError.notAMergeSource(path: path)
        }
        return MergeSource(file: path, bundle: try BundleReader.read(data, file: path, dueDays: dueDays))
    }
}
