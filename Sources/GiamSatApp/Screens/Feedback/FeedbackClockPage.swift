import GiamSatCore
import TerminalUI

/// The law's clock on the feedback page (issue 21): what the due date is for and counts from, the classification
/// deadline while unclassified, the extensions; and `g`, the extension of a denunciation.
extension FeedbackDetailSource {
    func clockLines(_ f: Feedback, _ env: ScreenEnv) -> [DetailLine] {
        let clock = f.clock(env.settings.clocks)
        // What the due date counts from is worth a line where the law makes it more than "received + 30 days".
        var lines: [DetailLine] = f.kind == .khieuNai || f.kind == .toCao
            ? [.field(env.text(T.clockFor), env.text(T.clockExplained(f, clock)), .muted)] : []
        if f.status == .tiepNhan {
            let by = clock.classifyBy(f.receivedOn, env.settings.calendar)
            let late = by < env.today
            lines.append(.field(env.text(T.classifyBy), by.vietnamese + " (\(clock.classifyWorkingDays) \(env.text(T.workingDays)))"
                                + (late ? "  " + env.text(T.overdue) : ""), late ? .overdue : .normal))
        }
        for (index, e) in f.extensions.enumerated() {
            lines.append(.field(env.text(T.extensionNumber(index + 1)),
                                "\(e.on.vietnamese)  +\(e.days) \(env.text(T.daysUnit)) — \(e.reason)" + (e.by.isEmpty ? "" : " (\(e.by))"), .normal))
        }
        return lines
    }

    /// `g`: the extension form, or why there can be none at all (the store refuses the same cases; saying it here
    /// spares a form). The date is the form's to check on save: a default date must never keep the form shut.
    func extend(_ feedback: Feedback, _ env: ScreenEnv) -> Outcome {
        do {
            try feedback.checkExtensionAllowed()
        } catch let error as RecordError {
            // The law's words alone: the record and field are the page's own.
            if case .extensionRefused(let refusal) = error.problem { return .say(.error(ClockText.refusal(refusal))) }
            return .say(.failure(.record(error)))
        } catch {
            return .none
        }
        return .navigate(.push(FormScreen(spec: ExtensionFormSpec(feedback: feedback, today: env.today, days: env.settings.clocks.extensionDays),
                                          values: ExtensionFormSpec.initialValues(env.today))))
    }
}

/// The small form of `g`: the extension's date and reason; the days are the setting's (30).
struct ExtensionFormSpec: FormSpec {
    let feedback: Feedback
    let today: LocalDate
    let days: Int
    var isNew: Bool { false }
    var code: String { feedback.code }

    enum ID { static let date = "date", reason = "reason" }

    func title(_ env: ScreenEnv) -> String {
        env.text(T.extendTitle(feedback.extensions.count + 1, days: days)) + " " + feedback.code
    }

    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        [FormField(id: ID.date, label: T.extensionDate, kind: .date),
         FormField(id: ID.reason, label: T.extensionReason, kind: .multiline(height: 3))]
    }

    func load() -> [Effect] { [] }
    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? { nil }

    /// The form opens filled (nothing to load): today, and an empty reason.
    static func initialValues(_ today: LocalDate) -> FormValues {
        var values = FormValues()
        values[ID.date] = .text(TextField(today.vietnamese))
        values[ID.reason] = .area(TextArea(""))
        return values
    }

    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {}

    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] {
        var problems: [String: Localized] = [:]
        if saving || values.text(ID.date).count >= 8, values.date(ID.date) == nil { problems[ID.date] = T.badDate }
        // The store's own words, naming the date not to precede (the acceptance or the previous extension).
        if let date = values.date(ID.date), let earliest = feedback.earliestExtensionDate, date < earliest {
            problems[ID.date] = ClockText.refusal(.beforeAcceptance(earliest))
        }
        if let date = values.date(ID.date), date > today { problems[ID.date] = ClockText.refusal(.afterToday(today)) }
        if saving, VietnameseText.clean(values.text(ID.reason)).isEmpty { problems[ID.reason] = T.required }
        return problems
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome {
        .effects(.write(ExtendFeedback(code: feedback.code, version: feedback.version, on: values.date(ID.date)!,
                                       reason: VietnameseText.clean(values.text(ID.reason)))))
    }

    func afterSave(code: String) -> Navigation { .pop }
}

/// Records an extension (`AppDatabase.extend`): audited, undone by `u` like any step.
struct ExtendFeedback: SaveRequest {
    let code: String
    let version: Int
    let on: LocalDate
    let reason: String
    var entity: Entity { .feedback }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (code, try context.database.extend(code: code, version: version, on: on, reason: reason, by: context.user, today: context.today))
    }
}
