import GiamSatCore
import TerminalUI

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

    /// The section bar's word: short, so that as many as can fit in 80 columns (`SectionBar` folds the rest).
    var shortLabel: Localized {
        switch self {
        case .residence: return T.sectionResidenceShort
        case .recommendations: return T.sectionRecommendationsShort
        default: return label
        }
    }

    /// The key that opens it from anywhere: its place, 1–9, then 0 for a tenth. Sections after that have no
    /// digit and are reached with Tab / Shift-Tab and the palette, as every section is.
    var key: Key? {
        let place = Self.allCases.firstIndex(of: self)! + 1
        switch place {
        case 1...9: return .char(Character(String(place)))
        case 10: return .char("0")
        default: return nil
        }
    }

    /// "1–7 / Shift-Tab": the keys that switch sections, for the hint of a screen whose Tab means something else.
    static var switchKeys: String {
        let digits = allCases.compactMap(\.key?.name)
        return [digits.first.map { "\($0)–\(digits.last!)" }, Key.backTab.name].compactMap { $0 }.joined(separator: " / ")
    }

    /// The kind of record the section lists (its first screen is that kind's list, `Registry.kinds`).
    var kind: Entity? {
        switch self {
        case .feedback: return .feedback
        case .officials: return .official
        case .plans: return .plan
        case .recommendations: return .recommendation
        case .dashboard, .residence, .report: return nil
        }
    }

    var next: Section { Section(rawValue: rawValue % Self.allCases.count + 1)! }
    var previous: Section { Section(rawValue: (rawValue + Self.allCases.count - 2) % Self.allCases.count + 1)! }
}

/// A kind of record's screens in the app, declared in the kind's folder (`Screens/<Kind>/<Kind>Screens.swift`):
/// its list (the section's first screen, when it has a section) and the page of one record (what the palette,
/// the dashboard, the report's drill-down and links between records open).
struct KindScreens: Sendable {
    let entity: Entity
    let list: (@Sendable (ScreenEnv) -> any Screen)?
    let page: @Sendable (String) -> any Screen
}

/// The one registration point: each kind's screens, each section's first screen.
/// A new kind of record adds its screens as new files and one line in `kinds`.
enum Registry {
    static let kinds: [KindScreens] = [.feedback, .officials, .plans, .recommendations, .outgoing, .meetings]

    /// The pages, one per kind that has one (tests walk them all).
    static var pages: [KindScreens] { kinds }

    static func root(_ section: Section, _ env: ScreenEnv) -> any Screen {
        if let kind = section.kind, let list = kinds.first(where: { $0.entity == kind })?.list { return list(env) }
        switch section {
        case .residence: return ResidenceScreen(year: env.today.year)
        case .report: return ReportScreen(year: env.today.year)
        default: return DashboardScreen(year: env.today.year)
        }
    }

    /// The page of one record, or nil when that kind has no page yet.
    static func page(_ entity: Entity, code: String) -> (any Screen)? {
        kinds.first { $0.entity == entity }?.page(code)
    }

    /// Settings, pushed over whatever is open (F12 or `,`, or from the palette).
    static func settings(_ env: ScreenEnv) -> any Screen { SettingsScreen() }
}
