import GiamSatCore
import TerminalUI

/// The new/edit form of a feedback record. Holds what the user typed until it is saved;
/// a refused save (invalid, or changed by someone else) keeps it all on screen.
public struct FeedbackFormState: Equatable {
    public enum Field: Int, CaseIterable {
        case received, channel, kind, content, officials, locality, anonymous
        case reporterName, reporterAddress, reporterPhone, summary, notes, due
    }

    /// The record being edited, as loaded (nil for a new one).
    public var original: Feedback?
    public var code: String
    public var received: TextField
    public var due: TextField
    /// The due date follows the received date until the user types one.
    public var dueTouched = false
    public var channel: FeedbackChannel?
    public var kind: FeedbackKind?
    public var content: ContentArea?
    public var officials: [String]
    public var officialNames: [String: String]
    public var locality: String?
    public var localities: [Locality]
    public var anonymous: Bool
    public var reporterName: TextField
    public var reporterAddress: TextField
    public var reporterPhone: TextField
    public var summary: TextArea
    public var notes: TextArea
    public var focus = Field.received
    public var errors: [Field: Localized] = [:]
    public var dirty = false
    public var dueDays: Int

    /// A blank form for a new record received today.
    public init(code: String, today: LocalDate, dueDays: Int, localities: [Locality]) {
        original = nil
        self.code = code
        received = TextField(today.vietnamese)
        due = TextField(today.adding(days: dueDays).vietnamese)
        officials = []
        officialNames = [:]
        self.localities = localities
        anonymous = true
        reporterName = TextField()
        reporterAddress = TextField()
        reporterPhone = TextField()
        summary = TextArea()
        notes = TextArea()
        self.dueDays = dueDays
    }

    /// The form filled with a stored record.
    public init(editing feedback: Feedback, officialNames: [String: String], dueDays: Int, localities: [Locality]) {
        self.init(code: feedback.code, today: feedback.receivedOn, dueDays: dueDays, localities: localities)
        original = feedback
        due = TextField(feedback.dueOn.vietnamese)
        dueTouched = true
        channel = feedback.channel
        kind = feedback.kind
        content = feedback.content
        officials = feedback.officials
        self.officialNames = officialNames
        locality = feedback.locality
        anonymous = feedback.anonymous
        reporterName = TextField(feedback.reporter?.name ?? "")
        reporterAddress = TextField(feedback.reporter?.address ?? "")
        reporterPhone = TextField(feedback.reporter?.phone ?? "")
        summary = TextArea(feedback.summary)
        notes = TextArea(feedback.notes)
    }

    var visibleFields: [Field] {
        Field.allCases.filter { !anonymous || ![.reporterName, .reporterAddress, .reporterPhone].contains($0) }
    }

    var isPicker: Bool { [.channel, .kind, .content, .officials, .locality].contains(focus) }

    /// Checks what was typed and builds the record, or fills `errors`.
    mutating func validated(user: String) -> Feedback? {
        errors = [:]
        let receivedOn = LocalDate(vietnamese: received.text)
        if receivedOn == nil { errors[.received] = T.badDate }
        let dueOn = LocalDate(vietnamese: due.text)
        if dueOn == nil { errors[.due] = T.badDate }
        if let receivedOn, let dueOn, dueOn < receivedOn { errors[.due] = T.dueBeforeReceived }
        if channel == nil { errors[.channel] = T.required }
        if kind == nil { errors[.kind] = T.required }
        let summaryText = VietnameseText.clean(summary.text)
        if summaryText.isEmpty { errors[.summary] = T.required }
        if !anonymous && VietnameseText.clean(reporterName.text).isEmpty { errors[.reporterName] = T.required }
        guard errors.isEmpty, let receivedOn, let dueOn, let channel, let kind else { return nil }
        let reporter = anonymous ? nil : Feedback.Reporter(name: VietnameseText.clean(reporterName.text),
                                                           address: VietnameseText.clean(reporterAddress.text),
                                                           phone: VietnameseText.clean(reporterPhone.text))
        var history = original?.history ?? [Feedback.StatusChange(status: .tiepNhan, on: receivedOn, by: user)]
        if original == nil || history.count == 1 { history[0].on = receivedOn }
        return Feedback(code: code, receivedOn: receivedOn, channel: channel, kind: kind, anonymous: anonymous,
                        reporter: reporter, officials: officials, locality: locality, content: content,
                        summary: summaryText, notes: VietnameseText.clean(notes.text), dueOn: dueOn, history: history,
                        version: original?.version ?? 0)
    }
}

