import GRDB

/// The settings a commune's office edits on the settings screen, besides localities and holidays.
public struct GeneralSettings: Equatable, Sendable {
    public var communeName: String
    public var province: String
    /// The district the commune belonged to before 1 July 2025 (two-tier government since): history only.
    public var district: String
    /// Written in the audit trail of every change made on this database.
    public var staffName: String
    /// Days from receipt to a feedback record's due date.
    public var dueDays: Int
    /// The interface's language; nil follows `--lang` and the locale.
    public var language: Lang?
    /// The input method the app starts with: "telex", "vni" or "off"; nil is Telex.
    public var inputMethod: String?
    /// Calendar or cut-off report periods (`report-periods`): what the report screen and `tally` use.
    public var reportPeriods: TallyPeriod.Scheme
    /// Where exports are proposed to go; nil: `Settings.defaultExportFolder`.
    public var exportFolder: String?
    /// Days a recommendation waits for an answer before the worklist flags it (`answer-days`).
    public var answerDays: Int
    /// The months of the residence review season (`review-season`, "10-12").
    public var reviewSeason: ClosedRange<Int>
    /// The days of the law's clocks besides `dueDays` (Clocks/, issue 21): complaints, denunciations, plans' lead time.
    public var clocks = ClockRules.defaults
    /// Days around a new feedback record's received date in which likely duplicates are looked for (`duplicate-days`).
    public var duplicateDays = DuplicateMatching.Rules.defaultWindowDays

    public init(communeName: String, province: String = "", district: String = "", staffName: String = "",
                dueDays: Int = Feedback.defaultDueDays, language: Lang? = nil, inputMethod: String? = nil,
                reportPeriods: TallyPeriod.Scheme = .calendar, answerDays: Int = Settings.defaultAnswerDays,
                reviewSeason: ClosedRange<Int> = Settings.defaultReviewSeason, exportFolder: String? = nil) {
        self.exportFolder = exportFolder
        self.communeName = communeName
        self.province = province
        self.district = district
        self.staffName = staffName
        self.dueDays = dueDays
        self.language = language
        self.inputMethod = inputMethod
        self.reportPeriods = reportPeriods
        self.answerDays = answerDays
        self.reviewSeason = reviewSeason
    }

    /// "10-12", as the setting is stored and typed.
    public static func seasonText(_ season: ClosedRange<Int>) -> String { "\(season.lowerBound)-\(season.upperBound)" }
    public static let answerDaysRange = 1...365

    public static let dueDaysRange = 1...365
    public static let inputMethods = ["telex", "vni", "off"]
}

extension AppDatabase {
    public func generalSettings() throws -> GeneralSettings {
        try read { db in try Self.generalSettings(db, commune: try Self.commune(db)) }
    }

