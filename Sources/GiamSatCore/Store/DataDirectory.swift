import Foundation

/// Where the data lives: `--data DIR`, else `$GIAMSAT_DATA`, else `$XDG_DATA_HOME/giamsat`,
/// else `~/.local/share/giamsat`. Created 0700; the database file is 0600.
public struct DataDirectory: Sendable {
    public let path: String

    public init(path: String) { self.path = (path as NSString).standardizingPath }

    public static func resolve(option: String?, environment: [String: String]) -> DataDirectory {
        if let option, !option.isEmpty { return DataDirectory(path: option) }
        if let dir = environment["GIAMSAT_DATA"], !dir.isEmpty { return DataDirectory(path: dir) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return DataDirectory(path: xdg + "/giamsat") }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return DataDirectory(path: home + "/.local/share/giamsat")
    }

    public var databasePath: String { path + "/giamsat.sqlite" }

    public var databaseExists: Bool { FileManager.default.fileExists(atPath: databasePath) }

    /// True when the directory exists but cannot be written (a copy on a CD, a colleague's folder).
    public var isReadOnly: Bool { FileManager.default.fileExists(atPath: path) && access(path, W_OK) != 0 }

    /// How to open the database when it cannot be written (a read-only mount, an immutable
    /// or 0555 directory, a 0400 file): nil when it can. Opened normally, SQLite would fail
    /// ("unable to open database file") or leave `-wal`/`-shm` files behind. With no WAL
    /// content to read, `immutable=1` opens the file alone; with some, `mode=ro` reads it.
    public var readOnlyURI: String? {
        let writable = access(path, W_OK) == 0 && access(databasePath, W_OK) == 0
        return writable ? nil : readingURI
    }

    /// How to open the database to read it without writing anything beside it (also on a full disk).
    var readingURI: String {
        let wal = (try? FileManager.default.attributesOfItem(atPath: databasePath + "-wal")[.size] as? NSNumber)?.intValue ?? 0
        return wal > 0 ? Self.uri(databasePath, query: "mode=ro") : Self.immutableURI(databasePath)
    }

    /// `file:` URI of a path (percent-encoded) with a query.
    static func uri(_ path: String, query: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "/-._~")
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?" + query
    }

    /// A file read as it is, with no locking and no companion files (a backup, a CD).
    public static func immutableURI(_ path: String) -> String { uri(path, query: "immutable=1") }

    /// True when the file system holding `path` has (almost) no room left: SQLite then says
    /// "disk I/O error" or "unable to open", and the user should read "disk full".
    public static func isFull(at path: String) -> Bool {
        var stats = statvfs()
        let folder = FileManager.default.fileExists(atPath: path) ? path : (path as NSString).deletingLastPathComponent
        guard statvfs(folder.isEmpty ? "." : folder, &stats) == 0 else { return false }
        return UInt64(stats.f_bavail) * UInt64(stats.f_frsize) < 256 * 1024
    }

    /// True when the path names a file, not a folder (`--data giamsat.sqlite`): said as it is, not "no data yet".
    public var isFile: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Makes the directory (0700) if needed and checks that it can be written.
    public func prepare() throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw GiamSatError.dataDirectoryIsFile(path: path) }
        } else {
            do {
                try manager.createDirectory(atPath: path, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
            } catch {
                throw GiamSatError.dataDirectory(path: path, reason: Self.reason(error))
            }
        }
        guard access(path, W_OK) == 0 else { throw GiamSatError.readOnly(path: path) }
    }

    /// Tightens the database file and its WAL companions to 0600 (they hold reporters' identities).
    public func protectFiles() {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: databasePath + suffix) {
            chmod(databasePath + suffix, 0o600)
        }
    }

    /// Why a file operation failed, in words (Foundation's own are English and vague).
    static func reason(_ error: Error) -> String {
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileWriteNoPermission, .fileReadNoPermission: return "không có quyền / permission denied"
            case .fileWriteOutOfSpace: return "đĩa đầy / disk full"
            case .fileWriteVolumeReadOnly: return "ổ đĩa chỉ đọc / read-only volume"
            case .fileNoSuchFile, .fileReadNoSuchFile: return "không có tệp hoặc thư mục này / no such file or directory"
            default: break
            }
        }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
