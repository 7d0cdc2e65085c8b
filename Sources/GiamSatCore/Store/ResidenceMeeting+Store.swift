import GRDB

extension ResidenceMeeting: StoredRecord {
    public static let table = "residence_meeting"

    public static func fetch(_ db: Database, code: String) throws -> ResidenceMeeting? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM residence_meeting WHERE code = ?", arguments: [code]) else { return nil }
        let exempt = try Row.fetchAll(db, sql: "SELECT official, reason FROM residence_meeting_exempt WHERE meeting = ? ORDER BY position",
                                      arguments: [code]).map { ExemptMember(official: try $0.text("official"), reason: try $0.text("reason")) }
        return ResidenceMeeting(code: try row.text("code"), year: try row.integer("year"), locality: try row.text("locality"),
                                heldOn: try row.date("held_on"), chair: try row.text("chair"), present: try row.integer("present"),
                                invited: try row.integer("invited"), minutes: try row.text("minutes"), exempt: exempt,
                                version: try row.integer("version"))
    }

    public func upsert(_ db: Database) throws -> Int64 {
        let id = try Int64.fetchOne(db, sql: """
            INSERT INTO residence_meeting(code, year, locality, held_on, chair, present, invited, minutes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET year = excluded.year, locality = excluded.locality, held_on = excluded.held_on,
              chair = excluded.chair, present = excluded.present, invited = excluded.invited, minutes = excluded.minutes
            RETURNING id
            """, arguments: [code, year, locality, heldOn, chair, present, invited, minutes])!
        try db.execute(sql: "DELETE FROM residence_meeting_exempt WHERE meeting = ?", arguments: [code])
        for (position, member) in exempt.enumerated() {
            try db.execute(sql: "INSERT INTO residence_meeting_exempt(meeting, position, official, reason) VALUES (?, ?, ?, ?)",
                           arguments: [code, position, member.official, member.reason])
        }
        return id
    }

    /// The village's other meeting of the year, refused. Voided meetings do not count, on either side: a meeting
    /// voided by mistake leaves room for the real one, and a voided one (in a bundle) is no village's meeting.
    func checkOnePerVillage(_ db: Database) throws {
        if try AppDatabase.isVoided(.residenceMeeting, code: code, db) { return }
        let sql = "SELECT code FROM residence_meeting m WHERE year = ? AND locality = ? AND code <> ? AND " + AppDatabase.liveMeeting("m.code")
        if let other = try String.fetchOne(db, sql: sql, arguments: [year, locality, code]) {
            throw RecordError(entity: .residenceMeeting, code: code, field: "locality",
                              problem: .meetingTwice(locality: locality, year: year, existing: other))
        }
    }

    /// One meeting per village and year, whoever saves (form, import, merge); held within its year and not after today
    /// (`GIAMSAT_TODAY` pins it); attendance no more than those invited; a member listed exempt once, with a reason.
    public func check(replacing old: ResidenceMeeting?, _ db: Database) throws {
        if let problem = heldOnProblem(today: .today()) {
            throw RecordError(entity: .residenceMeeting, code: code, field: "heldOn", problem: problem)
        }
        try checkOnePerVillage(db)
        if present < 0 || invited < 0 || (invited > 0 && present > invited) {
            throw RecordError(entity: .residenceMeeting, code: code, field: "present", problem: .outOfRange(present, 0...max(0, invited)))
        }
        // A member listed so before (on file, unchanged) is not refused again: the rule came after the meetings.
        for (index, member) in exempt.enumerated() where member.reason.isEmpty && old?.exempt.contains(member) != true {
            throw RecordError(entity: .residenceMeeting, code: code, field: "exempt[\(index)].reason",
                              problem: .exemptWithoutReason(official: member.official))
        }
        var seen = Set<String>()
        for (index, member) in exempt.enumerated() where !seen.insert(member.official).inserted {
            throw RecordError(entity: .residenceMeeting, code: code, field: "exempt[\(index)].official", problem: .duplicateCode)
        }
    }
}

extension AppDatabase {
    /// Migration `v7-residence-meetings` (issue 21): the meetings and their exempt members. Reviews keep their table: a
    /// review belongs to the meeting of its year and village (`ResidenceMeeting`), so reviews already stored are placed
    /// under a meeting as soon as it is recorded, with nothing to move.
    static func registerMeetingMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-residence-meetings") { db in
            try db.execute(sql: """
                CREATE TABLE residence_meeting (
                  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, year INTEGER NOT NULL,
                  locality TEXT NOT NULL REFERENCES locality(code) DEFERRABLE INITIALLY DEFERRED,
                  held_on TEXT NOT NULL, chair TEXT NOT NULL DEFAULT '', present INTEGER NOT NULL DEFAULT 0,
                  invited INTEGER NOT NULL DEFAULT 0, minutes TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1,
                  UNIQUE (year, locality));
                CREATE TABLE residence_meeting_exempt (
                  meeting TEXT NOT NULL REFERENCES residence_meeting(code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                  position INTEGER NOT NULL,
                  official TEXT NOT NULL REFERENCES official(code) DEFERRABLE INITIALLY DEFERRED,
                  reason TEXT NOT NULL DEFAULT '', PRIMARY KEY (meeting, official));
                CREATE INDEX residence_meeting_exempt_by_official ON residence_meeting_exempt(official);
                CREATE INDEX residence_meeting_by_locality ON residence_meeting(locality, year);
                """)
        }
    }
}