extension AppState {
    mutating func updateForm(_ key: Key) -> [Effect] {
        guard form != nil else { return [] }
        // Keys the focused field uses come first (Up/Down move lines inside a text area).
        if handleFieldKey(key, &form!) {
            form!.dirty = true
            if form!.focus == .received, !form!.dueTouched, let date = LocalDate(vietnamese: form!.received.text) {
                form!.due.set(date.adding(days: form!.dueDays).vietnamese)
            }
            if form!.focus == .due { form!.dueTouched = true }
            liveValidate(&form!)
            return []
        }
        switch Commands.command(for: key, in: .form) {
        case .nextField?: move(&form!, by: 1)
        case .previousField?: move(&form!, by: -1)
        case .save?:
            guard let record = form!.validated(user: user) else {
                message = Message(text: text(T.fixErrors), isError: true)
                return []
            }
            return [.save(record, expectedVersion: form!.original?.version)]
        case .cancel?:
            if form!.dirty { overlay = .confirm(.discardForm) } else { form = nil }
        default:
            guard key == .enter else { return [] }
            guard form!.isPicker else {
                move(&form!, by: 1)
                return []
            }
            overlay = .picker(pickerPurpose(form!.focus), picker(for: form!))
            // Officials are searched in the store as the user types, never all loaded.
            if form!.focus == .officials { return [.searchOfficials("")] }
        }
        return []
    }

    /// Text fields take editing keys; Space flips "anonymous".
    private func handleFieldKey(_ key: Key, _ form: inout FeedbackFormState) -> Bool {
        let method = inputMethod
        switch form.focus {
        case .received: return form.received.handle(key, method: .off)
        case .due: return form.due.handle(key, method: .off)
        case .reporterName: return form.reporterName.handle(key, method: method)
        case .reporterAddress: return form.reporterAddress.handle(key, method: method)
        case .reporterPhone: return form.reporterPhone.handle(key, method: .off)
        case .summary: return form.summary.handle(key, method: method)
        case .notes: return form.notes.handle(key, method: method)
        case .anonymous:
            if key == .char(" ") {
                form.anonymous.toggle()
                return true
            }
            return false
        default: return false
        }
    }

    /// Dates are checked as they are typed, so a mistake shows before saving.
    private func liveValidate(_ form: inout FeedbackFormState) {
        for (field, value) in [(FeedbackFormState.Field.received, form.received.text), (.due, form.due.text)] {
            if value.count >= 8, LocalDate(vietnamese: value) == nil { form.errors[field] = T.badDate } else { form.errors[field] = nil }
        }
    }

    private func move(_ form: inout FeedbackFormState, by step: Int) {
        let fields = form.visibleFields
        let index = fields.firstIndex(of: form.focus) ?? 0
        form.focus = fields[(index + step + fields.count) % fields.count]
    }

    func pickerPurpose(_ field: FeedbackFormState.Field) -> PickerPurpose {
        switch field {
        case .channel: return .channel
        case .kind: return .kind
        case .content: return .content
        case .officials: return .officials
        default: return .locality
        }
    }

    func picker(for form: FeedbackFormState) -> Picker {
        func items<E: Slugged>(_ type: E.Type) -> [Picker.Item] {
            E.allCases.map { Picker.Item(id: $0.slug, label: $0.label(lang), searchKey: VietnameseText.fold($0.label(lang))) }
        }
        let none = Picker.Item(id: "", label: text(T.none), searchKey: "")
        switch form.focus {
        case .channel: return Picker(title: text(T.channel), items: items(FeedbackChannel.self), current: form.channel?.slug)
        case .kind: return Picker(title: text(T.kind), items: items(FeedbackKind.self), current: form.kind?.slug)
        case .content: return Picker(title: text(T.content), items: [none] + items(ContentArea.self), current: form.content?.slug ?? "")
        case .officials:
            let chosen = form.officials.map { Self.officialItem(code: $0, name: form.officialNames[$0] ?? $0) }
            return Picker(title: text(T.officials), items: chosen, multiple: true, chosen: Set(form.officials))
        default:
            let localities = form.localities.map { Picker.Item(id: $0.code, label: $0.name, searchKey: VietnameseText.fold($0.name)) }
            return Picker(title: text(T.locality), items: [none] + localities, current: form.locality ?? "")
        }
    }

    /// An official as a picker line: name and code, found by either.
    static func officialItem(code: String, name: String, position: String = "") -> Picker.Item {
        let label = position.isEmpty ? "\(name) (\(code))" : "\(name) (\(code)) — \(position)"
        return Picker.Item(id: code, label: label, searchKey: VietnameseText.fold("\(name) \(code) \(position)"), name: name)
    }

