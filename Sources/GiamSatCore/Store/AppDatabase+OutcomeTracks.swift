import GRDB

/// Outcomes by track (issue 21; docs/formats.md "Version 2"): the track an outcome was decided on and the decision's
/// number, in `recommendation_outcome`.
extension AppDatabase {
    /// Migration `v7-outcome-tracks`. Every outcome recorded before tracks was counted as party discipline, so it goes
    /// to the Party's track when the Party has its measure (`OutcomeTrack.placing`); buộc thôi việc — công chức or
    /// viên chức, and the official's record does not say which — stays unplaced (`track` NULL) for the user to
    /// confirm: `check` lists it (`outcomesToConfirm`) until the outcome's row is edited. The slugs are written out
    /// rather than taken from the enumerations, so that this migration stays what it was when measures are added.
    static func registerOutcomeTracksMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-outcome-tracks") { db in
            try db.execute(sql: """
                ALTER TABLE recommendation_outcome ADD COLUMN track TEXT;
                ALTER TABLE recommendation_outcome ADD COLUMN decision_number TEXT NOT NULL DEFAULT '';
                UPDATE recommendation_outcome SET track = 'dang'
                  WHERE measure IN ('khong-vi-pham', 'nhac-nho', 'kiem-diem', 'khien-trach', 'canh-cao', 'cach-chuc',
                                    'khai-tru', 'khac');
                DROP INDEX recommendation_outcome_by_decided;
                CREATE INDEX recommendation_outcome_by_decided ON recommendation_outcome(decided_on, track, measure);
                """)
        }
    }

    /// The outcomes whose track is not set, by recommendation and row, for the user to confirm (`check` lists them;
    /// they are not errors: the data is as it was, only its track is unknown).
    public func outcomesToConfirm() throws -> [UnplacedOutcome] {
        try read { db in
            let voided = try Self.voidCondition(.recommendation, "recommendation", db)
            return try Row.fetchAll(db, sql: """
                SELECT recommendation, position, official, measure FROM recommendation_outcome
                WHERE track IS NULL\(voided) ORDER BY recommendation, position
                """).map {
                UnplacedOutcome(recommendation: try $0.text("recommendation"), row: try $0.integer("position"),
                                official: try $0.text("official"), measure: try $0.slug("measure"))
            }
        }
    }
}

/// An outcome whose track is not set (`AppDatabase.outcomesToConfirm`).
public struct UnplacedOutcome: Equatable, Sendable {
    public var recommendation: String
    /// Its place among the recommendation's outcomes, from 0.
    public var row: Int
    public var official: String
    public var measure: OutcomeMeasure

    /// "KN-2021-0003, kết quả 1 (DT-0012, Buộc thôi việc): chưa xác định diện xử lý (…); mở kiến nghị …"
    public func message(_ lang: Lang) -> String {
        let what = OutcomeTrack.outcomeRow(row + 1).text(lang)
        return "\(recommendation), \(what) (\(official), \(measure.label(lang))): \(OutcomeMeasure.unplacedReason(measure, lang))"
    }
}
