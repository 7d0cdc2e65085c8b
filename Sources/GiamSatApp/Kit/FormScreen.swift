import GiamSatCore
import TerminalUI

/// One field of a form: what it holds and how it is edited.
struct FormField: Equatable {
    enum Kind: Equatable {
        /// One line, typed with the app's input method like every text (issue 17: document numbers such as
        /// "12/QĐ-MTTQ" need đ, and Telex/VNI leave codes and numbers as typed).
        case text
        /// The form of `.text` from before issue 17, kept so forms written in parallel branches still compile: a text
        /// field no longer turns Telex/VNI off (codes and numbers come out as typed with it on).
        static func text(telex: Bool) -> Kind { .text }
        /// Several lines that wrap inside a box `height` lines high.
        case multiline(height: Int)
        case date
        /// One of `items`; `none` names the empty choice when the field may stay empty.
        case choice([Picker.Item], none: Localized?)
        case multiChoice([Picker.Item])
        /// Officials under supervision, searched in the store as you type.
        case officials
        /// One official, searched the same way.
        case official
        case toggle
        /// Repeated sub-rows (team members, outcomes): one line each here, edited in a list of their own.
        case rows(RowsSpec)
    }

    var id: String
    var label: Localized
    var kind: Kind
    /// A reporter's identity: masked on an existing record until revealed (and the reveal is audited).
    var confidential = false

    var height: Int {
        switch kind {
        case .multiline(let height): return height
        case .rows(let spec): return spec.height
        default: return 1
        }
    }
}

/// What a form holds, by field id.
public struct FormValues: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case text(TextField), area(TextArea), choice(String?), many([String]), flag(Bool), rows([FormValues])
    }

    var values: [String: Value] = [:]
    /// What chosen ids are called (officials' names).
    var names: [String: String] = [:]

    subscript(id: String) -> Value? {
        get { values[id] }
        set { values[id] = newValue }
    }

    func text(_ id: String) -> String {
        switch values[id] {
        case .text(let field)?: return field.text
        case .area(let area)?: return area.text
        default: return ""
        }
    }

    /// A field's value as a person reads it (a conflict shows the other person's value with it).
    func shown(_ id: String) -> String {
        switch values[id] {
        case .text?, .area?: return text(id)
        case .choice(let value)?: return value.map { names[$0] ?? $0 } ?? "—"
        case .many(let ids)?: return ids.map { names[$0] ?? $0 }.joined(separator: ", ")
        case .flag(let on)?: return on ? "✓" : "—"
        case .rows(let rows)?: return "\(rows.count)"
        case nil: return ""
        }
    }

    /// The same values as `other`, as a person reads them: texts by their text (not where the cursor is), rows row by
    /// row; names of chosen ids do not count.
    func hasSameContent(_ other: FormValues) -> Bool {
        Set(values.keys).union(other.values.keys).allSatisfy { id in
            switch (values[id], other.values[id]) {
            case (.text?, .text?), (.area?, .area?): return text(id) == other.text(id)
            case (.rows(let mine)?, .rows(let theirs)?):
                return mine.count == theirs.count && zip(mine, theirs).allSatisfy { $0.hasSameContent($1) }
            case (let mine, let theirs): return mine == theirs
            }
        }
    }

    func choice(_ id: String) -> String? { if case .choice(let value)? = values[id] { return value }; return nil }
    func many(_ id: String) -> [String] { if case .many(let value)? = values[id] { return value }; return [] }
    func flag(_ id: String) -> Bool { if case .flag(let value)? = values[id] { return value }; return false }
    func rows(_ id: String) -> [FormValues] { if case .rows(let value)? = values[id] { return value }; return [] }
    func date(_ id: String) -> LocalDate? { LocalDate(typed: text(id)) }
}

