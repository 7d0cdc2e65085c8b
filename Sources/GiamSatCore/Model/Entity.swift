/// Which kind of record: as named in the audit trail, in errors, in `record_origin` and in the bundle.
/// Each kind declares its own value beside its description (`Entity.plan` in `Kinds/Plan+Kind.swift`); what a
/// kind is (table, bundle key, code series, labels…) is its `RecordKind`, listed once in `RecordKinds.all`.
/// A struct, not an enum, so that a new kind is new files plus one line in that list (docs/ARCHITECTURE.md).
public struct Entity: RawRepresentable, Hashable, Sendable {
    public let rawValue: String

    /// A name no kind of `RecordKinds.all` has is not an entity (a stored row naming one is skipped).
    public init?(rawValue: String) {
        guard RecordKinds.byName[rawValue] != nil else { return nil }
        self.rawValue = rawValue
    }

    /// For a kind's own declaration (`static let plan = Entity(declaring: "plan")`).
    init(declaring rawValue: String) { self.rawValue = rawValue }

    /// Every kind, in the order of `RecordKinds.all` (the commune first, then the bundle's order).
    public static var allCases: [Entity] { RecordKinds.all.map(\.entity) }

    /// What this kind of record is.
    public var kind: RecordKind { RecordKinds.kind(self) }

    /// Top-level key of the bundle that holds this kind of record.
    public var bundleKey: String { kind.bundleKey }

    /// Singular, lower case, as messages name it ("kế hoạch", "plan").
    public var label: Localized { kind.singular }
}

/// A record kept in the store: found by a stable code, guarded by a version,
/// and able to say its fields as text so that every change can be audited.
public protocol AuditedRecord: Equatable, Sendable {
    static var entity: Entity { get }
    var code: String { get }
    /// Incremented on every save; a save that carries an older one is refused.
    var version: Int { get set }
    /// Field name (as in the bundle) → value as text. Confidential fields are masked here.
    var auditFields: [(field: String, value: String)] { get }
    /// Fields whose change is audited but whose values never leave the record (the reporter).
    var confidentialAuditFields: [(field: String, value: String)] { get }
}

extension AuditedRecord {
    public var confidentialAuditFields: [(field: String, value: String)] { [] }

    /// Written in the audit trail instead of a confidential value.
    public static var masked: String { "***" }

    /// The fields whose values differ, with old and new values (confidential ones masked).
    public func changes(from old: Self) -> [(field: String, old: String, new: String)] {
        let before = Dictionary(old.auditFields.map { ($0.field, $0.value) }, uniquingKeysWith: { a, _ in a })
        let plain: [(field: String, old: String, new: String)] = auditFields.compactMap { field, value in
            let previous = before[field] ?? ""
            return previous == value ? nil : (field, previous, value)
        }
        let secretBefore = Dictionary(old.confidentialAuditFields.map { ($0.field, $0.value) }, uniquingKeysWith: { a, _ in a })
        let secret: [(field: String, old: String, new: String)] = confidentialAuditFields.compactMap { field, value in
            let previous = secretBefore[field] ?? ""
            guard previous != value else { return nil }
            return (field, previous.isEmpty ? "" : Self.masked, value.isEmpty ? "" : Self.masked)
        }
        return plain + secret
    }

    /// Same content, whatever the versions.
    public func hasSameContent(as other: Self) -> Bool {
        var a = self, b = other
        a.version = 0
        b.version = 0
        return a == b
    }
}

func auditText(_ date: LocalDate?) -> String { date?.iso ?? "" }
func auditText(_ value: Int?) -> String { value.map(String.init) ?? "" }
