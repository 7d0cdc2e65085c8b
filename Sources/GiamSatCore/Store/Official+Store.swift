import GRDB

extension Official: StoredRecord {
    public static let table = "official"

    public static func fetch(_ db: Database, code: String) throws -> Official? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT \(columns) FROM official WHERE code = ?
            """), arguments: [code]).map(Official.init(row:))
    }

    /// The columns `init(row:)` reads, in its order (by position: lists and exports read many).
    static let columns = """
        code, family_name, middle_name, given_name, gender, birth_year, position, unit, category, party_member,
        party_cell, residence, status, exempt_from_residence, archived, version
        """

    /// A row of `columns`, in that order.
    init(row: Row) throws {
        self.init(code: try row.text(at: 0), familyName: try row.text(at: 1), middleName: try row.text(at: 2),
                  givenName: try row.text(at: 3), gender: try row.optionalSlug(at: 4), birthYear: try row.optionalInteger(at: 5),
                  position: try row.text(at: 6), unit: try row.text(at: 7), category: try row.slug(at: 8),
                  partyMember: try row.flag(at: 9), partyCell: try row.text(at: 10), residence: try row.optionalText(at: 11),
                  status: try row.slug(at: 12), exemptFromResidence: try row.flag(at: 13), archived: try row.flag(at: 14),
                  version: try row.integer(at: 15))
    }

    public func upsert(_ db: Database) throws -> Int64 {
        let id = try Int64.fetchOne(db.cachedStatement(sql: """
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
            """), arguments: [code, familyName, middleName, givenName, gender?.slug, birthYear, position, unit,
                              category.slug, partyMember, partyCell, residence, status.slug, sortKey,
                              exemptFromResidence, archived])!
        // Feedback is found by the names of the officials it concerns: keep those in step.
        let linked = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT f.id, f.code FROM feedback_official fo JOIN feedback f ON f.code = fo.feedback WHERE fo.official = ?
            """), arguments: [code])
        for row in linked {
            guard let feedback = try Feedback.fetch(db, code: try row.text(at: 1)) else { continue }
            let id = Int64(try row.integer(at: 0))
            try AppDatabase.index(feedback, id: id, db)
            try db.cachedStatement(sql: "UPDATE feedback SET official_names = ? WHERE id = ?")
                .execute(arguments: [try feedback.officialNames(db).joined(separator: ", "), id])
        }
        return id
    }

    public func searchText(_ db: Database) throws -> String? {
        [code, fullName, position, unit, partyCell].joined(separator: " ")
    }
}
