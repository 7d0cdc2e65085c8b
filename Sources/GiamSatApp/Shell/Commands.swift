import GiamSatCore
import TerminalUI

/// Everything a key can do. One table binds the keys, fills the key bar, writes the help screen and
/// feeds the palette, so the four never disagree (as in tig and htop).
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
    case void, restore, showVoided
    case cycleYear, findings, newRecommendation, linkPlan, assessGood, assessShortcomings, assessNone, opinions, addReview, openLinked
}

/// A group of bindings. A screen lists the ones it answers to, its own first; generic ones
/// (movement in any list) are declared once and inherited, as tig's generic keymap.
public enum Keymap: CaseIterable, Sendable {
    case global, navigation, list, dashboard, feedbackList, officialList, planList, recommendationList
    case detail, feedbackDetail, form, rowsEditor, report, drill, help, confirm, picker, statusDialog, palette
    case officialDetail, settings, localityList, holidays, prompt
    case planDetail, recommendationDetail, residence, residenceGrid, opinionsBox

    var title: Localized {
        switch self {
        case .global: return T.keysEverywhere
        case .navigation: return T.keysNavigation
        case .list: return T.keysList
        case .dashboard: return T.keysDashboard
        case .feedbackList: return T.keysFeedbackList
        case .officialList, .planList, .recommendationList: return T.keysOtherLists
        case .detail: return T.keysDetail
        case .feedbackDetail: return T.keysFeedbackDetail
        case .form: return T.keysForm
        case .rowsEditor: return T.keysRowsEditor
        case .report: return T.keysReport
        case .drill: return T.keysDrill
        case .help: return T.keysHelp
        case .confirm: return T.keysConfirm
        case .picker: return T.keysPicker
        case .statusDialog: return T.keysStatusDialog
        case .palette: return T.keysPalette
        case .officialDetail: return T.keysOfficialDetail
        case .settings: return T.keysSettings
        case .localityList: return T.keysLocalities
        case .holidays: return T.keysHolidays
        case .prompt: return T.keysPrompt
        case .planDetail: return T.keysPlanDetail
        case .recommendationDetail: return T.keysRecommendationDetail
        case .residence: return T.keysResidence
        case .residenceGrid: return T.keysResidenceGrid
        case .opinionsBox: return T.keysOpinions
        }
    }
}

public struct Command: Sendable {
    public let id: CommandID
    public let keys: [Key]
    public let keymap: Keymap
    public let label: Localized
    /// Shown in the key bar when there is room (all appear in help and the palette).
    public let inBar: Bool
}

public enum Commands {
    private static func c(_ id: CommandID, _ keys: [Key], _ keymap: Keymap, _ label: Localized, bar: Bool = false) -> Command {
        Command(id: id, keys: keys, keymap: keymap, label: label, inBar: bar)
    }

