/// What one kind of record is, written once: its table, its place in the bundle, its code series, its words, what the
/// audit trail and the search say of it. `RecordKinds.all` lists every kind; next-code, "is this code taken", `check`,
/// the bundle reader and writer, the export, the import, the merge, the palette's "open by code" and the audit trail's
/// words all derive from that list (docs/ARCHITECTURE.md, "Adding a kind of record").
public struct RecordKind: Sendable {
    public let entity: Entity
    /// Lower case, as messages name it ("kế hoạch" / "plan") and as counts are listed.
    public let singular: Localized
    public let plural: Localized
    /// Top-level key of the bundle; the bundle's order of kinds is the order of `RecordKinds.all`.
    public let bundleKey: String
    /// The SQLite table of its rows.
    public let table: String
    /// Whether `table` has a unique `code` column ("is this code taken", origins of merged records); a residence
    /// review's code is its year and official.
    public let codeIsColumn: Bool
    /// How new codes are numbered, or nil when the kind has no series (a locality's code is chosen by hand).
    public let series: CodeSeries?
    /// Field (as in the audit rows) → its label in the audit trail; a field not here is shown as written.
    public let auditLabels: [String: Localized]
    /// Fields whose value only grows step by step (a feedback's history): the trail says the step added or taken back.
    public let auditSteps: Set<String>
    /// A stored value of `field` in words (a slug → its label), nil to show it as stored.
    public let auditValue: @Sendable (_ field: String, _ value: String) -> Localized?
    /// The fields its search text holds (as named in the bundle); empty when the kind has no search index.
    public let searchHolds: [String]
    /// How the command line's `list` shows it, nil when it does not.
    public let listing: KindListing?
    /// The record type behind the kind: bundle, import, export, merge, `check`. Nil for the commune, which is one
    /// record with its own operations (`setCommune`, settings, former units).
    let record: (any KindRecord.Type)?

    init(entity: Entity, singular: Localized, plural: Localized, bundleKey: String, table: String, codeIsColumn: Bool = true,
         series: CodeSeries? = nil, auditLabels: [String: Localized], auditSteps: Set<String> = [],
         auditValue: @escaping @Sendable (_ field: String, _ value: String) -> Localized? = { _, _ in nil },
         searchHolds: [String] = [], listing: KindListing? = nil, record: (any KindRecord.Type)?) {
        self.entity = entity
        self.singular = singular
        self.plural = plural
        self.bundleKey = bundleKey
        self.table = table
        self.codeIsColumn = codeIsColumn
        self.series = series
        self.auditLabels = auditLabels
        self.auditSteps = auditSteps
        self.auditValue = auditValue
        self.searchHolds = searchHolds
        self.listing = listing
        self.record = record
    }

    /// Whether records of this kind have a search table (`<table>_search`).
    public var isSearched: Bool { !searchHolds.isEmpty }
}

/// The one list of kinds, and the lookups derived from it.
public enum RecordKinds {
    /// Every kind, once. The commune comes first; the others in the bundle's order (DOMAIN.md), which is also the
    /// order a merge writes them in: a record's references come before it. A new kind is one line here.
    public static let all: [RecordKind] = [
        Commune.kind,
        Locality.kind,
        Official.kind,
        Plan.kind,
        Feedback.kind,
        Recommendation.kind,
        ResidenceMeeting.kind,
        ResidenceReview.kind,
        OutgoingDocument.kind,
    ]

    /// The kinds that are lists of records (every kind but the commune), in the bundle's order.
    static let records: [(kind: RecordKind, type: any KindRecord.Type)] = all.compactMap { kind in kind.record.map { (kind, $0) } }

    static let byName: [String: RecordKind] = Dictionary(uniqueKeysWithValues: all.map { ($0.entity.rawValue, $0) })
    static let byBundleKey: [String: RecordKind] = Dictionary(uniqueKeysWithValues: records.map { ($0.kind.bundleKey, $0.kind) })

    static func kind(_ entity: Entity) -> RecordKind {
        guard let kind = byName[entity.rawValue] else { preconditionFailure("\(entity.rawValue) is declared but not in RecordKinds.all") }
        return kind
    }

    /// The kinds with a code series: the palette opens them by code.
    public static var coded: [RecordKind] { all.filter { $0.series != nil } }

    /// The kind whose series has `prefix` ("PA" → feedback), nil for a prefix no kind numbers.
    public static func kind(prefix: String) -> RecordKind? { all.first { $0.series?.prefix == prefix } }

    /// Which of `targets` a code names, by the series it follows ("KH-2024-03" is a plan's), else the last one
    /// named: said in a message about a code that is not found (a recommendation's source is a plan or a feedback record).
    static func entity(of code: String, among targets: [Entity]) -> Entity {
        targets.first { $0.kind.series?.follows(code) == true } ?? targets[targets.count - 1]
    }
}
