import GiamSatCore
import TerminalUI

/// A plan's page: its facts and team, the officials supervised with the findings about each, the report
/// date, the recommendations and feedback linked to it, and its audit trail. Keys: status step, edit,
/// findings for one official, a recommendation arising from the plan.
struct PlanDetailSource: RecordPageSource {
    static let entity = Entity.plan
    static let heading = T.sectionPlans
    let code: String
    var record: PlanRecord?

    init(code: String) { self.code = code }

    static let findingsField = "findings-official"
    static let linkedField = "linked-record"

    var keymap: Keymap { .planDetail }
    var loadRequest: LoadPlan { LoadPlan(code: code) }
    var version: Int? { record?.plan.version }

    func offers(_ command: CommandID) -> Bool {
        guard let plan = record?.plan else { return false }
        switch command {
        case .changeStatus: return !plan.status.allowedNext.isEmpty
        case .findings: return !plan.supervised.isEmpty
        case .openLinked: return !(record?.recommendations.isEmpty ?? true) || !(record?.feedback.isEmpty ?? true) || !plan.supervised.isEmpty
        default: return true
        }
    }

    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> Outcome? {
        guard let record else { return nil }
        let plan = record.plan
        switch command {
        case .edit:
            return .navigate(.push(FormScreen(spec: PlanFormSpec(editing: code))))
        case .changeStatus:
            if plan.status.allowedNext.isEmpty { return .say(.error(T.planEnded)) }
            return .navigate(.push(PlanStatusScreen(plan: plan, today: env.today)))
        case .findings:
            guard !plan.supervised.isEmpty else { return .say(.error(T.noSupervised)) }
            let items = plan.supervised.map {
                PickerScreen.officialItem(code: $0.official, name: record.officialNames[$0.official] ?? $0.official)
            }
            let picker = Picker(title: env.text(T.pickOfficialForFindings), items: items, fold: { VietnameseText.fold($0) })
            return .navigate(.push(PickerScreen(field: Self.findingsField, picker: picker)))
        case .newRecommendation:
            return .navigate(.push(FormScreen(spec: RecommendationFormSpec(newOn: env.today, source: code))))
        case .documents:
            return .navigate(.push(DocumentsScreen(source: .plan(code))))
        case .openLinked:
            // The recommendations, feedback and officials on this page, to open one.
            let lines = record.recommendations + record.feedback
            var items = lines.map {
                Picker.Item(id: "\($0.entity.rawValue) \($0.code)", label: "\($0.code)  \($0.text)",
                            searchKey: VietnameseText.fold("\($0.code) \($0.text)"), name: $0.code)
            }
            items += plan.supervised.map {
                let name = record.officialNames[$0.official] ?? $0.official
                return Picker.Item(id: "\(Entity.official.rawValue) \($0.official)", label: "\($0.official)  \(name)",
                                   searchKey: VietnameseText.fold("\($0.official) \(name)"), name: $0.official)
            }
            guard !items.isEmpty else { return Outcome.none }
            let picker = Picker(title: env.text(T.linkedTitle), items: items, fold: { VietnameseText.fold($0) })
            return .navigate(.push(PickerScreen(field: Self.linkedField, picker: picker)))
        default: return nil
        }
    }

    /// "recommendation KN-2021-0002" from the linked-records picker: that record's page.
    static func page(forPicked id: String) -> Navigation? {
        let parts = id.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, let entity = Entity(rawValue: parts[0]), let page = Registry.page(entity, code: parts[1]) else { return nil }
        return .push(page)
    }

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        switch delivery {
        case .changed: return Outcome(effects: load())
        case .picked(Self.linkedField, let ids, _):
            return Outcome(navigation: ids.first.flatMap(Self.page(forPicked:)))
        case .picked(Self.findingsField, let ids, _):
            guard let record, let official = ids.first,
                  let supervised = record.plan.supervised.first(where: { $0.official == official }) else { return .none }
            let spec = FindingsFormSpec(plan: code, version: record.plan.version, official: official,
                                        name: record.officialNames[official] ?? official)
            return .navigate(.push(FormScreen(spec: spec, values: FindingsFormSpec.values(supervised))))
        default: return .none
        }
    }

    func sections(_ env: ScreenEnv) -> [DetailSection] {
        guard let record else { return [] }
        let p = record.plan
        func field(_ label: Localized, _ value: String, _ role: Role = .normal) -> DetailLine {
            .field(env.text(label), value.isEmpty ? "—" : value, role)
        }
        func date(_ value: LocalDate?) -> String { value?.vietnamese ?? "" }
        let span = p.startOn == nil && p.endOn == nil ? "" : "\(date(p.startOn).isEmpty ? "…" : date(p.startOn)) – \(date(p.endOn).isEmpty ? "…" : date(p.endOn))"
        let facts: [DetailLine] = [
            field(T.planTitle, p.title),
            field(T.documentNumber, [p.documentNumber, p.issuedOn.map { "(\($0.vietnamese))" } ?? ""].filter { !$0.isEmpty }.joined(separator: " ")),
            field(T.year, String(p.year)), field(T.planType, env.text(p.type.label)), field(T.planForm, env.text(p.form.label)),
            field(T.contentAreas, p.contents.map { env.text($0.label) }.joined(separator: "; ")),
            field(T.basis, p.basis), field(T.period, span), field(T.targetUnits, p.targetUnits.joined(separator: "; ")),
            field(T.status, env.text(p.status.label), p.status == .huy ? .muted : .normal),
            field(T.reportedOn, date(p.reportedOn)),
        ]
        var team: [DetailLine] = [field(T.teamDecision, p.team.decisionNumber), field(T.teamLead, p.team.lead)]
        for member in p.team.members {
            team.append(.paragraph("• " + member.name + (member.organization.isEmpty ? "" : " — \(member.organization)"), .normal))
        }
        var findings: [DetailLine] = []
        for s in p.supervised {
            findings.append(.paragraph("\(record.officialNames[s.official] ?? s.official) (\(s.official))", .title))
            let parts = s.parts
            if s.findings.isEmpty {
                findings.append(.paragraph("    " + env.text(T.noFindingsYet), .muted))
            } else {
                if !parts.strengths.isEmpty { findings.append(.field(env.text(T.strengths), parts.strengths, .normal)) }
                if !parts.shortcomings.isEmpty { findings.append(.field(env.text(T.shortcomings), parts.shortcomings, .normal)) }
            }
        }
        if findings.isEmpty { findings = [.paragraph(env.text(T.noSupervised), .muted)] }
        func linked(_ items: [LinkedRecord], state: (String) -> String) -> [DetailLine] {
            items.isEmpty ? [.paragraph(env.text(T.noneYet), .muted)]
                : items.map { .paragraph("\($0.date?.vietnamese ?? "")  \($0.code)  \($0.text) — \(state($0.state))", .normal) }
        }
        return [
            DetailSection(title: nil, lines: facts),
            DetailSection(title: env.text(T.team), lines: team),
            DetailSection(title: env.text(T.findingsTitle), lines: findings),
            DetailSection(title: env.text(T.linkedRecommendations), lines: linked(record.recommendations) { slug in
                RecommendationResponse(rawValue: slug).map { env.text($0.label) } ?? slug
            }),
            DetailSection(title: env.text(T.linkedFeedback), lines: linked(record.feedback) { slug in
                FeedbackStatus(rawValue: slug).map { env.text($0.label) } ?? slug
            }),
            DetailSection(title: env.text(T.audit), lines: record.audit.map { .paragraph(AuditText.line($0, env), .muted) }),
        ]
    }
}
