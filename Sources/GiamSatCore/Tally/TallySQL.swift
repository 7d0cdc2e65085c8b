/// SQL pieces shared by the tally and its drill-down, so a figure and the records listed
/// behind it are always counted the same way.
enum TallySQL {
    /// The status of feedback `f` on a day (binds one `?`): its last history step dated on or before it.
    static let statusAsOf = "(SELECT h.status FROM feedback_history h WHERE h.feedback = f.code AND h.on_date <= ? ORDER BY h.seq DESC LIMIT 1)"

    /// The status of feedback `f` on day `:asOf`: the stored one when no step came after that day (most
    /// records of a closed period), else the last history step by then. Read once per row.
    static let statusThen = """
        CASE WHEN f.status_on <= :asOf THEN f.status ELSE (SELECT h.status FROM feedback_history h
          WHERE h.feedback = f.code AND h.on_date <= :asOf ORDER BY h.seq DESC LIMIT 1) END
        """

    /// Every feedback figure of a period in one pass over the covering (received_on, channel, kind, content,
    /// anonymous, status, status_on, due_on, code) index: one row per combination, added up in Swift.
    /// `only` narrows it to a former unit's records (`TallyUnit`); the code is in the index, so it stays covered.
    static func feedbackFigures(_ only: String = "") -> String {
        """
        SELECT f.channel, f.kind, f.content, f.anonymous, \(statusThen) AS status_then, f.due_on < :asOf AS late, COUNT(*)
        FROM feedback f WHERE f.received_on BETWEEN :from AND :to\(only)
        GROUP BY 1, 2, 3, 4, 5, 6
        """
    }

    /// Slugs as an SQL list: `'a', 'b'`. They are ASCII identifiers, never user text.
    static func list<E: Slugged>(_ items: [E]) -> String { items.map { "'\($0.slug)'" }.joined(separator: ", ") }

    static var openStatuses: String { list(FeedbackStatus.allCases.filter { !$0.isEnded }) }
    static var resolvedStatuses: String { list(FeedbackStatus.allCases.filter(\.isResolved)) }
    /// Discipline: khiển trách and heavier, on every track (which line counts it is the outcome's track).
    static var disciplineMeasures: String { list(OutcomeMeasure.disciplineCases) }
    /// The condition on outcome `r` of a discipline line.
    static func line(_ line: DisciplineLine) -> String {
        switch line {
        case .track(let track): return "r.track = '\(track.slug)'"
        case .unplaced: return "r.track IS NULL"
        }
    }
}
