import GiamSatCore
import TerminalUI

/// One feedback record: its facts, history and audit trail. The reporter stays masked until the
/// user asks, and the asking is audited by the store.
struct FeedbackDetailSource: RecordPageSource {
    static let entity = Entity.feedback
    static let heading = T.sectionFeedback
    let code: String
    var record: FeedbackRecord?
    private(set) var revealed: Feedback.Reporter?
    /// The plan it is linked to and the recommendations that arose from it.
    private(set) var links: FeedbackLinks.Answer?
    /// Its "trùng" links both ways (issue 21, `FeedbackDetailSource+Duplicates.swift`).
    var duplicates: DuplicateLinks?
    static let planField = "plan"

    init(code: String) { self.code = code }

    var keymap: Keymap { .feedbackDetail }
    var loadRequest: LoadFeedback { LoadFeedback(code: code) }
    var version: Int? { record?.feedback.version }
    func load() -> [Effect] { [.ask(loadRequest), .ask(FeedbackLinks(code: code)), .ask(LoadDuplicateLinks(code: code))] }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome? {
        let shownVersion = version
        if takeRecord(result) { return refreshRevealed(shownVersion) }
        switch result {
        case _ where PassphraseScreen.isNeeded(result):
            if case .failed(let failure) = result { return Outcome(navigation: .push(PassphraseScreen()), message: .failure(failure)) }
        case .answer:
            if let (_, reporter) = result.answer(to: RevealReporter.self) {
                revealed = reporter
            } else if let (_, links) = result.answer(to: FeedbackLinks.self) {
                self.links = links
            } else if let (_, links) = result.answer(to: LoadDuplicateLinks.self) {
                duplicates = links
            } else if let (_, plans) = result.answer(to: PlanChoices.self) {
                // The plans to link to came: choose one (or none) in a picker.
                let items = [Picker.Item(id: "", label: env.text(T.noPlan), searchKey: "")] + plans.map {
                    Picker.Item(id: $0.code, label: "\($0.code)  \($0.text)", searchKey: VietnameseText.fold("\($0.code) \($0.text)"), name: $0.code)
                }
                let picker = Picker(title: env.text(T.linkPlanTitle), items: items, current: record?.feedback.plan ?? "",
                                    fold: { VietnameseText.fold($0) })
                return .navigate(.push(PickerScreen(field: Self.planField, picker: picker)))
            } else {
                return nil
            }
        case .saved(.feedback, _, _):
            // The plan link was saved: show it.
            return Outcome(effects: load(), message: .info(T.saved, code))
        default: return nil
        }
        return Outcome.none
    }

    /// A shown identity is of the version it was opened from: after an edit or an undo, show the stored one
    /// (issue 19: the old phone stayed on screen after F2, the edited one after `u`). A sealed one is opened
    /// again with the key this session already holds.
    /// Not optimised: at -O, Swift 6.3.1's ownership verifier stops the compiler on this function ("Found outside of
    /// lifetime use", a load_borrow of `record`), whatever the spelling; it runs once per record loaded.
    @_optimize(none)
    private mutating func refreshRevealed(_ shownVersion: Int?) -> Outcome {
        guard revealed != nil, shownVersion != nil, shownVersion != version else { return Outcome.none }
        let stored: Feedback.Reporter? = record.flatMap { $0.feedback.reporter }
        let sealed = stored?.isSealed ?? false
        revealed = sealed ? nil : stored
        return sealed ? Outcome(effects: [.ask(RevealReporter(code: code))]) : Outcome.none
    }

    func offers(_ command: CommandID) -> Bool {
        guard let feedback = record?.feedback else { return false }
        switch command {
        case .reveal: return !feedback.anonymous && feedback.reporter != nil && revealed == nil
        case .changeStatus: return !feedback.nextSteps.isEmpty
        case .extend: return feedback.kind == .toCao
        case .openLinked: return duplicates?.original != nil || !(duplicates?.duplicates.isEmpty ?? true)
        default: return true
        }
    }

