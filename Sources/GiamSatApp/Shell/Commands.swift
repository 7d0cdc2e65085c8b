import GiamSatCore
import TerminalUI

/// Everything a key can do. One table (`Commands.table`, collected from every keymap) binds the keys,
/// fills the key bar, writes the help screen and feeds the palette, so the four never disagree (as in tig and htop).
public enum CommandID: Hashable, Sendable {
    case help, palette, toggleInput, quit, undo, nextSection, previousSection, section(Section)
    case up, down, pageUp, pageDown, top, bottom, open, back
    case filter, clearFilters, refresh, cycleFormerUnit
    case new, cycleStatus, cycleChannel, toggleOverdue, cycleOrder, cycleCategory, cycleResponse
    case changeStatus, edit, reveal
    case previousYear, nextYear, cyclePeriod, bars, years, export
    case save, nextField, previousField, cancel, choose, mark, deleteRow
    case yes, no
    case settings, filterUnit, filterLocality, cycleParty, toggleArchived, archive, importFile, delete, joinOfficial
    case void, restore, showVoided, backup
    case cycleYear, findings, newRecommendation, linkPlan, assessGood, assessShortcomings, assessNone, opinions, addReview, openLinked
    case documents, outgoingRegister
    case meeting, meetingReviews
    case extend
    case saveAsDuplicate
    case attachments, markIdentity
}

/// A group of bindings, declared beside the screens that answer to it (`Screens/<Kind>/<Kind>Keys.swift`;
/// the generic ones, inherited by every list, page, form and dialog, in `Kit/GenericKeys.swift`). A screen
/// lists the keymaps it answers to, its own first, as tig's generic keymap.
public struct Keymap: Hashable, Sendable {
    public struct Binding: Sendable {
        let id: CommandID
        let keys: [Key]
        let label: Localized
        let inBar: Bool
    }

    let name: String
    let title: Localized
    /// Keys this keymap takes on purpose from the keymaps after it and the global one (a form's Tab is
    /// "next field", not "next section"). Any other key bound here and there to different commands is
    /// a defect (`KeymapTests`).
    let claims: Set<Key>
    let bindings: [Binding]

    init(_ name: String, _ title: Localized, claims: Set<Key> = [], _ bindings: [Binding]) {
        self.name = name
        self.title = title
        self.claims = claims
        self.bindings = bindings
    }

    static func bind(_ id: CommandID, _ keys: [Key], _ label: Localized, bar: Bool = false) -> Binding {
        Binding(id: id, keys: keys, label: label, inBar: bar)
    }

    public static func == (a: Keymap, b: Keymap) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// Every keymap, in the order help lists them. A new screen's keymap is one line here.
    static let all: [Keymap] = [
        .global, .navigation, .list, .dashboard, .feedbackList, .officialList, .planList, .recommendationList,
        .detail, .feedbackDetail, .form, .rowsEditor, .report, .drill, .help, .confirm, .picker, .statusDialog, .palette,
        .officialDetail, .settings, .localityList, .holidays, .prompt,
        .planDetail, .recommendationDetail, .residence, .residenceGrid, .opinionsBox, .outgoingDetail,
        .meetingDetail,
        .duplicates,
        .attachmentList,
    ]

    /// What works on every screen that is not a dialog.
    static let global = Keymap("global", T.keysEverywhere, [
        bind(.help, [.function(1), .char("?")], T.cmdHelp, bar: true),
        bind(.palette, [.ctrl("p"), .char(":")], T.cmdPalette, bar: true),
        bind(.undo, [.char("u")], T.cmdUndo),
        bind(.nextSection, [.tab], T.cmdNextSection),
        bind(.previousSection, [.backTab], T.cmdPreviousSection),
    ] + Section.allCases.compactMap { section in section.key.map { bind(.section(section), [$0], section.label) } } + [
        bind(.toggleInput, [.function(4), .ctrl("t")], T.cmdToggleInput),
        bind(.settings, [.function(12), .char(",")], T.cmdSettings),
        // No key of its own: the palette finds it from any screen (issue 17).
        bind(.backup, [], T.cmdBackup),
        bind(.quit, [.char("q"), .function(10), .ctrl("c")], T.cmdQuit, bar: true),
        bind(.outgoingRegister, [.char("R")], T.cmdRegister),
    ])
}

/// One binding of a keymap.
public struct Command: Sendable {
    public let id: CommandID
    public let keys: [Key]
    public let keymap: Keymap
    public let label: Localized
    /// Shown in the key bar when there is room (all appear in help and the palette).
    public let inBar: Bool
}

public enum Commands {
    /// Every binding of every keymap: it binds the keys, fills the key bar, writes the help screen and
    /// feeds the palette, so the four never disagree.
    public static let table: [Command] = Keymap.all.flatMap { keymap in
        keymap.bindings.map { Command(id: $0.id, keys: $0.keys, keymap: keymap, label: $0.label, inBar: $0.inBar) }
    }

