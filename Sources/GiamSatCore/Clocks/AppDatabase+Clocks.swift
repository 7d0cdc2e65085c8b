import GRDB

/// Where the clocks live in the database (migration `v7-clocks`): the flags as one column of `feedback` (a bit set,
/// `Feedback.ClockFlags`), the extensions as rows beside the history, and the days of the law as settings.
extension AppDatabase {
    static func registerClocksMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-clocks") { db in
            try db.execute(sql: """
                ALTER TABLE feedback ADD COLUMN clock_flags INTEGER NOT NULL DEFAULT 0;
                CREATE TABLE feedback_extension (
                  feedback TEXT NOT NULL REFERENCES feedback(code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                  seq INTEGER NOT NULL, on_date TEXT NOT NULL, days INTEGER NOT NULL, reason TEXT NOT NULL, by TEXT NOT NULL,
                  PRIMARY KEY (feedback, seq));
                """)
            // Complaints and denunciations count from their acceptance (`Feedback.acceptedOn`), no longer
            // from the receipt: what a save computes now (`FeedbackClock`, with the default 30 days: no flags yet).
            try db.execute(sql: """
                UPDATE feedback SET due_on = MIN(?, date(COALESCE(
                  (SELECT h.on_date FROM feedback_history h WHERE h.feedback = feedback.code AND h.seq = 1
                                                                   AND h.status IN ('xem-xet', 'da-chuyen')), received_on), '+30 days'))
                WHERE kind IN ('khieu-nai', 'to-cao')
                """, arguments: [LocalDate.latest.iso])
        }
    }

    /// The settings of the clocks, by key (`setting` table); a value outside `ClockRules.daysRange` is ignored.
    /// Key paths are not Sendable; the list is a constant, never mutated.
    nonisolated(unsafe) static let clockSettingKeys: [(key: String, path: WritableKeyPath<ClockRules, Int>)] = [
        ("due-days", \.dueDays), ("complaint-days", \.complaintDays), ("complaint-complex-days", \.complaintComplexDays),
        ("complaint-remote-days", \.complaintRemoteDays), ("complaint-remote-complex-days", \.complaintRemoteComplexDays),
        ("denunciation-days", \.denunciationDays), ("extension-days", \.extensionDays),
        ("classify-denunciation-days", \.classifyDenunciationDays),
        ("classify-several-places-days", \.classifyDenunciationSeveralPlacesDays), ("plan-lead-days", \.planLeadDays),
    ]

    /// One cached statement: every feedback save reads it (an import of a million records too).
    static func clockRules(_ db: Database) throws -> ClockRules {
        var rules = ClockRules.defaults
        let keys = clockSettingKeys.map { "'\($0.key)'" }.joined(separator: ", ")
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT key, value FROM setting WHERE key IN (\(keys))"))
        while let row = try rows.next() {
            let key = try row.text(at: 0)
            guard let days = Int(try row.text(at: 1)), let path = clockSettingKeys.first(where: { $0.key == key })?.path else { continue }
            // `due-days` has always allowed up to ten years (AppDatabase.settings).
            if ClockRules.daysRange.contains(days) || (key == "due-days" && (1...3_650).contains(days)) { rules[keyPath: path] = days }
        }
        return rules
    }

    public func clockRules() throws -> ClockRules { try read { db in try Self.clockRules(db) } }

    /// The settings rows of `saveGeneralSettings` for the clocks that changed (`due-days` is its own row there).
    static func clockSettingChanges(_ old: ClockRules, _ new: ClockRules) -> [(key: String, field: String, old: String?, new: String?)] {
        clockSettingKeys.filter { $0.key != "due-days" }.map { key, path in
            (key, "clocks." + key, String(old[keyPath: path]), String(new[keyPath: path]))
        }
    }
}

extension ClockRules {
    /// The first setting out of `daysRange`, by key.
    public var outOfRange: (key: String, value: Int)? {
        AppDatabase.clockSettingKeys.filter { $0.key != "due-days" }.map { ($0.key, self[keyPath: $0.path]) }
            .first { !Self.daysRange.contains($0.1) }
    }
}

extension Feedback {
    /// The record with its due date computed by its clock under this database's settings: every save goes through it
    /// (`forStorage`), so lists, tallies, the worklist and the dashboard all judge "overdue" by the law's clock.
    func withClock(_ db: Database) throws -> Feedback { withClock(try AppDatabase.clockRules(db)) }

    /// The same under rules the caller read once: an import reads them once for all its records (read per record,
    /// the settings query was an eighth of a 1M import).
    func withClock(_ rules: ClockRules) -> Feedback {
        var record = self
        record.clockFlags = clockFlags.intersection(.meaningful(for: kind))
        if kind != .toCao { record.extensions = [] }
        record.dueOn = record.clock(rules).dueOn
        return record
    }

    static func extensions(_ db: Database, code: String) throws -> [Extension] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT on_date, days, reason, by FROM feedback_extension WHERE feedback = ? ORDER BY seq"),
                         arguments: [code]).map {
            Extension(on: try $0.date(at: 0), days: try $0.integer(at: 1), reason: try $0.text(at: 2), by: try $0.text(at: 3))
        }
    }

    /// The extensions' rows of a record whose old ones (if any) are gone.
    func insertExtensions(_ db: Database) throws {
        guard !extensions.isEmpty else { return }
        let statement = try db.cachedStatement(sql: "INSERT INTO feedback_extension(feedback, seq, on_date, days, reason, by) VALUES (?, ?, ?, ?, ?, ?)")
        for (seq, e) in extensions.enumerated() {
            try statement.execute(arguments: [code, seq, e.on, e.days, e.reason, e.by])
        }
    }
}

extension AppDatabase {
    /// Extends a denunciation's resolution time by `extensionDays` (Luật Tố cáo 2018, art. 30): a recorded step that
    /// moves the due date, refused when the law does not allow it (a third time, before acceptance, once ended, dated after `today`).
    /// Audited like any edit; `undo` takes it back.
    public func extend(code: String, version: Int, on date: LocalDate, reason: String, by user: String,
                       today: LocalDate = .today()) throws -> UndoStep {
        try write { db in
            guard var feedback = try Feedback.fetch(db, code: code) else { throw GiamSatError.notFound(entity: .feedback, code: code) }
            if feedback.version != version { throw GiamSatError.staleWrite(entity: .feedback, code: code) }
            let before = feedback
            try feedback.extend(Feedback.Extension(on: date, days: try Self.clockRules(db).extensionDays,
                                                   reason: VietnameseText.clean(reason), by: user), today: today)
            _ = try Self.save(feedback, expectedVersion: version, by: user, in: db)
            return UndoStep(before: before, versionAfter: version + 1)
        }
    }
}