    /// A revealed reporter is hidden again by the next key, whatever it is: never left on screen (issue 17).
    mutating func keyPressed() { revealed = nil }
    var showsBriefly: Bool { revealed != nil }

    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> Outcome? {
        guard let feedback = record?.feedback else { return nil }
        switch command {
        case .edit:
            return .navigate(.push(FormScreen(spec: FeedbackFormSpec(editing: code, dueDays: env.settings.dueDays))))
        case .reveal:
            // Nothing to reveal on an anonymous record; shown until the next key (issue 17).
            return offers(.reveal) ? .effects(.ask(RevealReporter(code: code))) : Outcome.none
        case .newRecommendation:
            return .navigate(.push(FormScreen(spec: RecommendationFormSpec(newOn: env.today, source: code))))
        case .linkPlan:
            return .effects(.ask(PlanChoices()))
        case .documents:
            return .navigate(.push(DocumentsScreen(source: .feedback(code))))
        case .extend:
            return extend(feedback, env)
        case .openLinked:
            return openDuplicate(env)
        case .changeStatus:
            let options = feedback.nextSteps
            if options.isEmpty { return .say(.error(T.ended)) }
            return .navigate(.push(StatusChangeScreen(feedback: feedback, options: options, today: env.today)))
        default: return nil
        }
    }

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        switch delivery {
        case .changed: return Outcome(effects: load())
        case .passphrase(let passphrase): return .effects(.ask(RevealReporter(code: code, passphrase: passphrase)))
        case .picked(Self.duplicateField, let ids, _):
            return Outcome(navigation: ids.first.map { .push(DetailScreen(source: FeedbackDetailSource(code: $0))) })
        case .picked(Self.planField, let ids, _):
            guard let feedback = record?.feedback else { return .none }
            let plan = ids.first.flatMap { $0.isEmpty ? nil : $0 }
            if plan == feedback.plan { return .none }
            return .effects(.write(LinkFeedbackToPlan(code: code, version: feedback.version, plan: plan)))
        default: return .none
        }
    }

    func sections(_ env: ScreenEnv) -> [DetailSection] {
        guard let record else { return [] }
        let f = record.feedback
        let overdue = f.isOverdue(on: env.today)
        func field(_ label: Localized, _ value: String, _ role: Role = .normal) -> DetailLine { .field(env.text(label), value, role) }
        var facts: [DetailLine] = [
            field(T.receivedOn, f.receivedOn.vietnamese), field(T.channel, env.text(f.channel.label)), field(T.kind, env.text(f.kind.label)),
            field(T.content, f.content.map { env.text($0.label) } ?? "—"),
            field(T.officials, f.officials.isEmpty ? "—" : f.officials.map { "\(record.officialNames[$0] ?? $0) (\($0))" }.joined(separator: ", ")),
            field(T.locality, record.localityName ?? "—"),
        ]
        if f.anonymous {
            facts.append(field(T.reporter, env.text(T.anonymous)))
        } else if let reporter = revealed {
            facts.append(field(T.reporter, [reporter.name, reporter.address, reporter.phone].filter { !$0.isEmpty }.joined(separator: " · "), .overdue))
        } else {
            facts.append(field(T.reporter, env.text(f.reporter == nil ? T.withheld : T.masked), .muted))
        }
        if let plan = f.plan {
            facts.append(field(T.plan, plan + (links?.plan.map { " — \($0.text)" } ?? "")))
        }
        facts.append(field(T.status, env.text(f.status.label)))
        facts.append(field(T.dueOn, f.dueOn.vietnamese + (overdue ? "  " + env.text(T.overdue) : ""), overdue ? .overdue : .normal))
        facts += clockLines(f, env)

        var sections = [DetailSection(title: nil, lines: facts), DetailSection(title: env.text(T.summary), lines: [.paragraph(f.summary, .normal)])]
        if !f.notes.isEmpty { sections.append(DetailSection(title: env.text(T.notes), lines: [.paragraph(f.notes, .normal)])) }
        sections.append(DetailSection(title: env.text(T.history), lines: f.history.flatMap { change -> [DetailLine] in
            var line = "\(change.on.vietnamese)  \(env.text(change.status.label))"
            if !change.to.isEmpty { line += " — \(env.text(T.forwardedTo)) \(change.to)" }
            if let original = change.duplicateOf { line += " — \(env.text(T.duplicateOf)) \(original)" }
            if !change.by.isEmpty { line += " (\(change.by))" }
            return [.paragraph(line, .normal)] + (change.note.isEmpty ? [] : [.paragraph("    " + change.note, .muted)])
        }))
        // Its original, or its duplicates, after its history (which names the original too); Enter opens them (issue 21).
        sections += duplicateSections(env)
        if let recommendations = links?.recommendations, !recommendations.isEmpty {
            sections.append(DetailSection(title: env.text(T.linkedRecommendations), lines: recommendations.map {
                let response = RecommendationResponse(rawValue: $0.state).map { env.text($0.label) } ?? $0.state
                return .paragraph("\($0.date?.vietnamese ?? "")  \($0.code) → \($0.text) — \(response)", .normal)
            }))
        }
        sections.append(DetailSection(title: env.text(T.audit), lines: record.audit.map { .paragraph(AuditText.line($0, env), .muted) }))
        return sections
    }
}
