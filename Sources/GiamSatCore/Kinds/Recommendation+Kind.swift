extension Entity {
    public static let recommendation = Entity(declaring: "recommendation")
}

extension Recommendation: KindRecord {
    static let kind = RecordKind(
        entity: .recommendation, singular: KindText.recommendationNames.0, plural: KindText.recommendationNames.1,
        bundleKey: "recommendations", table: Recommendation.table,
        series: CodeSeries(prefix: "KN", perYear: true, width: 4),
        auditLabels: ["source": KindText.source, "to": KindText.addressedTo, "sentOn": KindText.sentOn, "content": KindText.contentArea,
                      "response": KindText.response, "respondedOn": KindText.respondedOn, "outcomes": KindText.outcomes],
        auditValue: { field, value in
            // The outcomes' value (`auditFields`) holds each outcome's track and measure as slugs: said as their labels.
            field == "outcomes" ? OutcomeTrack.auditWord(value) : RecordKind.slugLabels(["response": RecommendationResponse.self])(field, value)
        },
        searchHolds: ["code", "source", "to", "content", "outcomes.official"],
        listing: KindListing(name: "recommendations", header: CLIText.recommendationsHeader, maxWidths: [2: 30],
                             statuses: RecommendationResponse.allSlugs) { database, request, row in
            let lang = request.lang
            try database.forEachRecommendation(request.filter) { r in
                try row(.init([r.code, r.sentOn.vietnamese, r.to, r.source ?? "", r.response.label(lang),
                               r.outcomes.map { "\($0.official): \($0.measure.label(lang))" }.joined(separator: "; ")],
                              json: BundleWriter.recommendation(r)))
            }
        },
        record: Recommendation.self)

    /// Where a recommendation's source may be: a plan or a feedback record.
    static let sourceKinds: [Entity] = [.plan, .feedback]

    var seriesYear: Int? { sentOn.year }
    mutating func recode(_ code: String) { self.code = code }

    static func read(_ reader: inout FieldReader, dueDays: Int) throws -> Recommendation { try BundleReader.readRecommendation(&reader) }
    func json(includeIdentities: Bool) -> JSONValue { BundleWriter.recommendation(self) }

    var references: [RecordReference] {
        (source.map { [RecordReference("source", Self.sourceKinds, $0)] } ?? [])
            + .each("outcomes", .official, outcomes, { $0.official }, suffix: ".official")
    }

    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {
        // The source is a plan or a feedback record: the code says which it was in its commune.
        if let code = source {
            source = Self.sourceKinds.lazy.compactMap { map[$0, code] }.first
            if source == nil { unknown("source", RecordKinds.entity(of: code, among: Self.sourceKinds), code) }
        }
        for i in outcomes.indices { remap(&outcomes[i].official, .official, map, "outcomes[\(i)].official", unknown) }
    }
}

extension CaseBundle {
    public var recommendations: [Recommendation] {
        get { self[Recommendation.self] }
        set { self[Recommendation.self] = newValue }
    }
}
