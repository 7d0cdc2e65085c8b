import GRDB

/// A likely duplicate as the screen before saving lists it (issue 21): never a reporter.
public struct DuplicateSuggestion: Equatable, Sendable {
    public var match: DuplicateMatching.Match
    public var receivedOn: LocalDate
    public var officialNames: String
    public var summary: String
    public var status: FeedbackStatus
    public var code: String { match.code }
}

/// A feedback record's "trùng" links both ways: the original it duplicates, and the records (not voided) that
/// name it as theirs.
public struct DuplicateLinks: Equatable, Sendable {
    public var original: LinkedRecord?
    public var duplicates: [LinkedRecord]
    public init(original: LinkedRecord? = nil, duplicates: [LinkedRecord] = []) {
        self.original = original
        self.duplicates = duplicates
    }
}

/// Duplicates of feedback (issue 21): the suggestion before saving a new record, a new record saved as a duplicate,
/// and the rules of the link a "trùng" step makes (the original exists, is not voided, is not the record itself and
/// does not lead back to it). The link is the `duplicate_of` of the record's last history step; migration
/// `v7-duplicates` indexes it so the original's page finds its duplicates.
extension AppDatabase {
    /// The window of days around the received date (`duplicate-days`; default 30).
    public static let duplicateDaysKey = "duplicate-days"
    /// The audit field written on the original when a duplicate is linked to it or unlinked.
    public static let duplicatesAuditField = "duplicates"

    public func duplicateRules() throws -> DuplicateMatching.Rules {
        try read { db in try Self.duplicateRules(db) }
    }

