import Foundation
import GRDB

extension AppDatabase {
    /// SQLite's own integrity and foreign-key checks, then the model's invariants.
    /// Returns one line per problem; empty when all is well.
    public func check(lang: Lang) throws -> [String] {
        try read { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems += integrity.map { "integrity_check: \($0)" } }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table: String = row["table"]
                let parent: String = row["parent"]
                problems.append(lang == .vi ? "bảng \(table) trỏ tới \(parent) không tồn tại (dòng \(row["rowid"] as Int64? ?? 0))"
                                            : "table \(table) points to a missing \(parent) (row \(row["rowid"] as Int64? ?? 0))")
            }
            if try Self.commune(db) == nil {
                problems.append(lang == .vi ? "chưa có thông tin xã" : "no commune set")
            }
            // Every record must read back and satisfy the model.
            for code in try String.fetchAll(db, sql: "SELECT code FROM feedback ORDER BY code") {
                do {
                    guard let feedback = try Feedback.fetch(db, code: code) else { continue }
                    if let (index, problem) = feedback.historyProblem() {
                        problems.append(RecordError(entity: .feedback, code: code, field: "history[\(index)]", problem: problem).message(lang))
                    }
                    let row = try Row.fetchOne(db, sql: "SELECT status, is_open FROM feedback WHERE code = ?", arguments: [code])
                    let stored: String? = row?["status"]
                    let open: Bool? = row?["is_open"]
                    if stored != feedback.status.slug || open != !feedback.status.isEnded {
                        problems.append(RecordError(entity: .feedback, code: code, field: "status",
                                                    problem: .unknownSlug(stored ?? "", allowed: [feedback.status.slug])).message(lang))
                    }
                } catch let error as GiamSatError {
                    problems.append("\(Entity.feedback.label.text(lang)) \(code): \(error.message(lang))")
                }
            }
            problems += try Self.unreadable(Official.self, db, lang)
            problems += try Self.unreadable(Plan.self, db, lang)
            problems += try Self.unreadable(Recommendation.self, db, lang)
            problems += try Self.unreadable(Locality.self, db, lang)
            for (table, key) in [(Official.table, Official.searchKeyColumn), (Plan.table, Plan.searchKeyColumn),
                                 (Feedback.table, Feedback.searchKeyColumn), (Recommendation.table, Recommendation.searchKeyColumn)] {
                let missing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) WHERE \(key) NOT IN (SELECT rowid FROM \(table)_search)") ?? 0
                if missing > 0 {
                    problems.append(lang == .vi ? "\(missing) bản ghi \(table) chưa có trong chỉ mục tìm kiếm"
                                                : "\(missing) \(table) records missing from the search index")
                }
            }
            return problems
        }
    }

    static func unreadable<R: StoredRecord>(_ type: R.Type, _ db: Database, _ lang: Lang) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT code FROM \(R.table)").compactMap { code in
            do {
                _ = try R.fetch(db, code: code)
                return nil
            } catch let error as GiamSatError {
                return "\(R.entity.label.text(lang)) \(code): \(error.message(lang))"
            }
        }
    }

    /// A consistent copy through SQLite's backup API, safe while other windows are writing.
    /// Written to a temporary name first, then renamed: a failed backup leaves nothing half-done.
    public func backup(to destination: String) throws {
        let temporary = destination + ".partial"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let previousMask = umask(0o077)
            defer { umask(previousMask) }
            let target = try DatabaseQueue(path: temporary)
            try mapErrors(path: destination) { try writer.backup(to: target) }
            try target.close()
            if FileManager.default.fileExists(atPath: destination) { try FileManager.default.removeItem(atPath: destination) }
            try FileManager.default.moveItem(atPath: temporary, toPath: destination)
        } catch let error as GiamSatError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw GiamSatError.cannotWrite(path: destination, reason: DataDirectory.reason(error))
        }
    }
}
