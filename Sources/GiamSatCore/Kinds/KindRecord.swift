import GRDB

/// A kind of record that is a list of records (every kind but the commune): what the bundle, the import, the export,
/// the merge and `check` need of it. The defaults fit most kinds; a kind with a rule of its own (a feedback's
/// identities and bulk load, a review's code made of two columns) implements it in its own files, where its
/// description (`kind`) reaches it — never in a switch elsewhere.
protocol KindRecord: StoredRecord, ReferenceRemapping {
    /// Its description, listed in `RecordKinds.all`.
    static var kind: RecordKind { get }
    /// The year its code is numbered in, for a per-year series (a plan's year, a feedback's day of receipt).
    var seriesYear: Int? { get }
    /// Gives the record another code (a merge's renumbering); a kind whose code is made of its fields ignores it.
    mutating func recode(_ code: String)

    // MARK: Bundle

    /// Reads one record of the bundle (its `code` already read into `reader.code` when `readsCode`).
    static func read(_ reader: inout FieldReader, dueDays: Int) throws -> Self
    /// Whether the bundle's record holds a `code` field.
    static var readsCode: Bool { get }
    /// The record as the bundle writes it (docs/formats.md).
    func json(includeIdentities: Bool) -> JSONValue
    /// The codes of other records it names: checked by the import, each a problem when no such record is found.
    var references: [RecordReference] { get }

    // MARK: Store

    /// The records in the bundle's order (by code), each read whole; `exportBundle` and the stream export walk it.
    static func forEachInBundleOrder(_ db: Database, _ body: (Self) throws -> Void) throws
    /// The record as an export writes it: with `includeIdentities`, a feedback's sealed identity opened with `passphrase`.
    func exported(includeIdentities: Bool, passphrase: String?, _ db: Database) throws -> JSONValue
    /// Saves one imported record (what the import does beyond `save` for this kind: a feedback's bulk load).
    static func importing(_ record: Self, into importer: inout Importer) throws -> SaveOutcome
    /// `check`'s pass over the records: each read back and checked against the model.
    static func checkAll(_ db: Database) throws -> [CheckProblem]

    // MARK: Merge

    /// The codes a merge may give the record when its own is taken here: nil keeps its own (it has no series).
    func renumbering(_ db: Database) throws -> Renumbering?
    /// The name its origin keeps (a locality's name in its former commune), "" for most kinds.
    var originName: String { get }
}

/// A code a record names: `field` (as in the bundle), the kinds it may be one of, the code.
struct RecordReference {
    let field: String
    let targets: [Entity]
    let code: String

    init(_ field: String, _ target: Entity, _ code: String) { self.init(field, [target], code) }

    init(_ field: String, _ targets: [Entity], _ code: String) {
        self.field = field
        self.targets = targets
        self.code = code
    }
}

extension [RecordReference] {
    /// The references of an optional field: none when it is not set.
    static func optional(_ field: String, _ target: Entity, _ code: String?) -> [RecordReference] {
        code.map { [RecordReference(field, target, $0)] } ?? []
    }

    /// One reference per element: "officials[0]", "officials[1]" …
    static func each<T>(_ field: String, _ target: Entity, _ items: [T], _ code: (T) -> String?, suffix: String = "") -> [RecordReference] {
        items.enumerated().compactMap { index, item in code(item).map { RecordReference("\(field)[\(index)]\(suffix)", target, $0) } }
    }
}

/// Codes a merge gives out in order: numbers after `first()`, each written by `code`, shared by every record of `key`.
struct Renumbering {
    let key: String
    let first: () throws -> Int
    let code: (Int) -> String
}

extension KindRecord {
    static var readsCode: Bool { true }
    var seriesYear: Int? { nil }
    var originName: String { "" }

    static func forEachInBundleOrder(_ db: Database, _ body: (Self) throws -> Void) throws {
        let codes = try String.fetchCursor(db, sql: "SELECT code FROM \(table) ORDER BY code")
        while let code = try codes.next() { if let record = try fetch(db, code: code) { try body(record) } }
    }

    func exported(includeIdentities: Bool, passphrase: String?, _ db: Database) throws -> JSONValue {
        json(includeIdentities: includeIdentities)
    }

    static func importing(_ record: Self, into importer: inout Importer) throws -> SaveOutcome { try importer.save(record) }

    static func checkAll(_ db: Database) throws -> [CheckProblem] { try AppDatabase.unreadable(Self.self, db) }

    /// The kind's series, numbered on from the last code of the record's year in this commune.
    func renumbering(_ db: Database) throws -> Renumbering? {
        guard let series = Self.kind.series else { return nil }
        let year = seriesYear
        return Renumbering(key: series.stem(year: year), first: { try series.lastNumber(in: Self.table, year: year, db) },
                           code: { series.code($0, year: year) })
    }

    /// The next free code of the record's series (of its year): what a new record is saved under when its own was taken.
    func nextCode(_ db: Database) throws -> String {
        guard let series = Self.kind.series else { throw GiamSatError.noCodeSeries(Self.entity.rawValue) }
        return try series.next(in: Self.table, year: seriesYear, db)
    }
}
