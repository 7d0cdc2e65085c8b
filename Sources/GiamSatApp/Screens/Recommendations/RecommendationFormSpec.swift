import GiamSatCore
import TerminalUI

/// The new / edit form of a recommendation: its source (a plan, a feedback record, or none), addressed
/// to, sent date, content, response and its date, and the outcomes as sub-rows (official, track, a measure of that
/// track, the decision's number, date and deciding body). Created from a plan's or a feedback record's page, the
/// source is set. An outcome from before tracks whose track is unknown is confirmed by picking one in its row.
struct RecommendationFormSpec: FormSpec {
    private(set) var code: String
    private(set) var original: Recommendation?
    let isNew: Bool
    let today: LocalDate
    /// The source it is created from (nil: standalone or an edit).
    let sourceCode: String?
    /// Where the source can point: the plans, and the record it came from (a feedback record).
    private(set) var sources: [LinkedRecord] = []

    init(newOn today: LocalDate, source: String?) {
        code = ""
        isNew = true
        self.today = today
        sourceCode = source
    }

    init(editing code: String) {
        self.code = code
        isNew = false
        today = LocalDate(year: 2000, month: 1, day: 1)!
        sourceCode = nil
    }

    enum ID {
        static let source = "source", to = "to", sent = "sentOn", content = "content", response = "response"
        static let responded = "respondedOn", outcomes = "outcomes"
        static let official = "official", track = "track", measure = "measure", decisionNumber = "decisionNumber"
        static let decidedOn = "decidedOn", decidedBy = "decidedBy"
    }

    static func items<E: Slugged>(_ cases: [E], _ env: ScreenEnv) -> [Picker.Item] {
        cases.map { Picker.Item(id: $0.slug, label: env.text($0.label), searchKey: VietnameseText.fold(env.text($0.label))) }
    }

    static func outcomeRows(_ env: ScreenEnv) -> RowsSpec {
        // The measure's picker lists the chosen track's measures only (docs/formats.md, "Version 2").
        let measures = NarrowedChoice(column: ID.measure, by: ID.track,
                                      items: Dictionary(uniqueKeysWithValues: OutcomeTrack.allCases.map { ($0.slug, items($0.measures, env)) }),
                                      notAllowed: T.measureNotOnTrack, waiting: T.chooseTrackFirst)
        return RowsSpec(title: T.outcomes, columns: [
            FormField(id: ID.official, label: T.official, kind: .official),
            FormField(id: ID.track, label: T.track, kind: .choice(items(OutcomeTrack.allCases, env), none: nil)),
            FormField(id: ID.measure, label: T.measure, kind: .choice(items(OutcomeMeasure.allCases, env), none: nil)),
            FormField(id: ID.decisionNumber, label: T.decisionNumber, kind: .text),
            FormField(id: ID.decidedOn, label: T.decidedOn, kind: .date),
            FormField(id: ID.decidedBy, label: T.decidingBody, kind: .text),
        ], required: [ID.official, ID.track, ID.measure], height: 3, narrowed: [measures])
    }

