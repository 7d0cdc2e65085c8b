import GiamSatCore
import TerminalUI

/// Every key of the screen below first, then all the others; scrolls.
struct HelpScreen: Screen {
    let keymapsBelow: [Keymap]
    private(set) var scroll = 0

    init(keymaps: [Keymap]) { keymapsBelow = keymaps }

    var keymaps: [Keymap] { [.help] }
    var isOverlay: Bool { true }
    func title(_ env: ScreenEnv) -> String { env.text(T.helpTitle) }

    private func lastScroll(_ env: ScreenEnv) -> Int {
        max(0, Commands.helpLines(first: keymapsBelow, env.lang) { Commands.applies($0, env.settings) }.count - (env.bodyHeight - 2))
    }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        let page = max(1, env.bodyHeight - 2)
        switch command {
        case .back?, .help?: return .navigate(.pop)
        case .up?: scroll = max(0, scroll - 1)
        case .down?: scroll = min(lastScroll(env), scroll + 1)
        case .pageUp?: scroll = max(0, scroll - page)
        case .pageDown?: scroll = min(lastScroll(env), scroll + page)
        case .top?: scroll = 0
        case .bottom?: scroll = lastScroll(env)
        default: break
        }
        return .none
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let lines = Commands.helpLines(first: keymapsBelow, env.lang) { Commands.applies($0, env.settings) }
        TextBox.render(into: &canvas, area, title: env.text(T.helpTitle) + " — " + env.text(T.helpFooter), lines: lines,
                       scroll: min(scroll, lastScroll(env)))
        return nil
    }
}

/// A yes/no question; the answer goes down to the screen that asked (or to the app).
struct ConfirmScreen: Screen {
    let question: Question

    var keymaps: [Keymap] { [.confirm] }
    var isOverlay: Bool { true }
    func title(_ env: ScreenEnv) -> String { env.text(T.unsavedTitle) }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        switch command {
        case .yes?: return .navigate(.popDelivering(.confirmed(question)))
        case .no?: return .navigate(.pop)
        default: return .none
        }
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let message: Localized
        var title = T.unsavedTitle
        var subject = ""
        var lead = ""
        switch question {
        case .quit: message = T.quitQuestion
        case .discardForm: message = T.discardQuestion
        case .switchSection: message = T.leaveQuestion
        case .deleteLocality(let code, let name):
            (title, message, subject) = (T.localitiesTitle, T.deleteLocalityQuestion, " \(name) (\(code))?")
        case .reviewElsewhere(let official, let name):
            (title, message, lead) = (T.reviewElsewhereTitle, T.reviewElsewhereQuestion, "\(name) (\(official)) ")
        case .joinOfficial(let duplicate, let into, let name):
            (title, message, subject) = (T.joinOfficialTitle, T.joinOfficialQuestion(duplicate: duplicate, into: into, name: name), "")
        case .undo(let step): (title, message) = (T.undoTitle, T.undoQuestion(step))
        case .overwrite(let path): (title, message, subject) = (T.exportTitle, T.overwriteQuestion, " \(path)?")
        }
        ConfirmDialog.render(into: &canvas, title: env.text(title), message: lead + env.text(message) + subject, answers: env.text(T.yesNo))
        return nil
    }
}

/// What a picker searches in the store as you type (the rest are filtered in memory).
enum PickerSearch: Equatable {
    case officials
    /// Feedback records, never `excluding` (the record asking for its duplicate's original).
    case feedback(excluding: String)
}

/// A list to choose from, filtered as you type; officials and feedback records are searched in the store.
struct PickerScreen: Screen {
    /// Which field asked: the choice goes back with it.
    let field: String
    private(set) var picker: Picker
    let search: PickerSearch?
    /// A search for the text typed is under way: Enter waits for its results, so it never takes a row
    /// that was highlighted for an older text.
    private(set) var searching = false
    private(set) var chooseWhenFound = false

    init(field: String, picker: Picker, search: PickerSearch? = nil) {
        self.field = field
        self.picker = picker
        self.search = search
    }

    var searchesOfficials: Bool { search == .officials }
    var keymaps: [Keymap] { [.picker] }
    var isOverlay: Bool { true }
    var isTyping: Bool { true }
    /// Keys typed after Enter wait until the choice it waits for is made.
    var acceptsKeys: Bool { !chooseWhenFound }
    func offers(_ command: CommandID) -> Bool { command != .mark || picker.multiple }
    func title(_ env: ScreenEnv) -> String { picker.title }

