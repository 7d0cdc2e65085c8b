import GiamSatCore

/// The top-level parts of the app, switched with the digit keys and Tab / Shift-Tab.
public enum Section: Int, CaseIterable, Sendable {
    case dashboard = 1, feedback, officials, plans, recommendations, residence, report

    var label: Localized {
        switch self {
        case .dashboard: return T.sectionDashboard
        case .feedback: return T.sectionFeedback
        case .officials: return T.sectionOfficials
        case .plans: return T.sectionPlans
        case .recommendations: return T.sectionRecommendations
        case .residence: return T.sectionResidence
        case .report: return T.sectionReport
        }
    }

    /// The name in the section bar, short enough for all seven to fit in 80 columns.
    /// The section bar's word: all seven fit in 80 columns in either language.
    var shortLabel: Localized {
        switch self {
        case .residence: return T.sectionResidenceShort
        case .recommendations: return T.sectionRecommendationsShort
        default: return label
        }
    }

    var next: Section { Section(rawValue: rawValue % Self.allCases.count + 1)! }
    var previous: Section { Section(rawValue: (rawValue + Self.allCases.count - 2) % Self.allCases.count + 1)! }
}

/// The one registration point: each section's first screen, and the page that shows a record of a kind.
/// A new kind of record adds its screens as new files and a line in each of these.
enum Registry {
    static func root(_ section: Section, _ env: ScreenEnv) -> any Screen {
        switch section {
        case .dashboard: return DashboardScreen(year: env.today.year)
        case .feedback: return ListScreen(source: FeedbackListSource(today: env.today))
        case .officials: return ListScreen(source: OfficialListSource())
        case .plans: return ListScreen(source: PlanListSource(today: env.today))
        case .recommendations: return ListScreen(source: RecommendationListSource(today: env.today))
        case .residence: return ResidenceScreen(year: env.today.year)
        case .report: return ReportScreen(year: env.today.year)
        }
    }

    /// The page of one record, or nil when that kind has no page yet.
    static func page(_ entity: Entity, code: String) -> (any Screen)? {
        switch entity {
        case .feedback: return DetailScreen(source: FeedbackDetailSource(code: code))
        case .official: return DetailScreen(source: OfficialDetailSource(code: code))
        case .plan: return DetailScreen(source: PlanDetailSource(code: code))
        case .recommendation: return DetailScreen(source: RecommendationDetailSource(code: code))
        default: return nil
        }
    }

    /// Settings, pushed over whatever is open (F12 or `,`, or from the palette).
    static func settings(_ env: ScreenEnv) -> any Screen { SettingsScreen() }
}