    /// A choice made in a picker goes into the form.
    mutating func applyPick(_ purpose: PickerPurpose, _ ids: [String], labels: [String: String]) {
        guard var form else { return }
        switch purpose {
        case .channel: form.channel = ids.first.flatMap(FeedbackChannel.init(rawValue:))
        case .kind: form.kind = ids.first.flatMap(FeedbackKind.init(rawValue:))
        case .content: form.content = ids.first.flatMap(ContentArea.init(rawValue:))
        case .locality: form.locality = ids.first.flatMap { $0.isEmpty ? nil : $0 }
        case .officials:
            form.officials = ids
            for id in ids { if let label = labels[id] { form.officialNames[id] = label } }
        case .exportFormat: return // the report's picker, handled by the overlay
        }
        form.errors[form.focus] = nil
        form.dirty = true
        let fields = form.visibleFields
        if let index = fields.firstIndex(of: form.focus), index + 1 < fields.count { form.focus = fields[index + 1] }
        self.form = form
    }

    func renderForm(into canvas: inout Canvas, _ area: Rect, _ form: FeedbackFormState) -> (x: Int, y: Int)? {
        let title = (form.original == nil ? text(T.newTitle) : text(T.editTitle)) + " " + form.code
        canvas.box(area, title: title, .normal)
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
        let labelWidth = 18
        let valueWidth = inner.width - labelWidth - 1
        typealias F = FeedbackFormState.Field
        func label(_ field: F) -> Localized {
            switch field {
            case .received: return T.receivedOn
            case .channel: return T.channel
            case .kind: return T.kind
            case .content: return T.content
            case .officials: return T.officials
            case .locality: return T.locality
            case .anonymous: return T.anonymous
            case .reporterName: return T.reporterName
            case .reporterAddress: return T.reporterAddress
            case .reporterPhone: return T.reporterPhone
            case .summary: return T.summary
            case .notes: return T.notes
            case .due: return T.dueOn
            }
        }
        func height(_ field: F) -> Int { field == .summary ? 3 : field == .notes ? 2 : 1 }
        // Scroll so the focused field shows when the window is short.
        let fields = form.visibleFields
        var start = 0
        while fields[start...].prefix(while: { $0 != form.focus }).reduce(0, { $0 + height($1) }) + height(form.focus) > inner.height && start < fields.count - 1 {
            start += 1
        }
        var y = inner.y
        var cursor: (x: Int, y: Int)?
        for field in fields[start...] {
            let h = height(field)
            guard y + h <= inner.maxY else { break }
            let focused = field == form.focus
            canvas.putPadded((focused ? "▸ " : "  ") + text(label(field)), x: inner.x, y: y, width: labelWidth,
                             form.errors[field] != nil ? .overdue : (focused ? .title : .normal))
            let x = inner.x + labelWidth + 1
            func choice(_ value: String?) {
                canvas.putPadded(value ?? text(T.choose), x: x, y: y, width: valueWidth, focused ? .focusedInput : .input)
            }
            switch field {
            case .received, .due:
                let cx = (field == .received ? form.received : form.due).render(into: &canvas, x: x, y: y, width: 12, focused: focused,
                                                                               placeholder: text(T.dateHint))
                if focused { cursor = (cx, y) }
            case .channel: choice(form.channel?.label(lang))
            case .kind: choice(form.kind?.label(lang))
            case .content: choice(form.content?.label(lang) ?? (form.original == nil ? nil : text(T.none)))
            case .officials: choice(form.officials.isEmpty ? nil : form.officials.map { form.officialNames[$0] ?? $0 }.joined(separator: ", "))
            case .locality: choice(form.locality.map { code in form.localities.first { $0.code == code }?.name ?? code })
            case .anonymous: choice((form.anonymous ? "[x] " + text(T.yes) : "[ ] " + text(T.no)) + "  (Space)")
            case .reporterName, .reporterAddress, .reporterPhone:
                let value = field == .reporterName ? form.reporterName : field == .reporterAddress ? form.reporterAddress : form.reporterPhone
                let cx = value.render(into: &canvas, x: x, y: y, width: valueWidth, focused: focused)
                if focused { cursor = (cx, y) }
            case .summary, .notes:
                let area = field == .summary ? form.summary : form.notes
                let position = area.render(into: &canvas, Rect(x: x, y: y, width: valueWidth, height: h), focused: focused)
                if focused { cursor = position }
            }
            if let error = form.errors[field] {
                // The reason, at the right end of the field's line.
                let note = "← " + text(error)
                let noteWidth = min(DisplayWidth.of(note), valueWidth - 13)
                canvas.put(note, x: inner.maxX - noteWidth, y: y, width: noteWidth, .error)
            }
            y += h
        }
        return cursor
    }
}
