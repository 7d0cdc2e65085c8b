import GRDB

/// The days that decide what is on today's worklist, worked out once so that every condition is an indexed
/// comparison of stored dates (working days cannot be counted in SQL; the cut-off day can be found here).
struct WorklistRules {
    var today: LocalDate
    var calendar: WorkingCalendar
    var answerDays: Int
    /// Feedback due on or before this day (and not yet) is "due soon".
    var soonUntil: LocalDate
    /// The last day of receipt whose classification deadline (10 working days) is before today.
    var classifyCutoff: LocalDate
    /// The same for a denunciation (7 working days) and one whose checks span several places (10), from settings.
    var denunciationCutoff: LocalDate, severalPlacesCutoff: LocalDate
    var clocks: ClockRules
    /// Recommendations sent before this day are past their answer deadline.
    var answerBefore: LocalDate
    /// The review season's last day this year, when today is in the season.
    var seasonEnd: LocalDate?

    init(today: LocalDate, settings: Settings) {
        self.today = today
        calendar = settings.calendar
        answerDays = settings.answerDays
        soonUntil = today.adding(days: AppDatabase.dueSoonDays)
        answerBefore = today.adding(days: -settings.answerDays)
        clocks = settings.clocks
        // A later receipt never has an earlier deadline, so walking back from ten days ago finds the last day.
        func cutoff(_ workingDays: Int) -> LocalDate {
            var day = today.adding(days: -workingDays)
            while settings.calendar.adding(workingDays: workingDays, to: day) >= today { day = day.adding(days: -1) }
            return day
        }
        classifyCutoff = cutoff(Feedback.classifyWorkingDays)
        denunciationCutoff = cutoff(settings.clocks.classifyDenunciationDays)
        severalPlacesCutoff = cutoff(settings.clocks.classifyDenunciationSeveralPlacesDays)
        let season = settings.reviewSeason
        if season.contains(today.month), let next = LocalDate(year: today.year + (season.upperBound == 12 ? 1 : 0),
                                                               month: season.upperBound % 12 + 1, day: 1) {
            seasonEnd = next.adding(days: -1)
        }
    }
}

extension AppDatabase {
    /// One kind of row of the worklist: the records whose most urgent reason is `reason`, in their order.
    private struct WorkGroup {
        var reason: WorkItem.Reason
        var entity: Entity
        /// "FROM … WHERE …" with its arguments: counted, then paged.
        var from: String
        var arguments: StatementArguments
        var columns: String
        var order: String
        /// The count's own "FROM … WHERE …" when another index counts faster than the page's walks.
        var countFrom: String? = nil
        var item: (Row) throws -> WorkItem
    }

