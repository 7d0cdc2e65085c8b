import Foundation
import GiamSatCore

/// The attachments of one record (issue 21), in the order they were added.
struct LoadAttachments: StoreRequest {
    let entity: Entity
    let code: String
    func run(_ context: StoreContext) throws -> [Attachment] { try context.database.attachments(entity, code: code) }
}

/// How many files a record has, live and voided: what its page says of them (`DetailScreen`).
struct AttachmentTally: Equatable, Sendable {
    var live = 0
    var voided = 0
    var isEmpty: Bool { live == 0 && voided == 0 }
}

struct CountAttachments: StoreRequest {
    let entity: Entity
    let code: String
    func run(_ context: StoreContext) throws -> AttachmentTally {
        let all = try context.database.attachments(entity, code: code)
        let voided = all.filter { $0.voided != nil }.count
        return AttachmentTally(live: all.count - voided, voided: voided)
    }
}

/// A file attached by its path (cleaned by `PastedPath`); answered with the step that takes it away again.
struct AttachFile: SaveRequest {
    let entity: Entity
    let code: String
    let path: String
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (code, try context.database.attach(entity, code: code, file: path, by: context.user).undo)
    }
}

struct VoidAttachment: SaveRequest {
    let entity: Entity
    let code: String
    let id: Int
    let reason: String
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        try context.database.voidAttachment(entity, code: code, id: id, reason: reason, by: context.user)
        return (code, nil)
    }
}

struct RestoreAttachment: SaveRequest {
    let entity: Entity
    let code: String
    let id: Int
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        try context.database.restoreAttachment(entity, code: code, id: id, by: context.user)
        return (code, nil)
    }
}

/// Marks a feedback record's file as holding the reporter's identity, or takes the mark off (a sealed one then asks
/// for the passphrase).
struct MarkAttachmentIdentity: SaveRequest {
    let entity: Entity
    let code: String
    let id: Int
    let identity: Bool
    var passphrase: String?
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        try context.database.markAttachmentIdentity(entity, code: code, id: id, identity: identity, passphrase: passphrase, by: context.user)
        return (code, nil)
    }
}

/// What opening an attachment did: the desktop's viewer was started on the file, or there is none and the file is
/// where the path says.
enum OpenedAttachment: Equatable, Sendable {
    case viewer(String)
    case noViewer(String)
}

/// Opens an attachment with `xdg-open` when the desktop has it (a sealed one with the passphrase).
struct OpenAttachment: StoreRequest {
    let entity: Entity
    let code: String
    let id: Int
    var passphrase: String?
    func run(_ context: StoreContext) throws -> OpenedAttachment {
        // No viewer: a copy under the file's own name, which the user can open by hand (the stored copy has no extension).
        guard Viewer.find() != nil else {
            return .noViewer(try context.database.attachmentFileToOpen(entity, code: code, id: id, passphrase: passphrase, readableCopy: true))
        }
        let path = try context.database.attachmentFileToOpen(entity, code: code, id: id, passphrase: passphrase)
        return Viewer.open(path) ? .viewer(path) : .noViewer(path)
    }
}

/// The desktop's file viewer (`xdg-open`), started detached with nothing on the terminal.
enum Viewer {
    static func find(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        // No display, no viewer: xdg-open would start a text browser inside the app's terminal.
        guard environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil else { return nil }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = String(folder) + "/xdg-open"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    static func open(_ path: String) -> Bool {
        guard let viewer = find() else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: viewer)
        process.arguments = [path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return (try? process.run()) != nil
    }
}