/// The kind-specific part of a form: its fields, its checks, how it saves and where it goes then.
protocol FormSpec {
    var isNew: Bool { get }
    var code: String { get }
    func title(_ env: ScreenEnv) -> String
    /// The fields shown now (some depend on values: no reporter fields on an anonymous record).
    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField]
    /// Effects that load the record (or a blank one's code); nil once loaded.
    func load() -> [Effect]
    /// The values of a loaded record, from a load's result; nil when the result is not one.
    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues?
    /// A field changed: update what follows from it (the due date follows the received date).
    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv)
    /// What is wrong, by field. While typing only what is already wrong; when saving, required fields too.
    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized]
    /// What saving valid values does: an effect for the store, or (a sub-row) handing them back.
    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome
    func afterSave(code: String) -> Navigation
    /// The confidential fields' values from a reveal's result (the identity as stored, opened).
    func revealed(_ result: EffectResult) -> [String: FormValues.Value]
    /// The field focused once loaded (settings open on the line chosen); nil: the first.
    var initialFocus: String? { get }
    /// The field a store's refusal is about (a rule the store checks, like a Party measure for a
    /// non-member), with what to say there; nil leaves the message on the message line only.
    func field(for error: RecordError) -> (id: String, problem: Localized)?
    /// What deserves a word but does not stop the save (a plan issued late, issue 21), by field.
    func warnings(_ values: FormValues, _ env: ScreenEnv) -> [String: Localized]
    /// A result other than the record's load or its save (a check the save asked for first); nil: not one.
    mutating func answered(_ result: EffectResult, _ env: ScreenEnv) -> Outcome?
    /// A dialog the spec opened closed with a value; nil: not one.
    mutating func delivered(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome?
}

extension FormSpec {
    mutating func answered(_ result: EffectResult, _ env: ScreenEnv) -> Outcome? { nil }
    mutating func delivered(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome? { nil }
    func revealed(_ result: EffectResult) -> [String: FormValues.Value] { [:] }
    var initialFocus: String? { nil }
    func field(for error: RecordError) -> (id: String, problem: Localized)? { nil }
    func warnings(_ values: FormValues, _ env: ScreenEnv) -> [String: Localized] { [:] }
}

/// A form driven by a `FormSpec`: focus, editing, pickers, checks, scrolling, asking before
/// discarding, and a save refused as stale reloads the record while keeping what the user changed.
struct FormScreen<Spec: FormSpec>: Screen {
    var spec: Spec
    private(set) var values = FormValues()
    /// As loaded: after a stale save, fields the user did not touch take the newer stored value.
    private(set) var initial: FormValues?
    private(set) var focus = ""
    private(set) var errors: [String: Localized] = [:]
    private(set) var dirty = false
    private(set) var revealed = false
    /// The record could not be loaded: the form only offers Esc.
    private(set) var loadFailed = false
    /// A save asked of the store and not answered yet: F2 again does nothing until it is (walk-through finding: F2
    /// twice — a repeat, or a second press while the first was on its way — saved a second new record, each said).
    private(set) var saving = false

    init(spec: Spec) { self.spec = spec }

    /// A form whose values are already at hand (a sub-row): nothing to load.
    init(spec: Spec, values: FormValues) {
        self.spec = spec
        self.values = values
        initial = values
        focus = spec.fields(values, ScreenEnv.placeholder).first?.id ?? ""
    }

    var keymaps: [Keymap] { [.form] }
    var isTyping: Bool { true }
    /// Touched, and not back to what was loaded: a row added then removed, a letter typed then erased, is nothing to lose.
    var isDirty: Bool { dirty && !(initial.map(values.hasSameContent) ?? false) }
    var acceptsKeys: Bool { initial != nil || loadFailed }
    func title(_ env: ScreenEnv) -> String { spec.title(env) }
    func refresh(_ env: ScreenEnv) -> [Effect] { initial == nil ? spec.load() : [] }

    static var labelWidth: Int { 18 }
    static func valueWidth(_ env: ScreenEnv) -> Int { env.width - 4 - labelWidth - 1 }

