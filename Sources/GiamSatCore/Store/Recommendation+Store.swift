import GRDB

extension Recommendation: StoredRecord {
    public static let table = "recommendation"

    public static func fetch(_ db: Database, code: String) throws -> Recommendation? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM recommendation WHERE code = ?", arguments: [code]) else { return nil }
        let outcomes = try Row.fetchAll(db, sql: "SELECT * FROM recommendation_outcome WHERE recommendation = ? ORDER BY position",
                                        arguments: [code]).map {
            Outcome(official: try $0.text("official"), track: try $0.optionalSlug("track"), measure: try $0.slug("measure"),
                    decisionNumber: try $0.text("decision_number"), decidedOn: try $0.optionalDate("decided_on"),
                    decidedBy: try $0.text("decided_by"))
        }
        return Recommendation(code: try row.text("code"), source: try row.optionalText("source"), to: try row.text("to_body"),
                              sentOn: try row.date("sent_on"), content: try row.text("content"), response: try row.slug("response"),
                              respondedOn: try row.optionalDate("responded_on"), outcomes: outcomes, version: try row.integer("version"))
    }

    public func upsert(_ db: Database) throws -> Int64 {
        // The outcomes live in `recommendation_outcome` (migration v4-plan-links); the v1 columns stay empty.
        let id = try Int64.fetchOne(db, sql: """
            INSERT INTO recommendation(code, source, to_body, sent_on, content, response, responded_on)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET source = excluded.source, to_body = excluded.to_body,
              sent_on = excluded.sent_on, content = excluded.content, response = excluded.response,
              responded_on = excluded.responded_on
            RETURNING id
            """, arguments: [code, source, to, sentOn, content, response.slug, respondedOn])!
        try db.execute(sql: "DELETE FROM recommendation_outcome WHERE recommendation = ?", arguments: [code])
        for (position, outcome) in outcomes.enumerated() {
            try db.execute(sql: """
                INSERT INTO recommendation_outcome(recommendation, position, official, track, measure, decision_number,
                  decided_on, decided_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [code, position, outcome.official, outcome.track?.slug, outcome.measure.slug, outcome.decisionNumber,
                                 outcome.decidedOn, outcome.decidedBy])
        }
        return id
    }

    /// Each measure on a track that has it; khai trừ only for party members: checked against the officials as stored
    /// (an official not stored yet is the reference check's to report). Only outcomes new or changed in this save are
    /// checked against the official: once expelled, an official is no longer a party member, and the decision stays on file.
    public func check(replacing old: Recommendation?, _ db: Database) throws {
        let kept = old?.outcomes ?? []
        let problem = outcomeProblem(skipping: kept) { official in
            try? Bool.fetchOne(db, sql: "SELECT party_member FROM official WHERE code = ?", arguments: [official])
        }
        if let (index, problem) = problem {
            throw RecordError(entity: .recommendation, code: code, field: "outcomes[\(index)].measure", problem: problem)
        }
        // Decision dates: not after today (`GIAMSAT_TODAY` pins it), not before the sending; all again if the sending moved.
        if let (index, problem) = decidedOnProblem(today: .today(), skipping: old?.sentOn == sentOn ? kept : []) {
            throw RecordError(entity: .recommendation, code: code, field: "outcomes[\(index)].decidedOn", problem: problem)
        }
    }

    public func searchText(_ db: Database) throws -> String? {
        var parts = [code, source ?? "", to, content]
        for official in Set(outcomes.map(\.official)).sorted() {
            if let name = try Official.fetch(db, code: official)?.fullName { parts.append(name) }
        }
        return parts.joined(separator: " ")
    }
}

extension ResidenceReview: StoredRecord {
    public static let table = "residence_review"

    /// `code` is "year/official" (see `ResidenceReview.code`).
    public static func fetch(_ db: Database, code: String) throws -> ResidenceReview? {
        guard let slash = code.firstIndex(of: "/"), let year = Int(code[..<slash]) else { return nil }
        let official = String(code[code.index(after: slash)...])
        return try Row.fetchOne(db, sql: "SELECT * FROM residence_review WHERE year = ? AND official = ?",
                                arguments: [year, official]).map {
            ResidenceReview(year: try $0.integer("year"), locality: try $0.text("locality"), official: try $0.text("official"),
                            assessment: try $0.slug("assessment"), opinions: try $0.text("opinions"), version: try $0.integer("version"))
        }
    }

    public func upsert(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: """
            INSERT INTO residence_review(year, locality, official, assessment, opinions) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(year, official) DO UPDATE SET locality = excluded.locality,
              assessment = excluded.assessment, opinions = excluded.opinions
            RETURNING id
            """, arguments: [year, locality, official, assessment.slug, opinions])!
    }
}
