import Foundation

/// Reading and writing the user's files, with errors in their words. Writes go through a
/// temporary file and a rename, so a full disk or a kill leaves no half-written file.
public enum Files {
    /// Files the app writes may hold reporters' identities or figures nobody outside the
    /// office should read: created 0600 whatever the umask (docs/security.md).
    public static let privateMode: mode_t = 0o600

    public static func write(_ text: String, to path: String, mode: mode_t = privateMode) throws {
        try write(Data(text.utf8), to: path, mode: mode)
    }

    /// Writes `data` to a temporary file created with `mode` (never wider, even for a moment),
    /// flushes it to disk, then renames it over `path`.
    public static func write(_ data: Data, to path: String, mode: mode_t = privateMode) throws {
        let temporary = temporaryPath(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw GiamSatError.cannotWrite(path: path, reason: posixReason(errno)) }
        var failure = data.withUnsafeBytes { writeAll($0, to: fd) }
        if failure == 0, fchmod(fd, mode) != 0 { failure = errno }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw GiamSatError.cannotWrite(path: path, reason: posixReason(failure))
        }
    }

    /// The hidden file beside `path` that a write fills before it is renamed into place.
    static func temporaryPath(for path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
    }

    /// Writes all of `bytes` to `fd` (again after an interrupted call); the error number of a failure, else 0.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    static func posixReason(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "đĩa đầy / disk full"
        case EACCES, EPERM: return "không có quyền / permission denied"
        case EROFS: return "ổ đĩa chỉ đọc / read-only volume"
        case ENOENT: return "không có thư mục này / no such directory"
        default: return String(cString: strerror(code))
        }
    }

    public static func read(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path)
                ? "permission denied / không có quyền đọc" : "no such file / không có tệp này"
            throw GiamSatError.cannotRead(path: path, reason: reason)
        }
        return data
    }

    /// A name made safe for a file: ASCII letters, digits, "-" and "_" only, never empty,
    /// never a path ("../../x" → "x"). Codes that name files pass through here.
    public static func safeName(_ text: String, fallback: String = "xa") -> String {
        let folded = VietnameseText.fold(text)
        var out = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? fallback : String(out.prefix(FieldLimit.code))
    }
}

extension Commune {
    /// The code as it may appear in a file name, whatever is stored (docs/security.md).
    public var fileNameCode: String { Files.safeName(code) }
}

/// Text written as it is made, in 1 MiB pieces: an export of a million records never exists whole in
/// memory. To a file it goes as `Files.write` does: a temporary file created 0600 (never wider), flushed
/// to disk, renamed over the destination at the end; removed if the write fails (docs/security.md).
public final class TextSink {
    private let fd: Int32
    private let destination: String?
    private let temporary: String?
    private var buffer: [UInt8] = []

    /// Standard output.
    public init() {
        fd = 1
        destination = nil
        temporary = nil
    }

    public init(path: String, mode: mode_t = Files.privateMode) throws {
        let temporary = Files.temporaryPath(for: path)
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw GiamSatError.cannotWrite(path: path, reason: Files.posixReason(errno)) }
        destination = path
        self.temporary = temporary
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    public func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        let failure = buffer.withUnsafeBytes { Files.writeAll($0, to: fd) }
        if failure != 0 { throw GiamSatError.cannotWrite(path: destination ?? "stdout", reason: Files.posixReason(failure)) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left and, for a file, puts it in place.
    public func finish() throws {
        try flush()
        guard let destination, let temporary else { return }
        var failure: Int32 = 0
        if fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0, rename(temporary, destination) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw GiamSatError.cannotWrite(path: destination, reason: Files.posixReason(failure))
        }
    }

    /// Removes the temporary file of a write that failed.
    public func abandon() {
        guard let temporary else { return }
        close(fd)
        unlink(temporary)
    }
}
