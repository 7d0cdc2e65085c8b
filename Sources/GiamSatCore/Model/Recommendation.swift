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
        /// The track it was decided on; nil while unplaced (an outcome from before tracks that the migration or a
        /// version-1 bundle could not place: `check` lists it until the user picks one).
        public var track: OutcomeTrack?
        public var measure: OutcomeMeasure
        /// The decision's number as issued ("12-QĐ/UBKT"), empty when not known.
        public var decisionNumber: String
        public var decidedOn: LocalDate?
        public var decidedBy: String
        public init(official: String, track: OutcomeTrack?, measure: OutcomeMeasure, decisionNumber: String = "",
                    decidedOn: LocalDate? = nil, decidedBy: String = "") {
            self.official = official
            self.track = track
            self.measure = measure
            self.decisionNumber = decisionNumber
            self.decidedOn = decidedOn
            self.decidedBy = decidedBy
        }
        /// An outcome recorded without a track (as before tracks existed): placed as the migration places it.
        public init(official: String, measure: OutcomeMeasure, decidedOn: LocalDate? = nil, decidedBy: String = "") {
            self.init(official: official, track: OutcomeTrack.placing(measure), measure: measure, decidedOn: decidedOn,
                      decidedBy: decidedBy)
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
             [o.official, OutcomeTrack.slug(o.track), o.measure.slug, o.decisionNumber, auditText(o.decidedOn), o.decidedBy]
                 .filter { !$0.isEmpty }.joined(separator: " ")
         }.joined(separator: "; "))]
    }

    /// What is wrong with a decision date: after `today` (a decision already made is recorded, never a planned one), or
    /// before the recommendation was sent (the decision answers it). The store, the form and the bundle reader ask this.
    public static func decidedOnProblem(_ decidedOn: LocalDate?, sentOn: LocalDate, today: LocalDate) -> RecordProblem? {
        guard let decidedOn else { return nil }
        if decidedOn > today { return .dateAfterToday(today) }
        if decidedOn < sentOn { return .decisionBeforeSent(sentOn) }
        return nil
    }

    /// The first outcome whose decision date is wrong (`decidedOnProblem`), with its index. Outcomes in `skipping`
    /// (already on file, unchanged) are not judged again while the sent date stays.
    public func decidedOnProblem(today: LocalDate, skipping: [Outcome] = []) -> (index: Int, problem: RecordProblem)? {
        for (index, outcome) in outcomes.enumerated() where !skipping.contains(outcome) {
            if let problem = Self.decidedOnProblem(outcome.decidedOn, sentOn: sentOn, today: today) { return (index, problem) }
        }
        return nil
    }

    /// The first outcome that breaks a rule of its track (docs/formats.md, "Version 2"): a measure its track does not
    /// have, or a Party-only measure (khai trừ) for an official who is not a party member (`isPartyMember` says, by
    /// code; nil: unknown, not checked). Its index and the problem. Outcomes in `skipping` (already on file) are not
    /// checked against the official again: once expelled, an official is no longer a party member.
    public func outcomeProblem(skipping: [Outcome] = [], isPartyMember: (String) -> Bool?) -> (index: Int, problem: RecordProblem)? {
        for (index, outcome) in outcomes.enumerated() {
            if let track = outcome.track, !track.allows(outcome.measure) {
                return (index, .measureNotOnTrack(measure: outcome.measure.slug, track: track.slug))
            }
            if outcome.measure.isPartyOnly && !skipping.contains(outcome) && isPartyMember(outcome.official) == false {
                return (index, .partyMeasureForNonMember(measure: outcome.measure.slug, official: outcome.official))
            }
        }
        return nil
    }
}
