import Foundation
import GiamSatCore
import TerminalUI

/// A record's files (issue 21), opened with `a` from any record's page: name, size, date added and the identity mark;
/// `n` attaches a file by its path, Enter opens it with the desktop's viewer, `i` marks a feedback record's file as
/// holding the reporter's identity, `X`/`K` void and restore (an attachment is never deleted). A file holding the
/// identity shows masked, as the reporter does.
struct AttachmentsScreen: Screen {
    let entity: Entity
    let code: String
    private(set) var rows: [Attachment]?
    private(set) var table = TableState(count: 0, pageSize: 10)
    /// The last request that may need the passphrase (opening a sealed file, taking the mark off one): asked again
    /// with it when the store says so.
    private(set) var waiting: Waiting?

    enum Waiting: Equatable { case open(Int), unmark(Int) }

    static let pathField = "attachment-path"
    static let voidField = "attachment-void"

    init(entity: Entity, code: String) {
        self.entity = entity
        self.code = code
    }

    /// The path is checked in the box (after the same cleaning as the store's), so a wrong one is said there with the
    /// path kept to correct, rather than closing the box and having it typed again.
    static func pathPrompt() -> PromptScreen {
        PromptScreen(field: pathField, title: T.attachPathTitle, label: T.attachPathLabel, hint: T.attachPathHint, telex: false) { text in
            if text.trimmingCharacters(in: .whitespaces).isEmpty { return T.required }
            return AttachmentFiles.problem(readingFrom: PastedPath.clean(text)).map(\.text)
        }
    }

    /// The home folder as `~`, so the path of a copy fits the message's lines at 80 columns.
    static func shortPath(_ path: String, home: String = NSHomeDirectory()) -> String {
        !home.isEmpty && home != "/" && path.hasPrefix(home + "/") ? "~" + path.dropFirst(home.count) : path
    }

    var keymaps: [Keymap] { [.attachmentList, .navigation] }
    func title(_ env: ScreenEnv) -> String { "\(env.text(T.attachmentsTitle)) · \(entity.label.text(env.lang)) \(code)" }
    func shows(_ entity: Entity, code: String) -> Bool { entity == self.entity && code == self.code }
    func refresh(_ env: ScreenEnv) -> [Effect] { [.ask(LoadAttachments(entity: entity, code: code))] }
    var acceptsKeys: Bool { rows != nil }

    var selected: Attachment? { rows.flatMap { $0.indices.contains(table.selection) ? $0[table.selection] : nil } }

