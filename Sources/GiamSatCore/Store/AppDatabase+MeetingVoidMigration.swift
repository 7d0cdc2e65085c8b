import GRDB

extension AppDatabase {
    /// Migration `v7-residence-meetings-void`: a voided meeting (recorded by mistake) is no village's meeting, so the
    /// village may record its real one. `v7-residence-meetings` had shipped with `UNIQUE (year, locality)`, which also
    /// counted the voided row; SQLite drops a table's constraint only by building the table again (ids kept). One live
    /// meeting per village and year is the store's rule (`ResidenceMeeting.check`), run by every save and by a restore.
    /// GRDB runs a migration with foreign keys off and checks them at its end, so the exempt rows stay.
    static func registerMeetingVoidMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-residence-meetings-void") { db in
            try db.execute(sql: """
                CREATE TABLE residence_meeting_new (
                  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, year INTEGER NOT NULL,
                  locality TEXT NOT NULL REFERENCES locality(code) DEFERRABLE INITIALLY DEFERRED,
                  held_on TEXT NOT NULL, chair TEXT NOT NULL DEFAULT '', present INTEGER NOT NULL DEFAULT 0,
                  invited INTEGER NOT NULL DEFAULT 0, minutes TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1);
                INSERT INTO residence_meeting_new(id, code, year, locality, held_on, chair, present, invited, minutes, version)
                  SELECT id, code, year, locality, held_on, chair, present, invited, minutes, version FROM residence_meeting;
                DROP TABLE residence_meeting;
                ALTER TABLE residence_meeting_new RENAME TO residence_meeting;
                CREATE INDEX residence_meeting_by_locality ON residence_meeting(locality, year);
                """)
        }
    }
}
