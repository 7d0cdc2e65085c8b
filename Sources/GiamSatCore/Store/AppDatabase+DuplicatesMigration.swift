import GRDB

extension AppDatabase {
    /// Duplicates (issue 21): the link a "trùng" step makes is the `duplicate_of` of that history row (there since v1);
    /// the original's page and the void's "still depended on" look it up by the original's code, so it gets an index
    /// (partial: most steps name no original). Nothing else moves: the anonymous closing step is a status slug.
    static func registerDuplicatesMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-duplicates") { db in
            try db.execute(sql: """
                CREATE INDEX IF NOT EXISTS feedback_history_by_duplicate_of ON feedback_history(duplicate_of)
                  WHERE duplicate_of IS NOT NULL;
                """)
        }
    }
}
