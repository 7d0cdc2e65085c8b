/// The figures a commune reports upward (DOMAIN.md, "Tallies"). Counts only: no reporter,
/// no name. Keyed counts use the slugs of the enumerations, as in the JSON contract.
public struct Tally: Equatable, Sendable {
    public var communes: [String]
    public var period: TallyPeriod
    /// Codes of the former communes merged into these communes (all of `former_unit`): their records are counted
    /// here, so a former commune's own tally must not be added to this one (`TallyJSON.merge` refuses it).
    public var formerUnits: [String] = []
    /// For a former commune's share of a tally (`tally --by-former-unit`): the commune it was merged into.
    public var mergedInto: String?
    /// The level a merged tally was rolled up to (`tally merge --level`); nil for a commune's own.
    public var level: RollUpLevel?

    public var plansTotal = 0
    public var plansByForm: [String: Int] = [:]
    public var plansByType: [String: Int] = [:]

    public var supervisedTotal = 0
    public var supervisedByCategory: [String: Int] = [:]

    public var feedbackReceived = 0
    public var feedbackAnonymous = 0
    public var feedbackByChannel: [String: Int] = [:]
    public var feedbackByKind: [String: Int] = [:]
    public var feedbackByContent: [String: Int] = [:]
    public var feedbackResolved = 0
    public var feedbackPending = 0
    public var feedbackOverdue = 0
    public var feedbackByStatus: [String: Int] = [:]

    public var recommendationsTotal = 0
    public var recommendationsAnswered = 0

    /// Discipline by the track it was decided on (and the outcomes not placed yet), heads of units apart. Lines with
    /// nothing may be absent: read them through `discipline(_:)`.
    public var disciplineLines: [DisciplineLine: DisciplineCounts] = [:]

    public var reviewLocalities = 0
    public var reviewLocalitiesTotal = 0
    public var reviewOfficials = 0

    public init(communes: [String], period: TallyPeriod) {
        self.communes = communes
        self.period = period
    }

    /// The tally of several communes (or of a commune's parts): every count added, communes and former units
    /// united. The periods must agree.
    public static func + (lhs: Tally, rhs: Tally) -> Tally {
        func add(_ a: [String: Int], _ b: [String: Int]) -> [String: Int] { a.merging(b, uniquingKeysWith: +) }
        var sum = lhs
        sum.communes = Array(Set(lhs.communes + rhs.communes)).sorted()
        sum.formerUnits = Array(Set(lhs.formerUnits + rhs.formerUnits)).sorted()
        sum.mergedInto = lhs.mergedInto == rhs.mergedInto ? lhs.mergedInto : nil
        sum.plansTotal += rhs.plansTotal
        sum.plansByForm = add(lhs.plansByForm, rhs.plansByForm)
        sum.plansByType = add(lhs.plansByType, rhs.plansByType)
        sum.supervisedTotal += rhs.supervisedTotal
        sum.supervisedByCategory = add(lhs.supervisedByCategory, rhs.supervisedByCategory)
        sum.feedbackReceived += rhs.feedbackReceived
        sum.feedbackAnonymous += rhs.feedbackAnonymous
        sum.feedbackByChannel = add(lhs.feedbackByChannel, rhs.feedbackByChannel)
        sum.feedbackByKind = add(lhs.feedbackByKind, rhs.feedbackByKind)
        sum.feedbackByContent = add(lhs.feedbackByContent, rhs.feedbackByContent)
        sum.feedbackResolved += rhs.feedbackResolved
        sum.feedbackPending += rhs.feedbackPending
        sum.feedbackOverdue += rhs.feedbackOverdue
        sum.feedbackByStatus = add(lhs.feedbackByStatus, rhs.feedbackByStatus)
        sum.recommendationsTotal += rhs.recommendationsTotal
        sum.recommendationsAnswered += rhs.recommendationsAnswered
        sum.disciplineLines = lhs.disciplineLines.merging(rhs.disciplineLines, uniquingKeysWith: +)
        sum.reviewLocalities += rhs.reviewLocalities
        sum.reviewLocalitiesTotal += rhs.reviewLocalitiesTotal
        sum.reviewOfficials += rhs.reviewOfficials
        return sum
    }
}

/// Where communes' tallies are rolled up to. Since 1 July 2025 a commune reports straight to its province
/// (DOMAIN.md): there is no district level; "cấp trên" names any other body above.
public enum RollUpLevel: String, CaseIterable, Sendable {
    case province = "tinh", upper = "tren"
}
