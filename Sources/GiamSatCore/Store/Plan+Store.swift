import GRDB

extension Plan: StoredRecord {
    public static let table = "plan"

    public static func fetch(_ db: Database, code: String) throws -> Plan? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM plan WHERE code = ?", arguments: [code]) else { return nil }
        let contents = try String.fetchAll(db, sql: "SELECT content FROM plan_content WHERE plan = ? ORDER BY rowid", arguments: [code])
        let members = try Row.fetchAll(db, sql: "SELECT * FROM plan_member WHERE plan = ? ORDER BY position", arguments: [code])
        let targets = try String.fetchAll(db, sql: "SELECT unit FROM plan_target WHERE plan = ? ORDER BY position", arguments: [code])
        let supervised = try Row.fetchAll(db, sql: "SELECT * FROM plan_supervised WHERE plan = ? ORDER BY position", arguments: [code])
        return Plan(
            code: try row.text("code"), documentNumber: try row.text("document_number"), issuedOn: try row.optionalDate("issued_on"),
            title: try row.text("title"), basis: try row.text("basis"), year: try row.integer("year"), type: try row.slug("type"),
            form: try row.slug("form"),
            contents: try contents.map { try slugValue($0) },
            team: Team(decisionNumber: try row.text("team_decision"), lead: try row.text("team_lead"),
                       members: try members.map { Member(name: try $0.text("name"), organization: try $0.text("organization")) }),
            startOn: try row.optionalDate("start_on"), endOn: try row.optionalDate("end_on"), targetUnits: targets,
            supervised: try supervised.map { SupervisedOfficial(official: try $0.text("official"), findings: try $0.text("findings")) },
            status: try row.slug("status"), reportedOn: try row.optionalDate("reported_on"), version: try row.integer("version"))
    }

    public func upsert(_ db: Database) throws -> Int64 {
        let id = try Int64.fetchOne(db, sql: """
            INSERT INTO plan(code, document_number, issued_on, title, basis, year, type, form, team_decision, team_lead,
              start_on, end_on, status, reported_on, tally_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET document_number = excluded.document_number, issued_on = excluded.issued_on,
              title = excluded.title, basis = excluded.basis, year = excluded.year, type = excluded.type,
              form = excluded.form, team_decision = excluded.team_decision, team_lead = excluded.team_lead,
              start_on = excluded.start_on, end_on = excluded.end_on, status = excluded.status,
              reported_on = excluded.reported_on, tally_on = excluded.tally_on
            RETURNING id
            """, arguments: [code, documentNumber, issuedOn, title, basis, year, type.slug, form.slug,
                             team.decisionNumber, team.lead, startOn, endOn, status.slug, reportedOn, tallyDate])!
        for table in ["plan_content", "plan_member", "plan_target", "plan_supervised"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE plan = ?", arguments: [code])
        }
        for content in contents {
            try db.execute(sql: "INSERT INTO plan_content(plan, content) VALUES (?, ?)", arguments: [code, content.slug])
        }
        for (position, member) in team.members.enumerated() {
            try db.execute(sql: "INSERT INTO plan_member(plan, position, name, organization) VALUES (?, ?, ?, ?)",
                           arguments: [code, position, member.name, member.organization])
        }
        for (position, unit) in targetUnits.enumerated() {
            try db.execute(sql: "INSERT INTO plan_target(plan, position, unit) VALUES (?, ?, ?)", arguments: [code, position, unit])
        }
        for (position, item) in supervised.enumerated() {
            try db.execute(sql: "INSERT INTO plan_supervised(plan, position, official, findings) VALUES (?, ?, ?, ?)",
                           arguments: [code, position, item.official, item.findings])
        }
        return id
    }

    /// The status only moves forward along the lifecycle: a form, an import or the command line that
    /// would move it back is refused, and nothing of that save is written.
    public func check(replacing old: Plan?, _ db: Database) throws {
        guard let old, !old.status.reaches(status) else { return }
        throw RecordError(entity: .plan, code: code, field: "status", problem: .statusGoesBack(from: old.status.slug, to: status.slug))
    }

    public func searchText(_ db: Database) throws -> String? {
        ([code, documentNumber, title, team.lead] + targetUnits).joined(separator: " ")
    }
}

func slugValue<E: Slugged>(_ value: String) throws -> E {
    guard let result = E(rawValue: value) else { throw GiamSatError.database("“\(value)”: " + E.allSlugs.joined(separator: "|")) }
    return result
}