    /// False for a command the data gives nothing to do: the filter by former unit in a commune never merged,
    /// which is then left out of the key bar, help and the palette, so that commune's screens stay as they were.
    /// Commands of one section's screen that the palette offers everywhere: chosen elsewhere, the app goes to that
    /// section and runs them there (issue 17: `xuat` finds the export from any screen).
    static let reachedThrough: [CommandID: Section] = [.export: .report]

    static func applies(_ command: CommandID, _ settings: Settings) -> Bool {
        command != .cycleFormerUnit || !settings.formerUnits.isEmpty
    }

    /// The command a key means on a screen: its own keymaps first, then the global one. While the
    /// screen takes text, printable keys are text and only F-keys, Ctrl keys and the like are commands.
    public static func command(for key: Key, keymaps: [Keymap], typing: Bool) -> CommandID? {
        if typing, case .char = key { return nil }
        for keymap in keymaps + [.global] {
            if let binding = keymap.bindings.first(where: { $0.keys.contains(key) }) { return binding.id }
        }
        return nil
    }

    /// The commands of a screen, own first, each once, and only those a key still reaches, each with only the keys
    /// that still reach it (a key taken by the screen's own keymap is not also shown for an inherited command: on a
    /// feedback page `g` is "gia hạn", so help says "Home" alone for "top").
    static func commands(for keymaps: [Keymap]) -> [Command] {
        var seen: Set<CommandID> = []
        var claimed: Set<Key> = []
        return (keymaps + [.global]).flatMap { keymap in table.filter { $0.keymap == keymap } }.compactMap { command in
            let keys = command.keys.filter { !claimed.contains($0) }
            claimed.formUnion(command.keys)
            // A command with no key (the palette's "back up now") is reached through the palette.
            guard command.keys.isEmpty || !keys.isEmpty, seen.insert(command.id).inserted else { return nil }
            return Command(id: command.id, keys: keys, keymap: command.keymap, label: command.label, inBar: command.inBar)
        }
    }

    /// The key bar: help first, the screen's own commands, quit last. While typing, the key shown is
    /// one that works then (an F-key or Ctrl key rather than a letter).
    /// Over a dialog only the dialog's own keys work, so only they are shown.
    static func bar(_ keymaps: [Keymap], typing: Bool, overlay: Bool = false, _ lang: Lang,
                    offers: (CommandID) -> Bool = { _ in true }) -> [(key: String, label: String)] {
        let all = commands(for: keymaps).filter { $0.inBar && offers($0.id) && !(overlay && $0.keymap == .global) }
        let help = all.filter { $0.id == .help }, quit = all.filter { $0.id == .quit }
        let own = all.filter { $0.id != .help && $0.id != .quit }
        return (help + own + quit).compactMap { command in
            let key = typing ? command.keys.first { if case .char = $0 { return false }; return true } : command.keys.first
            return key.map { ($0.name, command.label.text(lang)) }
        }
    }

    /// The help screen: the current screen's keys first, then every other keymap.
    static func helpLines(first keymaps: [Keymap], _ lang: Lang, applies: (CommandID) -> Bool = { _ in true }) -> [(String, Role)] {
        var lines: [(String, Role)] = []
        let own = keymaps + [.global]
        let order = own + Keymap.all.filter { !keymaps.contains($0) && $0 != .global }
        // On this screen's own keymaps a key taken by an earlier one is not shown again for the later's command: help
        // says what the key does here (a feedback page's `g` is "gia hạn"; "top" is Home alone there).
        var claimed: Set<Key> = []
        for keymap in order {
            let commands: [Command] = table.filter { $0.keymap == keymap && applies($0.id) }.compactMap { command in
                guard own.contains(keymap) else { return command }
                let keys = command.keys.filter { !claimed.contains($0) }
                claimed.formUnion(command.keys)
                return command.keys.isEmpty || !keys.isEmpty
                    ? Command(id: command.id, keys: keys, keymap: keymap, label: command.label, inBar: command.inBar) : nil
            }
            guard !commands.isEmpty else { continue }
            lines.append((keymap.title.text(lang), .title))
            for command in commands {
                let keys = command.keys.map(\.name).joined(separator: ", ")
                lines.append(("  " + DisplayWidth.pad(keys, to: 22) + command.label.text(lang), .dialog))
            }
            lines.append(("", .dialog))
        }
        lines.append((T.helpTelex.text(lang), .muted))
        lines.append((T.helpEditing.text(lang), .muted))
        return lines
    }
}

extension CommandID {
    /// The change of the year shown a command stands for on a screen of one year (the dashboard, the residence
    /// reviews): a year back or forward, or 0 for the same year read again (F5); nil for any other command.
    var yearStep: Int? {
        switch self {
        case .previousYear: return -1
        case .nextYear: return 1
        case .refresh: return 0
        default: return nil
        }
    }

    /// The movement in a list a command stands for (the navigation keymap's), if it is one.
    var move: TableState.Move? {
        switch self {
        case .up: return .up
        case .down: return .down
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .top: return .top
        case .bottom: return .bottom
        default: return nil
        }
    }
}
