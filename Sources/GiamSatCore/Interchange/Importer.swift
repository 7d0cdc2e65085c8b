import GRDB

/// Writes imported records one by one inside the import's transaction. References are looked up
/// by the code's index as each record is written; one that points to a record not written yet is
/// kept aside and looked up again at the end, when every file has been read (records may come in
/// any order: the foreign keys are deferred).
struct Importer {
    let db: Database
    let user: String
    /// One audit time for the whole import.
    let now: String
    var report = ImportReport()
    /// Search rows written in batches (see `SearchRows`); the feedback ones flushed before an official is saved
    /// (it re-indexes the feedback that names it), all at the end of each file.
    let searchRows = SearchRows()
    private var currentCommune: String?
    private var pending: [Reference] = []
    /// Codes `exists` found, by table: nothing is removed during an import, so a code found stays found (a
    /// million feedback records name the same hundred thousand officials over and over).
    private var found: [String: Set<String>] = [:]
    /// Set while the first file loads into a database that held no feedback (`FeedbackBulkLoad`).
    private(set) var bulk: FeedbackBulkLoad?

    struct Reference {
        let file: String, owner: Entity, ownerCode: String, field: String
        /// Where the code may be: a recommendation's source is a plan or a feedback record.
        let targets: [Entity]
        let code: String
    }

    /// `bulkLoad` false keeps the normal path even into an empty database (tests compare the two).
    init(_ db: Database, user: String, bulkLoad: Bool = true) throws {
        self.db = db
        self.user = user
        now = AppDatabase.timestamp()
        currentCommune = try AppDatabase.commune(db)?.code
        bulk = bulkLoad ? try FeedbackBulkLoad.ifEmpty(db) : nil
    }

    /// `omitted`: fields the file left out, which keep what is stored (an empty one clears it).
    mutating func commune(_ commune: Commune, omitted: Set<String>, file: String) throws {
        if let currentCommune, currentCommune != commune.code {
            throw GiamSatError.otherCommune(file: file, bundle: commune.code, database: currentCommune)
        }
        currentCommune = commune.code
        var commune = commune
        if let stored = try AppDatabase.commune(db) {
            if omitted.contains("district") { commune.district = stored.district }
            if omitted.contains("province") { commune.province = stored.province }
        }
        report.record(.commune, try AppDatabase.setCommune(commune, by: user, in: db))
    }

    /// Checks the codes the record names (`KindRecord.references`), then saves it as its kind imports
    /// (`KindRecord.importing`: a feedback record may be bulk loaded).
    mutating func save(_ record: any KindRecord, file: String) throws {
        let entity = type(of: record).entity
        // Feedback set aside by the bulk load (out of code order) is written before any other kind: a later record
        // finds every feedback record before it on file, as it always did.
        if entity != .feedback, let bulk, bulk.isWaiting { try bulk.drain(searchRows: searchRows, db) }
        for reference in record.references {
            try check(Reference(file: file, owner: entity, ownerCode: record.code, field: reference.field,
                                targets: reference.targets, code: reference.code))
        }
        report.record(entity, try imported(record))
    }

    private mutating func imported<R: KindRecord>(_ record: R) throws -> SaveOutcome { try R.importing(record, into: &self) }

    /// The ordinary save of one record, inside the import's transaction, its search row held back (`SearchRows`).
    func save<R: StoredRecord>(_ record: R) throws -> SaveOutcome {
        try AppDatabase.save(record, expectedVersion: nil, by: user, at: now, searchRows: searchRows, in: db)
    }

    private mutating func check(_ reference: Reference) throws {
        if try !exists(reference) { pending.append(reference) }
    }

    private mutating func exists(_ reference: Reference) throws -> Bool {
        for target in reference.targets {
            if found[target.table]?.contains(reference.code) == true { return true }
            if try AppDatabase.exists(target, code: reference.code, db) {
                found[target.table, default: []].insert(reference.code)
                return true
            }
        }
        return false
    }

    /// A former unit of the commune, or where the next record came from (written before it, so its search text
    /// finds its former code).
    func provenance(_ item: Provenance) throws {
        switch item {
        case .formerUnit(let unit): try AppDatabase.saveFormerUnit(unit, by: user, at: now, in: db)
        case .origins(let entity, let code, let origins):
            for origin in origins { try AppDatabase.addOrigin(origin, entity: entity, code: code, db) }
            if entity == .feedback { bulk?.hasOrigins = true }
        case .voided(let entity, let code, let mark):
            try AppDatabase.importVoid(mark, entity: entity, code: code, db)
        }
    }

    /// At the end of a file: what it changed in the search index is written. Only the first file is bulk
    /// loaded: a later one may hold a code the first wrote, which must be compared and updated.
    mutating func endOfFile() throws {
        try searchRows.flush(db)
        try endBulkLoad()
    }

    private mutating func endBulkLoad() throws {
        try bulk?.end(searchRows: searchRows, db)
        bulk = nil
    }

    /// Ends the bulk load once it has loaded rows: it caches names and dropped the index a renamed official's
    /// feedback is found by, so a locality or an official saved after its rows must not find it still on.
    mutating func endBulkLoadIfLoading() throws {
        if bulk?.hasRows == true { try endBulkLoad() }
    }

    /// Every reference kept aside must now point to a record; the commune must be known.
    mutating func finish(path: String?) throws -> ImportReport {
        try searchRows.flush(db)
        try endBulkLoad()
        let errors = try pending.filter { try !exists($0) }.map { reference in
            let entity = RecordKinds.entity(of: reference.code, among: reference.targets)
            return RecordError(file: reference.file, entity: reference.owner, code: reference.ownerCode, field: reference.field,
                               problem: .unknownReference(entity: entity, code: reference.code))
        }
        // A record's origin must name a former unit of the commune (the bundle's "formerUnits").
        let orphans = try Row.fetchAll(db, sql: """
            SELECT entity, code, former_unit FROM record_origin WHERE former_unit NOT IN (SELECT code FROM former_unit) LIMIT 100
            """).map { row in
            RecordError(file: path, entity: Entity(rawValue: row["entity"]) ?? .commune, code: row["code"], field: "former",
                        problem: .unknownReference(entity: .commune, code: row["former_unit"]))
        }
        if !errors.isEmpty || !orphans.isEmpty { throw GiamSatError.invalidRecords(errors + orphans) }
        if try AppDatabase.commune(db) == nil { throw GiamSatError.notInitialized(path: path ?? ":memory:") }
        return report
    }
}
