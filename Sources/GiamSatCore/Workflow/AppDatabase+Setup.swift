import Foundation
import GRDB

/// What an office gives on its first day — the setup screen and `init` alike: the commune, the former communes it
/// was merged from, the staff name for the audit trail and its villages. Written in one transaction, or not at all.
public struct CommuneSetup: Equatable, Sendable {
    public var commune: Commune
    public var formerUnits: [FormerUnit]
    public var staffName: String
    /// Villages in the order given; an empty code takes the next one of its kind ("AP01", "AP02"…).
    public var localities: [Locality]

    public init(commune: Commune, formerUnits: [FormerUnit] = [], staffName: String = "", localities: [Locality] = []) {
        self.commune = commune
        self.formerUnits = formerUnits
        self.staffName = staffName
        self.localities = localities
    }

    /// A former commune named by the user: its code from its name ("Xã Tân An" → "tan-an"), as `merge-commune` gives it.
    public static func formerUnit(named name: String) -> FormerUnit {
        let name = VietnameseText.line(name)
        return FormerUnit(code: Commune.code(fromName: name), name: name)
    }

    /// A village named by the user: its kind from its name's first word ("Ấp 3", "Thôn Đông"), else `kind`.
    public static func locality(named name: String, kind: LocalityKind) -> Locality {
        let name = VietnameseText.line(name)
        return Locality(code: "", name: name, kind: LocalityKind(name: name) ?? kind)
    }
}

extension LocalityKind {
    /// The kind a village's name says ("Ấp 1" is an ấp, "Tổ dân phố 5" a tổ dân phố); nil when it says none.
    public init?(name: String) {
        let words = VietnameseText.searchTokens(name)
        switch (words.first, words.dropFirst().first) {
        case ("ap"?, _): self = .ap
        case ("thon"?, _): self = .thon
        case ("ban"?, _): self = .ban
        case ("khu"?, "vuc"?): self = .khuVuc
        case ("to"?, "dan"?): self = .toDanPho
        default: return nil
        }
    }
}

extension AppDatabase {
    /// Creates the commune's data from a setup; refused whole (nothing written) when the database already has a commune
    /// or a value is not acceptable.
    public func setUp(_ setup: CommuneSetup, by user: String) throws {
        var commune = setup.commune
        commune.name = VietnameseText.line(commune.name)
        commune.province = VietnameseText.line(commune.province)
        commune.district = VietnameseText.line(commune.district)
        if commune.name.isEmpty { throw RecordError(entity: .commune, code: nil, field: "name", problem: .empty) }
        if let invalid = commune.validationErrors().first { throw GiamSatError.record(invalid) }
        let staff = VietnameseText.line(setup.staffName)
        if staff.count > FieldLimit.name {
            throw RecordError(entity: .commune, code: commune.code, field: "staffName", problem: .tooLong(length: staff.count, limit: FieldLimit.name))
        }
        for unit in setup.formerUnits where unit.name.isEmpty || unit.code.isEmpty {
            throw RecordError(entity: .commune, code: unit.code, field: "formerUnits.name", problem: .empty)
        }
        try write { db in
            if try Self.commune(db) != nil { throw GiamSatError.alreadyInitialized(path: path ?? ":memory:") }
            _ = try Self.setCommune(commune, by: user, in: db)
            if !staff.isEmpty {
                try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('staff-name', ?)", arguments: [staff])
            }
            let now = Self.timestamp()
            for unit in setup.formerUnits { try Self.saveFormerUnit(unit, by: user, at: now, in: db) }
            for var locality in setup.localities {
                locality.name = VietnameseText.line(locality.name)
                if locality.name.isEmpty { throw RecordError(entity: .locality, code: nil, field: "name", problem: .empty) }
                if locality.code.isEmpty { locality.code = try Self.nextLocalityCode(kind: locality.kind, db) }
                locality.version = 0
                _ = try Self.save(locality, expectedVersion: 0, by: user, at: now, in: db)
            }
        }
    }

    /// Creates the database of an empty data folder and fills it (`body`): when filling fails, the files just made
    /// are removed again, so the folder is as it was and the next start still finds it empty.
    public static func create<T>(in directory: DataDirectory, _ body: (AppDatabase) throws -> T) throws -> T {
        guard !directory.databaseExists else { throw GiamSatError.alreadyInitialized(path: directory.path) }
        let database = try open(directory, create: true)
        do {
            let result = try body(database)
            try database.close()
            return result
        } catch {
            try? database.close()
            directory.removeDatabase()
            throw error
        }
    }
}

extension DataDirectory {
    /// Removes the database and its WAL files (a database made for a refused import or setup).
    public func removeDatabase() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
    }
}
