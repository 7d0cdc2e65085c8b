import GiamSatCore
import TerminalUI

/// A recommendation's page: its source (the plan or feedback record it arose from), addressee, dates,
/// content, response, and every outcome with its official, measure, decision date and deciding body.
struct RecommendationDetailSource: RecordPageSource {
    static let entity = Entity.recommendation
    static let heading = T.sectionRecommendations
    let code: String
    var record: RecommendationRecord?

    init(code: String) { self.code = code }

    var keymap: Keymap { .recommendationDetail }
    var loadRequest: LoadRecommendation { LoadRecommendation(code: code) }
    var version: Int? { record?.recommendation.version }

    func offers(_ command: CommandID) -> Bool {
        guard let record else { return false }
        return command == .openLinked ? record.source != nil : true
    }

    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> Outcome? {
        guard let record else { return nil }
        switch command {
        case .edit: return .navigate(.push(FormScreen(spec: RecommendationFormSpec(editing: code))))
        case .openLinked:
            // The plan or feedback record it arose from.
            guard let source = record.source, let page = Registry.page(source.entity, code: source.code) else { return Outcome.none }
            return .navigate(.push(page))
        case .documents: return .navigate(.push(DocumentsScreen(source: .recommendation(code))))
        default: return nil
        }
    }

    func sections(_ env: ScreenEnv) -> [DetailSection] {
        guard let record else { return [] }
        let r = record.recommendation
        func field(_ label: Localized, _ value: String, _ role: Role = .normal) -> DetailLine {
            .field(env.text(label), value.isEmpty ? "—" : value, role)
        }
        let late = r.response == .choTraLoi && r.sentOn < env.today.adding(days: -env.settings.answerDays)
        let source: String = {
            guard let code = r.source else { return env.text(T.standalone) }
            guard let linked = record.source else { return code }
            return "\(env.text(linked.entity == .plan ? T.fromPlan : T.fromFeedback)) \(code) — \(linked.text)"
        }()
        let facts: [DetailLine] = [
            field(T.source, source), field(T.addressedTo, r.to), field(T.sentOn, r.sentOn.vietnamese),
            field(T.response, env.text(r.response.label) + (late ? "  ! " + env.text(T.reportUpward(env.settings.answerDays)) : ""), late ? .overdue : .normal),
            field(T.respondedOn, r.respondedOn?.vietnamese ?? ""),
        ]
        let outcomes: [DetailLine] = r.outcomes.isEmpty ? [.paragraph(env.text(T.noOutcomes), .muted)] : r.outcomes.enumerated().map { index, o in
            let name = record.officialNames[o.official].map { "\($0) (\(o.official))" } ?? o.official
            let number = o.decisionNumber.isEmpty ? "" : env.text(T.decisionNumberShort) + " " + o.decisionNumber
            let parts = [env.text(o.measure.label), env.text(OutcomeTrack.label(o.track)), number, o.decidedOn?.vietnamese ?? "",
                         o.decidedBy].filter { !$0.isEmpty }
            // An outcome whose track is not set yet stands out, with how to confirm it.
            let unplaced = o.track == nil ? "  ! " + env.text(T.confirmTrack) : ""
            return .paragraph("\(index + 1). \(name): " + parts.joined(separator: " · ") + unplaced, o.track == nil ? .overdue : .normal)
        }
        var sections = [DetailSection(title: nil, lines: facts)]
        if !r.content.isEmpty { sections.append(DetailSection(title: env.text(T.content), lines: [.paragraph(r.content, .normal)])) }
        sections.append(DetailSection(title: env.text(T.outcomes), lines: outcomes))
        sections.append(DetailSection(title: env.text(T.audit), lines: record.audit.map { .paragraph(AuditText.line($0, env), .muted) }))
        return sections
    }
}