    private func field(_ env: ScreenEnv) -> FormField? { spec.fields(values, env).first { $0.id == focus } }
    private func isMasked(_ field: FormField) -> Bool { field.confidential && !spec.isNew && !revealed }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        guard initial != nil, let field = field(env) else { return command == .cancel ? .navigate(.pop) : .none }
        if command == .reveal {
            return isMasked(field) ? .effects(.ask(RevealReporter(code: spec.code))) : .none
        }
        if isMasked(field), case .char = key { return .say(.error(T.revealFirst)) }
        if edit(key, field, env) {
            dirty = true
            spec.adjust(&values, changed: field.id, env)
            errors = spec.problems(values, saving: false, env)
            return .none
        }
        switch command {
        case .nextField?: move(by: 1, env)
        case .previousField?: move(by: -1, env)
        case .save?:
            errors = spec.problems(values, saving: true, env)
            if let first = spec.fields(values, env).first(where: { errors[$0.id] != nil }) {
                focus = first.id
                return .say(.error(T.fixErrors))
            }
            guard !saving else { return .none }
            return asking(spec.save(values, env))
        case .cancel?:
            return isDirty ? .navigate(.push(ConfirmScreen(question: .discardForm))) : .navigate(.pop)
        case .choose?:
            return choose(field, env)
        default: break
        }
        return .none
    }

    /// Editing keys of the focused field; false when the key is not one (so it may be a command).
    private mutating func edit(_ key: Key, _ field: FormField, _ env: ScreenEnv) -> Bool {
        switch (field.kind, values[field.id]) {
        case (.text, .text(var text)?):
            guard !isMasked(field), text.handle(key, method: env.inputMethod) else { return false }
            values[field.id] = .text(text)
        case (.date, .text(var text)?):
            guard text.handle(key, method: .off) else { return false }
            values[field.id] = .text(text)
        case (.multiline, .area(var area)?):
            guard area.handle(key, method: env.inputMethod, width: Self.valueWidth(env) - 1) else { return false }
            values[field.id] = .area(area)
        case (.toggle, .flag(let flag)?):
            guard key == .char(" ") else { return false }
            values[field.id] = .flag(!flag)
        default:
            return false
        }
        return true
    }

    private mutating func choose(_ field: FormField, _ env: ScreenEnv) -> Outcome {
        let title = env.text(field.label)
        let fold: @Sendable (String) -> String = { VietnameseText.fold($0) }
        switch field.kind {
        case .choice(let items, let none):
            let all = (none.map { [Picker.Item(id: "", label: env.text($0), searchKey: "")] } ?? []) + items
            let picker = Picker(title: title, items: all, current: values.choice(field.id) ?? "", fold: fold)
            return .navigate(.push(PickerScreen(field: field.id, picker: picker)))
        case .multiChoice(let items):
            let picker = Picker(title: title, items: items, multiple: true, chosen: Set(values.many(field.id)), fold: fold)
            return .navigate(.push(PickerScreen(field: field.id, picker: picker)))
        case .officials:
            let chosen = values.many(field.id).map { PickerScreen.officialItem(code: $0, name: values.names[$0] ?? $0) }
            let picker = Picker(title: title, items: chosen, multiple: true, chosen: Set(values.many(field.id)), fold: fold)
            return .navigate(.push(PickerScreen(field: field.id, picker: picker, search: .officials)))
        case .official:
            let current = values.choice(field.id)
            let items = current.map { [PickerScreen.officialItem(code: $0, name: values.names[$0] ?? $0)] } ?? []
            let picker = Picker(title: title, items: items, current: current, fold: fold)
            return .navigate(.push(PickerScreen(field: field.id, picker: picker, search: .officials)))
        case .rows(let spec):
            return .navigate(.push(RowsEditorScreen(field: field.id, title: title, spec: spec, rows: values.rows(field.id), names: values.names)))
        case .toggle:
            _ = edit(.char(" "), field, env)
            dirty = true
            return .none
        default:
            move(by: 1, env)
            return .none
        }
    }

