/// SQL pieces shared by the tally and its drill-down, so a figure and the records listed
/// behind it are always counted the same way.
enum TallySQL {
    /// The status of feedback `f` on a day (binds one `?`): its last history step dated on or before it.
    static let statusAsOf = "(SELECT h.status FROM feedback_history h WHERE h.feedback = f.code AND h.on_date <= ? ORDER BY h.seq DESC LIMIT 1)"

    /// Slugs as an SQL list: `'a', 'b'`. They are ASCII identifiers, never user text.
    static func list<E: Slugged>(_ items: [E]) -> String { items.map { "'\($0.slug)'" }.joined(separator: ", ") }

    static var openStatuses: String { list(FeedbackStatus.allCases.filter { !$0.isEnded }) }
    static var resolvedStatuses: String { list(FeedbackStatus.allCases.filter(\.isResolved)) }
    static var disciplineMeasures: String { list(OutcomeMeasure.disciplineCases) }
}
