import GiamSatCore

// What the recommendation screens ask of the store (see `Shell/StoreRequest.swift`).

struct LoadRecommendation: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> RecommendationRecord { try context.database.recommendationRecord(code: code) }
}

/// A blank recommendation: the next free code of the year, the plans to choose a source from, and the
/// source it is created from (a plan's or a feedback record's page), described.
struct RecommendationDraft: StoreRequest {
    struct Answer: Sendable, Equatable {
        var code: String
        var plans: [LinkedRecord]
        var source: LinkedRecord?
        /// The officials the source names (a feedback record's), to start the outcomes from.
        var officials: [String: String]
    }
    let year: Int
    let source: String?

    func run(_ context: StoreContext) throws -> Answer {
        let db = context.database
        var answer = Answer(code: try db.nextCode(prefix: "KN", year: year), plans: try db.planChoices(), source: nil, officials: [:])
        if let source {
            if let plan = try db.fetch(Plan.self, code: source) {
                answer.source = LinkedRecord(entity: .plan, code: source, date: plan.tallyDate, text: plan.title, state: plan.status.slug)
            } else if let feedback = try db.fetch(Feedback.self, code: source) {
                answer.source = LinkedRecord(entity: .feedback, code: source, date: feedback.receivedOn, text: feedback.summary,
                                             state: feedback.status.slug)
                answer.officials = try db.officialNames(feedback.officials)
            }
        }
        return answer
    }
}

/// A recommendation to edit, with the plans to choose a source from.
struct RecommendationToEdit: StoreRequest {
    struct Answer: Sendable, Equatable {
        var record: RecommendationRecord
        var plans: [LinkedRecord]
    }
    let code: String
    func run(_ context: StoreContext) throws -> Answer {
        Answer(record: try context.database.recommendationRecord(code: code), plans: try context.database.planChoices())
    }
}

extension Recommendation: FormRecord {
    static func saveNew(_ record: Recommendation, in database: AppDatabase, by user: String) throws -> String {
        try database.saveNew(record, by: user)
    }
}

/// What a feedback record's page shows besides the record: its plan and the recommendations from it.
struct FeedbackLinks: StoreRequest {
    struct Answer: Sendable, Equatable {
        var plan: LinkedRecord?
        var recommendations: [LinkedRecord]
    }
    let code: String
    func run(_ context: StoreContext) throws -> Answer {
        let db = context.database
        let plan = try db.fetch(Feedback.self, code: code)?.plan.flatMap { code in
            try db.fetch(Plan.self, code: code).map {
                LinkedRecord(entity: .plan, code: code, date: $0.tallyDate, text: $0.title, state: $0.status.slug)
            }
        }
        return Answer(plan: plan, recommendations: try db.recommendations(from: code))
    }
}

/// Links a feedback record to a plan (nil: removes the link). An edit like any other: versioned, audited, undoable.
struct LinkFeedbackToPlan: SaveRequest {
    let code: String
    let version: Int
    let plan: String?
    var entity: Entity { .feedback }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        guard var feedback = try context.database.fetch(Feedback.self, code: code) else {
            throw GiamSatError.notFound(entity: .feedback, code: code)
        }
        feedback.plan = plan
        return (code, try context.database.saveEdit(feedback, expectedVersion: version, by: context.user))
    }
}

/// Feedback records matching the words typed, for the "duplicate of" picker.
struct FeedbackChoices: StoreRequest {
    let query: String
    let excluding: String
    func run(_ context: StoreContext) throws -> [LinkedRecord] {
        try context.database.feedbackChoices(query: query, excluding: excluding)
    }
}
