import GRDB

/// A record a code typed in the palette leads to.
public struct FoundRecord: Equatable, Sendable {
    public var entity: Entity
    /// Its code in this commune.
    public var code: String
    /// Where it came from, when the code typed is the one it had in a former commune (issue 12).
    public var origin: RecordOrigin?

    public init(entity: Entity, code: String, origin: RecordOrigin? = nil) {
        self.entity = entity
        self.code = code
        self.origin = origin
    }
}

extension AppDatabase {
    /// Every record a typed code may mean: the one with that code here, and the merged ones that had it in a former
    /// commune (after a merge `PA-2024-0001` is often two records: this commune's own and xã B's, renumbered).
    /// The record with the code itself comes first.
    public func findRecords(code: String) throws -> [FoundRecord] {
        let code = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard !code.isEmpty else { return [] }
        return try read { db in
            var found: [FoundRecord] = []
            // The kinds with a code series (`RecordKinds.coded`): the palette opens them by code.
            for kind in RecordKinds.coded where try Self.exists(kind.entity, code: code, db) {
                found.append(FoundRecord(entity: kind.entity, code: code))
            }
            let kinds = RecordKinds.coded.map(\.entity.rawValue)
            let merged = try Row.fetchAll(db, sql: """
                SELECT entity, code, former_unit, former_code, former_name FROM record_origin
                WHERE former_code = ? AND entity IN (\(kinds.map { _ in "?" }.joined(separator: ", "))) ORDER BY rowid
                """, arguments: StatementArguments([code] + kinds))
            for row in merged {
                guard let entity = Entity(rawValue: try row.text("entity")) else { continue }
                let origin = RecordOrigin(formerUnit: try row.text("former_unit"), formerCode: try row.text("former_code"),
                                          formerName: try row.text("former_name"))
                let mergedCode = try row.text("code")
                // A record that kept its code through the merge is the same record: labelled, not listed twice.
                if let index = found.firstIndex(where: { $0.entity == entity && $0.code == mergedCode }) {
                    if found[index].origin == nil { found[index].origin = origin }
                    continue
                }
                found.append(FoundRecord(entity: entity, code: mergedCode, origin: origin))
            }
            // The record with the code itself, merged under another former code: labelled with where it came from.
            for index in found.indices where found[index].origin == nil {
                found[index].origin = try Self.origins(found[index].entity, code: found[index].code, db).first
            }
            return found
        }
    }
}