    func refresh(_ env: ScreenEnv) -> [Effect] {
        switch search {
        case .officials?: return [.ask(SearchOfficials(query: picker.filter.text))]
        case .feedback(let excluding)?: return [.ask(FeedbackChoices(query: picker.filter.text, excluding: excluding))]
        case nil: return []
        }
    }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        if searching && key == .enter {
            chooseWhenFound = true
            return .none
        }
        switch picker.handle(key, method: env.inputMethod) {
        case .chose(let ids):
            let names = Dictionary(picker.items.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            return .navigate(.popDelivering(.picked(field: field, ids: ids, names: names)))
        case .cancelled: return .navigate(.pop)
        case .filterChanged:
            searching = search != nil
            return Outcome(effects: refresh(env))
        case .none: return .none
        }
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if case .failed = result {
            searching = false
            chooseWhenFound = false
        }
        // Results for an older text are dropped: the search for the text as it is now is on its way.
        guard let found = items(from: result, env) else { return .none }
        // Keep the ones already chosen at the top, then what matched.
        let chosen = picker.items.filter { picker.chosen.contains($0.id) }
        picker.items = chosen + found.filter { !picker.chosen.contains($0.id) }
        searching = false
        if chooseWhenFound {
            chooseWhenFound = false
            return handle(.choose, key: .enter, env)
        }
        return .none
    }

    /// The rows a result brings, when it answers this picker's search for the text typed now.
    private func items(from result: EffectResult, _ env: ScreenEnv) -> [Picker.Item]? {
        switch (search, result) {
        case (.officials?, _):
            guard let (request, rows) = result.answer(to: SearchOfficials.self), request.query == picker.filter.text else { return nil }
            // Position and unit, as the officials list shows them: two records of one name (a person who served in
            // two former communes, or namesakes) are told apart by where they worked.
            return rows.map { Self.officialItem(code: $0.code, name: $0.name,
                                                position: [$0.position, $0.unit].filter { !$0.isEmpty }.joined(separator: ", ")) }
        case (.feedback?, _):
            guard let (request, found) = result.answer(to: FeedbackChoices.self), request.query == picker.filter.text else { return nil }
            return found.map { record in
                let status = FeedbackStatus(rawValue: record.state).map { env.text($0.shortLabel) } ?? record.state
                // The status before the summary: a long summary is cut, never the status.
                return Picker.Item(id: record.code, label: "\(record.code)  \(record.date?.vietnamese ?? "")  [\(status)] \(record.text)",
                                   // The store matched the words already (in the officials' names too): the picker's own filter keeps them.
                                   searchKey: VietnameseText.fold("\(record.code) \(record.text) \(request.query)"), name: record.code)
            }
        default: return nil
        }
    }

    /// An official as a picker line: name and code, found by either.
    static func officialItem(code: String, name: String, position: String = "") -> Picker.Item {
        let label = position.isEmpty ? "\(name) (\(code))" : "\(name) (\(code)) — \(position)"
        return Picker.Item(id: code, label: label, searchKey: VietnameseText.fold("\(name) \(code) \(position)"), name: name)
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let wide = if case .feedback? = search { true } else { false }
        let rect = canvas.bounds.centered(width: min(wide ? 76 : 70, env.width - 4), height: min(18, env.height - 4))
        return picker.render(into: &canvas, rect, hint: env.text(picker.multiple ? T.pickManyHint : T.pickHint))
    }
}

/// Finds any command by typing part of its name (accents optional), or opens a record by its code.
struct PaletteScreen: Screen {
    struct Item: Equatable {
        var command: CommandID?
        var label: String
        var keys: String
        /// One of the records a code means, when it means several; or a person found by name.
        var record: FoundRecord?
    }

    let commands: [Item]
    private(set) var query = TextField()
    private(set) var table = TableState()
    /// The records the code chosen means, when it means more than one: the palette lists them to choose from.
    private(set) var found: [FoundRecord] = []
    /// Officials whose name matches what is typed (issue 17: "open a person by name" from any screen).
    private(set) var people: [Item] = []

    init(keymaps: [Keymap], lang: Lang, applies: (CommandID) -> Bool = { _ in true }) {
        let own = Commands.commands(for: keymaps).filter { $0.id != .palette && applies($0.id) }
        // The app-wide commands that live on one section's screen (export): found from any screen, naming the section.
        let elsewhere = Commands.table.filter { command in
            Commands.reachedThrough[command.id] != nil && !own.contains { $0.id == command.id } && applies(command.id)
        }
        commands = own.map {
            Item(command: $0.id, label: $0.label.text(lang), keys: $0.keys.map(\.name).joined(separator: " "))
        } + elsewhere.map {
            Item(command: $0.id, label: "\($0.label.text(lang)) — \(Commands.reachedThrough[$0.id]!.label.text(lang))", keys: "")
        }
        table.setCount(commands.count)
    }

    var keymaps: [Keymap] { [.palette, .navigation] }
    var isOverlay: Bool { true }
    var isTyping: Bool { true }
    func title(_ env: ScreenEnv) -> String { env.text(T.paletteTitle) }

