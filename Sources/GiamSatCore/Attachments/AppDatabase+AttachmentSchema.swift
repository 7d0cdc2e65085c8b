import GRDB

extension AppDatabase {
    /// Attachments (issue 21): one row per file held by a record, beside the records as `record_origin` and `voided`
    /// are (no record's columns change). The content is in the data folder under `sha256` (`AttachmentFiles`); an
    /// attachment is never deleted, only voided (its own columns: it is not a kind of record of `RecordKinds`).
    static func registerAttachmentMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-attachments") { db in
            try db.execute(sql: """
                CREATE TABLE attachment (
                  entity TEXT NOT NULL, record TEXT NOT NULL, id INTEGER NOT NULL,
                  name TEXT NOT NULL, size INTEGER NOT NULL, added_on TEXT NOT NULL, added_by TEXT NOT NULL,
                  sha256 TEXT NOT NULL,
                  identity INTEGER NOT NULL DEFAULT 0, -- holds the reporter's identity (feedback only)
                  sealed INTEGER NOT NULL DEFAULT 0,   -- content sealed by protect: attachments/ab/<sha256>.sealed
                  void_reason TEXT, voided_on TEXT, voided_by TEXT,
                  PRIMARY KEY (entity, record, id));
                CREATE INDEX attachment_by_hash ON attachment(sha256);
                """)
        }
    }
}
