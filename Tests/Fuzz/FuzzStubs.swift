// What the readers' error type names but the harnesses do not exercise: the kind of record (Model/Entity.swift
// brings in every kind of record and the store with it). Only its type is needed here.
public struct Entity: Hashable, Sendable {
    public let rawValue: String
}
