import GRDB

extension AppDatabase {
    /// Migration `v7-locality-natural-order`: localities' stored sort keys compare numbers as numbers
    /// (`Locality.sortKey`), so the meeting list and every village list read "Ấp 2" before "Ấp 10". Keys written
    /// before are written again; a commune has tens of localities.
    static func registerLocalityOrderMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-locality-natural-order") { db in
            for row in try Row.fetchAll(db, sql: "SELECT code, name FROM locality") {
                let name: String = row["name"]
                try db.execute(sql: "UPDATE locality SET sort_key = ? WHERE code = ?", arguments: [Locality.sortKey(name), row["code"] as String])
            }
        }
    }
}
