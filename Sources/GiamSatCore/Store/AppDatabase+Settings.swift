import Foundation
import GRDB

/// Settings kept in the database, so that every desk sharing the file uses the same deadlines.
public struct Settings: Equatable, Sendable {
    /// Days from receipt to the due date of a feedback record (DOMAIN.md: default 30).
    public var dueDays: Int
    /// Public holidays skipped by working-day deadlines.
    public var holidays: Set<LocalDate>
    /// How report periods are cut (`report-periods`): calendar unless the office chose cut-off periods.
    public var reportPeriods = TallyPeriod.Scheme.calendar
    /// The former communes merged into this one (issue 12), by name: empty for a commune never merged,
    /// whose screens then look exactly as before.
    public var formerUnits: [FormerUnit] = []
    /// Where the report screen proposes to write an export (`export-folder`; the user may change it each time).
    public var exportFolder = Settings.defaultExportFolder

    /// A folder of the user's own, not the hidden data folder (issue 17).
    public static let defaultExportFolder = "~/Tài liệu/giamsat"

    /// Days a recommendation waits for a written answer before the worklist flags it (`answer-days`; DOMAIN.md: 20,
    /// after which the matter goes to the Front one level up).
    public var answerDays = Settings.defaultAnswerDays
    /// The months of the yearly residence reviews (`review-season`, e.g. "10-12"): in them, villages not yet reviewed
    /// this year are on the worklist.
    public var reviewSeason = Settings.defaultReviewSeason

    /// The days of the law's clocks (Clocks/, issue 21); `clocks.dueDays` is `dueDays`.
    public var clocks = ClockRules.defaults

    public static let defaultAnswerDays = 20
    public static let defaultReviewSeason = 10...12

    public static let defaults = Settings(dueDays: Feedback.defaultDueDays, holidays: WorkingCalendar.defaultHolidays())

    public var calendar: WorkingCalendar { WorkingCalendar(holidays: holidays) }

    /// "10-12" (October to December) as months; nil unless two months in order.
    public static func season(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, (1...12).contains(parts[0]), (parts[0]...12).contains(parts[1]) else { return nil }
        return parts[0]...parts[1]
    }
}

extension AppDatabase {
    public func settings() throws -> Settings {
        try read { db in try Self.settings(db) }
    }

    static func settings(_ db: Database) throws -> Settings {
        do {
            var settings = Settings.defaults
            // A value the app would not have written (edited by hand) is ignored, not trusted.
            if let days = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'due-days'").flatMap(Int.init),
               (1...3_650).contains(days) {
                settings.dueDays = days
            }
            if let list = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'holidays'") {
                settings.holidays = Set(list.split(separator: ",").compactMap { LocalDate(iso: String($0)) })
            }
            settings.clocks = try clockRules(db)
            settings.reportPeriods = try reportPeriods(db)
            settings.formerUnits = try formerUnits(db)
            if let folder = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'export-folder'"), !folder.isEmpty {
                settings.exportFolder = folder
            }
            if let days = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'answer-days'").flatMap(Int.init),
               (1...365).contains(days) {
                settings.answerDays = days
            }
            if let season = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'review-season'").flatMap(Settings.season(_:)) {
                settings.reviewSeason = season
            }
            return settings
        }
    }

    public func saveSettings(_ settings: Settings) throws {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('due-days', ?)", arguments: [String(settings.dueDays)])
            let list = settings.holidays.sorted().map(\.iso).joined(separator: ",")
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('holidays', ?)", arguments: [list])
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('report-periods', ?)", arguments: [settings.reportPeriods.rawValue])
        }
    }

    /// The `report-periods` setting; a value the app would not have written is calendar.
    static func reportPeriods(_ db: Database) throws -> TallyPeriod.Scheme {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'report-periods'").flatMap(TallyPeriod.Scheme.init(rawValue:)) ?? .calendar
    }
}

extension AppDatabase {
    /// The staff name written in the audit trail on this database (set by `init --staff`).
    public func staffName() throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'staff-name'") }
    }

    public func setStaffName(_ name: String) throws {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('staff-name', ?)", arguments: [VietnameseText.clean(name)])
        }
    }
}
