import GRDB

/// Everything on file about one official: the page the app shows for them (docs/user-guide.md, "An official").
public struct OfficialPage: Equatable, Sendable {
    public var official: Official
    public var residenceName: String?
    public var plans: [PlanLine]
    public var feedback: [FeedbackLine]
    public var recommendations: [RecommendationLine]
    public var reviews: [ReviewLine]
    public var audit: [AuditEntry]
    /// How many of each there are in all (the lists stop at `OfficialPage.lineCap`).
    public var totals: Totals

    /// Lines of one kind shown on the page; the rest are counted.
    public static let lineCap = 200

    public struct Totals: Equatable, Sendable {
        public var plans = 0, feedback = 0, recommendations = 0, reviews = 0
    }

    /// A plan that supervised the official, with what it found about them.
    public struct PlanLine: Equatable, Sendable {
        public var code: String
        public var title: String
        public var year: Int
        public var status: PlanStatus
        public var startOn: LocalDate?
        public var findings: String
    }

    /// A feedback record concerning the official.
    public struct FeedbackLine: Equatable, Sendable {
        public var code: String
        public var receivedOn: LocalDate
        public var kind: FeedbackKind
        public var status: FeedbackStatus
        public var dueOn: LocalDate
        public var summary: String
        public func isOverdue(on today: LocalDate) -> Bool { !status.isEnded && dueOn < today }
    }

    /// A recommendation deciding an outcome for the official, or arising from a plan or feedback about them.
    public struct RecommendationLine: Equatable, Sendable {
        public var code: String
        public var sentOn: LocalDate
        public var to: String
        public var response: RecommendationResponse
        public var source: String?
        /// The outcome, when it is this official's.
        public var measure: OutcomeMeasure?
        public var decidedOn: LocalDate?
        public var decidedBy: String
        /// The outcome's track (nil: not set, or not this official's outcome) and decision number.
        public var track: OutcomeTrack? = nil
        public var decisionNumber = ""
    }

    /// A yearly residence review of the official.
    public struct ReviewLine: Equatable, Sendable {
        public var year: Int
        public var locality: String
        public var localityName: String
        public var assessment: Assessment
        public var opinions: String
    }
}

/// The choices of the officials list's filters by unit and by locality.
public struct OfficialFilterChoices: Equatable, Sendable {
    public var units: [String]
    public var localities: [Locality]

    public init(units: [String], localities: [Locality]) {
        self.units = units
        self.localities = localities
    }
}

