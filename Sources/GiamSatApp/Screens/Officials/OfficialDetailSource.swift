import GiamSatCore
import TerminalUI

/// One official's page: who they are, then everything on file about them — the plans that supervised them
/// with the findings, feedback concerning them with its status, recommendations and outcomes, residence
/// reviews by year — and the audit trail. `e` edits, `a` archives (or restores).
struct OfficialDetailSource: RecordPageSource {
    static let entity = Entity.official
    static let heading = T.officialTitle
    let code: String
    var record: OfficialPage?

    init(code: String) { self.code = code }

    var keymap: Keymap { .officialDetail }
    var loadRequest: LoadOfficialPage { LoadOfficialPage(code: code) }
    var version: Int? { record?.official.version }
    /// The person's name first: "Giàng A Dình · DT-0001 · phiên bản 1".
    func boxTitle(_ env: ScreenEnv) -> String {
        guard let official = record?.official else { return title(env) }
        return "\(official.fullName) · \(code) · \(env.text(T.version)) \(official.version)"
            + (official.archived ? " " + env.text(T.archivedMark) : "")
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome? {
        if takeRecord(result) { return Outcome.none }
        switch result {
        case .saved(.official, let saved, _) where saved != code:
            // Joined into another: this record is gone; that one's page takes its place.
            return Outcome(navigation: .replace(DetailScreen(source: OfficialDetailSource(code: saved))), message: .info(T.joinedDone, saved))
        case .saved(.official, let code, _):
            // Archived or restored from here: say which, and show the record as it is now.
            let archived = !(record?.official.archived ?? false)
            return Outcome(effects: load(), message: .info(archived ? T.archivedDone : T.restoredDone, code))
        default: return nil
        }
    }

    func offers(_ command: CommandID) -> Bool { record != nil }

    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> Outcome? {
        guard let official = record?.official else { return nil }
        switch command {
        case .edit:
            return .navigate(.push(FormScreen(spec: OfficialFormSpec(editing: code, today: env.today))))
        case .archive:
            return .effects(.write(ArchiveOfficial(code: code, version: official.version, archived: !official.archived)))
        case .joinOfficial:
            let picker = Picker(title: env.text(T.joinIntoTitle), items: [], fold: { VietnameseText.fold($0) })
            return .navigate(.push(PickerScreen(field: Self.joinField, picker: picker, search: .officials)))
        default: return nil
        }
    }

    static let joinField = "join-into"

    /// The official chosen to join into, then the answer to "join?".
    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        switch delivery {
        case .picked(Self.joinField, let ids, let names):
            guard let into = ids.first else { return .none }
            guard into != code else { return .say(.error(T.joinSelf)) }
            return .navigate(.push(ConfirmScreen(question: .joinOfficial(duplicate: code, into: into, name: names[into] ?? ""))))
        case .confirmed(.joinOfficial(let duplicate, let into, _)):
            return .effects(.write(JoinOfficials(duplicate: duplicate, into: into)))
        case .changed: return Outcome(effects: load())
        default: return .none
        }
    }

