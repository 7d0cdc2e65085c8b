import Foundation

/// A file held by a record (issue 21): a scanned letter, a signed decision, minutes. The row names the record by its
/// kind and code, as `record_origin` and `voided` do, so no record's columns change; the content lives once in the
/// data folder under its SHA-256 (`AttachmentFiles`, docs/formats.md "Attachments").
public struct Attachment: Equatable, Sendable {
    public var entity: Entity
    public var record: String
    /// 1, 2, 3… within the record, never reused (a voided attachment keeps its number).
    public var id: Int
    /// The file's name as it was added (no folder).
    public var name: String
    public var size: Int
    /// Audit timestamp (local time with offset) and the staff name.
    public var addedOn: String
    public var addedBy: String
    /// Lower-case hex SHA-256 of the content.
    public var sha256: String
    /// Holds the reporter's identity (feedback only): treated as the identity is (docs/security.md).
    public var identity: Bool
    /// The content is sealed by `protect` (no plain copy on disk).
    public var sealed: Bool
    public var voided: VoidMark?

    public init(entity: Entity, record: String, id: Int, name: String, size: Int, addedOn: String, addedBy: String,
                sha256: String, identity: Bool = false, sealed: Bool = false, voided: VoidMark? = nil) {
        self.entity = entity
        self.record = record
        self.id = id
        self.name = name
        self.size = size
        self.addedOn = addedOn
        self.addedBy = addedBy
        self.sha256 = sha256
        self.identity = identity
        self.sealed = sealed
        self.voided = voided
    }

    /// The date part of `addedOn`.
    public var addedDay: LocalDate? { LocalDate(iso: String(addedOn.prefix(10))) }
}

/// Why a file could not be attached, opened or carried; worded in `Localization/AttachmentText.swift`.
public enum AttachmentProblem: Equatable, Sendable {
    case pathMissing(String)
    case isDirectory(String)
    case notAFile(String)
    case unreadable(String)
    case tooBig(path: String, size: Int, limit: Int)
    /// The content could not be written into the data folder (full disk, read-only folder…): nothing was attached.
    case cannotStore(path: String, reason: String)
    /// Attachments live in a data folder; an in-memory database has none.
    case noDataFolder
    case notFound(entity: Entity, record: String, id: Int)
    /// The stored file is missing or its content does not match its hash (`check`, open, export).
    case missingFile(entity: Entity, record: String, id: Int, sha256: String)
    case corruptFile(entity: Entity, record: String, id: Int, sha256: String)
    /// Only a feedback record has a reporter whose identity a file can hold.
    case identityOnlyForFeedback
    /// `export --with-attachments` writes files beside the bundle: it needs `--out`.
    case needsOutputFile
    /// The attachments' index beside a bundle cannot be read (`entry`: the first entry that cannot, from 0).
    case badIndex(file: String, entry: Int?)
    /// The index names a record that neither the bundle nor the database holds (import, merge).
    case recordMissing(file: String, entity: Entity, record: String)
}
