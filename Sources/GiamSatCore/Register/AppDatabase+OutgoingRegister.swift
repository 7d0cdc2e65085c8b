import Foundation
import GRDB

extension OutgoingDocument: StoredRecord {
    public static let table = "outgoing_document"

    public static func fetch(_ db: Database, code: String) throws -> OutgoingDocument? {
        try Row.fetchOne(db, sql: "\(AppDatabase.outgoingSelect) WHERE d.code = ?", arguments: [code]).map(AppDatabase.outgoing)
    }

    public func upsert(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: """
            INSERT INTO outgoing_document(code, year, number, kind, symbol, issued_on, title, recipients, source, purpose, file)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET year = excluded.year, number = excluded.number, kind = excluded.kind,
              symbol = excluded.symbol, issued_on = excluded.issued_on, title = excluded.title, recipients = excluded.recipients,
              source = excluded.source, purpose = excluded.purpose, file = excluded.file
            RETURNING id
            """, arguments: [code, year, number, kind, symbol, issuedOn, title, recipients.joined(separator: "\n"), source, purpose,
                             file])!
    }
}

/// The outgoing register's store (docs/formats.md "Outgoing register"). One yearly number series per office; a merged
/// former commune's lines (those with an origin in `record_origin`) keep their numbers and stay out of this office's series.
extension AppDatabase {
    static func registerMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-outgoing-register") { db in
            try db.execute(sql: """
                CREATE TABLE outgoing_document (
                  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, year INTEGER NOT NULL, number INTEGER NOT NULL,
                  kind TEXT NOT NULL, symbol TEXT NOT NULL, issued_on TEXT NOT NULL, title TEXT NOT NULL,
                  recipients TEXT NOT NULL DEFAULT '', source TEXT, purpose TEXT NOT NULL, file TEXT NOT NULL DEFAULT '',
                  version INTEGER NOT NULL DEFAULT 1);
                CREATE INDEX outgoing_by_number ON outgoing_document(year, number);
                CREATE INDEX outgoing_by_purpose ON outgoing_document(purpose, year);
                """)
        }
    }

    static let outgoingSelect = """
        SELECT d.*, (SELECT o.former_unit FROM record_origin o WHERE o.entity = 'outgoing-document' AND o.code = d.code LIMIT 1)
               AS former_unit
        FROM outgoing_document d
        """
    /// This office's own lines: not brought by a merge.
    static let ownOutgoing = "d.code NOT IN (SELECT code FROM record_origin WHERE entity = 'outgoing-document')"

    /// The line an earlier document of the same purpose took this year (a reprint may keep its number), if any.
    public func previousOutgoing(purpose: String, year: Int) throws -> OutgoingDocument? {
        try read { db in
            try Row.fetchOne(db, sql: "\(Self.outgoingSelect) WHERE d.purpose = ? AND d.year = ? AND \(Self.ownOutgoing) ORDER BY d.number DESC LIMIT 1",
                             arguments: [purpose, year]).map(Self.outgoing)
        }
    }

    /// Registers a document: the next number of the year's series, or, for a corrected reprint (`reprinting`), the line
    /// given, with its file updated. Saved as every record is (audited, versioned). `produce` writes the file once the
    /// number is known, inside the same transaction: two desks never get the same number, and a file that could not be
    /// written takes none. `draft.symbol` holds "{n}" where the number goes ("{n}/BC-MTTQ-BTT").
    public func registerOutgoing(_ draft: OutgoingDocument, reprinting: OutgoingDocument? = nil, by user: String,
                                 produce: (OutgoingDocument) throws -> Void) throws -> OutgoingDocument {
        try write { db in
            if let old = reprinting, var line = try OutgoingDocument.fetch(db, code: old.code) {
                try produce(line)
                line.file = draft.file
                _ = try Self.save(line, expectedVersion: line.version, by: user, in: db)
                return try OutgoingDocument.fetch(db, code: old.code) ?? line
            }
            // Numbers are never reused: the next after the greatest this office ever took that year.
            let last = try Int.fetchOne(db, sql: "SELECT MAX(d.number) FROM outgoing_document d WHERE d.year = ? AND \(Self.ownOutgoing)",
                                        arguments: [draft.year]) ?? 0
            var line = draft
            line.number = last + 1
            line.code = try OutgoingDocument.kind.series!.next(in: OutgoingDocument.table, year: line.year, db)
            line.symbol = draft.symbol.replacingOccurrences(of: "{n}", with: OutgoingDocument.numberText(line.number))
            line.formerUnit = nil
            try produce(line)
            _ = try Self.save(line, expectedVersion: nil, by: user, in: db)
            return try OutgoingDocument.fetch(db, code: line.code) ?? line
        }
    }

    /// The register, a year or all, in the order of the series (a former commune's lines after this office's).
    public func outgoingRegister(year: Int? = nil) throws -> [OutgoingDocument] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM (\(Self.outgoingSelect) WHERE (?1 IS NULL OR d.year = ?1))
                ORDER BY year, former_unit IS NOT NULL, former_unit, number, code
                """, arguments: [year]).map(Self.outgoing)
        }
    }

    static func outgoing(_ row: Row) throws -> OutgoingDocument {
        let recipients = try row.text("recipients")
        return OutgoingDocument(code: try row.text("code"), year: try row.integer("year"), number: try row.integer("number"),
                                kind: try row.text("kind"), symbol: try row.text("symbol"),
                                issuedOn: try row.date("issued_on"), title: try row.text("title"),
                                recipients: recipients.isEmpty ? [] : recipients.components(separatedBy: "\n"),
                                source: try row.optionalText("source"), purpose: try row.text("purpose"), file: try row.text("file"),
                                formerUnit: try row.optionalText("former_unit"), version: try row.integer("version"))
    }
}
