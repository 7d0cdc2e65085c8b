// What the readers' error type names but the harnesses do not exercise: the kind of record (Model/Entity.swift
// brings in every kind of record and the store with it). Only its type is needed here.
public struct Entity: Hashable, Sendable {
    public let rawValue: String
}

// Named by two cases of the error types (issue 21): a denunciation's refused extension and an attachment's problem.
// The readers never raise them; their definitions live beside the feedback record and the attachments store.
public struct Feedback {
    public enum ExtensionRefusal: Equatable, Sendable {}
}
public enum AttachmentProblem: Equatable, Sendable {}
