import GiamSatCore
import TerminalUI

/// A record's page as labelled sections; the kind's source loads it and says what its keys do.
protocol DetailSource {
    /// The kind of record shown and its code: the page shows where a merged record came from (issue 12).
    static var entity: Entity { get }
    var code: String { get }
    var keymap: Keymap { get }
    /// The record has come from the store.
    var isLoaded: Bool { get }
    /// The version of the record as loaded (the box title shows it; a new one means a change to show).
    var version: Int? { get }
    func title(_ env: ScreenEnv) -> String
    func boxTitle(_ env: ScreenEnv) -> String
    func load() -> [Effect]
    /// A result for this page; nil when it is not one the source knows.
    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome?
    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome
    func sections(_ env: ScreenEnv) -> [DetailSection]
    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> Outcome?
    func offers(_ command: CommandID) -> Bool
    /// A key came, or a while passed: what was shown only for a moment (a revealed reporter) is hidden again.
    mutating func keyPressed()
    var showsBriefly: Bool { get }
}

extension DetailSource {
    mutating func keyPressed() {}
    var showsBriefly: Bool { false }

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        delivery == .changed ? Outcome(effects: load()) : .none
    }
}

/// What every kind's page has alike, written once: it loads its record with one request (`Load`), is titled
/// "<heading> <code>" and its box adds the record's version; it is loaded once that answer came.
protocol RecordPageSource: DetailSource {
    associatedtype Load: StoreRequest
    var record: Load.Answer? { get set }
    /// The first word of the title: "Kế hoạch" KH-2021-01.
    static var heading: Localized { get }
    /// The request that loads the record shown.
    var loadRequest: Load { get }
}

extension RecordPageSource {
    var isLoaded: Bool { record != nil }
    func title(_ env: ScreenEnv) -> String { "\(env.text(Self.heading)) \(code)" }
    func boxTitle(_ env: ScreenEnv) -> String { title(env) + (version.map { " · \(env.text(T.version)) \($0)" } ?? "") }
    func load() -> [Effect] { [.ask(loadRequest)] }

    /// Takes the record when `result` is its answer; false for any other result.
    mutating func takeRecord(_ result: EffectResult) -> Bool {
        guard let (_, record) = result.answer(to: Load.self) else { return false }
        self.record = record
        return true
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome? { takeRecord(result) ? Outcome.none : nil }
}

struct DetailSection {
    var title: String?
    var lines: [DetailLine]
}

enum DetailLine {
    /// A label and its value; a long value wraps under itself.
    case field(String, String, Role)
    /// Text that wraps to the width, indented.
    case paragraph(String, Role)
}

struct DetailScreen<Source: DetailSource>: Screen {
    var source: Source
    private(set) var scroll = 0
    private(set) var loadFailed = false
    /// Where the record came from, when the commune has former units (every kind's page alike).
    private(set) var origins: [RecordOrigin] = []
    /// Why the record was voided; nil while it is not (every voidable kind's page alike, issue 17).
    private(set) var voidReason: String?
    /// The record's files, live and voided (every kind's page alike, issue 21); nil until counted.
    private(set) var attachments: AttachmentTally?
    /// The page keeps its end in view: a change was saved (the record's version or its files moved on), and its line
    /// is the last of the audit trail, the page's last section (walk-through finding: it stayed hidden below).
    /// Any scrolling key lets go.
    private(set) var followsEnd = false

    init(source: Source) { self.source = source }

    func shows(_ entity: Entity, code: String) -> Bool { entity == Source.entity && code == source.code }
    var showsBriefly: Bool { source.showsBriefly }
    mutating func hideBriefThings() { source.keyPressed() }

    static var voidable: Bool { AppDatabase.voidableKinds.contains(Source.entity) }
    static var voidField: String { "void" }

    var acceptsKeys: Bool { source.isLoaded || loadFailed }

    var keymaps: [Keymap] { [source.keymap, .detail] }
    func title(_ env: ScreenEnv) -> String { source.title(env) }
    func refresh(_ env: ScreenEnv) -> [Effect] {
        // A commune never merged asks nothing more than before.
        source.load() + (OriginLabels(env).isEmpty ? [] : [.ask(LoadOrigins(entity: Source.entity, code: source.code))])
            + (Self.voidable ? [.ask(LoadVoidReason(entity: Source.entity, code: source.code))] : [])
            + [.ask(CountAttachments(entity: Source.entity, code: source.code))]
    }
    func offers(_ command: CommandID) -> Bool {
        switch command {
        case .void: return Self.voidable && voidReason == nil
        case .restore: return Self.voidable && voidReason != nil
        case .attachments: return true
        default: return source.offers(command)
        }
    }

    static var labelWidth: Int { 18 }

