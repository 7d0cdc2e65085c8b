import Foundation

/// Reading and writing the user's files, with errors in their words. Writes go through a
/// temporary file and a rename, so a full disk or a kill leaves no half-written file.
public enum Files {
    public static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw GiamSatError.cannotWrite(path: path, reason: DataDirectory.reason(error))
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
}
