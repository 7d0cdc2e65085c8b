import Foundation
import GRDB

/// The outgoing register's store (docs/formats.md "Outgoing register"). One yearly series per office; a merged former
/// commune's lines keep their numbers under their former unit and never take part in this office's series.
extension AppDatabase {
    static let outgoingEntity = "outgoing-document"

    static func registerMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-outgoing-register") { db in
            try db.execute(sql: """
                CREATE TABLE outgoing_document (
                  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, year INTEGER NOT NULL, number INTEGER NOT NULL,
                  kind TEXT NOT NULL, symbol TEXT NOT NULL, issued_on TEXT NOT NULL, title TEXT NOT NULL,
                  recipients TEXT NOT NULL DEFAULT '', source TEXT, purpose TEXT NOT NULL, file TEXT NOT NULL DEFAULT '',
                  former_unit TEXT, version INTEGER NOT NULL DEFAULT 1);
                -- This office's series: a number is taken once per year (a former unit's lines stand apart).
                CREATE UNIQUE INDEX outgoing_number ON outgoing_document(year, number) WHERE former_unit IS NULL;
                CREATE INDEX outgoing_by_purpose ON outgoing_document(purpose, year);
                """)
        }
    }

    /// The line an earlier document of the same purpose took this year (a reprint may keep its number), if any.
    public func previousOutgoing(purpose: String, year: Int) throws -> OutgoingDocument? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT * FROM outgoing_document WHERE purpose = ? AND year = ? AND former_unit IS NULL ORDER BY number DESC LIMIT 1
                """, arguments: [purpose, year]).map(Self.outgoing)
        }
    }

    /// Registers a document: the next number of the year's series, or, for a corrected reprint (`reprinting`), the line
    /// given, with its file updated. Audited. `produce` writes the file once the number is known, inside the same
    /// transaction: two desks never get the same number, and a file that could not be written takes none.
    /// `draft.symbol` holds "{n}" where the number goes ("{n}/BC-MTTQ-BTT").
    public func registerOutgoing(_ draft: OutgoingDocument, reprinting: OutgoingDocument? = nil, by user: String,
                                 produce: (OutgoingDocument) throws -> Void) throws -> OutgoingDocument {
        try write { db in
            let now = Self.timestamp()
            if let old = reprinting {
                try produce(old)
                try db.execute(sql: "UPDATE outgoing_document SET file = ?, version = version + 1 WHERE code = ?",
                               arguments: [draft.file, old.code])
                try db.execute(sql: Self.auditSQL, arguments: [now, user, Self.outgoingEntity, old.code, "reprint", old.file, draft.file])
                var kept = old
                kept.file = draft.file
                kept.version += 1
                return kept
            }
            let last = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM outgoing_document WHERE year = ? AND former_unit IS NULL",
                                        arguments: [draft.year]) ?? 0
            var line = draft
            line.number = last + 1
            line.code = OutgoingDocument.code(year: line.year, number: line.number)
            // A merged former unit's line may hold the code this number makes: the next free one is taken.
            var suffix = 1
            while try Bool.fetchOne(db, sql: "SELECT 1 FROM outgoing_document WHERE code = ?", arguments: [line.code]) == true {
                suffix += 1
                line.code = OutgoingDocument.code(year: line.year, number: line.number) + "-\(suffix)"
            }
            line.formerUnit = nil
            line.version = 1
            line.symbol = draft.symbol.replacingOccurrences(of: "{n}", with: OutgoingDocument.numberText(line.number))
            try produce(line)
            try Self.insert(line, db)
            for (field, value) in line.auditFields {
                try db.execute(sql: Self.auditSQL, arguments: [now, user, Self.outgoingEntity, line.code, field, "", value])
            }
            return line
        }
    }

    static func insert(_ d: OutgoingDocument, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO outgoing_document(code, year, number, kind, symbol, issued_on, title, recipients, source, purpose, file,
                                          former_unit, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [d.code, d.year, d.number, d.kind, d.symbol, d.issuedOn.iso, d.title, d.recipients.joined(separator: "\n"),
                             d.source, d.purpose, d.file, d.formerUnit, d.version])
    }

    /// The register, a year or all, in the order of the series (a former unit's lines after this office's).
    public func outgoingRegister(year: Int? = nil) throws -> [OutgoingDocument] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM outgoing_document WHERE (?1 IS NULL OR year = ?1)
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

extension OutgoingDocument {
    public var auditFields: [(field: String, value: String)] {
        [("number", String(number)), ("symbol", symbol), ("kind", kind), ("issuedOn", issuedOn.iso), ("title", title),
         ("recipients", recipients.joined(separator: "; ")), ("source", source ?? ""), ("purpose", purpose), ("file", file)]
    }
}
