import GRDB

// Residence review meetings (issue 21): one per village and year; the village's reviews of that year are its reviews
// (`ResidenceMeeting`), and a village counts as reviewed in the tally and on the dashboard when its meeting is recorded.

/// A meeting as a list shows it: with its village's name and how many reviews came out of it.
public struct MeetingLine: Equatable, Sendable {
    public var meeting: ResidenceMeeting
    public var localityName: String
    public var reviews: Int
}

/// A meeting's figures: attendance, the reviews that came out of it, the members exempt.
public struct MeetingCount: Equatable, Sendable {
    public var present: Int
    public var invited: Int
    /// Reviews recorded in the village that year (members living there and others reviewed there).
    public var reviews: Int
    /// Members living there still waiting for a review.
    public var missing: Int
    /// Exempt that year: on the meeting's list or exempt from residence activities altogether.
    public var exempt: Int
}

/// A meeting's page: the meeting, its village's grid of that year (its reviews), its figures.
public struct MeetingPage: Equatable, Sendable {
    public var meeting: ResidenceMeeting
    public var grid: ResidenceGrid
    public var count: MeetingCount
    /// Names of the officials the meeting lists as exempt, by code.
    public var names: [String: String]
}

extension AppDatabase {
    /// SQL: the meeting whose code is `column` is not voided (issue 17's mark). A voided meeting — recorded by mistake —
    /// is no village's meeting: it leaves lists, grids, the tally and the dashboard, and its village is "chưa ghi HN" again.
    static func liveMeeting(_ column: String) -> String {
        "NOT EXISTS (SELECT 1 FROM voided vm WHERE vm.entity = '\(Entity.residenceMeeting.rawValue)' AND vm.code = \(column))"
    }

    /// Meetings of a year (nil: every year) and a village (nil: every one), by year then village. One statement.
    public func meetingLines(year: Int? = nil, locality: String? = nil, limit: Int? = nil) throws -> [MeetingLine] {
        try read { db in
            let live = try Self.voidCondition(.residenceReview, "(v.year || '/' || v.official)", db)
            let codes = try String.fetchAll(db, sql: """
                SELECT m.code FROM residence_meeting m LEFT JOIN locality l ON l.code = m.locality
                WHERE (?1 IS NULL OR m.year = ?1) AND (?2 IS NULL OR m.locality = ?2) AND \(Self.liveMeeting("m.code"))
                ORDER BY m.year, l.sort_key, m.locality LIMIT ?3
                """, arguments: [year, locality, limit ?? -1])
            return try codes.compactMap { code in
                try readableRow {
                    guard let meeting = try ResidenceMeeting.fetch(db, code: code) else { return nil }
                    let name = try String.fetchOne(db, sql: "SELECT name FROM locality WHERE code = ?", arguments: [meeting.locality]) ?? meeting.locality
                    let reviews = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM residence_review v WHERE v.year = ? AND v.locality = ?\(live)",
                                                   arguments: [meeting.year, meeting.locality]) ?? 0
                    return MeetingLine(meeting: meeting, localityName: name, reviews: reviews)
                } ?? nil
            }
        }
    }

    /// The meeting of a village in a year, if it is recorded.
    public func meeting(year: Int, locality: String) throws -> ResidenceMeeting? {
        try read { db in try Self.meetingCode(year: year, locality: locality, db).flatMap { try ResidenceMeeting.fetch(db, code: $0) } }
    }

    static func meetingCode(year: Int, locality: String, _ db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT code FROM residence_meeting m WHERE year = ? AND locality = ? AND " + liveMeeting("m.code")),
                            arguments: [year, locality])
    }

    /// A new meeting for the form: the next code of the year, the village, the day given. Attendance is left for the
    /// office to type (residents come too: the party members living there say nothing of it).
    public func meetingDraft(year: Int, locality: String, heldOn: LocalDate) throws -> ResidenceMeeting {
        guard try fetch(Locality.self, code: locality) != nil else { throw GiamSatError.notFound(entity: .locality, code: locality) }
        return ResidenceMeeting(code: try nextCode(.residenceMeeting, year: year), year: year, locality: locality, heldOn: heldOn)
    }

    /// A meeting's page, read in one transaction.
    public func meetingPage(code: String) throws -> MeetingPage {
        guard let meeting = try fetch(ResidenceMeeting.self, code: code) else { throw GiamSatError.notFound(entity: .residenceMeeting, code: code) }
        let grid = try residenceGrid(year: meeting.year, locality: meeting.locality)
        let names = try read { db in
            try Dictionary(meeting.exempt.map { member in
                (member.official, try Official.fetch(db, code: member.official)?.fullName ?? member.official)
            }, uniquingKeysWith: { a, _ in a })
        }
        return MeetingPage(meeting: meeting, grid: grid, count: Self.count(meeting, grid), names: names)
    }

    static func count(_ meeting: ResidenceMeeting, _ grid: ResidenceGrid) -> MeetingCount {
        let reviews = (grid.members + grid.visitors).filter { $0.review != nil }.count
        return MeetingCount(present: meeting.present, invited: meeting.invited, reviews: reviews,
                            missing: grid.members.filter { $0.review == nil }.count, exempt: grid.exempt.count)
    }

    /// Records a village's meeting of a year (refused when it already has one: `ResidenceMeeting.check`). Returns its code.
    public func saveNewMeeting(_ meeting: ResidenceMeeting, by user: String) throws -> String {
        try write { db in try Self.saveNew(meeting, by: user, in: db) }
    }
}
