import GRDB

extension Feedback: StoredRecord {
    public static let table = "feedback"

    // Statements are cached: an import or an export runs these a million times.
    /// The columns `init(row:…)` reads, in its order; `prefix` is a table alias ("f.").
    static func columns(_ prefix: String = "") -> String {
        ["code", "received_on", "channel", "kind", "anonymous", "reporter_name", "reporter_address", "reporter_phone", "locality",
         "content", "summary", "notes", "due_on", "version", "status", "is_open", "plan", "clock_flags"].map { prefix + $0 }.joined(separator: ", ")
    }
    /// Where `columns` puts `status` and `is_open` (for `check`).
    static let statusColumn = 14, isOpenColumn = 15

    public static func fetch(_ db: Database, code: String) throws -> Feedback? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(columns()) FROM feedback WHERE code = ?"), arguments: [code]) else {
            return nil
        }
        return try fetch(db, row: row, code: code)
    }

    /// The record of a feedback row (`columns`, in order): its officials and history by the code's index.
    /// Read by position through the throwing helpers (docs/security.md): a million rows per export or check.
    static func fetch(_ db: Database, row: Row, code: String) throws -> Feedback {
        let officials = try String.fetchAll(db.cachedStatement(sql: "SELECT official FROM feedback_official WHERE feedback = ? ORDER BY position"),
                                            arguments: [code])
        let history = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT status, on_date, by, note, to_body, duplicate_of FROM feedback_history WHERE feedback = ? ORDER BY seq
            """), arguments: [code]).map {
            StatusChange(status: try $0.slug(at: 0), on: try $0.date(at: 1), by: try $0.text(at: 2), note: try $0.text(at: 3),
                         to: try $0.text(at: 4), duplicateOf: try $0.optionalText(at: 5))
        }
        var feedback = try Feedback(row: row, officials: officials, history: history)
        feedback.clockFlags = Feedback.ClockFlags(rawValue: try row.integer(at: 17))
        feedback.extensions = try extensions(db, code: code)
        return feedback
    }

    init(row: Row, officials: [String], history: [StatusChange]) throws {
        var reporter: Reporter?
        if let name = try row.optionalText(at: 5) {
            reporter = IdentitySeal.isSealed(name) ? Reporter(sealed: name)
                : Reporter(name: name, address: try row.optionalText(at: 6) ?? "", phone: try row.optionalText(at: 7) ?? "")
        }
        self.init(
            code: try row.text(at: 0), receivedOn: try row.date(at: 1), channel: try row.slug(at: 2), kind: try row.slug(at: 3),
            anonymous: try row.flag(at: 4), reporter: reporter, officials: officials, locality: try row.optionalText(at: 8),
            content: try row.optionalSlug(at: 9), summary: try row.text(at: 10), notes: try row.text(at: 11),
            dueOn: try row.date(at: 12), history: history, plan: try row.optionalText(at: 16), version: try row.integer(at: 13))
    }

    /// The columns `upsert` and the bulk load (`FeedbackBulkLoad`) write, in the order of `rowArguments`.
    static let writtenColumns = """
        id, recency, code, received_on, channel, kind, anonymous, reporter_name, reporter_address, reporter_phone,
        locality, content, summary, notes, due_on, status, is_open, status_on, official_names, plan, clock_flags
        """

    /// The values of `writtenColumns` for a new row `id`; `names` are the officials' names as lists show them.
    /// Values, not `StatementArguments`: the bulk load binds them itself (`BulkStatement`).
    func rowValues(id: Int64, names: [String]) -> [DatabaseValue] {
        let sealed = reporter?.sealed != nil
        return [id.databaseValue, searchRowID(id: id).databaseValue, code.databaseValue, receivedOn.databaseValue,
                channel.slug.databaseValue, kind.slug.databaseValue, anonymous.databaseValue,
                orNull(reporter.map { $0.sealed ?? $0.name }), orNull(sealed ? nil : reporter?.address),
                orNull(sealed ? nil : reporter?.phone), orNull(locality), orNull(content?.slug), summary.databaseValue,
                notes.databaseValue, dueOn.databaseValue, status.slug.databaseValue, (!status.isEnded).databaseValue,
                (history.last?.on ?? receivedOn).databaseValue, names.joined(separator: ", ").databaseValue, orNull(plan),
                clockFlags.rawValue.databaseValue]
    }

    static let linkSQL = "INSERT INTO feedback_official(feedback, position, official) VALUES (?, ?, ?)"
    static let stepSQL = """
        INSERT INTO feedback_history(feedback, seq, status, on_date, by, note, to_body, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The rows of `linkSQL`: the officials concerned, in order.
    var linkValues: [[DatabaseValue]] {
        officials.enumerated().map { [code.databaseValue, $0.offset.databaseValue, $0.element.databaseValue] }
    }

    /// The rows of `stepSQL`: the history, in order.
    var stepValues: [[DatabaseValue]] {
        history.enumerated().map { seq, change in
            [code.databaseValue, seq.databaseValue, change.status.slug.databaseValue, change.on.databaseValue, change.by.databaseValue,
             change.note.databaseValue, change.to.databaseValue, orNull(change.duplicateOf)]
        }
    }

    public func upsert(_ db: Database) throws -> Int64 {
        // A new row takes the next id and its recency in the same INSERT (no second write of the row);
        // an existing one keeps its id, and RETURNING says which happened.
        let next = try Int64.fetchOne(db.cachedStatement(sql: "SELECT IFNULL(MAX(id), 0) + 1 FROM feedback"))!
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            INSERT INTO feedback(\(Self.writtenColumns))
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET received_on = excluded.received_on, channel = excluded.channel,
              kind = excluded.kind, anonymous = excluded.anonymous, reporter_name = excluded.reporter_name,
              reporter_address = excluded.reporter_address, reporter_phone = excluded.reporter_phone,
              locality = excluded.locality, content = excluded.content, summary = excluded.summary,
              notes = excluded.notes, due_on = excluded.due_on, status = excluded.status, is_open = excluded.is_open,
              status_on = excluded.status_on, official_names = excluded.official_names, plan = excluded.plan,
              clock_flags = excluded.clock_flags
            RETURNING id, recency
            """), arguments: StatementArguments(rowValues(id: next, names: try officialNames(db))))!
        let id = Int64(try row.integer(at: 0))
        if id != next {
            // An update. A changed received date moves the record in the newest-first order, and in the search index.
            let old = Int64(try row.integer(at: 1)), recency = searchRowID(id: id)
            if old != recency {
                try db.cachedStatement(sql: "DELETE FROM feedback_search WHERE rowid = ?").execute(arguments: [old])
                try db.cachedStatement(sql: "UPDATE feedback SET recency = ? WHERE id = ?").execute(arguments: [recency, id])
            }
            try db.cachedStatement(sql: "DELETE FROM feedback_official WHERE feedback = ?").execute(arguments: [code])
            try db.cachedStatement(sql: "DELETE FROM feedback_history WHERE feedback = ?").execute(arguments: [code])
            try db.cachedStatement(sql: "DELETE FROM feedback_extension WHERE feedback = ?").execute(arguments: [code])
        }
        try insertChildren(db)
        return id
    }

    /// The officials' links and the history steps of a record whose old ones (if any) are gone.
    func insertChildren(_ db: Database) throws {
        for (sql, rows) in [(Self.linkSQL, linkValues), (Self.stepSQL, stepValues)] {
            let statement = try db.cachedStatement(sql: sql)
            for values in rows { try statement.execute(arguments: StatementArguments(values)) }
        }
        try insertExtensions(db)
    }

    public func forStorage(old: Feedback?, _ db: Database) throws -> Feedback {
        try forStorage(old: old, rules: AppDatabase.clockRules(db), db)
    }

    /// `forStorage` under clock rules already read (`FeedbackBulkLoad` reads them once per import).
    func forStorage(old: Feedback?, rules: ClockRules, _ db: Database) throws -> Feedback {
        try AppDatabase.sealingIdentity(withClock(rules), old: old, db)
    }

    public static let searchKeyColumn = "recency"

    /// Received day in the high bits, row id in the low: newest first is descending order.
    public func searchRowID(id: Int64) -> Int64 { Int64(receivedOn.dayNumber) << 32 | id }

    /// Code, summary, the officials' names and the locality: what a person remembers of a case.
    /// Never the reporter.
    public func searchText(_ db: Database) throws -> String? {
        searchText(names: try officials.map { try Self.officialName($0, db) },
                   localityName: try locality.flatMap { try Self.localityName($0, db) })
    }

    /// `names`: each official's name, nil for one not on file (left out).
    func searchText(names: [String?], localityName: String?) -> String {
        ([code, summary] + names.compactMap { $0 } + [localityName].compactMap { $0 }).joined(separator: " ")
    }

    static func localityName(_ code: String, _ db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM locality WHERE code = ?"), arguments: [code])
    }
}

extension Feedback {
    /// The full names of the officials concerned, in order; the code of one not (yet) on file.
    func officialNames(_ db: Database) throws -> [String] {
        try officials.map { try Self.officialName($0, db) ?? $0 }
    }

    static func officialName(_ code: String, _ db: Database) throws -> String? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT family_name, middle_name, given_name FROM official WHERE code = ?"),
                         arguments: [code]).map { row in
            try [row.text(at: 0), row.text(at: 1), row.text(at: 2)].filter { !$0.isEmpty }.joined(separator: " ")
        }
    }
}

extension AppDatabase {
    /// The reporter's identity, for the one user who asked to see it. The reveal is audited.
    /// A sealed identity (`protect`) is opened with `passphrase`, else `GIAMSAT_PASSPHRASE`,
    /// else an unlocked key of this process; without one: `passphraseNeeded`, and no audit row.
    public func revealReporter(of code: String, by user: String, passphrase: String? = nil) throws -> Feedback.Reporter? {
        try write { db in
            guard let feedback = try Feedback.fetch(db, code: code) else { throw GiamSatError.notFound(entity: .feedback, code: code) }
            let reporter = try Self.opened(feedback.reporter, db, passphrase: passphrase)
            try Self.audit(db, AuditEntry(at: Self.timestamp(), by: user, entity: .feedback, code: code,
                                          field: AuditEntry.revealField, old: "", new: ""))
            return reporter
        }
    }
}

/// A value to bind, NULL for nil.
func orNull<T: DatabaseValueConvertible>(_ value: T?) -> DatabaseValue { value?.databaseValue ?? .null }
