import GRDB

// Residence reviews (góp ý đảng viên nơi cư trú, QĐ 213-QĐ/TW) by year and locality: who lives where,
// who has been reviewed, who is exempt. Officials "living in" a locality are the serving party members
// whose residence is it; those exempt from residence activities are listed apart and never counted as
// missing. The exempt and archived flags are read when the officials table has them (migration
// v3-officials-archive); a database without them treats no one as exempt or archived.

/// A party member as the residence grid shows them, with their review of the year if there is one.
public struct ResidenceMember: Equatable, Sendable {
    public var code: String
    public var name: String
    public var position: String
    /// Where they live (nil: not recorded).
    public var residence: String?
    public var exempt: Bool
    public var review: ResidenceReview?

    public init(code: String, name: String, position: String, residence: String?, exempt: Bool, review: ResidenceReview?) {
        self.code = code
        self.name = name
        self.position = position
        self.residence = residence
        self.exempt = exempt
        self.review = review
    }
}

/// One locality's meeting for one year.
public struct ResidenceGrid: Equatable, Sendable {
    public var year: Int
    public var locality: Locality
    /// Party members living here, to be reviewed, in name order.
    public var members: [ResidenceMember]
    /// Living here but exempt from residence activities: no review expected.
    public var exempt: [ResidenceMember]
    /// Reviewed here this year but living elsewhere.
    public var visitors: [ResidenceMember]
    /// The village's meeting of the year, the one its reviews belong to; nil when none is recorded (issue 21).
    public var meeting: ResidenceMeeting?

    public var reviewedCount: Int { members.filter { $0.review != nil }.count }

    public init(year: Int, locality: Locality, members: [ResidenceMember], exempt: [ResidenceMember], visitors: [ResidenceMember],
                meeting: ResidenceMeeting? = nil) {
        self.meeting = meeting
        self.year = year
        self.locality = locality
        self.members = members
        self.exempt = exempt
        self.visitors = visitors
    }
}

/// How far a locality is for the year.
public struct ResidenceProgress: Equatable, Sendable {
    public var locality: Locality
    public var members: Int
    public var reviewed: Int
    public var exempt: Int
    /// Reviews recorded here (members and visitors).
    public var reviews: Int
    /// The village's meeting of the year (its code), nil when none is recorded: only then does the village count as
    /// reviewed (issue 21).
    public var meeting: String?
    /// The day it was held.
    public var meetingHeldOn: LocalDate?

    /// Every member living here has their review.
    public var isDone: Bool { members > 0 ? reviewed >= members : reviews > 0 }
    /// The village held its meeting: what the tally's "x/y địa bàn" counts.
    public var isHeld: Bool { meeting != nil }
    /// Reviews entered with no meeting recorded (entered before meetings existed, or imported): the screen says so.
    public var lacksMeeting: Bool { meeting == nil && reviews > 0 }
}

extension AppDatabase {
    /// The officials-table flags this database has: exempt, archived (each nil when the column is absent).
    static func officialFlags(_ db: Database) throws -> (exempt: String, notArchived: String) {
        let columns = Set(try db.columns(in: "official").map(\.name))
        return (columns.contains("exempt_from_residence") ? "o.exempt_from_residence" : "0",
                columns.contains("archived") ? "NOT o.archived" : "1")
    }

    public func residenceProgress(year: Int) throws -> [ResidenceProgress] {
        try read { db in
            let flags = try Self.officialFlags(db)
            let member = "o.residence = l.code AND o.party_member AND o.status = 'dang-cong-tac' AND \(flags.notArchived)"
            let exempt = "(\(flags.exempt) OR \(Self.exemptAtMeeting("l.code", "?1")))"
            let live = try Self.voidCondition(.residenceReview, "(v.year || '/' || v.official)", db)
            return try Row.fetchAll(db, sql: """
                SELECT l.code, l.name, l.kind,
                  (SELECT COUNT(*) FROM official o WHERE \(member) AND NOT \(exempt)) AS members,
                  (SELECT COUNT(*) FROM official o JOIN residence_review v ON v.official = o.code AND v.year = ?1\(live)
                     WHERE \(member) AND NOT \(exempt)) AS reviewed,
                  (SELECT COUNT(*) FROM official o WHERE \(member) AND \(exempt)) AS exempt,
                  (SELECT COUNT(*) FROM residence_review v WHERE v.year = ?1 AND v.locality = l.code\(live)) AS reviews,
                  m.code AS meeting, m.held_on AS meeting_held_on
                FROM locality l LEFT JOIN residence_meeting m ON m.year = ?1 AND m.locality = l.code AND \(Self.liveMeeting("m.code"))
                ORDER BY l.sort_key, l.code
                """, arguments: [year]).map { row in
                ResidenceProgress(locality: Locality(code: try row.text("code"), name: try row.text("name"), kind: try row.slug("kind")),
                                  members: try row.integer("members"), reviewed: try row.integer("reviewed"), exempt: try row.integer("exempt"),
                                  reviews: try row.integer("reviews"), meeting: try row.optionalText("meeting"),
                                  meetingHeldOn: try row.optionalDate("meeting_held_on"))
            }
        }
    }