    public static let table: [Command] = [
        c(.help, [.function(1), .char("?")], .global, T.cmdHelp, bar: true),
        c(.palette, [.ctrl("p"), .char(":")], .global, T.cmdPalette, bar: true),
        c(.undo, [.char("u")], .global, T.cmdUndo),
        c(.nextSection, [.tab], .global, T.cmdNextSection),
        c(.previousSection, [.backTab], .global, T.cmdPreviousSection),
    ] + Section.allCases.map { c(.section($0), [.char(Character(String($0.rawValue)))], .global, $0.label) } + [
        c(.toggleInput, [.function(4), .ctrl("t")], .global, T.cmdToggleInput),
        c(.settings, [.function(12), .char(",")], .global, T.cmdSettings),
        c(.quit, [.char("q"), .function(10), .ctrl("c")], .global, T.cmdQuit, bar: true),

        c(.open, [.enter], .navigation, T.cmdOpen, bar: true),
        c(.back, [.escape], .navigation, T.cmdBack),
        c(.up, [.up, .char("k")], .navigation, T.cmdUp),
        c(.down, [.down, .char("j")], .navigation, T.cmdDown),
        c(.pageUp, [.pageUp], .navigation, T.cmdPageUp),
        c(.pageDown, [.pageDown, .char(" ")], .navigation, T.cmdPageDown),
        c(.top, [.home, .char("g")], .navigation, T.cmdTop),
        c(.bottom, [.end, .char("G")], .navigation, T.cmdBottom),

        c(.filter, [.char("/")], .list, T.cmdFilter, bar: true),
        c(.clearFilters, [.escape], .list, T.cmdClearFilters),
        c(.refresh, [.function(5), .ctrl("l")], .list, T.cmdRefresh),
        // x for xã cũ; the same key in every list (`ListScreen` does it), offered only where there are former units.
        c(.cycleFormerUnit, [.char("x")], .list, T.cmdCycleFormerUnit, bar: true),
        c(.showVoided, [.char("H")], .list, T.cmdShowVoided),

        c(.previousYear, [.left], .dashboard, T.cmdPreviousYear),
        c(.nextYear, [.right], .dashboard, T.cmdNextYear),
        c(.refresh, [.function(5), .ctrl("l")], .dashboard, T.cmdRefresh),

        c(.new, [.char("n"), .function(3)], .feedbackList, T.cmdNew, bar: true),
        c(.cycleStatus, [.char("s")], .feedbackList, T.cmdCycleStatus, bar: true),
        c(.cycleChannel, [.char("c")], .feedbackList, T.cmdCycleChannel, bar: true),
        c(.toggleOverdue, [.char("o")], .feedbackList, T.cmdToggleOverdue, bar: true),
        c(.cycleOrder, [.char("t")], .feedbackList, T.cmdCycleOrder, bar: true),
        c(.section(.report), [.char("r"), .function(8)], .feedbackList, T.cmdReport, bar: true),

        c(.new, [.char("n"), .function(3)], .officialList, T.cmdNew, bar: true),
        c(.cycleCategory, [.char("c")], .officialList, T.cmdCycleCategory, bar: true),
        c(.cycleStatus, [.char("s")], .officialList, T.cmdCycleStatus),
        c(.filterUnit, [.char("d")], .officialList, T.cmdFilterUnit, bar: true),
        c(.filterLocality, [.char("l")], .officialList, T.cmdFilterLocality, bar: true),
        c(.cycleParty, [.char("p")], .officialList, T.cmdCycleParty),
        c(.toggleArchived, [.char("a")], .officialList, T.cmdToggleArchived),
        c(.importFile, [.char("i")], .officialList, T.cmdImportOfficials),
        c(.new, [.char("n"), .function(3)], .planList, T.cmdNew, bar: true),
        c(.cycleStatus, [.char("s")], .planList, T.cmdCycleStatus, bar: true),
        c(.cycleYear, [.char("y")], .planList, T.cmdCycleYear, bar: true),
        c(.new, [.char("n"), .function(3)], .recommendationList, T.cmdNew, bar: true),
        c(.cycleResponse, [.char("s")], .recommendationList, T.cmdCycleResponse, bar: true),

        c(.back, [.escape, .left], .detail, T.cmdBack, bar: true),
        c(.up, [.up, .char("k")], .detail, T.cmdScrollUp),
        c(.down, [.down, .char("j")], .detail, T.cmdScrollDown),
        c(.pageUp, [.pageUp], .detail, T.cmdPageUp),
        c(.pageDown, [.pageDown, .char(" ")], .detail, T.cmdPageDown),
        c(.top, [.home, .char("g")], .detail, T.cmdTop),
        c(.bottom, [.end, .char("G")], .detail, T.cmdBottom),
        c(.void, [.char("X")], .detail, T.cmdVoid),
        c(.restore, [.char("R")], .detail, T.cmdRestore),

        c(.changeStatus, [.char("s"), .function(6)], .feedbackDetail, T.cmdChangeStatus, bar: true),
        c(.edit, [.char("e"), .function(3)], .feedbackDetail, T.cmdEdit, bar: true),
        c(.reveal, [.char("v"), .function(7)], .feedbackDetail, T.cmdReveal, bar: true),
        c(.newRecommendation, [.char("k")], .feedbackDetail, T.cmdNewRecommendation, bar: true),
        c(.linkPlan, [.char("l")], .feedbackDetail, T.cmdLinkPlan, bar: true),

        c(.changeStatus, [.char("s"), .function(6)], .planDetail, T.cmdChangeStatus, bar: true),
        c(.edit, [.char("e"), .function(3)], .planDetail, T.cmdEdit, bar: true),
        c(.findings, [.char("f")], .planDetail, T.cmdFindings, bar: true),
        c(.newRecommendation, [.char("k")], .planDetail, T.cmdNewRecommendation, bar: true),
        c(.openLinked, [.char("o")], .planDetail, T.cmdOpenLinked, bar: true),
        c(.edit, [.char("e"), .function(3)], .recommendationDetail, T.cmdEdit, bar: true),
        c(.openLinked, [.char("o")], .recommendationDetail, T.cmdOpenSource, bar: true),

        c(.open, [.enter], .residence, T.cmdOpen, bar: true),
        c(.previousYear, [.left], .residence, T.cmdPreviousYear, bar: true),
        c(.nextYear, [.right], .residence, T.cmdNextYear, bar: true),
        c(.refresh, [.function(5), .ctrl("l")], .residence, T.cmdRefresh),

        c(.assessGood, [.char("t"), .char("1")], .residenceGrid, T.cmdAssessGood, bar: true),
        c(.assessShortcomings, [.char("h"), .char("2")], .residenceGrid, T.cmdAssessShortcomings, bar: true),
        c(.assessNone, [.char("k"), .char("3")], .residenceGrid, T.cmdAssessNone, bar: true),
        c(.opinions, [.char("o"), .tab], .residenceGrid, T.cmdOpinions, bar: true),
        c(.down, [.enter, .down, .char("j")], .residenceGrid, T.cmdDown),
        c(.addReview, [.char("a")], .residenceGrid, T.cmdAddReview, bar: true),
        c(.back, [.escape, .left], .residenceGrid, T.cmdBack, bar: true),

        c(.save, [.enter, .function(2), .ctrl("s")], .opinionsBox, T.cmdSave, bar: true),
        c(.cancel, [.escape], .opinionsBox, T.cmdCancel, bar: true),

        c(.edit, [.char("e"), .function(3)], .officialDetail, T.cmdEdit, bar: true),
        c(.archive, [.char("a")], .officialDetail, T.cmdArchive, bar: true),
        c(.joinOfficial, [.char("m")], .officialDetail, T.cmdJoinOfficial),

        c(.open, [.enter], .settings, T.cmdChange, bar: true),
        c(.back, [.escape], .settings, T.cmdBack, bar: true),

        c(.new, [.char("n"), .function(3)], .localityList, T.cmdAddLocality, bar: true),
        c(.edit, [.char("e")], .localityList, T.cmdEditLocality, bar: true),
        c(.delete, [.char("x"), .delete], .localityList, T.cmdDeleteLocality, bar: true),
        c(.back, [.escape], .localityList, T.cmdBack),

        c(.new, [.char("n"), .function(3)], .holidays, T.cmdAddHoliday, bar: true),
        c(.delete, [.char("x"), .delete], .holidays, T.cmdRemoveHoliday, bar: true),
        c(.previousYear, [.left], .holidays, T.cmdPreviousYear, bar: true),
        c(.nextYear, [.right], .holidays, T.cmdNextYear, bar: true),
        c(.back, [.escape], .holidays, T.cmdBack, bar: true),

        c(.choose, [.enter], .prompt, T.cmdOK, bar: true),
        c(.cancel, [.escape], .prompt, T.cmdCancel, bar: true),

        c(.save, [.function(2), .ctrl("s")], .form, T.cmdSave, bar: true),
        c(.nextField, [.tab, .down], .form, T.cmdNextField, bar: true),
        c(.previousField, [.backTab, .up], .form, T.cmdPreviousField),
        c(.choose, [.enter], .form, T.cmdChoose),
        c(.reveal, [.function(7)], .form, T.cmdReveal),
        c(.cancel, [.escape], .form, T.cmdCancel, bar: true),

        c(.new, [.char("n"), .function(3)], .rowsEditor, T.cmdAddRow, bar: true),
        c(.open, [.enter], .rowsEditor, T.cmdEditRow, bar: true),
        c(.deleteRow, [.delete, .char("x")], .rowsEditor, T.cmdDeleteRow, bar: true),
        c(.save, [.function(2), .escape], .rowsEditor, T.cmdDone, bar: true),

        c(.back, [.escape], .report, T.cmdBack, bar: true),
        c(.open, [.enter], .report, T.cmdDrill, bar: true),
        c(.previousYear, [.left], .report, T.cmdPreviousYear),
        c(.nextYear, [.right], .report, T.cmdNextYear),
        c(.cyclePeriod, [.char("p")], .report, T.cmdCyclePeriod, bar: true),
        c(.bars, [.char("b")], .report, T.cmdBars, bar: true),
        c(.years, [.char("y")], .report, T.cmdYears, bar: true),
        c(.export, [.char("x"), .function(9)], .report, T.cmdExport, bar: true),

        c(.open, [.enter], .drill, T.cmdOpen, bar: true),
        c(.back, [.escape, .left], .drill, T.cmdBack, bar: true),

        c(.back, [.escape, .function(1), .char("q")], .help, T.cmdClose, bar: true),
        c(.down, [.down, .char("j")], .help, T.cmdScrollDown),
        c(.up, [.up, .char("k")], .help, T.cmdScrollUp),
        c(.pageDown, [.pageDown, .char(" ")], .help, T.cmdPageDown),
        c(.pageUp, [.pageUp], .help, T.cmdPageUp),
        c(.top, [.home, .char("g")], .help, T.cmdTop),
        c(.bottom, [.end, .char("G")], .help, T.cmdBottom),

        c(.yes, [.char("y"), .char("Y"), .char("c")], .confirm, T.cmdYes, bar: true),
        c(.no, [.char("n"), .char("N"), .char("k"), .escape], .confirm, T.cmdNo, bar: true),

        c(.choose, [.enter], .picker, T.cmdChoose, bar: true),
        c(.mark, [.tab], .picker, T.cmdMark, bar: true),
        c(.cancel, [.escape], .picker, T.cmdCancel, bar: true),

        c(.save, [.function(2), .ctrl("s")], .statusDialog, T.cmdSave, bar: true),
        c(.nextField, [.tab], .statusDialog, T.cmdNextField, bar: true),
        c(.previousField, [.backTab], .statusDialog, T.cmdPreviousField),
        c(.choose, [.enter], .statusDialog, T.cmdNextOrSave),
        c(.cancel, [.escape], .statusDialog, T.cmdCancel, bar: true),

        c(.choose, [.enter], .palette, T.cmdRun, bar: true),
        c(.cancel, [.escape], .palette, T.cmdCancel, bar: true),
    ]

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
            if let command = table.first(where: { $0.keymap == keymap && $0.keys.contains(key) }) { return command.id }
        }
        return nil
    }

    /// The commands of a screen, own first, each once, and only those a key still reaches (a key taken
    /// by the screen's own keymap is not also shown for an inherited command).
    static func commands(for keymaps: [Keymap]) -> [Command] {
        var seen: Set<CommandID> = []
        var claimed: Set<Key> = []
        return (keymaps + [.global]).flatMap { keymap in table.filter { $0.keymap == keymap } }.filter { command in
            let reachable = command.keys.contains { !claimed.contains($0) }
            claimed.formUnion(command.keys)
            return reachable && seen.insert(command.id).inserted
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
        let order = keymaps + [.global] + Keymap.allCases.filter { !keymaps.contains($0) && $0 != .global }
        for keymap in order {
            let commands = table.filter { $0.keymap == keymap && applies($0.id) }
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
