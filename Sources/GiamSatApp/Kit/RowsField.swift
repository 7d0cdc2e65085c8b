import GiamSatCore
import TerminalUI

/// Repeated sub-rows of a form (a plan's team members, a recommendation's outcomes): the fields of one
/// row, which are required, and how many lines the parent form shows.
struct RowsSpec: Equatable, Sendable {
    var title: Localized
    var columns: [FormField]
    var required: [String] = []
    var height = 3
    /// Choices narrowed by another column's value (an outcome's measures by its track): the column's own items are
    /// all of them (to name a stored value), the row's form offers only those of the chosen value.
    var narrowed: [NarrowedChoice] = []

    /// A row on one line: its values, as shown, joined.
    func summary(_ row: FormValues, names: [String: String], _ env: ScreenEnv) -> String {
        columns.compactMap { column -> String? in
            switch (column.kind, row[column.id]) {
            case (.choice(let items, _), .choice(let id?)?): return items.first { $0.id == id }?.name ?? id
            case (.official, .choice(let id?)?): return names[id] ?? row.names[id] ?? id
            case (.toggle, .flag(let flag)?): return flag ? env.text(column.label) : nil
            default:
                let text = row.text(column.id)
                return text.isEmpty ? nil : text
            }
        }.joined(separator: " · ")
    }

    /// A blank row: every column empty.
    var blank: FormValues {
        var values = FormValues()
        for column in columns {
            switch column.kind {
            case .text, .date: values[column.id] = .text(TextField())
            case .multiline: values[column.id] = .area(TextArea())
            case .choice, .official: values[column.id] = .choice(nil)
            case .multiChoice, .officials: values[column.id] = .many([])
            case .toggle: values[column.id] = .flag(false)
            case .rows: values[column.id] = .rows([])
            }
        }
        return values
    }
}

/// A choice column whose items depend on another column's value: `items[value]` (none until that value is chosen).
struct NarrowedChoice: Equatable, Sendable {
    var column: String
    var by: String
    var items: [String: [Picker.Item]]
    /// Said when the chosen item is not among those of the other column's value.
    var notAllowed: Localized
    /// Said in the field and its picker while the other column is empty, so an empty list is explained.
    var waiting: Localized? = nil

    func allowed(_ row: FormValues) -> [Picker.Item] { row.choice(by).flatMap { items[$0] } ?? [] }
}

/// The form of one sub-row: its columns as fields; saving hands the values back to the list of rows.
struct RowFormSpec: FormSpec {
    let spec: RowsSpec
    /// Which row (nil: a new one).
    let index: Int?

    var isNew: Bool { index == nil }
    var code: String { "" }
    func title(_ env: ScreenEnv) -> String { env.text(spec.title) + (index.map { " \($0 + 1)" } ?? " — " + env.text(T.newRow)) }
    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        spec.columns.map { column in
            guard let narrowed = spec.narrowed.first(where: { $0.column == column.id }), case .choice(_, let none) = column.kind else { return column }
            var field = column
            // Nothing to list yet: the field and its picker say what to choose first (its one line picks nothing).
            let waiting = values.choice(narrowed.by) == nil ? narrowed.waiting : nil
            field.kind = .choice(narrowed.allowed(values), none: waiting ?? none)
            return field
        }
    }
    func load() -> [Effect] { [] }
    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? { nil }
    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {
        // A choice the new value does not offer is cleared, so the picker never shows one it cannot list.
        for narrowed in spec.narrowed where narrowed.by == field {
            if let chosen = values.choice(narrowed.column), !narrowed.allowed(values).contains(where: { $0.id == chosen }) {
                values[narrowed.column] = .choice(nil)
            }
        }
    }

    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] {
        var problems: [String: Localized] = [:]
        for column in spec.columns {
            if case .date = column.kind, !values.text(column.id).isEmpty, saving || values.text(column.id).count >= 8,
               values.date(column.id) == nil {
                problems[column.id] = T.badDate
            }
            guard saving, spec.required.contains(column.id) else { continue }
            let empty: Bool
            switch values[column.id] {
            case .choice(let id)?: empty = id == nil
            case .many(let ids)?: empty = ids.isEmpty
            default: empty = VietnameseText.clean(values.text(column.id)).isEmpty
            }
            if empty { problems[column.id] = T.required }
        }
        for narrowed in spec.narrowed where values.choice(narrowed.by) != nil {
            if let chosen = values.choice(narrowed.column), !narrowed.allowed(values).contains(where: { $0.id == chosen }) {
                problems[narrowed.column] = narrowed.notAllowed
            }
        }
        return problems
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome { .navigate(.popDelivering(.row(index: index, values: values))) }
    func afterSave(code: String) -> Navigation { .pop }
}

/// The rows of one field, as a list: add, edit, remove; Esc or F2 hands them back to the form.
struct RowsEditorScreen: Screen {
    let field: String
    let title: String
    let spec: RowsSpec
    private(set) var rows: [FormValues]
    private(set) var names: [String: String]
    private(set) var table: TableState

    init(field: String, title: String, spec: RowsSpec, rows: [FormValues], names: [String: String]) {
        self.field = field
        self.title = title
        self.spec = spec
        self.rows = rows
        self.names = names
        table = TableState(count: rows.count, pageSize: 10)
    }

    var keymaps: [Keymap] { [.rowsEditor, .navigation] }
    var isOverlay: Bool { true }
    func title(_ env: ScreenEnv) -> String { title }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        switch command {
        case .new?: return .navigate(.push(FormScreen(spec: RowFormSpec(spec: spec, index: nil), values: spec.blank)))
        case .open?:
            guard rows.indices.contains(table.selection) else {
                return .navigate(.push(FormScreen(spec: RowFormSpec(spec: spec, index: nil), values: spec.blank)))
            }
            var row = rows[table.selection]
            row.names.merge(names) { current, _ in current }
            return .navigate(.push(FormScreen(spec: RowFormSpec(spec: spec, index: table.selection), values: row)))
        case .deleteRow?:
            guard rows.indices.contains(table.selection) else { return .none }
            rows.remove(at: table.selection)
            table.setCount(rows.count)
        case .up?: table.move(.up)
        case .down?: table.move(.down)
        case .top?: table.move(.top)
        case .bottom?: table.move(.bottom)
        case .save?, .back?: return .navigate(.popDelivering(.rows(field: field, rows: rows, names: names)))
        default: break
        }
        return .none
    }

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        guard case .row(let index, let values) = delivery else { return .none }
        names.merge(values.names) { _, new in new }
        if let index, rows.indices.contains(index) {
            rows[index] = values
        } else {
            rows.append(values)
            table.setCount(rows.count)
            table.select(rows.count - 1)
        }
        return .none
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let rect = canvas.bounds.centered(width: min(76, env.width - 2), height: min(16, env.height - 2))
        let lines = rows.enumerated().map { index, row in
            ("\(index + 1). " + spec.summary(row, names: names, env), index == table.selection ? Role.selected : .dialog)
        }
        TextBox.render(into: &canvas, rect, title: "\(title) (\(rows.count))",
                       lines: (lines.isEmpty ? [(env.text(T.noRows), .muted)] : lines) + [("", .dialog), (env.text(T.rowsHint), .muted)],
                       scroll: max(0, table.selection - (rect.height - 5)))
        return nil
    }
}