    /// Saves the general settings in one transaction; each changed value leaves an audit row on the commune.
    /// Refused whole, with the field named, when a value is not acceptable. Returns the fields changed.
    @discardableResult
    public func saveGeneralSettings(_ settings: GeneralSettings, by user: String) throws -> [String] {
        var s = settings
        s.communeName = VietnameseText.line(s.communeName)
        s.province = VietnameseText.line(s.province)
        s.district = VietnameseText.line(s.district)
        s.staffName = VietnameseText.line(s.staffName)
        func refuse(_ field: String, _ problem: RecordProblem) -> RecordError {
            RecordError(entity: .commune, code: nil, field: field, problem: problem)
        }
        if s.communeName.isEmpty { throw refuse("name", .empty) }
        if s.staffName.count > FieldLimit.name { throw refuse("staffName", .tooLong(length: s.staffName.count, limit: FieldLimit.name)) }
        if !GeneralSettings.dueDaysRange.contains(s.dueDays) { throw refuse("dueDays", .outOfRange(s.dueDays, GeneralSettings.dueDaysRange)) }
        if !GeneralSettings.answerDaysRange.contains(s.answerDays) {
            throw refuse("answerDays", .outOfRange(s.answerDays, GeneralSettings.answerDaysRange))
        }
        if !DuplicateMatching.Rules.windowRange.contains(s.duplicateDays) {
            throw refuse("duplicateDays", .outOfRange(s.duplicateDays, DuplicateMatching.Rules.windowRange))
        }
        if Settings.season(GeneralSettings.seasonText(s.reviewSeason)) == nil {
            throw refuse("reviewSeason", .outOfRange(s.reviewSeason.lowerBound, 1...12))
        }
        if let (key, value) = s.clocks.outOfRange { throw refuse(key, .outOfRange(value, ClockRules.daysRange)) }
        if let method = s.inputMethod, !GeneralSettings.inputMethods.contains(method) {
            throw refuse("inputMethod", .unknownSlug(method, allowed: GeneralSettings.inputMethods))
        }
        return try write { db in
            guard var commune = try Self.commune(db) else { throw GiamSatError.notInitialized(path: path ?? ":memory:") }
            let old = try Self.generalSettings(db, commune: commune)
            commune.name = s.communeName
            commune.province = s.province
            commune.district = s.district
            let outcome = try Self.setCommune(commune, by: user, in: db)
            var changed: [String] = []
            if case .updated(let fields) = outcome { changed += fields }
            let values: [(key: String, field: String, old: String?, new: String?)] = [
                ("staff-name", "staffName", old.staffName, s.staffName),
                ("due-days", "dueDays", String(old.dueDays), String(s.dueDays)),
                ("language", "language", old.language?.rawValue, s.language?.rawValue),
                ("input-method", "inputMethod", old.inputMethod, s.inputMethod),
                ("report-periods", "reportPeriods", old.reportPeriods.rawValue, s.reportPeriods.rawValue),
                ("export-folder", "exportFolder", old.exportFolder, s.exportFolder.map(VietnameseText.line)),
                ("answer-days", "answerDays", String(old.answerDays), String(s.answerDays)),
                ("review-season", "reviewSeason", GeneralSettings.seasonText(old.reviewSeason), GeneralSettings.seasonText(s.reviewSeason)),
                (Self.duplicateDaysKey, "duplicateDays", String(old.duplicateDays), String(s.duplicateDays)),
            ] + Self.clockSettingChanges(old.clocks, s.clocks)
            let now = Self.timestamp()
            for value in values where value.old ?? "" != value.new ?? "" {
                if let new = value.new, !new.isEmpty {
                    try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", arguments: [value.key, new])
                } else {
                    try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [value.key])
                }
                try Self.audit(db, AuditEntry(at: now, by: user, entity: .commune, code: commune.code, field: "settings." + value.field,
                                              old: value.old ?? "", new: value.new ?? ""))
                changed.append(value.field)
            }
            return changed
        }
    }

    static func generalSettings(_ db: Database, commune: Commune?) throws -> GeneralSettings {
        // The worklist's deadlines, read (and checked) as the worklist reads them.
        let stored = try settings(db)
        func value(_ key: String) throws -> String? {
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
        }
        var general = GeneralSettings(communeName: commune?.name ?? "", province: commune?.province ?? "", district: commune?.district ?? "",
                               staffName: try value("staff-name") ?? "",
                               dueDays: try value("due-days").flatMap(Int.init) ?? Feedback.defaultDueDays,
                               language: try value("language").flatMap(Lang.init(rawValue:)), inputMethod: try value("input-method"),
                               reportPeriods: try reportPeriods(db), answerDays: stored.answerDays, reviewSeason: stored.reviewSeason,
                               exportFolder: try value("export-folder"))
        general.clocks = stored.clocks
        general.duplicateDays = try duplicateRules(db).windowDays
        return general
    }

    // MARK: Localities

    /// A locality with how many records name it (one in use is never deleted).
    public struct LocalityUse: Equatable, Sendable {
        public var officials = 0, feedback = 0, reviews = 0
        public init(officials: Int = 0, feedback: Int = 0, reviews: Int = 0) {
            self.officials = officials
            self.feedback = feedback
            self.reviews = reviews
        }
        public var isInUse: Bool { officials + feedback + reviews > 0 }
    }

    public func localityUse(_ code: String) throws -> LocalityUse {
        try read { db in try Self.localityUse(code, db) }
    }

    static func localityUse(_ code: String, _ db: Database) throws -> LocalityUse {
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: [code]) ?? 0 }
        return LocalityUse(officials: try count("SELECT COUNT(*) FROM official WHERE residence = ?"),
                           feedback: try count("SELECT COUNT(*) FROM feedback WHERE locality = ?"),
                           // A village's meetings (issue 21) name it as its reviews do: counted with them.
                           reviews: try count("SELECT COUNT(*) FROM residence_review WHERE locality = ?")
                               + (try count("SELECT COUNT(*) FROM residence_meeting WHERE locality = ?")))
    }

    /// The code a new locality of `kind` gets when the user gives none: "AP07" after "AP06".
    public func nextLocalityCode(kind: LocalityKind) throws -> String {
        try read { db in try Self.nextLocalityCode(kind: kind, db) }
    }

    static func nextLocalityCode(kind: LocalityKind, _ db: Database) throws -> String {
        let prefix: String
        switch kind {
        case .ap: prefix = "AP"
        case .thon: prefix = "TH"
        case .ban: prefix = "BA"
        case .khuVuc: prefix = "KV"
        case .toDanPho: prefix = "TDP"
        }
        let codes = try String.fetchAll(db, sql: "SELECT code FROM locality WHERE code LIKE ?", arguments: [prefix + "%"])
        let last = codes.compactMap { Int($0.dropFirst(prefix.count)) }.max() ?? 0
        return prefix + String(format: "%02d", last + 1)
    }

    /// Adds a locality: its code as given (refused when taken) or the next one of its kind. Returns the code.
    public func addLocality(_ locality: Locality, by user: String) throws -> String {
        var record = locality
        record.name = VietnameseText.line(record.name)
        record.code = VietnameseText.clean(record.code).uppercased()
        if record.name.isEmpty { throw RecordError(entity: .locality, code: nil, field: "name", problem: .empty) }
        return try write { db in
            if record.code.isEmpty { record.code = try Self.nextLocalityCode(kind: record.kind, db) }
            if try Locality.fetch(db, code: record.code) != nil {
                throw RecordError(entity: .locality, code: record.code, field: "code", problem: .duplicateCode)
            }
            record.version = 0
            _ = try Self.save(record, expectedVersion: 0, by: user, in: db)
            return record.code
        }
    }

    /// Renames a locality or changes its kind (its code stays: records point to it).
    public func editLocality(_ locality: Locality, expectedVersion: Int, by user: String) throws -> UndoStep? {
        var record = locality
        record.name = VietnameseText.line(record.name)
        if record.name.isEmpty { throw RecordError(entity: .locality, code: record.code, field: "name", problem: .empty) }
        return try saveEdit(record, expectedVersion: expectedVersion, by: user)
    }

    /// Deletes a locality no record names; one in use is refused, saying what uses it.
    public func deleteLocality(code: String, by user: String) throws {
        try write { db in
            guard try Locality.fetch(db, code: code) != nil else { throw GiamSatError.notFound(entity: .locality, code: code) }
            let use = try Self.localityUse(code, db)
            if use.isInUse {
                throw GiamSatError.localityInUse(code: code, officials: use.officials, feedback: use.feedback, reviews: use.reviews)
            }
            try db.execute(sql: "DELETE FROM locality WHERE code = ?", arguments: [code])
            try Self.audit(db, AuditEntry(at: Self.timestamp(), by: user, entity: .locality, code: code,
                                          field: AuditEntry.deletedField, old: "", new: ""))
        }
    }

    // MARK: Holidays

    /// Adds a public holiday to the list working-day deadlines skip (the shipped defaults until first edited).
    public func addHoliday(_ date: LocalDate, by user: String) throws {
        try editHolidays(by: user) { holidays in holidays.insert(date).inserted ? ("", date.iso) : nil }
    }

    public func removeHoliday(_ date: LocalDate, by user: String) throws {
        try editHolidays(by: user) { holidays in holidays.remove(date) != nil ? (date.iso, "") : nil }
    }

    /// One transaction: reads the list, changes it, writes it back with an audit row (nothing when unchanged).
    private func editHolidays(by user: String, _ change: (inout Set<LocalDate>) -> (old: String, new: String)?) throws {
        try write { db in
            var holidays = Settings.defaults.holidays
            if let list = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'holidays'") {
                holidays = Set(list.split(separator: ",").compactMap { LocalDate(iso: String($0)) })
            }
            guard let (old, new) = change(&holidays) else { return }
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('holidays', ?)",
                           arguments: [holidays.sorted().map(\.iso).joined(separator: ",")])
            let code = try Self.commune(db)?.code ?? ""
            try Self.audit(db, AuditEntry(at: Self.timestamp(), by: user, entity: .commune, code: code, field: "settings.holidays",
                                          old: old, new: new))
        }
    }
}