    /// A page of the worklist: one count per group and, for the groups the page reaches, one `LIMIT … OFFSET` query.
    /// Open feedback is counted in the covering `(is_open, recency, due_on)` index (`is_open = 1` picks it; a bare
    /// `is_open` reads every overdue row: 1 ms against 40 ms at 100,000 records) and paged along `due_on`, which stops
    /// after the page; so neither grows with the rows nobody needs to act on.
    static func worklist(_ rules: WorklistRules, offset: Int, limit: Int, _ db: Database) throws -> Worklist {
        let today = rules.today
        func feedbackItem(_ reason: WorkItem.Reason) -> (Row) throws -> WorkItem {
            { row in
                let received = try row.date("received_on")
                let kind: FeedbackKind = try row.slug("kind"), flags = Feedback.ClockFlags(rawValue: try row.integer("clock_flags"))
                let late = try row.text("status") == FeedbackStatus.tiepNhan.slug && received <= rules.classifyCutoff(kind, flags)
                let classifyDays = Feedback(code: "", receivedOn: received, channel: .khac, kind: kind, summary: "")
                    .withFlags(flags).clock(rules.clocks).classifyWorkingDays
                let date = reason == .unclassified || reason == .toClassify ? rules.calendar.adding(workingDays: classifyDays, to: received)
                    : try row.date("due_on")
                return WorkItem(reasons: reason == .unclassified || !late ? [reason] : [reason, .unclassified], entity: .feedback,
                                code: try row.text("code"), date: date, days: date.days(until: today), text: try row.text("summary"))
            }
        }
        let feedbackColumns = "code, received_on, due_on, status, summary, kind, clock_flags"
        // Past its classification deadline: 10 working days, a denunciation 7 (10 when its checks span several places).
        let lateToClassify = """
             (kind <> 'to-cao' AND received_on <= ?) OR (kind = 'to-cao' AND (clock_flags & 4) = 0 AND received_on <= ?)
             OR (kind = 'to-cao' AND (clock_flags & 4) <> 0 AND received_on <= ?))
            """
        let lateArguments: StatementArguments = [rules.classifyCutoff, rules.denunciationCutoff, rules.severalPlacesCutoff]
        // A voided record is no work (issue 17); nothing is added while nothing of that kind is voided.
        let live = try Self.voidCondition(.feedback, "feedback.code", db)
        let liveRecommendations = try Self.voidCondition(.recommendation, "recommendation.code", db)
        let groups = [
            WorkGroup(reason: .overdue, entity: .feedback, from: "FROM feedback WHERE is_open AND due_on < ?" + live, arguments: [today],
                      columns: feedbackColumns, order: "due_on, code", countFrom: "FROM feedback WHERE is_open = 1 AND due_on < ?" + live,
                      item: feedbackItem(.overdue)),
            WorkGroup(reason: .dueSoon, entity: .feedback, from: "FROM feedback WHERE is_open AND due_on BETWEEN ? AND ?" + live,
                      arguments: [today, rules.soonUntil], columns: feedbackColumns, order: "due_on, code",
                      countFrom: "FROM feedback WHERE is_open = 1 AND due_on BETWEEN ? AND ?" + live, item: feedbackItem(.dueSoon)),
            // Only those not already above as overdue or due soon.
            WorkGroup(reason: .unclassified, entity: .feedback, from: "FROM feedback WHERE status = 'tiep-nhan' AND due_on > ? AND (" + lateToClassify + live,
                      arguments: [rules.soonUntil] + lateArguments, columns: feedbackColumns, order: "received_on, code",
                      item: feedbackItem(.unclassified)),
            // Denunciations still to classify, before their deadline: on the list from the day they come in.
            WorkGroup(reason: .toClassify, entity: .feedback,
                      from: "FROM feedback WHERE status = 'tiep-nhan' AND kind = 'to-cao' AND due_on > ? AND NOT (" + lateToClassify + live,
                      arguments: [rules.soonUntil] + lateArguments, columns: feedbackColumns, order: "received_on, code",
                      item: feedbackItem(.toClassify)),
            WorkGroup(reason: .unanswered, entity: .recommendation, from: "FROM recommendation WHERE response = 'cho-tra-loi' AND sent_on < ?" + liveRecommendations,
                      arguments: [rules.answerBefore], columns: "code, sent_on, to_body", order: "sent_on, code") { row in
                let date = try row.date("sent_on").adding(days: rules.answerDays)
                return WorkItem(reasons: [.unanswered], entity: .recommendation, code: try row.text("code"), date: date,
                                days: date.days(until: today), text: try row.text("to_body"))
            },
            // A plan's period ends on its end date, or with its year when it has none.
            WorkGroup(reason: .planNotReported, entity: .plan,
                      from: "FROM plan WHERE status IN ('ban-hanh', 'dang-giam-sat') AND COALESCE(end_on, year || '-12-31') < ?",
                      arguments: [today], columns: "code, COALESCE(end_on, year || '-12-31') AS period_end, title",
                      order: "period_end, code") { row in
                let date = try row.date("period_end")
                return WorkItem(reasons: [.planNotReported], entity: .plan, code: try row.text("code"), date: date,
                                days: date.days(until: today), text: try row.text("title"))
            },
        ]
        var counts: [WorkItem.Reason: Int] = [:]
        var sizes: [Int] = []
        for group in groups {
            let size = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(group.countFrom ?? group.from)", arguments: group.arguments) ?? 0
            sizes.append(size)
            counts[group.reason] = size
        }
        // Overdue and due-soon rows that are also unclassified count under both.
        counts[.unclassified] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM feedback WHERE status = 'tiep-nhan' AND (" + lateToClassify + live,
                                                 arguments: lateArguments) ?? 0
        // A village is reviewed when its meeting is recorded (issue 21), as the tally counts it.
        let reviewed = (done: try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT locality) FROM residence_meeting m WHERE year = ? AND " + Self.liveMeeting("m.code"),
                                               arguments: [today.year]) ?? 0,
                        of: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM locality") ?? 0)
        let reviewsDue = rules.seasonEnd != nil && reviewed.done < reviewed.of
        counts[.reviewsMissing] = reviewsDue ? reviewed.of - reviewed.done : 0

        var items: [WorkItem] = []
        var position = 0
        for (group, size) in zip(groups, sizes) {
            let skip = max(0, offset - position), wanted = offset + limit - position - skip
            if skip < size && wanted > 0 {
                let rows = try Row.fetchCursor(db, sql: "SELECT \(group.columns) \(group.from) ORDER BY \(group.order) LIMIT ? OFFSET ?",
                                               arguments: group.arguments + [min(wanted, size - skip), skip])
                // A stored value the app cannot read leaves its row out here; `check` names the record.
                while let row = try rows.next() { if let item = try readableRow({ try group.item(row) }) { items.append(item) } }
            }
            position += size
        }
        if reviewsDue, let end = rules.seasonEnd, position >= offset, position < offset + limit {
            items.append(WorkItem(reasons: [.reviewsMissing], entity: .residenceReview, code: String(today.year), date: end,
                                  days: end.days(until: today), text: ""))
        }
        return Worklist(items: items, offset: offset, total: position + (reviewsDue ? 1 : 0), counts: counts, reviewed: reviewed)
    }
}
