import Foundation
import GRDB

extension AppDatabase {
    /// SQLite's own integrity and foreign-key checks, then the model's invariants.
    /// Returns the problems, typed (words in `CheckProblem.message`); empty when all is well.
    public func check() throws -> [CheckProblem] {
        let attachmentFiles = try? attachmentFiles()
        return try read { db in
            var problems: [CheckProblem] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems += integrity.map { .integrity($0) } }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table = try row.optionalText("table") ?? "?", parent = try row.optionalText("parent") ?? "?"
                let rowid = try row.optionalInteger("rowid") ?? 0
                problems.append(.missingParent(table: table, parent: parent, row: rowid))
            }
            do {
                if let commune = try Self.commune(db) {
                    problems += commune.validationErrors().map { .record($0) }
                } else {
                    problems.append(.noCommune)
                }
            } catch let error as GiamSatError {
                problems.append(.unreadable(.commune, code: "", error))
            }
            // A merged record's origin must name a record that is still here (joins and deletions move or drop it).
            for (kind, _) in RecordKinds.records where kind.codeIsColumn {
                for code in try String.fetchAll(db, sql: """
                    SELECT code FROM record_origin o WHERE entity = ? AND NOT EXISTS (SELECT 1 FROM \(kind.table) t WHERE t.code = o.code)
                    """, arguments: [kind.entity.rawValue]) {
                    problems.append(.record(RecordError(entity: kind.entity, code: code, field: "former",
                                                        problem: .unknownReference(entity: kind.entity, code: code))))
                }
            }
            problems += try Self.voidProblems(db)
            problems += try Self.duplicateLinkProblems(db)
            problems += try Self.attachmentProblems(db, files: attachmentFiles).map(CheckProblem.attachment)
            // Every record must read back and satisfy the model; a value that cannot be read is
            // named with its record's code, never a crash (docs/security.md). Each kind walks its rows
            // with a cursor (`KindRecord.checkAll`): constant memory at a million records.
            for (_, type) in RecordKinds.records { problems += try type.checkAll(db) }
            for (kind, type) in RecordKinds.records where kind.isSearched {
                let key = type.searchKeyColumn
                let missing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(kind.table) WHERE \(key) NOT IN (SELECT rowid FROM \(kind.table)_search)") ?? 0
                if missing > 0 { problems.append(.missingFromIndex(count: missing, table: kind.table)) }
            }
            return problems
        }
    }

    static func unreadable<R: StoredRecord>(_ type: R.Type, _ db: Database) throws -> [CheckProblem] {
        var problems: [CheckProblem] = []
        let codes = try String.fetchCursor(db, sql: "SELECT code FROM \(R.table)")
        while let code = try codes.next() {
            do {
                problems += try R.fetch(db, code: code)?.validationErrors().map { .record($0) } ?? []
            } catch let error as GiamSatError {
                problems.append(.unreadable(R.entity, code: code, error))
            }
        }
        return problems
    }

    /// A consistent copy through SQLite's backup API, safe while other windows are writing.
    /// Written to a temporary name first, then renamed: a failed backup leaves nothing half-done.
    public func backup(to destination: String) throws {
        // Per process: two windows making the day's backup at the same moment must not share a file.
        let temporary = destination + ".\(getpid()).partial"
        // A folder that is not there is said so, not as SQLite's "unable to open database file".
        let folder = (destination as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !folder.isEmpty, !(FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue) {
            throw GiamSatError.cannotWrite(path: destination, reason: Files.posixReason(ENOENT))
        }
        // …and one a killed backup of the same file left (with its -journal) goes now (issue 19).
        Leftovers.remove(in: (destination as NSString).deletingLastPathComponent,
                         prefix: (destination as NSString).lastPathComponent + ".", suffix: ".partial")
        for suffix in ["", "-journal"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        do {
            let previousMask = umask(0o077)
            defer { umask(previousMask) }
            let target = try DatabaseQueue(path: temporary)
            try mapErrors(path: destination) { try copy(to: target) }
            // The attachments it names go beside it before it is put in place (issue 21).
            try backUpAttachments(ofCopy: target, beside: destination)
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