    func offers(_ command: CommandID) -> Bool {
        switch command {
        case .open: return selected != nil
        case .markIdentity: return entity == .feedback && selected != nil
        case .void: return selected.map { $0.voided == nil } ?? false
        case .restore: return selected.map { $0.voided != nil } ?? false
        default: return true
        }
    }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        switch command {
        case .new?:
            return .navigate(.push(Self.pathPrompt()))
        case .open?:
            guard let a = selected else { return .none }
            waiting = .open(a.id)
            return .effects(.ask(OpenAttachment(entity: entity, code: code, id: a.id)))
        case .markIdentity?:
            guard let a = selected else { return .none }
            guard entity == .feedback else { return .say(.error(T.identityOnlyFeedback)) }
            waiting = .unmark(a.id)
            return .effects(.write(MarkAttachmentIdentity(entity: entity, code: code, id: a.id, identity: !a.identity)))
        case .void?:
            guard offers(.void), let a = selected else { return .none }
            let name = a.identity ? env.text(T.identityMasked) : a.name
            return .navigate(.push(PromptScreen(field: Self.voidField, title: T.voidAttachmentNamed(name), label: T.voidAttachmentLabel,
                                                hint: T.voidReasonHint, telex: true)))
        case .restore?:
            guard let a = selected, a.voided != nil else { return .none }
            return .effects(.write(RestoreAttachment(entity: entity, code: code, id: a.id)))
        case .back?: return .navigate(.pop)
        case .up?: table.move(.up)
        case .down?: table.move(.down)
        case .pageUp?: table.move(.pageUp)
        case .pageDown?: table.move(.pageDown)
        case .top?: table.move(.top)
        case .bottom?: table.move(.bottom)
        default: break
        }
        return .none
    }

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        switch delivery {
        case .entered(Self.pathField, let text):
            return .effects(.write(AttachFile(entity: entity, code: code, path: PastedPath.clean(text))))
        case .entered(Self.voidField, let reason):
            guard let a = selected else { return .none }
            return .effects(.write(VoidAttachment(entity: entity, code: code, id: a.id, reason: reason)))
        case .passphrase(let passphrase):
            switch waiting {
            case .open(let id)?: return .effects(.ask(OpenAttachment(entity: entity, code: code, id: id, passphrase: passphrase)))
            case .unmark(let id)?:
                return .effects(.write(MarkAttachmentIdentity(entity: entity, code: code, id: id, identity: false, passphrase: passphrase)))
            case nil: return .none
            }
        default: return .none
        }
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if let (request, rows) = result.answer(to: LoadAttachments.self), request.code == code, request.entity == entity {
            self.rows = rows
            table.setCount(rows.count)
            return .none
        }
        if let (_, opened) = result.answer(to: OpenAttachment.self) {
            switch opened {
            case .viewer(let path): return .say(.info(T.openedInViewer, path))
            case .noViewer(let path): return .say(.info(T.noViewer, Self.shortPath(path)))
            }
        }
        if PassphraseScreen.isNeeded(result), waiting != nil {
            // A sealed file: the passphrase opens it (a wrong one is said, and asked for again).
            guard case .failed(let failure) = result else { return .none }
            return Outcome(navigation: .push(PassphraseScreen()), message: .failure(failure))
        }
        if case .saved(entity, code, let step) = result {
            return Outcome(effects: refresh(env), message: step?.attachment.map { .info(T.attached, $0.name) })
        }
        return .none
    }

    /// The selected file whole; a voided one says when, by whom and why (the list shows only that it is voided).
    func footer(_ env: ScreenEnv) -> String? {
        guard let a = selected else { return nil }
        let name = a.identity ? env.text(T.identityFooter) : a.name
        guard let mark = a.voided else { return name }
        return env.text(T.attachmentVoidedBecause(mark, name: a.identity ? env.text(T.identityMasked) : a.name))
    }

    /// One line per file: number, name (masked when it holds the identity), size, date added, the identity mark, and
    /// "đã hủy" for a voided one (a word in its own column, not a sign beside the identity's).
    func lines(_ env: ScreenEnv, width: Int) -> [(String, Role)] {
        guard let rows else { return [] }
        if rows.isEmpty { return [(env.text(T.noAttachments), .muted)] }
        let sizeWidth = 9, dateWidth = 10, markWidth = 3, stateWidth = 10
        let nameWidth = max(8, width - 4 - sizeWidth - dateWidth - markWidth - stateWidth - 4)
        let header = DisplayWidth.pad("#", to: 4) + DisplayWidth.pad(env.text(T.attachmentColumns.name), to: nameWidth) + " "
            + DisplayWidth.pad(env.text(T.attachmentColumns.size), to: sizeWidth, alignRight: true) + " "
            + DisplayWidth.pad(env.text(T.attachmentColumns.date), to: dateWidth) + " " + DisplayWidth.pad(env.text(T.identityMark), to: markWidth)
            + " " + env.text(T.attachmentColumns.state)
        var lines: [(String, Role)] = [(header, .title)]
        for (index, a) in rows.enumerated() {
            let name = a.identity ? env.text(T.identityMasked) : a.name
            let line = DisplayWidth.pad("\(a.id).", to: 4) + DisplayWidth.pad(name, to: nameWidth) + " "
                + DisplayWidth.pad(AttachmentText.size(a.size, lang: env.lang), to: sizeWidth, alignRight: true) + " "
                + DisplayWidth.pad(a.addedDay?.vietnamese ?? "", to: dateWidth) + " "
                + DisplayWidth.pad(a.identity ? env.text(T.identityMark) : "", to: markWidth) + " "
                + DisplayWidth.pad(a.voided != nil ? env.text(T.attachmentVoidedState) : "", to: stateWidth)
            let role: Role = index == table.selection ? .selected : (a.voided != nil ? .muted : .normal)
            lines.append((line, role))
        }
        return lines
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let body = lines(env, width: area.width - 4)
        let visible = max(1, area.height - 4)
        let scroll = max(0, table.selection + 2 - visible)
        TextBox.render(into: &canvas, Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1),
                       title: title(env) + (rows.map { " (\($0.count))" } ?? ""), lines: body, scroll: scroll)
        canvas.putPadded(env.text(T.attachmentsHint), x: area.x + 1, y: area.y + area.height - 1, width: area.width - 2, .muted)
        return nil
    }
}
