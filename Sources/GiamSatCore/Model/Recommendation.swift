/// A recommendation sent to the Party committee or the authorities, with its answer
/// and, once decided, the outcomes for the officials concerned (party discipline included): one
/// recommendation may lead to several decisions, one row each (docs/formats.md).
public struct Recommendation: AuditedRecord {
    public static let entity = Entity.recommendation
    public var code: String
    /// Code of the plan or feedback record it arose from; nil for outcomes reported by
    /// the Party's inspection bodies.
    public var source: String?
    public var to: String
    public var sentOn: LocalDate
    public var content: String
    public var response: RecommendationResponse
    /// The day the answer came (nil while awaiting one, or when the file did not say).
    public var respondedOn: LocalDate?
    public var outcomes: [Outcome]
    public var version: Int

    /// The first outcome: what a recommendation with a single decision carries (bundle key `outcome`).
    public var outcome: Outcome? { outcomes.first }

    public struct Outcome: Equatable, Sendable {
        public var official: String
        public var measure: OutcomeMeasure
        public var decidedOn: LocalDate?
        public var decidedBy: String
        public init(official: String, measure: OutcomeMeasure, decidedOn: LocalDate? = nil, decidedBy: String = "") {
            self.official = official
            self.measure = measure
            self.decidedOn = decidedOn
            self.decidedBy = decidedBy
        }
    }

    public init(code: String, source: String? = nil, to: String, sentOn: LocalDate, content: String = "",
                response: RecommendationResponse = .choTraLoi, respondedOn: LocalDate? = nil, outcome: Outcome? = nil,
                outcomes: [Outcome] = [], version: Int = 0) {
        self.code = code
        self.source = source
        self.to = to
        self.sentOn = sentOn
        self.content = content
        self.response = response
        self.respondedOn = respondedOn
        self.outcomes = (outcome.map { [$0] } ?? []) + outcomes
        self.version = version
    }

    public var auditFields: [(field: String, value: String)] {
        [("source", source ?? ""), ("to", to), ("sentOn", sentOn.iso), ("content", content),
         ("response", response.slug), ("respondedOn", auditText(respondedOn)),
         ("outcomes", outcomes.map { o in
             [o.official, o.measure.slug, auditText(o.decidedOn), o.decidedBy].joined(separator: " ")
         }.joined(separator: "; "))]
    }

    /// The first outcome whose measure is a Party one for an official who is not a party member
    /// (`isPartyMember` says, by code; nil: unknown, not checked). Its index and the problem.
    /// Outcomes in `skipping` (already on file) are not checked again.
    public func partyMeasureProblem(skipping: [Outcome] = [], isPartyMember: (String) -> Bool?) -> (index: Int, problem: RecordProblem)? {
        for (index, outcome) in outcomes.enumerated() where outcome.measure.isPartyOnly && !skipping.contains(outcome) {
            if isPartyMember(outcome.official) == false {
                return (index, .partyMeasureForNonMember(measure: outcome.measure.slug, official: outcome.official))
            }
        }
        return nil
    }
}
