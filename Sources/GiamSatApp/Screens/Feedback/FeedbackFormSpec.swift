import GiamSatCore
import TerminalUI

/// The new / edit form of a feedback record.
struct FeedbackFormSpec: FormSpec {
    private(set) var code: String
    /// The record as loaded for an edit (its history and version carry over); nil for a new one.
    private(set) var original: Feedback?
    let isNew: Bool
    let receivedOn: LocalDate
    let dueDays: Int
    private(set) var localities: [Locality] = []

    init(newOn today: LocalDate, dueDays: Int) {
        code = ""
        isNew = true
        receivedOn = today
        self.dueDays = dueDays
    }

    init(editing code: String, dueDays: Int) {
        self.code = code
        isNew = false
        receivedOn = LocalDate(year: 2000, month: 1, day: 1)!
        self.dueDays = dueDays
    }

    enum ID {
        static let received = "received", channel = "channel", kind = "kind", content = "content", officials = "officials"
        static let locality = "locality", anonymous = "anonymous", name = "reporterName", address = "reporterAddress"
        static let phone = "reporterPhone", summary = "summary", notes = "notes"
    }

    func title(_ env: ScreenEnv) -> String { env.text(isNew ? T.newFeedbackTitle : T.editFeedbackTitle) + " " + code }

    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        func items<E: Slugged>(_ type: E.Type) -> [Picker.Item] {
            E.allCases.map { Picker.Item(id: $0.slug, label: env.text($0.label), searchKey: VietnameseText.fold(env.text($0.label))) }
        }
        let places = localities.map { Picker.Item(id: $0.code, label: $0.name, searchKey: VietnameseText.fold($0.name)) }
        var fields = [
            FormField(id: ID.received, label: T.receivedOn, kind: .date),
            FormField(id: ID.channel, label: T.channel, kind: .choice(items(FeedbackChannel.self), none: nil)),
            FormField(id: ID.kind, label: T.kind, kind: .choice(items(FeedbackKind.self), none: nil)),
            FormField(id: ID.content, label: T.content, kind: .choice(items(ContentArea.self), none: T.none)),
            FormField(id: ID.officials, label: T.officials, kind: .officials),
            FormField(id: ID.locality, label: T.locality, kind: .choice(places, none: T.none)),
            FormField(id: ID.anonymous, label: T.anonymous, kind: .toggle),
        ]
        if !values.flag(ID.anonymous) {
            fields += [
                FormField(id: ID.name, label: T.reporterName, kind: .text, confidential: true),
                FormField(id: ID.address, label: T.reporterAddress, kind: .text, confidential: true),
                FormField(id: ID.phone, label: T.reporterPhone, kind: .text, confidential: true),
            ]
        }
        fields += [
            FormField(id: ID.summary, label: T.summary, kind: .multiline(height: 4)),
            FormField(id: ID.notes, label: T.notes, kind: .multiline(height: 3)),
        ]
        return fields + clockFields(values)
    }

    func load() -> [Effect] { isNew ? [.ask(FeedbackDraft(year: receivedOn.year))] : [.ask(FeedbackToEdit(code: code))] }

    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? {
        if let (_, draft) = result.answer(to: FeedbackDraft.self) {
            code = draft.value
            localities = draft.localities
            return Self.values(Feedback(code: code, receivedOn: receivedOn, channel: .khac, kind: .phanAnh, summary: "", dueDays: dueDays),
                               names: [:], blank: true)
        }
        guard let (_, edit) = result.answer(to: FeedbackToEdit.self) else { return nil }
        original = edit.value.feedback
        localities = edit.localities
        return Self.values(edit.value.feedback, names: edit.value.officialNames, blank: false)
    }

    static func values(_ f: Feedback, names: [String: String], blank: Bool) -> FormValues {
        var values = FormValues(names: names)
        values[ID.received] = .text(TextField(f.receivedOn.vietnamese))
        values[ID.channel] = .choice(blank ? nil : f.channel.slug)
        values[ID.kind] = .choice(blank ? nil : f.kind.slug)
        values[ID.content] = .choice(f.content?.slug)
        values[ID.officials] = .many(f.officials)
        values[ID.locality] = .choice(f.locality)
        values[ID.anonymous] = .flag(f.anonymous)
        values[ID.name] = .text(TextField(f.reporter?.name ?? ""))
        values[ID.address] = .text(TextField(f.reporter?.address ?? ""))
        values[ID.phone] = .text(TextField(f.reporter?.phone ?? ""))
        values[ID.summary] = .area(TextArea(f.summary))
        values[ID.notes] = .area(TextArea(f.notes))
        clockValues(f, into: &values)
        return values
    }

    /// The due date is the clock's (computed by the store on save, shown on the page): nothing follows here.
    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {}

    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] {
        var problems: [String: Localized] = [:]
        if saving || values.text(ID.received).count >= 8, values.date(ID.received) == nil { problems[ID.received] = T.badDate }
        if let received = values.date(ID.received), received > env.today { problems[ID.received] = T.receivedInFuture }
        guard saving else { return problems }
        if values.choice(ID.channel) == nil { problems[ID.channel] = T.required }
        if values.choice(ID.kind) == nil { problems[ID.kind] = T.required }
        if VietnameseText.clean(values.text(ID.summary)).isEmpty { problems[ID.summary] = T.required }
        if !values.flag(ID.anonymous) && VietnameseText.clean(values.text(ID.name)).isEmpty { problems[ID.name] = T.required }
        return problems
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome {
        let received = values.date(ID.received)!
        let anonymous = values.flag(ID.anonymous)
        let reporter = anonymous ? nil : Feedback.Reporter(name: VietnameseText.clean(values.text(ID.name)),
                                                           address: VietnameseText.clean(values.text(ID.address)),
                                                           phone: VietnameseText.clean(values.text(ID.phone)))
        var history = original?.history ?? [Feedback.StatusChange(status: .tiepNhan, on: received, by: env.user)]
        if history.count == 1 { history[0].on = received }
        var feedback = Feedback(code: code, receivedOn: received, channel: FeedbackChannel(rawValue: values.choice(ID.channel)!)!,
                                kind: FeedbackKind(rawValue: values.choice(ID.kind)!)!, anonymous: anonymous, reporter: reporter,
                                officials: values.many(ID.officials), locality: values.choice(ID.locality),
                                content: values.choice(ID.content).flatMap(ContentArea.init(rawValue:)),
                                summary: VietnameseText.clean(values.text(ID.summary)), notes: VietnameseText.clean(values.text(ID.notes)),
                                dueDays: dueDays, history: history, version: original?.version ?? 0)
        feedback.clockFlags = Self.clockFlags(values)
        feedback.extensions = original?.extensions ?? []
        // A new record is first compared with those on file (issue 21, `FeedbackFormSpec+Duplicates.swift`).
        guard let original else { return .effects(.ask(FindDuplicates(record: feedback))) }
        return .effects(.write(SaveEdit(record: feedback, expectedVersion: original.version)))
    }

    func revealed(_ result: EffectResult) -> [String: FormValues.Value] {
        guard let (_, found) = result.answer(to: RevealReporter.self), let reporter = found else { return [:] }
        return [ID.name: .text(TextField(reporter.name)), ID.address: .text(TextField(reporter.address)),
                ID.phone: .text(TextField(reporter.phone))]
    }

    /// A new record is shown once saved (in place of the form); an edit goes back to the record.
    func afterSave(code: String) -> Navigation {
        isNew ? .replace(DetailScreen(source: FeedbackDetailSource(code: code))) : .pop
    }
}
