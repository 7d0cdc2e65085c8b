/// The parts of a tally, in report order.
public enum TallySection: String, CaseIterable, Sendable {
    /// `discipline` is the Party's; `administrativeDiscipline` cán bộ, công chức, viên chức; then đoàn thể and the
    /// outcomes whose track is not set.
    case plans, supervisedOfficials, feedback, recommendations, discipline, administrativeDiscipline, organisationDiscipline
    case unplacedDiscipline, residenceReviews
}

/// Which records a figure counts, so the report screen can list them (drill-down).
public enum TallyDrill: Equatable, Sendable {
    case plans(form: PlanForm?, type: PlanType?)
    case supervised(OfficialCategory?)
    case feedback(FeedbackDrill)
    case recommendations(answeredOnly: Bool)
    /// Discipline of one line (track), one measure or all, heads of units only or all.
    case discipline(DisciplineLine, measure: OutcomeMeasure?, headsOnly: Bool)
    case reviews
    /// The villages' review meetings of the period's years: what "localities reviewed" counts (issue 21).
    case meetings
}

public enum FeedbackDrill: Equatable, Sendable {
    case all, anonymous, resolved, pending, overdue
    case channel(FeedbackChannel), kind(FeedbackKind), content(ContentArea), status(FeedbackStatus)
}

/// One line of a report: the section, what is counted, how many, and which records.
public struct TallyFigure: Equatable, Sendable {
    public var section: TallySection
    /// The group inside the section ("theo kênh"), empty for the section's main figures.
    public var group: Localized?
    public var item: Localized
    public var value: Int
    public var drill: TallyDrill?

    /// "Theo kênh: Hòm thư góp ý", for one-column outputs (CSV).
    public func itemText(_ lang: Lang) -> String {
        group.map { "\($0.text(lang)): \(item.text(lang))" } ?? item.text(lang)
    }
}

extension Tally {
    /// Every figure, in the order reports list them. Keyed counts list every known value, zeros included,
    /// so reports of different communes and years line up row for row.
    public func figures() -> [TallyFigure] {
        var rows: [TallyFigure] = []
        func add(_ section: TallySection, _ item: Localized, _ value: Int, _ drill: TallyDrill?, group: Localized? = nil) {
            rows.append(TallyFigure(section: section, group: group, item: item, value: value, drill: drill))
        }
        func each<E: Slugged>(_ section: TallySection, _ group: Localized, _ counts: [String: Int], _ type: E.Type,
                              _ drill: (E) -> TallyDrill?) {
            for item in E.allCases { add(section, item.label, counts[item.slug] ?? 0, drill(item), group: group) }
            // Values from a newer version (in a merged file) are kept, under their slug.
            for key in counts.keys.filter({ E(rawValue: $0) == nil }).sorted() {
                add(section, Localized(key, key), counts[key] ?? 0, nil, group: group)
            }
        }
        add(.plans, TallyText.plansTotal, plansTotal, .plans(form: nil, type: nil))
        each(.plans, TallyText.byForm, plansByForm, PlanForm.self) { .plans(form: $0, type: nil) }
        each(.plans, TallyText.byType, plansByType, PlanType.self) { .plans(form: nil, type: $0) }

        add(.supervisedOfficials, TallyText.supervisedTotal, supervisedTotal, .supervised(nil))
        each(.supervisedOfficials, TallyText.byCategory, supervisedByCategory, OfficialCategory.self) { .supervised($0) }

        add(.feedback, TallyText.received, feedbackReceived, .feedback(.all))
        add(.feedback, TallyText.anonymous, feedbackAnonymous, .feedback(.anonymous))
        add(.feedback, TallyText.resolved, feedbackResolved, .feedback(.resolved))
        add(.feedback, TallyText.pending, feedbackPending, .feedback(.pending))
        add(.feedback, TallyText.overdue, feedbackOverdue, .feedback(.overdue))
        each(.feedback, TallyText.byChannel, feedbackByChannel, FeedbackChannel.self) { .feedback(.channel($0)) }
        each(.feedback, TallyText.byKind, feedbackByKind, FeedbackKind.self) { .feedback(.kind($0)) }
        each(.feedback, TallyText.byContent, feedbackByContent, ContentArea.self) { .feedback(.content($0)) }
        each(.feedback, TallyText.byStatus, feedbackByStatus, FeedbackStatus.self) { .feedback(.status($0)) }

        add(.recommendations, TallyText.recommendationsTotal, recommendationsTotal, .recommendations(answeredOnly: false))
        add(.recommendations, TallyText.answered, recommendationsAnswered, .recommendations(answeredOnly: true))

        for line in DisciplineLine.all {
            let counts = discipline(line), words = TallyText.discipline(line)
            add(line.section, words.total, counts.total, .discipline(line, measure: nil, headsOnly: false))
            for measure in line.measures {
                add(line.section, measure.label, counts.byMeasure[measure.slug] ?? 0, .discipline(line, measure: measure, headsOnly: false),
                    group: words.byMeasure)
            }
            add(line.section, words.heads, counts.headsTotal, .discipline(line, measure: nil, headsOnly: true))
            // Heads by measure on the Party's line, as the seeds report them; the other lines give their heads' total
            // only (the JSON keeps every line's heads by measure), so the report does not grow by forty lines of zeros.
            for measure in line.measures where line == .track(.dang) {
                add(line.section, measure.label, counts.headsByMeasure[measure.slug] ?? 0, .discipline(line, measure: measure, headsOnly: true),
                    group: words.headsByMeasure)
            }
        }

        add(.residenceReviews, TallyText.reviewLocalities, reviewLocalities, .meetings)
        add(.residenceReviews, TallyText.reviewLocalitiesTotal, reviewLocalitiesTotal, nil)
        add(.residenceReviews, TallyText.reviewOfficials, reviewOfficials, .reviews)
        return rows
    }
}

extension DisciplineLine {
    /// The report's section for the line.
    public var section: TallySection {
        switch self {
        case .track(.dang): return .discipline
        case .track(.doanThe): return .organisationDiscipline
        case .track: return .administrativeDiscipline
        case .unplaced: return .unplacedDiscipline
        }
    }
}