    /// Sets `duplicate-days`; a value outside 1–365 is refused.
    public func setDuplicateWindow(days: Int) throws {
        guard DuplicateMatching.Rules.windowRange.contains(days) else {
            throw RecordError(entity: .commune, code: nil, field: Self.duplicateDaysKey,
                              problem: .outOfRange(days, DuplicateMatching.Rules.windowRange))
        }
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", arguments: [Self.duplicateDaysKey, String(days)])
        }
    }

    static func duplicateRules(_ db: Database) throws -> DuplicateMatching.Rules {
        var rules = DuplicateMatching.Rules()
        // A value the app would not have written (edited by hand) is ignored, as every setting is.
        if let days = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [duplicateDaysKey]).flatMap(Int.init),
           DuplicateMatching.Rules.windowRange.contains(days) {
            rules.windowDays = days
        }
        return rules
    }

    /// The likely duplicates of a record about to be saved, best first: among feedback not voided, received within
    /// the window, found through indexes only — the officials' index, the search index bounded by the window (its
    /// rowid is the received day's recency) and, when the new record's identity is open, the window's records that
    /// have one. The store's identities are compared only where they are stored open (not sealed by `protect`).
    public func likelyDuplicates(of feedback: Feedback, limit: Int = 10) throws -> [DuplicateSuggestion] {
        try read { db in
            let rules = try Self.duplicateRules(db)
            let new = DuplicateMatching.Facts(feedback)
            var facts: [DuplicateMatching.Facts] = []
            var rows: [String: (names: String, summary: String, status: FeedbackStatus)] = [:]
            for code in try Self.duplicateCandidates(new, rules: rules, db) where code != feedback.code {
                guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                    SELECT received_on, summary, official_names, status, anonymous, reporter_name, reporter_address, reporter_phone
                    FROM feedback WHERE code = ?
                    """), arguments: [code]) else { continue }
                let officials = try String.fetchAll(db.cachedStatement(sql: "SELECT official FROM feedback_official WHERE feedback = ?"),
                                                    arguments: [code])
                var reporter: Feedback.Reporter?
                if new.reporter != nil, !(try row.flag(at: 4)), let name = try row.optionalText(at: 5), !IdentitySeal.isSealed(name) {
                    reporter = Feedback.Reporter(name: name, address: try row.optionalText(at: 6) ?? "", phone: try row.optionalText(at: 7) ?? "")
                }
                facts.append(DuplicateMatching.Facts(code: code, receivedOn: try row.date(at: 0), officials: officials,
                                                     reporter: reporter, summary: try row.text(at: 1)))
                rows[code] = (try row.text(at: 2), try row.text(at: 1), try row.slug(at: 3))
            }
            let received = Dictionary(facts.map { ($0.code, $0.receivedOn) }, uniquingKeysWith: { a, _ in a })
            return DuplicateMatching.rank(new, among: facts, rules: rules, limit: limit).map {
                let row = rows[$0.code]!
                return DuplicateSuggestion(match: $0, receivedOn: received[$0.code]!, officialNames: row.names, summary: row.summary,
                                           status: row.status)
            }
        }
    }

    /// The codes worth comparing (a superset of the matches), none voided.
    static func duplicateCandidates(_ new: DuplicateMatching.Facts, rules: DuplicateMatching.Rules, _ db: Database) throws -> [String] {
        let from = new.receivedOn.adding(days: -rules.windowDays), to = new.receivedOn.adding(days: rules.windowDays)
        var codes = Set<String>()
        for official in Set(new.officials) {
            codes.formUnion(try String.fetchAll(db.cachedStatement(sql: """
                SELECT fo.feedback FROM feedback_official fo JOIN feedback f ON f.code = fo.feedback
                WHERE fo.official = ? AND f.received_on BETWEEN ? AND ?
                """), arguments: [official, from.iso, to.iso]))
        }
        let words = DuplicateMatching.words(new.summary)
        if !words.isEmpty {
            // Folded words are letters and digits only, so quoting them is enough. The rowid range is the window.
            let match = words.sorted().map { "\"\($0)\"" }.joined(separator: " OR ")
            let low = Int64(from.dayNumber) << 32, high = (Int64(to.dayNumber + 1) << 32) - 1
            codes.formUnion(try String.fetchAll(db.cachedStatement(sql: """
                SELECT f.code FROM feedback_search s CROSS JOIN feedback f ON f.recency = s.rowid
                WHERE feedback_search MATCH ? AND s.rowid BETWEEN ? AND ? LIMIT 5000
                """), arguments: [match, low, high]))
        }
        if new.reporter != nil {
            codes.formUnion(try String.fetchAll(db.cachedStatement(sql: """
                SELECT code FROM feedback WHERE received_on BETWEEN ? AND ? AND anonymous = 0 AND reporter_name IS NOT NULL
                """), arguments: [from.iso, to.iso]))
        }
        // A candidate that is itself a duplicate stands for its original: the suggestion (and a link made from it)
        // always points to an original, and the original is listed once even when several of its duplicates matched.
        var live: [String] = [], listed = Set<String>()
        for code in codes.sorted() {
            let original = try rootOriginal(of: code, db)
            guard listed.insert(original).inserted, try !isVoided(.feedback, code: original, db) else { continue }
            live.append(original)
        }
        return live.sorted()
    }

    /// The original at the end of a record's "trùng" links (the record itself when it is not a duplicate).
    static func rootOriginal(of code: String, _ db: Database) throws -> String {
        var seen: Set<String> = [code], next = code
        while let link = try currentDuplicateLink(next, db), seen.insert(link).inserted { next = link }
        return next
    }

    /// Saves a new record as a duplicate of `original` in one transaction: saved as `saveNew` does, then its
    /// "trùng" step on `date` (the received date if later). Returns the code it was saved under.
    public func saveNewDuplicate(_ feedback: Feedback, of original: String, on date: LocalDate, by user: String) throws -> String {
        try write { db in
            let code = try Self.saveNew(feedback, by: user, in: db)
            guard var saved = try Feedback.fetch(db, code: code) else { throw GiamSatError.notFound(entity: .feedback, code: code) }
            try Self.checkDuplicateLink(code: code, original: original, db)
            try saved.advance(to: Feedback.StatusChange(status: .trungLap, on: max(date, saved.receivedOn), by: user, duplicateOf: original))
            _ = try Self.save(saved, expectedVersion: saved.version, by: user, in: db)
            try Self.auditDuplicateLink(code, from: nil, to: original, by: user, db)
            return code
        }
    }

    /// The original this record duplicates and the live duplicates of it, for its page.
    public func duplicateLinks(of code: String, limit: Int = 200) throws -> DuplicateLinks {
        try read { db in
            var links = DuplicateLinks()
            if let original = try Self.currentDuplicateLink(code, db),
               let row = try Row.fetchOne(db, sql: "SELECT code, received_on, summary, status FROM feedback WHERE code = ?", arguments: [original]) {
                links.original = try Self.linked(row)
            }
            let live = try Self.voidCondition(.feedback, "f.code", db)
            links.duplicates = try Row.fetchAll(db, sql: """
                SELECT f.code, f.received_on, f.summary, f.status FROM feedback_history h JOIN feedback f ON f.code = h.feedback
                WHERE h.duplicate_of = ? AND f.status = 'trung-lap'
                  AND h.seq = (SELECT MAX(seq) FROM feedback_history l WHERE l.feedback = h.feedback)\(live)
                ORDER BY f.received_on, f.code LIMIT ?
                """, arguments: [code, limit]).map(Self.linked)
            return links
        }
    }

    private static func linked(_ row: Row) throws -> LinkedRecord {
        LinkedRecord(entity: .feedback, code: try row.text(at: 0), date: try row.date(at: 1), text: try row.text(at: 2), state: try row.text(at: 3))
    }

    /// The original a record duplicates now: its last step's, when that step is "trùng".
    static func currentDuplicateLink(_ code: String, _ db: Database) throws -> String? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT status, duplicate_of FROM feedback_history WHERE feedback = ? ORDER BY seq DESC LIMIT 1
            """), arguments: [code]).flatMap { row in
            try row.text(at: 0) == FeedbackStatus.trungLap.slug ? try row.optionalText(at: 1) : nil
        }
    }

    /// A "trùng" step of `code` may name `original`: a record on file, not voided, not itself, and not one whose own
    /// links lead back to `code` (a loop would leave neither record the original).
    static func checkDuplicateLink(code: String, original: String, _ db: Database) throws {
        func refuse(_ problem: RecordProblem) -> RecordError { RecordError(entity: .feedback, code: code, field: "duplicateOf", problem: problem) }
        if original == code { throw refuse(.duplicateOfItself) }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM feedback WHERE code = ?", arguments: [original]) ?? false else {
            throw GiamSatError.notFound(entity: .feedback, code: original)
        }
        if try isVoided(.feedback, code: original, db) { throw refuse(.duplicateOfVoided(original: original)) }
        var seen: Set<String> = [original]
        var next = original
        while let link = try currentDuplicateLink(next, db) {
            if link == code { throw refuse(.duplicateCycle(original: original)) }
            guard seen.insert(link).inserted else { break }
            next = link
        }
        // A duplicate of a duplicate would make a chain; the message names the original at its end to link to instead.
        if next != original { throw refuse(.duplicateOfDuplicate(duplicate: original, original: next)) }
    }

    /// The records whose "trùng" link names `code` now, voided ones too (a restore brings a voided one's link back).
    static func duplicatesNaming(_ code: String, _ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT h.feedback FROM feedback_history h JOIN feedback f ON f.code = h.feedback
            WHERE h.duplicate_of = ? AND f.status = 'trung-lap'
              AND h.seq = (SELECT MAX(seq) FROM feedback_history l WHERE l.feedback = h.feedback)
            ORDER BY h.feedback
            """, arguments: [code])
    }

    /// Points the "trùng" links of `codes` that name `old` at `new` instead; returns the codes moved.
    /// A record that becomes a duplicate takes its own duplicates along to its original (issue 21): "trùng" is an
    /// end of the lifecycle, so they could not be re-linked by hand, and a link always names an original (no chain).
    /// Each moved record's trail says "duplicateOf old → new"; the two originals' trails say it left one and joined
    /// the other (a voided one has already left its original's list, and joins the new one only when restored).
    static func moveDuplicateLinks(_ codes: [String], from old: String, to new: String, by user: String, _ db: Database) throws -> [String] {
        var moved: [String] = []
        for code in codes where try currentDuplicateLink(code, db) == old {
            guard var record = try Feedback.fetch(db, code: code) else { continue }
            record.history[record.history.count - 1].duplicateOf = new
            _ = try save(record, expectedVersion: record.version, by: user, in: db)
            if try !isVoided(.feedback, code: code, db) { try auditDuplicateLink(code, from: old, to: new, by: user, db) }
            moved.append(code)
        }
        return moved
    }

    /// The original's audit trail says when a duplicate was linked to it (`to`) or unlinked (`from`): by a "trùng"
    /// step, its undo, or the duplicate's void or restore.
    static func auditDuplicateLink(_ code: String, from old: String?, to new: String?, by user: String, _ db: Database) throws {
        guard old != new else { return }
        let now = timestamp()
        if let old {
            try audit(db, AuditEntry(at: now, by: user, entity: .feedback, code: old, field: duplicatesAuditField, old: code, new: ""))
        }
        if let new {
            try audit(db, AuditEntry(at: now, by: user, entity: .feedback, code: new, field: duplicatesAuditField, old: "", new: code))
        }
    }

    /// What `check` says of the links (an import does not look along them): a live duplicate whose original is voided,
    /// and records whose links go round in a loop, each named.
    static func duplicateLinkProblems(_ db: Database) throws -> [CheckProblem] {
        var links: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT h.feedback, h.duplicate_of FROM feedback f JOIN feedback_history h ON h.feedback = f.code
            WHERE f.status = 'trung-lap' AND h.duplicate_of IS NOT NULL
              AND h.seq = (SELECT MAX(seq) FROM feedback_history l WHERE l.feedback = f.code)
            """) {
            links[try row.text(at: 0)] = try row.text(at: 1)
        }
        var problems: [CheckProblem] = []
        func problem(_ code: String, _ kind: RecordProblem) {
            problems.append(.record(RecordError(entity: .feedback, code: code, field: "duplicateOf", problem: kind)))
        }
        for (code, original) in links.sorted(by: { $0.key < $1.key }) where try !isVoided(.feedback, code: code, db) {
            if try isVoided(.feedback, code: original, db) { problem(code, .duplicateOfVoided(original: original)) }
            var seen: Set<String> = [code]
            var next = original
            while let link = links[next] {
                if link == code { problem(code, .duplicateCycle(original: original)); break }
                guard seen.insert(next).inserted else { break }
                next = link
            }
        }
        return problems
    }

    /// A voided duplicate is restored only while its original is not voided: a restore never brings back a link to a
    /// voided record (restore the original first).
    static func checkRestoredLink(_ entity: Entity, code: String, _ db: Database) throws -> String? {
        guard entity == .feedback, let original = try currentDuplicateLink(code, db) else { return nil }
        if try isVoided(.feedback, code: original, db) {
            throw RecordError(entity: .feedback, code: code, field: "duplicateOf", problem: .duplicateOfVoided(original: original))
        }
        return original
    }
}