// MARK: The localities list

/// One line of the localities list (settings): with how many officials live there.
public struct LocalityRow: ListRow {
    public var code: String
    public var name: String
    public var kind: LocalityKind
    public var officials: Int

    public init(code: String, name: String, kind: LocalityKind, officials: Int) {
        self.code = code
        self.name = name
        self.kind = kind
        self.officials = officials
    }
}

/// The commune's localities in Vietnamese order. A commune has tens of them, so the filter is matched on
/// their folded names in memory; the officials living in each are counted through the residence index.
public struct LocalityListRequest: ListRequest {
    public static var entity: Entity? { .locality }
    public var query = ""
    public var origin: OriginFilter?
    public var offset = 0
    public var limit = 20

    public init() {}

    public func page(in database: AppDatabase) throws -> ListPage<LocalityRow> {
        let words = VietnameseText.searchTokens(query)
        return try database.read { db in
            var all = try GRDB.Row.fetchAll(db, sql: "SELECT code, name, kind FROM locality ORDER BY sort_key, code").compactMap { row in
                try readableRow { (code: try row.text("code"), name: try row.text("name"), kind: try row.slug("kind") as LocalityKind) }
            }.filter { locality in
                let key = VietnameseText.searchTokens("\(locality.code) \(locality.name)").joined(separator: " ")
                return words.allSatisfy { key.contains($0) }
            }
            let kept = try origin.map { try originCodes($0, db) }
            all = all.filter { kept?.contains($0.code) ?? true }
            let rows = try all.dropFirst(offset).prefix(limit).map { locality in
                LocalityRow(code: locality.code, name: locality.name, kind: locality.kind,
                            officials: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM official WHERE residence = ?",
                                                        arguments: [locality.code]) ?? 0)
            }
            return ListPage(rows: rows, total: all.count)
        }
    }

    /// The localities the origin filter keeps (tens of them: read whole, like the list).
    private func originCodes(_ origin: OriginFilter, _ db: Database) throws -> Set<String> {
        let condition = origin.condition(.locality, codeColumn: "locality.code")
        return Set(try String.fetchAll(db, sql: "SELECT code FROM locality WHERE \(condition.sql)", arguments: condition.arguments))
    }
}
