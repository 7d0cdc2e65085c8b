import GRDB

/// Whose records a tally counts (`tally --by-former-unit`): all of them, the commune's own (no origin row), or those
/// a merger brought in from one former commune. Each record counts by its own origin: feedback by the feedback's,
/// plans and the officials they supervised by the plan's, outcomes by the recommendation's, residence reviews by
/// the review's, the localities' total by each locality's.
public enum TallyUnit: Equatable, Sendable {
    case all, own
    case former(String)

    /// The condition, with its leading AND, that keeps the records of `entity` whose code is `column`, and what it binds
    /// (positionally, or as `:unit` when `named`). Empty for `.all`: the plain tally runs exactly the statements it
    /// always ran, with no join and nothing more to read (the bench's tally.year at a million records).
    func condition(_ entity: Entity, _ column: String, named: Bool = false) -> (sql: String, arguments: StatementArguments) {
        // The entity's slug is an ASCII identifier, never user text; the unit's code is bound.
        let origins = "SELECT code FROM record_origin WHERE entity = '\(entity.rawValue)'"
        switch self {
        case .all: return ("", [])
        case .own: return (" AND \(column) NOT IN (\(origins))", [])
        case .former(let unit):
            return (" AND \(column) IN (\(origins) AND former_unit = \(named ? ":unit" : "?"))", named ? ["unit": unit] : [unit])
        }
    }
}

/// A tally split by former commune: one per former unit (in the order of their names), the commune's own records,
/// and the whole. Figure by figure the parts add up to the whole, except the counts of distinct officials and
/// localities, where one official supervised by plans of two units is counted in each.
public struct FormerUnitTallies: Equatable, Sendable {
    public var units: [(unit: FormerUnit, tally: Tally)]
    public var own: Tally
    public var total: Tally

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.units.map(\.unit) == rhs.units.map(\.unit) && lhs.units.map(\.tally) == rhs.units.map(\.tally)
            && lhs.own == rhs.own && lhs.total == rhs.total
    }
}