    func title(_ env: ScreenEnv) -> String { env.text(isNew ? T.newRecommendationTitle : T.editRecommendationTitle) + " " + code }

    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        let responses = RecommendationResponse.allCases.map {
            Picker.Item(id: $0.slug, label: env.text($0.label), searchKey: VietnameseText.fold(env.text($0.label)))
        }
        let sourceItems = sources.map { source -> Picker.Item in
            let kind = env.text(source.entity == .plan ? T.fromPlan : T.fromFeedback)
            return Picker.Item(id: source.code, label: "\(source.code) (\(kind)) \(source.text)",
                               searchKey: VietnameseText.fold("\(source.code) \(source.text)"), name: "\(source.code) — \(source.text)")
        }
        return [
            FormField(id: ID.source, label: T.source, kind: .choice(sourceItems, none: T.standalone)),
            FormField(id: ID.to, label: T.addressedTo, kind: .text),
            FormField(id: ID.sent, label: T.sentOn, kind: .date),
            FormField(id: ID.content, label: T.content, kind: .multiline(height: 4)),
            FormField(id: ID.response, label: T.response, kind: .choice(responses, none: nil)),
            FormField(id: ID.responded, label: T.respondedOn, kind: .date),
            FormField(id: ID.outcomes, label: T.outcomes, kind: .rows(Self.outcomeRows(env))),
        ]
    }

    func load() -> [Effect] {
        isNew ? [.ask(RecommendationDraft(year: today.year, source: sourceCode))] : [.ask(RecommendationToEdit(code: code))]
    }

    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? {
        if let (_, draft) = result.answer(to: RecommendationDraft.self) {
            code = draft.code
            sources = (draft.source.map { [$0] } ?? []) + draft.plans.filter { $0.code != draft.source?.code }
            let blank = Recommendation(code: draft.code, source: draft.source?.code, to: "", sentOn: today)
            // No outcome yet: it comes with the answer. The source's officials are named, for the picker's lines.
            return Self.values(blank, names: draft.officials, env)
        }
        if let (_, answer) = result.answer(to: RecommendationToEdit.self) {
            let record = answer.record
            original = record.recommendation
            sources = (record.source.map { [$0] } ?? []) + answer.plans.filter { $0.code != record.source?.code }
            return Self.values(record.recommendation, names: record.officialNames, env)
        }
        return nil
    }

    static func values(_ r: Recommendation, names: [String: String], _ env: ScreenEnv) -> FormValues {
        var values = FormValues(names: names)
        values[ID.source] = .choice(r.source)
        values[ID.to] = .text(TextField(r.to))
        values[ID.sent] = .text(TextField(r.sentOn.vietnamese))
        values[ID.content] = .area(TextArea(r.content))
        values[ID.response] = .choice(r.response.slug)
        values[ID.responded] = .text(TextField(r.respondedOn?.vietnamese ?? ""))
        values[ID.outcomes] = .rows(r.outcomes.map { outcome in
            var row = outcomeRows(env).blank
            row[ID.official] = .choice(outcome.official)
            row[ID.track] = .choice(outcome.track?.slug)
            row[ID.measure] = .choice(outcome.measure.slug)
            row[ID.decisionNumber] = .text(TextField(outcome.decisionNumber))
            row[ID.decidedOn] = .text(TextField(outcome.decidedOn?.vietnamese ?? ""))
            row[ID.decidedBy] = .text(TextField(outcome.decidedBy))
            return row
        })
        return values
    }

    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {
        // Answered: the answer date starts as today, to be corrected if it came earlier.
        if field == ID.response, values.choice(ID.response) != RecommendationResponse.choTraLoi.slug, values.text(ID.responded).isEmpty {
            values[ID.responded] = .text(TextField(env.today.vietnamese))
        }
    }

    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] {
        var problems: [String: Localized] = [:]
        for id in [ID.sent, ID.responded] where !values.text(id).isEmpty && (saving || values.text(id).count >= 8) {
            if values.date(id) == nil { problems[id] = T.badDate }
        }
        if let sent = values.date(ID.sent), sent > env.today { problems[ID.sent] = T.dateInFuture }
        if let sent = values.date(ID.sent), let answered = values.date(ID.responded), answered < sent {
            problems[ID.responded] = T.answeredBeforeSent
        }
        // Decision dates: the store's rule (not after today, not before the sending), beside the outcomes, naming the row.
        if let sent = values.date(ID.sent) {
            for (row, outcome) in values.rows(ID.outcomes).enumerated() {
                guard !outcome.text(ID.decidedOn).isEmpty, saving || outcome.text(ID.decidedOn).count >= 8 else { continue }
                guard let decided = outcome.date(ID.decidedOn) else { problems[ID.outcomes] = T.onOutcomeRow(row, T.badDate); break }
                if original?.sentOn == sent, original?.outcomes.contains(where: { $0.decidedOn == decided && $0.official == outcome.choice(ID.official) }) == true {
                    continue  // on file before, as the store judges it: not refused again
                }
                if let problem = Recommendation.decidedOnProblem(decided, sentOn: sent, today: env.today) {
                    problems[ID.outcomes] = T.onOutcomeRow(row, problem.localized)
                    break
                }
            }
        }
        guard saving else { return problems }
        if VietnameseText.clean(values.text(ID.to)).isEmpty { problems[ID.to] = T.required }
        if values.text(ID.sent).isEmpty { problems[ID.sent] = T.required }
        if values.choice(ID.response) == nil { problems[ID.response] = T.required }
        // A row started from the source (its official, no measure yet) is not dropped silently.
        if let row = values.rows(ID.outcomes).firstIndex(where: { $0.choice(ID.official) == nil || $0.choice(ID.measure) == nil }) {
            problems[ID.outcomes] = T.onOutcomeRow(row, T.outcomeIncomplete)
        }
        return problems
    }

    func recommendation(_ values: FormValues) -> Recommendation {
        let outcomes = values.rows(ID.outcomes).compactMap { row -> Recommendation.Outcome? in
            guard let official = row.choice(ID.official), let measure = row.choice(ID.measure).flatMap(OutcomeMeasure.init(rawValue:)) else {
                return nil
            }
            // A row without a track is an outcome from before tracks the user has not confirmed yet: kept unplaced.
            return Recommendation.Outcome(official: official, track: row.choice(ID.track).flatMap(OutcomeTrack.init(rawValue:)),
                                          measure: measure, decisionNumber: VietnameseText.clean(row.text(ID.decisionNumber)),
                                          decidedOn: row.date(ID.decidedOn), decidedBy: VietnameseText.clean(row.text(ID.decidedBy)))
        }
        let response = RecommendationResponse(rawValue: values.choice(ID.response) ?? "") ?? .choTraLoi
        return Recommendation(code: code, source: values.choice(ID.source), to: VietnameseText.clean(values.text(ID.to)),
                              sentOn: values.date(ID.sent)!, content: VietnameseText.clean(values.text(ID.content)),
                              response: response, respondedOn: response == .choTraLoi ? nil : values.date(ID.responded),
                              outcomes: outcomes, version: original?.version ?? 0)
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome {
        let recommendation = recommendation(values)
        guard let original else { return .effects(.write(SaveNew(record: recommendation))) }
        return .effects(.write(SaveEdit(record: recommendation, expectedVersion: original.version)))
    }

    /// "outcomes[1].measure" from the store: shown on the outcomes field, naming the row.
    func field(for error: RecordError) -> (id: String, problem: Localized)? {
        guard error.field.hasPrefix("outcomes["), let close = error.field.firstIndex(of: "]"),
              let index = Int(error.field[error.field.index(error.field.startIndex, offsetBy: 9)..<close]) else { return nil }
        return (ID.outcomes, T.onOutcomeRow(index, Localized(error.problem.message(.vi), error.problem.message(.en))))
    }

    func afterSave(code: String) -> Navigation {
        isNew ? .replace(DetailScreen(source: RecommendationDetailSource(code: code))) : .pop
    }
}
