import GRDB

extension Official: StoredRecord {
    public static let table = "official"

    public static func fetch(_ db: Database, code: String) throws -> Official? {
        try Row.fetchOne(db, sql: "SELECT * FROM official WHERE code = ?", arguments: [code]).map(Official.init(row:))
    }

    init(row: Row) throws {
        self.init(code: try row.text("code"), familyName: try row.text("family_name"), middleName: try row.text("middle_name"),
                  givenName: try row.text("given_name"), gender: try row.optionalSlug("gender"), birthYear: try row.optionalInteger("birth_year"),
                  position: try row.text("position"), unit: try row.text("unit"), category: try row.slug("category"),
                  partyMember: try row.flag("party_member"), partyCell: try row.text("party_cell"), residence: try row.optionalText("residence"),
                  status: try row.slug("status"), exemptFromResidence: try row.flag("exempt_from_residence"),
                  archived: try row.flag("archived"), version: try row.integer("version"))
    }

    public func upsert(_ db: Database) throws -> Int64 {
        let id = try Int64.fetchOne(db, sql: """
            INSERT INTO official(code, family_name, middle_name, given_name, gender, birth_year, position, unit,
              category, party_member, party_cell, residence, status, sort_key, exempt_from_residence, archived)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET family_name = excluded.family_name, middle_name = excluded.middle_name,
              given_name = excluded.given_name, gender = excluded.gender, birth_year = excluded.birth_year,
              position = excluded.position, unit = excluded.unit, category = excluded.category,
              party_member = excluded.party_member, party_cell = excluded.party_cell,
              residence = excluded.residence, status = excluded.status, sort_key = excluded.sort_key,
              exempt_from_residence = excluded.exempt_from_residence, archived = excluded.archived
            RETURNING id
            """, arguments: [code, familyName, middleName, givenName, gender?.slug, birthYear, position, unit,
                             category.slug, partyMember, partyCell, residence, status.slug, sortKey,
                             exemptFromResidence, archived])!
        // Feedback is found by the names of the officials it concerns: keep those in step.
        let linked = try Row.fetchAll(db, sql: """
            SELECT f.id, f.code FROM feedback_official fo JOIN feedback f ON f.code = fo.feedback WHERE fo.official = ?
            """, arguments: [code])
        for row in linked {
            if let feedback = try Feedback.fetch(db, code: try row.text("code")) { try AppDatabase.index(feedback, id: Int64(try row.integer("id")), db) }
        }
        return id
    }

    public func searchText(_ db: Database) throws -> String? {
        [code, fullName, position, unit, partyCell].joined(separator: " ")
    }
}