    /// The commands that match; first of all "open the record with this code" once what is typed has a
    /// digit in it, as codes do (PA-2026-0012, DT-0041).
    var items: [Item] {
        if !found.isEmpty { return found.map { Item(command: nil, label: $0.code, keys: "", record: $0) } }
        let words = VietnameseText.fold(query.text).split(separator: " ")
        let matching = commands.filter { item in
            let key = VietnameseText.fold(item.label + " " + item.keys)
            return words.allSatisfy { key.contains($0) }
        }
        let code = query.text.trimmingCharacters(in: .whitespaces)
        let looksLikeCode = code.contains { $0.isNumber }
        return (looksLikeCode ? [Item(command: nil, label: code.uppercased(), keys: "")] : []) + matching + people
    }

    /// A name is looked for once two letters are typed and no digit (a digit means a code).
    private var personQuery: String? {
        let text = query.text.trimmingCharacters(in: .whitespaces)
        return text.count >= 2 && !text.contains(where: \.isNumber) ? text : nil
    }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        switch command {
        case .cancel?: return .navigate(.pop)
        case .choose?:
            guard let item = items[safe: table.selection] else { return .none }
            if let command = item.command { return .navigate(.popDelivering(.command(command))) }
            if let record = item.record { return open(record.entity, code: record.code) }
            return .effects(.ask(FindRecord(code: item.label)))
        case let command? where command.move != nil: table.move(command.move!)
        default:
            if query.handle(key, method: env.inputMethod) {
                found = []
                people = []
                table.reset()
                table.setCount(items.count)
                if let name = personQuery { return .effects(.ask(SearchOfficials(query: name))) }
            }
        }
        return .none
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if let (asked, rows) = result.answer(to: SearchOfficials.self) {
            guard asked.query == personQuery else { return .none }
            people = rows.prefix(5).map {
                Item(command: nil, label: "\(env.text(T.openPerson)) \($0.name) — \($0.position)", keys: $0.code,
                     record: FoundRecord(entity: .official, code: $0.code))
            }
            table.setCount(items.count)
            return .none
        }
        guard let (request, records) = result.answer(to: FindRecord.self) else { return .none }
        if records.count > 1 {
            found = records
            table.reset()
            table.setCount(records.count)
            return .none
        }
        // One record, perhaps by the code it had in a former commune: its page opens under its code here.
        guard let record = records.first else { return .say(.error(T.noSuchCode, request.code)) }
        return open(record.entity, code: record.code)
    }

    private func open(_ entity: Entity, code: String) -> Outcome {
        guard let page = Registry.page(entity, code: code) else { return .say(.error(T.noPageYet, code)) }
        return .navigate(.replace(page))
    }

    /// "Phản ánh PA-2024-0007 — Xã Tân Phú (mã cũ PA-2024-0001)": each record a code means, with where it came from.
    private func label(_ item: Item, _ env: ScreenEnv) -> String {
        if item.record != nil && people.contains(item) { return item.label }
        guard let record = item.record else { return item.command == nil ? "\(env.text(T.openCode)) \(item.label)" : item.label }
        let origin = record.origin.map { OriginLabels(env).line($0, env) } ?? env.text(T.thisCommune)
        let kind = env.text(record.entity.label)
        return "\(kind.prefix(1).uppercased() + kind.dropFirst()) \(record.code) — \(origin)"
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let rect = canvas.bounds.centered(width: min(70, env.width - 4), height: min(18, env.height - 4))
        canvas.box(rect, title: env.text(T.paletteTitle))
        let inner = rect.inset(by: 1)
        guard inner.height >= 3 else { return nil }
        canvas.put(":", x: inner.x, y: inner.y, .muted)
        let cursorX = query.render(into: &canvas, x: inner.x + 2, y: inner.y, width: inner.width - 2, focused: true)
        let rows = inner.height - 2
        let items = self.items
        let first = max(0, min(table.selection - rows + 1, items.count - rows))
        for (offset, index) in (first..<min(items.count, first + rows)).enumerated() {
            let item = items[index]
            let label = self.label(item, env)
            let role: Role = index == table.selection ? .selected : .dialog
            canvas.putPadded(label, x: inner.x, y: inner.y + 1 + offset, width: inner.width, role)
            let keyWidth = DisplayWidth.of(item.keys)
            if keyWidth > 0 && keyWidth < inner.width / 2 {
                canvas.put(item.keys, x: inner.maxX - keyWidth, y: inner.y + 1 + offset, role == .selected ? .selected : .muted)
            }
        }
        canvas.putPadded(env.text(found.isEmpty ? T.paletteHint : T.severalRecordsTitle), x: inner.x, y: inner.maxY - 1, width: inner.width, .muted)
        return (cursorX, inner.y)
    }
}