    /// Tab and Shift-Tab stop at the first and last field: focus never wraps, so a key typed one Tab too many
    /// lands in the field the user sees focused, never at the top of the form (issue 17).
    private mutating func move(by step: Int, _ env: ScreenEnv) {
        let fields = spec.fields(values, env)
        guard !fields.isEmpty else { return }
        let index = fields.firstIndex { $0.id == focus } ?? 0
        focus = fields[min(max(index + step, 0), fields.count - 1)].id
    }

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        switch delivery {
        case .confirmed(.discardForm): return .navigate(.pop)
        case .passphrase(let passphrase): return .effects(.ask(RevealReporter(code: spec.code, passphrase: passphrase)))
        case .rows(let id, let rows, let names):
            values[id] = .rows(rows)
            values.names.merge(names) { _, new in new }
            errors[id] = nil
            dirty = true
            spec.adjust(&values, changed: id, env)
            return .none
        case .picked(let id, let ids, let names):
            guard let field = spec.fields(values, env).first(where: { $0.id == id }) else { return .none }
            switch field.kind {
            case .choice, .official: values[id] = .choice(ids.first.flatMap { $0.isEmpty ? nil : $0 })
            default: values[id] = .many(ids)
            }
            values.names.merge(names) { _, new in new }
            errors[id] = nil
            dirty = true
            spec.adjust(&values, changed: id, env)
            // One rule for every picker: focus comes back to the field that opened it; Tab moves on.
            focus = id
            return .none
        default: return spec.delivered(delivery, env).map { asking($0) } ?? .none
        }
    }

    /// What a save asks of the store (a write, or first the feedback form's look for duplicates) marks it in flight.
    private mutating func asking(_ outcome: Outcome) -> Outcome {
        saving = !outcome.effects.isEmpty
        return outcome
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if initial != nil, let outcome = spec.answered(result, env) { return asking(outcome) }
        switch result {
        case .saved, .failed: saving = false
        default: break
        }
        switch result {
        case .saved(_, let code, _):
            dirty = false
            return Outcome(navigation: spec.afterSave(code: code), message: .info(T.saved, code))
        case .answer where result.answer(to: RevealReporter.self) != nil:
            // The loaded values may be a sealed placeholder: show what the reveal opened, as if loaded.
            for (id, value) in spec.revealed(result) {
                if values[id] == initial?[id] { values[id] = value }
                initial?[id] = value
            }
            revealed = true
            return .none
        case _ where PassphraseScreen.isNeeded(result):
            if case .failed(let failure) = result { return Outcome(navigation: .push(PassphraseScreen()), message: .failure(failure)) }
            return .none
        case .failed where initial == nil:
            loadFailed = true
            return .none
        case .failed(.record(let error)):
            // A rule only the store can check: marked on its field, the whole reason on the message line.
            if let (id, problem) = spec.field(for: error) {
                errors[id] = problem
                focus = id
            }
            return .say(.failure(.record(error)))
        case .failed(.store(.staleWrite)):
            // Someone saved this record meanwhile: load their version; the user's own edits stay.
            return Outcome(effects: spec.load(), message: .error(T.staleReloaded))
        default:
            guard let fresh = spec.loaded(result, env) else { return .none }
            if let initial {
                // Fields only the other person changed take their value; a field both changed is a conflict: the
                // user's value stays, marked with theirs, and F2 is needed again to put the user's over it (issue 19:
                // the second save silently replaced the first).
                var conflicts: [String] = []
                for (id, value) in fresh.values {
                    if values[id] == initial[id] {
                        values[id] = value
                    } else if value != initial[id], values.shown(id) != fresh.shown(id) {
                        errors[id] = T.changedMeanwhile(fresh.shown(id))
                        conflicts.append(id)
                    }
                }
                values.names.merge(fresh.names) { current, _ in current }
                self.initial = fresh
                if let first = spec.fields(values, env).map(\.id).first(where: conflicts.contains) {
                    focus = first
                    return .say(.error(T.staleConflict))
                }
            } else {
                values = fresh
                let ids = spec.fields(values, env).map(\.id)
                focus = spec.initialFocus.flatMap { ids.contains($0) ? $0 : nil } ?? ids.first ?? ""
            }
            initial = fresh
            return .none
        }
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        canvas.box(area, title: spec.title(env), .normal)
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
        let valueWidth = inner.width - Self.labelWidth - 1
        let fields = spec.fields(values, env)
        guard let focused = fields.firstIndex(where: { $0.id == focus }) else { return nil }
        // Scroll so the focused field shows when the window is short.
        var start = 0
        while start < focused && fields[start...focused].reduce(0, { $0 + $1.height }) > inner.height { start += 1 }
        var y = inner.y
        var cursor: (x: Int, y: Int)?
        let warnings = spec.warnings(values, env)
        for field in fields[start...] {
            let height = min(field.height, inner.maxY - y)
            guard height > 0 else { break }
            let isFocused = field.id == focus
            canvas.putPadded((isFocused ? "▸ " : "  ") + env.text(field.label), x: inner.x, y: y, width: Self.labelWidth,
                             errors[field.id] != nil ? .overdue : (isFocused ? .title : .normal))
            let x = inner.x + Self.labelWidth + 1
            let role: Role = isFocused ? .focusedInput : .input
            func show(_ text: String?) { canvas.putPadded(text ?? env.text(T.choose), x: x, y: y, width: valueWidth, role) }
            switch (field.kind, values[field.id]) {
            case (_, .text(let text)?) where isMasked(field) && !text.text.isEmpty:
                show(env.text(T.maskedInForm))
            case (.date, .text(let text)?):
                let cx = text.render(into: &canvas, x: x, y: y, width: 12, focused: isFocused, placeholder: env.text(T.dateHint))
                if isFocused { cursor = (cx, y) }
            case (.text, .text(let text)?):
                let cx = text.render(into: &canvas, x: x, y: y, width: valueWidth, focused: isFocused)
                if isFocused { cursor = (cx, y) }
            case (.multiline, .area(let text)?):
                let position = text.render(into: &canvas, Rect(x: x, y: y, width: valueWidth, height: height), focused: isFocused)
                if isFocused { cursor = position }
            case (.choice(let items, let none), .choice(let value)?):
                show(value.map { id in items.first { $0.id == id }?.name ?? id } ?? none.map { env.text($0) })
            case (.multiChoice(let items), .many(let ids)?):
                show(ids.isEmpty ? nil : ids.map { id in items.first { $0.id == id }?.name ?? id }.joined(separator: ", "))
            case (.officials, .many(let ids)?):
                show(ids.isEmpty ? nil : ids.map { values.names[$0] ?? $0 }.joined(separator: ", "))
            case (.official, .choice(let id)?):
                show(id.map { values.names[$0] ?? $0 })
            case (.rows(let spec), .rows(let rows)?):
                if rows.isEmpty { show(nil) }
                for line in 0..<height {
                    guard line < rows.count else { break }
                    let more = rows.count - height
                    let text = line == height - 1 && more > 0 ? env.text(T.moreRows) + " \(more + 1)"
                        : "\(line + 1). " + spec.summary(rows[line], names: values.names, env)
                    canvas.putPadded(text, x: x, y: y + line, width: valueWidth, role)
                }
            case (.toggle, .flag(let flag)?):
                show((flag ? "[x] " + env.text(T.yes) : "[ ] " + env.text(T.no)) + "  (Space)")
            default: show(nil)
            }
            if let error = errors[field.id] ?? warnings[field.id] {
                // The reason, at the right end of the field's line (a warning the same way: it must be seen).
                let note = (errors[field.id] == nil ? "! " : "← ") + env.text(error)
                let noteWidth = min(DisplayWidth.of(note), max(0, valueWidth - 13))
                canvas.put(note, x: inner.maxX - noteWidth, y: y, width: noteWidth, .error)
            }
            y += height
        }
        return cursor
    }
}
