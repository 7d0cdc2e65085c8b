import GRDB

extension Recommendation: StoredRecord {
    public static let table = "recommendation"

    public static func fetch(_ db: Database, code: String) throws -> Recommendation? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM recommendation WHERE code = ?", arguments: [code]) else { return nil }
        let official = try row.optionalText("outcome_official")
        let outcome = try official.map {
            Outcome(official: $0, measure: try row.slug("outcome_measure"), decidedOn: try row.optionalDate("outcome_decided_on"),
                    decidedBy: try row.optionalText("outcome_decided_by") ?? "")
        }
        return Recommendation(code: try row.text("code"), source: try row.optionalText("source"), to: try row.text("to_body"),
                              sentOn: try row.date("sent_on"), content: try row.text("content"), response: try row.slug("response"),
                              outcome: outcome, version: try row.integer("version"))
    }

    public func upsert(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: """
            INSERT INTO recommendation(code, source, to_body, sent_on, content, response, outcome_official,
              outcome_measure, outcome_decided_on, outcome_decided_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET source = excluded.source, to_body = excluded.to_body,
              sent_on = excluded.sent_on, content = excluded.content, response = excluded.response,
              outcome_official = excluded.outcome_official, outcome_measure = excluded.outcome_measure,
              outcome_decided_on = excluded.outcome_decided_on, outcome_decided_by = excluded.outcome_decided_by
            RETURNING id
            """, arguments: [code, source, to, sentOn, content, response.slug, outcome?.official,
                             outcome?.measure.slug, outcome?.decidedOn, outcome?.decidedBy])!
    }

    public func searchText(_ db: Database) throws -> String? {
        var parts = [code, source ?? "", to, content]
        if let official = outcome?.official, let name = try Official.fetch(db, code: official)?.fullName { parts.append(name) }
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
