import Crypto
import Foundation

/// The content of attachments in the data folder (docs/formats.md "Attachments"): `attachments/ab/abcdef…`, named by
/// the SHA-256 of the content in hex with its first two digits as a folder, so the same content is stored once
/// whatever the record or the file's name. Files 0600, folders 0700, written through a temporary file and a rename
/// (`Files.write`: a kill or a full disk leaves no half file; `Leftovers.clean` removes a killed write's temporary).
/// Content sealed by `protect` is `….sealed` and has no plain copy. A file is removed only when no row names it.
public struct AttachmentFiles: Sendable {
    /// The largest file one attachment may be (docs/formats.md): a scanned letter is a few MB; a film is not a record.
    public static let limit = 50 * 1024 * 1024
    /// `DATA/attachments`.
    public let root: String

    public init(dataFolder: String) { root = dataFolder + "/attachments" }

    /// A folder of contents laid out the same way elsewhere: beside a backup or an exported bundle.
    public init(root: String) { self.root = root }

    /// Puts the content of `hash` from `source` here unless it is here already: a hard link when both are on one file
    /// system (contents are never changed in place, only replaced by a rename), else a copy. False when `source`
    /// does not have it either (`check` then names it).
    @discardableResult
    func take(_ hash: String, sealed: Bool, from source: AttachmentFiles) throws -> Bool {
        if exists(hash, sealed: sealed) { return true }
        guard source.exists(hash, sealed: sealed) else { return false }
        let target = path(hash, sealed: sealed)
        try Self.makeFolder(root, for: target)
        try Self.makeFolder((target as NSString).deletingLastPathComponent, for: target)
        if link(source.path(hash, sealed: sealed), target) == 0 { return true }
        guard let data = source.content(hash, sealed: sealed) else { return false }
        try store(data, hash: hash, sealed: sealed)
        return true
    }

    public func path(_ hash: String, sealed: Bool = false) -> String { "\(root)/\(hash.prefix(2))/\(hash)" + (sealed ? ".sealed" : "") }

    /// Where a sealed attachment is opened for the desktop's viewer (removed at the next start: `Leftovers.clean`).
    var openedFolder: String { root + "/.opened" }

    static func hash(_ data: Data) -> String { SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() }

    /// What `readSource` would refuse of a path, without reading it: the attach dialog says it in the box.
    public static func problem(readingFrom path: String, limit: Int = limit) -> AttachmentProblem? {
        if let problem = checkSource(path, limit: limit) { return problem }
        return access(path, R_OK) == 0 ? nil : .unreadable(path)
    }

    private static func checkSource(_ path: String, limit: Int) -> AttachmentProblem? {
        var info = stat()
        guard stat(path, &info) == 0 else { return errno == EACCES ? .unreadable(path) : .pathMissing(path) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .isDirectory(path)
        case S_IFREG: break
        default: return .notAFile(path)
        }
        if Int(info.st_size) > limit { return .tooBig(path: path, size: Int(info.st_size), limit: limit) }
        return nil
    }

    /// The file to attach, read whole after the checks that give a clear reason.
    static func readSource(_ path: String, limit: Int = limit) throws -> Data {
        if let problem = checkSource(path, limit: limit) { throw GiamSatError.attachment(problem) }
        guard access(path, R_OK) == 0, let data = FileManager.default.contents(atPath: path) else {
            throw GiamSatError.attachment(.unreadable(path))
        }
        return data
    }

    /// Puts `data` in place under `hash` unless it is there already; true when this call wrote it (so that a step
    /// that fails after it can take it back).
    @discardableResult
    func store(_ data: Data, hash: String, sealed: Bool = false) throws -> Bool {
        let target = path(hash, sealed: sealed)
        if FileManager.default.fileExists(atPath: target) { return false }
        try Self.makeFolder(root, for: target)
        try Self.makeFolder((target as NSString).deletingLastPathComponent, for: target)
        do {
            try Files.write(data, to: target)
        } catch GiamSatError.cannotWrite(_, let reason) {
            throw GiamSatError.attachment(.cannotStore(path: target, reason: reason))
        }
        return true
    }

    static func makeFolder(_ folder: String, for target: String) throws {
        if mkdir(folder, 0o700) != 0, errno != EEXIST {
            throw GiamSatError.attachment(.cannotStore(path: target, reason: Files.posixReason(errno)))
        }
    }

    /// The stored content, checked against its hash (nil when the file is not there).
    func content(_ hash: String, sealed: Bool = false) -> Data? { FileManager.default.contents(atPath: path(hash, sealed: sealed)) }

    func exists(_ hash: String, sealed: Bool = false) -> Bool { FileManager.default.fileExists(atPath: path(hash, sealed: sealed)) }

    func remove(_ hash: String, sealed: Bool) { unlink(path(hash, sealed: sealed)) }

    /// Temporary files of killed writes in the content folders, and copies opened for a viewer in an earlier run.
    func cleanLeftovers() -> Int {
        let manager = FileManager.default
        var removed = 0
        for folder in (try? manager.contentsOfDirectory(atPath: root)) ?? [] where folder.count == 2 {
            let path = root + "/" + folder
            let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            for name in Set(names.compactMap(Leftovers.temporaryTarget)) {
                removed += Leftovers.remove(in: path, prefix: "." + name + ".", suffix: ".tmp")
            }
        }
        if manager.fileExists(atPath: openedFolder), (try? manager.removeItem(atPath: openedFolder)) != nil { removed += 1 }
        return removed
    }
}
