import Foundation
import GRDB

/// One former commune's records to merge: read from its bundle, or from its own data directory.
public struct MergeSource: Sendable {
    public var file: String
    public var bundle: CaseBundle
    /// Its attachments (issue 21): beside the bundle (`AttachmentIndex`), or in its data folder.
    public var attachments: AttachmentIndex?

    public init(file: String, bundle: CaseBundle, attachments: AttachmentIndex? = nil) {
        self.file = file
        self.bundle = bundle
        self.attachments = attachments
    }

    /// A former commune is a few thousand records: it is read whole, so its codes can all be placed before
    /// any is written. A data directory is copied into memory and read as its own export would be: the former
    /// commune's file is never written, not even to bring an older version's schema up to date (the copy is).
    public static func load(_ path: String, dueDays: Int) throws -> MergeSource {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            let directory = DataDirectory(path: path)
            guard directory.databaseExists else { throw GiamSatError.notInitialized(path: path) }
            let database = try AppDatabase.copyInMemory(of: directory)
            // Sealed identities open only with that commune's passphrase: its export with identities carries them.
            if try database.isProtected() { throw GiamSatError.protectedSource(path: path) }
            let attachments = try database.read { try AppDatabase.allAttachments($0) }
            return MergeSource(file: path, bundle: try database.exportBundle(),
                               attachments: AttachmentIndex(attachments: attachments, files: AttachmentFiles(dataFolder: path)))
        }
        let data = try Files.read(path)
        // A bundle is a JSON object whose "format" says so; anything else (a CSV, a tally) is named for what it is not.
        let head = String(decoding: data.prefix(4096), as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}").union(.whitespacesAndNewlines))
        if !head.hasPrefix("{") || (head.contains("\"format\"") && !head.contains("giamsat-bundle")) {
            throw GiamSatError.notAMergeSource(path: path)
        }
        return MergeSource(file: path, bundle: try BundleReader.read(data, file: path, dueDays: dueDays),
                           attachments: try AttachmentIndex.read(beside: path))
    }
}

extension AppDatabase {
    /// The database of `directory` copied into memory through SQLite's backup API, read only, so the folder
    /// (perhaps a colleague's, or a USB stick) is left exactly as it was; the copy is migrated if it is older.
    public static func copyInMemory(of directory: DataDirectory) throws -> AppDatabase {
        try mapErrors(path: directory.databasePath) {
            // With nothing in its -wal, the file alone is read (`immutable`: no -wal/-shm left behind); else `mode=ro`.
            let path = directory.databasePath
            let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
            let uri = wal > 0 ? DataDirectory.uri(path, query: "mode=ro") : DataDirectory.immutableURI(path)
            let source = try DatabaseQueue(path: uri, configuration: readOnlyConfiguration())
            let copy = try DatabaseQueue(configuration: configuration())
            try source.backup(to: copy)
            try source.close()
            return try AppDatabase(copy, path: nil)
        }
    }
}
