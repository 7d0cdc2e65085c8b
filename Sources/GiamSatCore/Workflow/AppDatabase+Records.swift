import GRDB

// The named writes and the page reads of plans, recommendations and residence reviews: what their
// screens ask for, each one transaction (docs/ARCHITECTURE.md, "Adding a screen").

/// A record linked to another, as a line of a page: "KN-2021-0002 → Ban Thường vụ …".
public struct LinkedRecord: Equatable, Sendable {
    public var entity: Entity
    public var code: String
    public var date: LocalDate?
    public var text: String
    /// A status or response slug (labels are the screen's).
    public var state: String

    public init(entity: Entity, code: String, date: LocalDate?, text: String, state: String) {
        self.entity = entity
        self.code = code
        self.date = date
        self.text = text
        self.state = state
    }
}

/// A plan with what its page shows: the officials' names and what arose from it.
public struct PlanRecord: Equatable, Sendable {
    public var plan: Plan
    public var officialNames: [String: String]
    public var recommendations: [LinkedRecord]
    public var feedback: [LinkedRecord]
    public var audit: [AuditEntry]

    public init(plan: Plan, officialNames: [String: String], recommendations: [LinkedRecord], feedback: [LinkedRecord], audit: [AuditEntry]) {
        self.plan = plan
        self.officialNames = officialNames
        self.recommendations = recommendations
        self.feedback = feedback
        self.audit = audit
    }
}

/// A recommendation with its source and the officials' names (and party membership, for the rule on
/// Party-only measures).
public struct RecommendationRecord: Equatable, Sendable {
    public var recommendation: Recommendation
    public var officialNames: [String: String]
    public var source: LinkedRecord?
    public var audit: [AuditEntry]

    public init(recommendation: Recommendation, officialNames: [String: String], source: LinkedRecord?, audit: [AuditEntry]) {
        self.recommendation = recommendation
        self.officialNames = officialNames
        self.source = source
        self.audit = audit
    }
}

extension AppDatabase {
    // MARK: Plans

    /// Saves a new plan under its code, or the next free code of its year when another desk took it.
    public func saveNew(_ plan: Plan, by user: String) throws -> String {
        try write { db in try Self.saveNew(plan, by: user, in: db) }
    }

    /// Moves a plan one step along its lifecycle (only to a step `allowedNext` offers). Reaching
    /// `da-bao-cao` sets the report date when there is none.
    public func advancePlan(code: String, version: Int, to status: PlanStatus, on date: LocalDate, by user: String) throws -> UndoStep {
        try write { db in
            guard var plan = try Plan.fetch(db, code: code) else { throw GiamSatError.notFound(entity: .plan, code: code) }
            if plan.version != version { throw GiamSatError.staleWrite(entity: .plan, code: code) }
            guard plan.status.allowedNext.contains(status) else {
                throw RecordError(entity: .plan, code: code, field: "status",
                                  problem: .transitionNotAllowed(from: plan.status.slug, to: status.slug,
                                                                 allowed: plan.status.allowedNext.map(\.slug)))
            }
            let before = plan
            plan.status = status
            if status == .daBaoCao && plan.reportedOn == nil { plan.reportedOn = date }
            _ = try Self.save(plan, expectedVersion: version, by: user, in: db)
            return UndoStep(before: before, versionAfter: version + 1)
        }
    }

    /// Records what the team found about one supervised official (strengths / shortcomings).
    public func saveFindings(plan code: String, version: Int, official: String, findings: String, by user: String) throws -> UndoStep? {
        try write { db in
            guard var plan = try Plan.fetch(db, code: code) else { throw GiamSatError.notFound(entity: .plan, code: code) }
            if plan.version != version { throw GiamSatError.staleWrite(entity: .plan, code: code) }
            guard let index = plan.supervised.firstIndex(where: { $0.official == official }) else {
                throw GiamSatError.notFound(entity: .official, code: official)
            }
            let before = plan
            plan.supervised[index].findings = findings
            let outcome = try Self.save(plan, expectedVersion: version, by: user, in: db)
            return outcome == .unchanged ? nil : UndoStep(before: before, versionAfter: version + 1)
        }
    }

    /// A plan and what its page lists: the recommendations that cite it and the feedback linked to it.
    public func planRecord(code: String) throws -> PlanRecord {
        try read { db in
            guard let plan = try Plan.fetch(db, code: code) else { throw GiamSatError.notFound(entity: .plan, code: code) }
            return PlanRecord(plan: plan, officialNames: try Self.names(plan.supervised.map(\.official), db),
                              recommendations: try Self.recommendations(from: code, db), feedback: try Self.feedback(inPlan: code, db),
                              audit: try Self.auditRows(.plan, code, db))
        }
    }