    /// The page as drawn lines, wrapped to `width` cells.
    func lines(_ env: ScreenEnv, width: Int) -> [(String, Role)] {
        var lines: [(String, Role)] = []
        for (index, section) in withOrigins(source.sections(env), env).enumerated() {
            if index > 0 { lines.append(("", .normal)) }
            if let title = section.title { lines.append((title, .title)) }
            for line in section.lines {
                switch line {
                case .field(let label, let value, let role):
                    let parts = wrap(value, width: max(10, width - Self.labelWidth))
                    for (n, part) in parts.enumerated() {
                        lines.append(((n == 0 ? DisplayWidth.pad(label, to: Self.labelWidth) : String(repeating: " ", count: Self.labelWidth)) + part, role))
                    }
                case .paragraph(let text, let role):
                    for part in wrap(text, width: max(10, width - 2)) { lines.append(("  " + part, role)) }
                }
            }
        }
        return lines
    }

    /// The record's facts open with its former communes: "Xã cũ  Xã Tân Phú (mã cũ PA-2024-0001)", one line each
    /// (an official joined from two former communes has two).
    /// The facts end with the record's files, when it has any: "Tệp đính kèm  2 tệp (a để xem)".
    private func withOrigins(_ sections: [DetailSection], _ env: ScreenEnv) -> [DetailSection] {
        let files = attachments.flatMap { $0.isEmpty ? nil : DetailLine.field(env.text(T.cmdAttachments), env.text(T.attachmentsLine($0)), .normal) }
        guard var first = sections.first, !origins.isEmpty || voidReason != nil || files != nil else { return sections }
        let labels = OriginLabels(env)
        let lines = origins.enumerated().map { index, origin in
            DetailLine.field(index == 0 ? env.text(T.formerUnit) : "", labels.line(origin, env), .normal)
        }
        // A voided record says so first, with its reason (an undone creation has none).
        let voided = voidReason.map { [DetailLine.field(env.text(T.voidedBecause), $0.isEmpty ? env.text(T.voidedByUndo) : $0, .error)] } ?? []
        first.lines = voided + lines + first.lines + (files.map { [$0] } ?? [])
        return [first] + sections.dropFirst()
    }

    /// Lines the box shows at once: the body less the frame.
    private func visibleLines(_ env: ScreenEnv) -> Int { max(1, env.bodyHeight - 2) }
    private func lastScroll(_ env: ScreenEnv) -> Int { max(0, lines(env, width: env.width - 4).count - visibleLines(env)) }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        source.keyPressed()
        guard let command else { return .none }
        switch command {
        case .void where offers(.void):
            return .navigate(.push(PromptScreen(field: Self.voidField, title: T.voidTitle, label: T.voidReasonLabel,
                                                hint: T.voidReasonHint, telex: true)))
        case .restore where offers(.restore):
            return .effects(.write(RestoreRecord(entity: Source.entity, code: source.code)))
        case .attachments:
            return .navigate(.push(AttachmentsScreen(entity: Source.entity, code: source.code)))
        default: break
        }
        if let outcome = source.handle(command, env) { return outcome }
        let page = visibleLines(env)
        if [.up, .down, .pageUp, .pageDown, .top, .bottom].contains(command) { followsEnd = false }
        switch command {
        case .back: return .navigate(.pop)
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll = min(lastScroll(env), scroll + 1)
        case .pageUp: scroll = max(0, scroll - page)
        case .pageDown: scroll = min(lastScroll(env), scroll + page)
        case .top: scroll = 0
        case .bottom: scroll = lastScroll(env)
        default: break
        }
        return .none
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        let outcome = take(result, env)
        scroll = followsEnd ? lastScroll(env) : min(scroll, lastScroll(env))
        return outcome
    }

    private mutating func take(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if let (request, origins) = result.answer(to: LoadOrigins.self) {
            if request.code == source.code { self.origins = origins }
            return .none
        }
        if let (request, reason) = result.answer(to: LoadVoidReason.self) {
            if request.code == source.code { voidReason = reason }
            return .none
        }
        if let (request, tally) = result.answer(to: CountAttachments.self) {
            guard request.code == source.code else { return .none }
            if let shown = attachments, shown != tally { followsEnd = true }
            attachments = tally
            return .none
        }
        if case .saved(Source.entity, source.code, let step?) = result, step.change == .void || step.change == .restore {
            // Said with the step saved; the page (and the mark) load again.
            let message: Message = .info(step.change == .void ? T.voided : T.restored, "\(Source.entity.label.text(env.lang)) \(source.code)")
            return Outcome(effects: refresh(env), message: message)
        }
        if case .failed = result, !source.isLoaded { loadFailed = true }
        let shown = source.version
        let outcome = source.receive(result, env) ?? .none
        if let shown, let now = source.version, now != shown { followsEnd = true }
        return outcome
    }

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        if case .entered(Self.voidField, let reason) = delivery {
            return .effects(.write(VoidRecord(entity: Source.entity, code: source.code, reason: reason)))
        }
        return source.receive(delivery, env)
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let lines = self.lines(env, width: area.width - 4)
        let scroll = min(followsEnd ? lines.count : self.scroll, max(0, lines.count - (area.height - 2)))
        TextBox.render(into: &canvas, area, title: source.boxTitle(env), lines: lines, scroll: scroll)
        return nil
    }
}