    public func residenceGrid(year: Int, locality code: String) throws -> ResidenceGrid {
        try read { db in
            guard let locality = try Locality.fetch(db, code: code) else { throw GiamSatError.notFound(entity: .locality, code: code) }
            let flags = try Self.officialFlags(db)
            // A voided review is as if never entered: the row waits for an assessment again.
            let live = try Self.voidCondition(.residenceReview, "(v.year || '/' || v.official)", db)
            let rows = try Row.fetchAll(db, sql: """
                SELECT o.code, o.family_name, o.middle_name, o.given_name, o.position, o.residence,
                  (\(flags.exempt) OR \(Self.exemptAtMeeting("?2", "?1"))) AS exempt,
                  v.locality AS v_locality, v.assessment, v.opinions, v.version AS v_version
                FROM official o LEFT JOIN residence_review v ON v.official = o.code AND v.year = ?1\(live)
                WHERE (o.residence = ?2 AND o.party_member AND o.status = 'dang-cong-tac' AND \(flags.notArchived))
                   OR v.locality = ?2
                ORDER BY o.sort_key, o.code
                """, arguments: [year, code])
            let meeting = try Self.meetingCode(year: year, locality: code, db).flatMap { try ResidenceMeeting.fetch(db, code: $0) }
            var grid = ResidenceGrid(year: year, locality: locality, members: [], exempt: [], visitors: [], meeting: meeting)
            for row in rows {
                var review: ResidenceReview?
                if let place = try row.optionalText("v_locality") {
                    review = ResidenceReview(year: year, locality: place, official: try row.text("code"), assessment: try row.slug("assessment"),
                                             opinions: try row.text("opinions"), version: try row.integer("v_version"))
                }
                let name = try ["family_name", "middle_name", "given_name"].map { try row.text($0) }.filter { !$0.isEmpty }.joined(separator: " ")
                let member = ResidenceMember(code: try row.text("code"), name: name, position: try row.text("position"),
                                             residence: try row.optionalText("residence"), exempt: try row.flag("exempt"), review: review)
                if member.residence != code {
                    grid.visitors.append(member)
                } else if member.exempt {
                    grid.exempt.append(member)
                } else {
                    grid.members.append(member)
                }
            }
            return grid
        }
    }

    /// Saves one review (new: `expectedVersion` 0; an edit: the version it was read at).
    /// SQL: official `o` is on the exempt list of the meeting of village `locality` in `year` (SQL expressions).
    static func exemptAtMeeting(_ locality: String, _ year: String) -> String {
        """
        EXISTS (SELECT 1 FROM residence_meeting_exempt e JOIN residence_meeting m ON m.code = e.meeting
                WHERE e.official = o.code AND m.locality = \(locality) AND m.year = \(year) AND \(liveMeeting("m.code")))
        """
    }

    public func saveReview(_ review: ResidenceReview, expectedVersion: Int, by user: String) throws -> UndoStep? {
        try write { db in
            let before = try ResidenceReview.fetch(db, code: review.code)
            var expectedVersion = expectedVersion
            if let before, expectedVersion == 0, try Self.isVoided(.residenceReview, code: review.code, db) {
                // Assessed again after a void: the review comes back (audited) with what was just entered.
                try Self.restore(.residenceReview, code: review.code, by: user, db)
                expectedVersion = before.version
            }
            // A review another desk wrote meanwhile (or changed since it was read) is not overwritten.
            let outcome = try Self.save(review, expectedVersion: expectedVersion, by: user, in: db)
            guard let before else {
                // A new review: undone by voiding it (the grid's key wrote it; `u` takes it back at once).
                let stored = try ResidenceReview.fetch(db, code: review.code)
                return UndoStep(entity: .residenceReview, code: review.code, change: .creation, versionAfter: stored?.version ?? 1)
            }
            guard outcome != .unchanged else { return nil }
            return UndoStep(before: before, versionAfter: before.version + 1)
        }
    }
}

/// One review as a list shows it (`giamsat-tui list reviews`): with the locality's and the official's names.
public struct ResidenceReviewLine: Equatable, Sendable {
    public var review: ResidenceReview
    public var localityName: String
    public var officialName: String
}

extension AppDatabase {
    /// Reviews of a year (nil: every year) and a locality (nil: every one), by year, locality, then the
    /// official's name (Vietnamese order). One statement; `limit` rows at most.
    public func residenceReviewLines(year: Int? = nil, locality: String? = nil, limit: Int? = nil) throws -> [ResidenceReviewLine] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT v.year, v.locality, v.official, v.assessment, v.opinions, v.version,
                  COALESCE(l.name, v.locality) AS locality_name, o.family_name, o.middle_name, o.given_name
                FROM residence_review v LEFT JOIN locality l ON l.code = v.locality LEFT JOIN official o ON o.code = v.official
                WHERE (?1 IS NULL OR v.year = ?1) AND (?2 IS NULL OR v.locality = ?2)
                ORDER BY v.year, l.sort_key, v.locality, o.sort_key, v.official LIMIT ?3
                """, arguments: [year, locality, limit ?? -1]).compactMap { row in
                try readableRow {
                    let name = try ["family_name", "middle_name", "given_name"].compactMap { try row.optionalText($0) }
                        .filter { !$0.isEmpty }.joined(separator: " ")
                    return ResidenceReviewLine(
                        review: ResidenceReview(year: try row.integer("year"), locality: try row.text("locality"),
                                                official: try row.text("official"), assessment: try row.slug("assessment"),
                                                opinions: try row.text("opinions"), version: try row.integer("version")),
                        localityName: try row.text("locality_name"), officialName: name)
                }
            }
        }
    }
}