    func sections(_ env: ScreenEnv) -> [DetailSection] {
        guard let page = record else { return [] }
        let o = page.official
        func field(_ label: Localized, _ value: String, _ role: Role = .normal) -> DetailLine { .field(env.text(label), value, role) }
        var facts: [DetailLine] = [
            field(T.fullName, o.fullName),
            field(T.gender, o.gender.map { env.text($0.label) } ?? "—"),
            field(T.birthYear, o.birthYear.map(String.init) ?? "—"),
            field(T.positionOnly, o.position.isEmpty ? "—" : o.position),
            field(T.unit, o.unit.isEmpty ? "—" : o.unit),
            field(T.category, env.text(o.category.label)),
            field(T.partyMember, env.text(o.partyMember ? T.yes : T.no)),
        ]
        if o.partyMember { facts.append(field(T.partyCell, o.partyCell.isEmpty ? "—" : o.partyCell)) }
        facts.append(field(T.residence, page.residenceName.map { "\($0) (\(o.residence ?? ""))" } ?? "—"))
        facts.append(field(T.officialStatus, env.text(o.status.label)))
        if o.exemptFromResidence { facts.append(field(T.exemptFromResidence, env.text(T.exemptLong))) }
        var sections = [DetailSection(title: nil, lines: facts)]
        if o.archived { sections.append(DetailSection(title: nil, lines: [.paragraph(env.text(T.archivedNote), .muted)])) }

        func counted(_ title: Localized, shown: Int, total: Int) -> String {
            env.text(title) + " (\(total)" + (shown < total ? ", \(env.text(T.shownOf)) \(shown)" : "") + ")"
        }
        func none() -> [DetailLine] { [.paragraph(env.text(T.nothingYet), .muted)] }

        sections.append(DetailSection(title: counted(T.plansSupervising, shown: page.plans.count, total: page.totals.plans),
                                      lines: page.plans.isEmpty ? none() : page.plans.flatMap { plan -> [DetailLine] in
            let when = plan.startOn.map { " · \($0.vietnamese)" } ?? ""
            return [.paragraph("\(plan.code)  \(plan.title) (\(plan.year)\(when)) — \(env.text(plan.status.label))", .normal),
                    .paragraph("    \(env.text(T.findings)): " + (plan.findings.isEmpty ? env.text(T.noFindings) : plan.findings),
                               plan.findings.isEmpty ? .muted : .normal)]
        }))
        sections.append(DetailSection(title: counted(T.feedbackConcerning, shown: page.feedback.count, total: page.totals.feedback),
                                      lines: page.feedback.isEmpty ? none() : page.feedback.map { f in
            let overdue = f.isOverdue(on: env.today)
            return .paragraph("\(f.code)  \(f.receivedOn.vietnamese)  \(env.text(f.kind.label)) · \(env.text(f.status.label))"
                              + (overdue ? " · " + env.text(T.overdue) : "") + " — \(f.summary)", overdue ? .overdue : .normal)
        }))
        sections.append(DetailSection(title: counted(T.recommendationsOutcomes, shown: page.recommendations.count,
                                                     total: page.totals.recommendations),
                                      lines: page.recommendations.isEmpty ? none() : page.recommendations.flatMap { r -> [DetailLine] in
            var head = "\(r.code)  \(r.sentOn.vietnamese) → \(r.to) · \(env.text(r.response.label))"
            if let source = r.source { head += " (\(env.text(T.fromSource)) \(source))" }
            guard let measure = r.measure else { return [.paragraph(head, .normal)] }
            var outcome = "    \(env.text(T.outcome)): \(env.text(measure.label)) · \(env.text(OutcomeTrack.label(r.track)))"
            if !r.decisionNumber.isEmpty { outcome += " · \(env.text(T.decisionNumberShort)) \(r.decisionNumber)" }
            if let decided = r.decidedOn { outcome += " · \(decided.vietnamese)" }
            if !r.decidedBy.isEmpty { outcome += " · \(env.text(T.decidedBy)) \(r.decidedBy)" }
            return [.paragraph(head, .normal), .paragraph(outcome, measure.isDiscipline ? .overdue : .normal)]
        }))
        sections.append(DetailSection(title: counted(T.residenceReviews, shown: page.reviews.count, total: page.totals.reviews),
                                      lines: page.reviews.isEmpty ? none() : page.reviews.flatMap { v -> [DetailLine] in
            [.paragraph("\(v.year)  \(v.localityName) · \(env.text(v.assessment.label))", .normal)]
                + (v.opinions.isEmpty ? [] : [.paragraph("    " + v.opinions, .muted)])
        }))
        sections.append(DetailSection(title: env.text(T.audit), lines: page.audit.map { .paragraph(AuditText.line($0, env), .muted) }))
        return sections
    }
}
