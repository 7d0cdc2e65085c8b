import GRDB

extension Entity {
    public static let feedback = Entity(declaring: "feedback")
}

extension Feedback: KindRecord {
    static let kind = RecordKind(
        entity: .feedback, singular: KindText.feedbackNames.0, plural: KindText.feedbackNames.1, bundleKey: "feedback", table: Feedback.table,
        series: CodeSeries(prefix: "PA", perYear: true, width: 4),
        auditLabels: ["receivedOn": KindText.receivedOn, "channel": KindText.channel, "kind": KindText.kind,
                      "anonymous": KindText.anonymous, "reporter": KindText.reporter, "officials": KindText.officials,
                      "locality": KindText.locality, "content": KindText.contentArea, "summary": KindText.summary,
                      "notes": KindText.notes, "dueOn": KindText.dueOn, "history": KindText.history, "plan": KindText.plan,
                      "clockFlags": ClockText.clockFlags, "extensions": ClockText.extensions,
                      "duplicateOf": KindText.duplicateOf, "duplicates": KindText.duplicates],
        auditSteps: ["history"],
        auditValue: RecordKind.slugLabels(["channel": FeedbackChannel.self, "kind": FeedbackKind.self, "content": ContentArea.self,
                                           "history": FeedbackStatus.self]),
        // Never the reporter (docs/security.md).
        searchHolds: ["code", "summary", "officials", "locality"],
        listing: KindListing(name: "feedback", header: CLIText.feedbackHeader, maxWidths: [2: 22, 3: 24, 4: 40, 5: 24],
                             statuses: FeedbackStatus.allSlugs, options: [.query, .overdue]) { database, request, row in
            if request.json {
                return try database.forEachFeedback(request.filter) { item, _ in
                    try row(.init([], json: BundleWriter.feedback(item, includeIdentities: false)))
                }
            }
            // Tables and TSV need no history: one statement, no query per row.
            let (lang, today) = (request.lang, request.filter.today)
            try database.forEachFeedbackRow(request.filter) { f in
                let due = f.isOverdue(on: today) ? f.dueOn.vietnamese + " " + CLIText.overdue.text(lang) : f.dueOn.vietnamese
                try row(.init([f.code, f.receivedOn.vietnamese, f.channel.label(lang), f.officialNames, f.summary, f.status.label(lang), due],
                              json: .null))
            }
        },
        record: Feedback.self)

    var seriesYear: Int? { receivedOn.year }
    mutating func recode(_ code: String) { self.code = code }

    static func read(_ reader: inout FieldReader, dueDays: Int) throws -> Feedback { try BundleReader.readFeedback(&reader, dueDays: dueDays) }
    func json(includeIdentities: Bool) -> JSONValue { BundleWriter.feedback(self, includeIdentities: includeIdentities) }

    var references: [RecordReference] {
        .each("officials", .official, officials, { $0 }) + .optional("locality", .locality, locality) + .optional("plan", .plan, plan)
            + .each("history", .feedback, history, { $0.duplicateOf }, suffix: ".duplicateOf")
    }

    /// The rows in code order, their children by the code's index: a million records in one pass.
    static func forEachInBundleOrder(_ db: Database, _ body: (Feedback) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns()) FROM feedback ORDER BY code")
        while let row = try rows.next() { try body(try fetch(db, row: row, code: try row.text(at: 0))) }
    }

    /// With identities, one sealed by `protect` is opened with the passphrase.
    func exported(includeIdentities: Bool, passphrase: String?, _ db: Database) throws -> JSONValue {
        var record = self
        if includeIdentities, reporter?.isSealed ?? false { record.reporter = try AppDatabase.opened(reporter, db, passphrase: passphrase) }
        return record.json(includeIdentities: includeIdentities)
    }

    /// The first file into a database without feedback is bulk loaded (`FeedbackBulkLoad`); otherwise an identity
    /// the file withheld keeps the one on file.
    static func importing(_ record: Feedback, into importer: inout Importer) throws -> SaveOutcome {
        if let bulk = importer.bulk {
            try bulk.insert(record, by: importer.user, at: importer.now, searchRows: importer.searchRows, importer.db)
            return .added
        }
        return try importer.save(try AppDatabase.keepingWithheldIdentity(record, importer.db))
    }

    /// One pass over the rows with a cursor, children by index: constant memory at a million records. Besides the
    /// model's rules, the stored status and "open" flag must agree with the history.
    static func checkAll(_ db: Database) throws -> [CheckProblem] {
        var problems: [CheckProblem] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns()) FROM feedback ORDER BY code")
        while let row = try rows.next() {
            let code = (try? row.text(at: 0)) ?? "?"
            do {
                let feedback = try fetch(db, row: row, code: code)
                problems += feedback.validationErrors().map { .record($0) }
                if let (index, problem) = feedback.historyProblem() {
                    problems.append(.record(RecordError(entity: .feedback, code: code, field: "history[\(index)]", problem: problem)))
                }
                let stored = try row.optionalText(at: statusColumn)
                let open = try row.optionalInteger(at: isOpenColumn)
                if stored != feedback.status.slug || open != (feedback.status.isEnded ? 0 : 1) {
                    problems.append(.record(RecordError(entity: .feedback, code: code, field: "status",
                                                        problem: .unknownSlug(stored ?? "", allowed: [feedback.status.slug]))))
                }
            } catch let error as GiamSatError {
                problems.append(.unreadable(.feedback, code: code, error))
            }
        }
        return problems
    }

    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {
        for i in officials.indices { remap(&officials[i], .official, map, "officials[\(i)]", unknown) }
        var seen = Set<String>()
        officials = officials.filter { seen.insert($0).inserted }
        remap(&locality, .locality, map, "locality", unknown)
        remap(&plan, .plan, map, "plan", unknown)
        for i in history.indices { remap(&history[i].duplicateOf, .feedback, map, "history[\(i)].duplicateOf", unknown) }
    }
}

extension CaseBundle {
    public var feedback: [Feedback] {
        get { self[Feedback.self] }
        set { self[Feedback.self] = newValue }
    }
}
