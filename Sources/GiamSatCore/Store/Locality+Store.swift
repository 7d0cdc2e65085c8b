import GRDB

extension Locality: StoredRecord {
    public static let table = "locality"

    public static func fetch(_ db: Database, code: String) throws -> Locality? {
        try Row.fetchOne(db, sql: "SELECT * FROM locality WHERE code = ?", arguments: [code]).map(Locality.init(row:))
    }

    init(row: Row) throws {
        self.init(code: try row.text("code"), name: try row.text("name"), kind: try row.slug("kind"), version: try row.integer("version"))
    }

    public func upsert(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: """
            INSERT INTO locality(code, name, kind, sort_key) VALUES (?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET name = excluded.name, kind = excluded.kind, sort_key = excluded.sort_key
            RETURNING id
            """, arguments: [code, name, kind.slug, Self.sortKey(name)])!
    }

    /// Villages are numbered ("Ấp 2" before "Ấp 10"): every list ordered by `sort_key` takes this order.
    static func sortKey(_ name: String) -> String { VietnameseCollation.naturalKey(name) }
}

extension AppDatabase {
    /// All localities in Vietnamese order (a commune has tens of them).
    public func localities() throws -> [Locality] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM locality ORDER BY sort_key, code").map(Locality.init(row:))
        }
    }

    public func commune() throws -> Commune? {
        try read { db in try Self.commune(db) }
    }

    static func commune(_ db: Database) throws -> Commune? {
        try Row.fetchOne(db, sql: "SELECT * FROM commune").map {
            Commune(code: try $0.text("code"), name: try $0.text("name"), district: try $0.text("district"), province: try $0.text("province"))
        }
    }

    static func setCommune(_ commune: Commune, by user: String, in db: Database) throws -> SaveOutcome {
        if let invalid = commune.validationErrors().first { throw invalid }
        let old = try Self.commune(db)
        if old == commune { return .unchanged }
        try db.execute(sql: """
            INSERT INTO commune(id, code, name, district, province) VALUES (1, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET code = excluded.code, name = excluded.name,
              district = excluded.district, province = excluded.province
            """, arguments: [commune.code, commune.name, commune.district, commune.province])
        let now = timestamp()
        guard let old else {
            try audit(db, AuditEntry(at: now, by: user, entity: .commune, code: commune.code,
                                     field: AuditEntry.createdField, old: "", new: ""))
            return .added
        }
        let pairs = [("code", old.code, commune.code), ("name", old.name, commune.name),
                     ("district", old.district, commune.district), ("province", old.province, commune.province)]
        var fields: [String] = []
        for (field, before, after) in pairs where before != after {
            fields.append(field)
            try audit(db, AuditEntry(at: now, by: user, entity: .commune, code: commune.code, field: field, old: before, new: after))
        }
        return .updated(fields: fields)
    }

    public func setCommune(_ commune: Commune, by user: String) throws {
        _ = try write { db in try Self.setCommune(commune, by: user, in: db) }
    }
}
