import GRDB

extension Feedback: StoredRecord {
    public static let table = "feedback"

    public static func fetch(_ db: Database, code: String) throws -> Feedback? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM feedback WHERE code = ?", arguments: [code]) else { return nil }
        let officials = try String.fetchAll(db, sql: "SELECT official FROM feedback_official WHERE feedback = ? ORDER BY position", arguments: [code])
        let history = try Row.fetchAll(db, sql: "SELECT * FROM feedback_history WHERE feedback = ? ORDER BY seq", arguments: [code]).map {
            StatusChange(status: try $0.slug("status"), on: try $0.date("on_date"), by: try $0.text("by"), note: try $0.text("note"),
                         to: try $0.text("to_body"), duplicateOf: try $0.optionalText("duplicate_of"))
        }
        var reporter: Reporter?
        if let name = try row.optionalText("reporter_name") {
            reporter = IdentitySeal.isSealed(name) ? Reporter(sealed: name)
                : Reporter(name: name, address: try row.optionalText("reporter_address") ?? "", phone: try row.optionalText("reporter_phone") ?? "")
        }
        return Feedback(
            code: try row.text("code"), receivedOn: try row.date("received_on"), channel: try row.slug("channel"),
            kind: try row.slug("kind"), anonymous: try row.flag("anonymous"), reporter: reporter,
            officials: officials, locality: try row.optionalText("locality"), content: try row.optionalSlug("content"),
            summary: try row.text("summary"), notes: try row.text("notes"), dueOn: try row.date("due_on"), history: history,
            version: try row.integer("version"))
    }

    public func upsert(_ db: Database) throws -> Int64 {
        let id = try Int64.fetchOne(db, sql: """
            INSERT INTO feedback(code, received_on, channel, kind, anonymous, reporter_name, reporter_address,
              reporter_phone, locality, content, summary, notes, due_on, status, is_open)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET received_on = excluded.received_on, channel = excluded.channel,
              kind = excluded.kind, anonymous = excluded.anonymous, reporter_name = excluded.reporter_name,
              reporter_address = excluded.reporter_address, reporter_phone = excluded.reporter_phone,
              locality = excluded.locality, content = excluded.content, summary = excluded.summary,
              notes = excluded.notes, due_on = excluded.due_on, status = excluded.status, is_open = excluded.is_open
            RETURNING id
            """, arguments: [code, receivedOn, channel.slug, kind.slug, anonymous, reporter.map { $0.sealed ?? $0.name },
                             reporter?.sealed == nil ? reporter?.address : nil, reporter?.sealed == nil ? reporter?.phone : nil,
                             locality, content?.slug, summary, notes, dueOn, status.slug, !status.isEnded])!
        // A changed received date moves the record in the newest-first order, and in the search index.
        let recency = searchRowID(id: id)
        if let old = try Int64.fetchOne(db, sql: "SELECT recency FROM feedback WHERE id = ?", arguments: [id]), old != recency {
            try db.execute(sql: "DELETE FROM feedback_search WHERE rowid = ?", arguments: [old])
            try db.execute(sql: "UPDATE feedback SET recency = ? WHERE id = ?", arguments: [recency, id])
        }
        try db.execute(sql: "DELETE FROM feedback_official WHERE feedback = ?", arguments: [code])
        try db.execute(sql: "DELETE FROM feedback_history WHERE feedback = ?", arguments: [code])
        for (position, official) in officials.enumerated() {
            try db.execute(sql: "INSERT INTO feedback_official(feedback, position, official) VALUES (?, ?, ?)",
                           arguments: [code, position, official])
        }
        for (seq, change) in history.enumerated() {
            try db.execute(sql: """
                INSERT INTO feedback_history(feedback, seq, status, on_date, by, note, to_body, duplicate_of)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [code, seq, change.status.slug, change.on, change.by, change.note, change.to, change.duplicateOf])
        }
        return id
    }

    public func forStorage(old: Feedback?, _ db: Database) throws -> Feedback {
        try AppDatabase.sealingIdentity(self, old: old, db)
    }

    public static let searchKeyColumn = "recency"

    /// Received day in the high bits, row id in the low: newest first is descending order.
    public func searchRowID(id: Int64) -> Int64 { Int64(receivedOn.dayNumber) << 32 | id }

    /// Code, summary, the officials' names and the locality: what a person remembers of a case.
    /// Never the reporter.
    public func searchText(_ db: Database) throws -> String? {
        var parts = [code, summary]
        for official in officials {
            if let row = try Row.fetchOne(db, sql: "SELECT family_name, middle_name, given_name FROM official WHERE code = ?", arguments: [official]) {
                parts.append("\(try row.text("family_name")) \(try row.text("middle_name")) \(try row.text("given_name"))")
            }
        }
        if let locality, let name = try String.fetchOne(db, sql: "SELECT name FROM locality WHERE code = ?", arguments: [locality]) {
            parts.append(name)
        }
        return parts.joined(separator: " ")
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