extension AppDatabase {
    /// One read transaction: the official and every record that concerns them, newest first.
    public func officialPage(code: String) throws -> OfficialPage {
        try read { db in
            guard let official = try Official.fetch(db, code: code) else { throw GiamSatError.notFound(entity: .official, code: code) }
            let cap = OfficialPage.lineCap
            var totals = OfficialPage.Totals()
            let residenceName = try official.residence.flatMap { try Locality.fetch(db, code: $0)?.name }

            let plans = try Row.fetchAll(db, sql: """
                SELECT p.code, p.title, p.year, p.status, p.start_on, s.findings
                FROM plan_supervised s JOIN plan p ON p.code = s.plan
                WHERE s.official = ? ORDER BY p.year DESC, p.code DESC LIMIT ?
                """, arguments: [code, cap]).compactMap { row in
                try readableRow {
                    OfficialPage.PlanLine(code: try row.text("code"), title: try row.text("title"), year: try row.integer("year"),
                                          status: try row.slug("status"), startOn: try row.optionalDate("start_on"),
                                          findings: try row.text("findings"))
                }
            }
            totals.plans = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM plan_supervised WHERE official = ?", arguments: [code]) ?? 0

            let feedback = try Row.fetchAll(db, sql: """
                SELECT f.code, f.received_on, f.kind, f.status, f.due_on, f.summary
                FROM feedback_official fo JOIN feedback f ON f.code = fo.feedback
                WHERE fo.official = ? ORDER BY f.received_on DESC, f.code DESC LIMIT ?
                """, arguments: [code, cap]).compactMap { row in
                try readableRow {
                    OfficialPage.FeedbackLine(code: try row.text("code"), receivedOn: try row.date("received_on"), kind: try row.slug("kind"),
                                              status: try row.slug("status"), dueOn: try row.date("due_on"), summary: try row.text("summary"))
                }
            }
            totals.feedback = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM feedback_official WHERE official = ?", arguments: [code]) ?? 0

            // Recommendations deciding an outcome for them, and those arising from a plan or a record about them.
            // Outcomes are rows of their own (migration v4-plan-links); the line shows this official's first one.
            let concerning = """
                FROM recommendation r WHERE r.code IN (SELECT recommendation FROM recommendation_outcome WHERE official = ?1)
                  OR r.source IN (SELECT plan FROM plan_supervised WHERE official = ?1)
                  OR r.source IN (SELECT feedback FROM feedback_official WHERE official = ?1)
                """
            let recommendations = try Row.fetchAll(db, sql: """
                SELECT r.code, r.sent_on, r.to_body, r.response, r.source,
                  (SELECT o.official FROM recommendation_outcome o WHERE o.recommendation = r.code AND o.official = ?1
                     ORDER BY o.position LIMIT 1) AS outcome_official,
                  (SELECT o.measure FROM recommendation_outcome o WHERE o.recommendation = r.code AND o.official = ?1
                     ORDER BY o.position LIMIT 1) AS outcome_measure,
                  (SELECT o.decided_on FROM recommendation_outcome o WHERE o.recommendation = r.code AND o.official = ?1
                     ORDER BY o.position LIMIT 1) AS outcome_decided_on,
                  (SELECT o.decided_by FROM recommendation_outcome o WHERE o.recommendation = r.code AND o.official = ?1
                     ORDER BY o.position LIMIT 1) AS outcome_decided_by,
                  (SELECT o.track FROM recommendation_outcome o WHERE o.recommendation = r.code AND o.official = ?1
                     ORDER BY o.position LIMIT 1) AS outcome_track,
                  (SELECT o.decision_number FROM recommendation_outcome o WHERE o.recommendation = r.code AND o.official = ?1
                     ORDER BY o.position LIMIT 1) AS outcome_decision_number
                \(concerning) ORDER BY r.sent_on DESC, r.code DESC LIMIT ?2
                """, arguments: [code, cap]).compactMap { row in
                try readableRow {
                    let own = try row.optionalText("outcome_official") == code
                    return OfficialPage.RecommendationLine(
                        code: try row.text("code"), sentOn: try row.date("sent_on"), to: try row.text("to_body"),
                        response: try row.slug("response"), source: try row.optionalText("source"),
                        measure: own ? try row.optionalSlug("outcome_measure") : nil,
                        decidedOn: own ? try row.optionalDate("outcome_decided_on") : nil,
                        decidedBy: own ? try row.optionalText("outcome_decided_by") ?? "" : "",
                        track: own ? try row.optionalSlug("outcome_track") : nil,
                        decisionNumber: own ? try row.optionalText("outcome_decision_number") ?? "" : "")
                }
            }
            totals.recommendations = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(concerning)", arguments: [code]) ?? 0

            let reviews = try Row.fetchAll(db, sql: """
                SELECT v.year, v.locality, COALESCE(l.name, v.locality) AS locality_name, v.assessment, v.opinions
                FROM residence_review v LEFT JOIN locality l ON l.code = v.locality
                WHERE v.official = ? ORDER BY v.year DESC LIMIT ?
                """, arguments: [code, cap]).compactMap { row in
                try readableRow {
                    OfficialPage.ReviewLine(year: try row.integer("year"), locality: try row.text("locality"),
                                            localityName: try row.text("locality_name"), assessment: try row.slug("assessment"),
                                            opinions: try row.text("opinions"))
                }
            }
            totals.reviews = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM residence_review WHERE official = ?", arguments: [code]) ?? 0

            let audit = try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE entity = ? AND code = ? ORDER BY id",
                                         arguments: [Entity.official.rawValue, code]).compactMap { row in
                try readableRow {
                    AuditEntry(at: try row.text("at"), by: try row.text("by"), entity: .official, code: try row.text("code"),
                               field: try row.text("field"), old: try row.text("old"), new: try row.text("new"))
                }
            }
            return OfficialPage(official: official, residenceName: residenceName, plans: plans, feedback: feedback,
                                recommendations: recommendations, reviews: reviews, audit: audit, totals: totals)
        }
    }

    /// The units officials work in (Vietnamese order) and the localities: what the list's filters choose from.
    public func officialFilterChoices() throws -> OfficialFilterChoices {
        let units = try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT unit FROM official WHERE unit <> ''") }
        return OfficialFilterChoices(units: units.sorted { VietnameseCollation.key($0) < VietnameseCollation.key($1) },
                                     localities: try localities())
    }

    /// The next free official code: "DT-0065" after "DT-0064".
    public func nextOfficialCode() throws -> String {
        try read { db in try Self.nextOfficialCode(db) }
    }

    static func nextOfficialCode(_ db: Database) throws -> String { try nextCode(.official, year: nil, db) }

    /// Saves a new official under `official.code`, or under the next free code when another desk took it
    /// meanwhile. A residence must be a known locality. Returns the code it was saved under.
    public func saveNew(_ official: Official, by user: String) throws -> String {
        try write { db in
            try Self.saveNew(official, by: user, in: db, check: { try Self.checkResidence($0, db) })
        }
    }

    /// Saves an edit of an official made from `expectedVersion` (refused as stale when it moved on).
    public func saveEdit(_ official: Official, expectedVersion: Int, by user: String) throws -> UndoStep? {
        try write { db in
            guard let before = try Official.fetch(db, code: official.code) else {
                throw GiamSatError.notFound(entity: .official, code: official.code)
            }
            try Self.checkResidence(official, db)
            let outcome = try Self.save(official, expectedVersion: expectedVersion, by: user, in: db)
            return outcome == .unchanged ? nil : UndoStep(before: before, versionAfter: before.version + 1)
        }
    }

    /// Archives an official (or brings them back). Nothing is deleted: plans, feedback, outcomes and reviews
    /// keep naming them and tallies keep counting them; only lists and pickers leave them out.
    public func setArchived(_ archived: Bool, official code: String, version: Int, by user: String) throws -> UndoStep {
        try write { db in
            guard var official = try Official.fetch(db, code: code) else { throw GiamSatError.notFound(entity: .official, code: code) }
            if official.version != version { throw GiamSatError.staleWrite(entity: .official, code: code) }
            let before = official
            official.archived = archived
            _ = try Self.save(official, expectedVersion: version, by: user, in: db)
            return UndoStep(before: before, versionAfter: version + 1)
        }
    }

    static func checkResidence(_ official: Official, _ db: Database) throws {
        guard let residence = official.residence else { return }
        if try Locality.fetch(db, code: residence) == nil {
            throw RecordError(entity: .official, code: official.code, field: "residence",
                              problem: .unknownReference(entity: .locality, code: residence))
        }
    }
}

extension AppDatabase {
    /// Officials read from a CSV, with the archive and exemption flags they have on file: a spreadsheet has no such
    /// columns, so importing it again must not bring archived officials back nor drop an exemption.
    public func keepingStoredFlags(_ officials: [Official]) throws -> [Official] {
        try read { db in
            try officials.map { official in
                guard let stored = try Official.fetch(db, code: official.code) else { return official }
                var kept = official
                kept.archived = stored.archived
                kept.exemptFromResidence = stored.exemptFromResidence
                return kept
            }
        }
    }
}
