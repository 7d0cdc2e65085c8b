/// A recommendation sent to the Party committee or the authorities, with its answer
/// and, once decided, the outcome for the official concerned (party discipline included).
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
    public var outcome: Outcome?
    public var version: Int

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
                response: RecommendationResponse = .choTraLoi, outcome: Outcome? = nil, version: Int = 0) {
        self.code = code
        self.source = source
        self.to = to
        self.sentOn = sentOn
        self.content = content
        self.response = response
        self.outcome = outcome
        self.version = version
    }

    public var auditFields: [(field: String, value: String)] {
        [("source", source ?? ""), ("to", to), ("sentOn", sentOn.iso), ("content", content),
         ("response", response.slug), ("outcome.official", outcome?.official ?? ""),
         ("outcome.measure", outcome?.measure.slug ?? ""), ("outcome.decidedOn", auditText(outcome?.decidedOn)),
         ("outcome.decidedBy", outcome?.decidedBy ?? "")]
    }
}