    // MARK: Recommendations

    public func saveNew(_ recommendation: Recommendation, by user: String) throws -> String {
        try write { db in try Self.saveNew(recommendation, by: user, in: db) }
    }

    public func recommendationRecord(code: String) throws -> RecommendationRecord {
        try read { db in
            guard let r = try Recommendation.fetch(db, code: code) else { throw GiamSatError.notFound(entity: .recommendation, code: code) }
            var source: LinkedRecord?
            if let code = r.source {
                if let plan = try Plan.fetch(db, code: code) {
                    source = LinkedRecord(entity: .plan, code: code, date: plan.tallyDate, text: plan.title, state: plan.status.slug)
                } else if let f = try Feedback.fetch(db, code: code) {
                    source = LinkedRecord(entity: .feedback, code: code, date: f.receivedOn, text: f.summary, state: f.status.slug)
                }
            }
            return RecommendationRecord(recommendation: r, officialNames: try Self.names(r.outcomes.map(\.official), db),
                                        source: source, audit: try Self.auditRows(.recommendation, code, db))
        }
    }

    /// Recommendations that arose from a plan or a feedback record, oldest first.
    public func recommendations(from source: String) throws -> [LinkedRecord] {
        try read { db in try Self.recommendations(from: source, db) }
    }

    static func recommendations(from source: String, _ db: Database) throws -> [LinkedRecord] {
        try Row.fetchAll(db, sql: "SELECT code, sent_on, to_body, response FROM recommendation WHERE source = ? ORDER BY sent_on, code",
                         arguments: [source]).map {
            LinkedRecord(entity: .recommendation, code: try $0.text("code"), date: try $0.optionalDate("sent_on"), text: try $0.text("to_body"),
                         state: try $0.text("response"))
        }
    }

    static func feedback(inPlan plan: String, _ db: Database) throws -> [LinkedRecord] {
        try Row.fetchAll(db, sql: "SELECT code, received_on, summary, status FROM feedback WHERE plan = ? ORDER BY received_on, code",
                         arguments: [plan]).map {
            LinkedRecord(entity: .feedback, code: try $0.text("code"), date: try $0.optionalDate("received_on"), text: try $0.text("summary"),
                         state: try $0.text("status"))
        }
    }

    /// Plans to link a record to, newest first (a short list: a commune runs a few a year).
    public func planChoices(limit: Int = 200) throws -> [LinkedRecord] {
        try read { db in
            // A voided plan is not offered (issue 17).
            let live = try Self.voidCondition(.plan, "plan.code", db)
            return try Row.fetchAll(db, sql: "SELECT code, tally_on, title, status FROM plan WHERE 1 = 1\(live) ORDER BY year DESC, code DESC LIMIT ?",
                                    arguments: [limit]).map {
                LinkedRecord(entity: .plan, code: try $0.text("code"), date: try $0.optionalDate("tally_on"), text: try $0.text("title"),
                             state: try $0.text("status"))
            }
        }
    }

    /// Feedback records matching the words typed (the duplicate picker): newest first.
    public func feedbackChoices(query: String, excluding code: String, limit: Int = 50) throws -> [LinkedRecord] {
        var request = FeedbackListRequest(today: LocalDate(year: 2000, month: 1, day: 1)!)
        request.query = query
        request.limit = limit + 1
        return try request.page(in: self).rows.filter { $0.code != code }.prefix(limit).map {
            LinkedRecord(entity: .feedback, code: $0.code, date: $0.received, text: $0.summary, state: $0.status.slug)
        }
    }

    // MARK: Shared

    static func names(_ codes: [String], _ db: Database) throws -> [String: String] {
        var names: [String: String] = [:]
        for code in Set(codes) { names[code] = try Official.fetch(db, code: code)?.fullName }
        return names
    }

    static func auditRows(_ entity: Entity, _ code: String, _ db: Database) throws -> [AuditEntry] {
        try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE entity = ? AND code = ? ORDER BY id", arguments: [entity.rawValue, code]).map {
            AuditEntry(at: try $0.text("at"), by: try $0.text("by"), entity: entity, code: try $0.text("code"), field: try $0.text("field"),
                       old: try $0.text("old"), new: try $0.text("new"))
        }
    }
}
