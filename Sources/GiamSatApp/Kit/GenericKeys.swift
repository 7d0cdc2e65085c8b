import GiamSatCore
import TerminalUI

/// The keys every screen of a kind inherits (lists, pages, forms, dialogs), declared once. Listed once in `Keymap.all` (Shell/Commands.swift).
extension Keymap {
    /// Moving through lines, the same keys in a list and on a page (`up` and `down` say "scroll" there).
    private static func moves(up: Localized, down: Localized) -> [Binding] {
        [bind(.up, [.up, .char("k")], up),
         bind(.down, [.down, .char("j")], down),
         bind(.pageUp, [.pageUp], T.cmdPageUp),
         bind(.pageDown, [.pageDown, .char(" ")], T.cmdPageDown),
         bind(.top, [.home, .char("g")], T.cmdTop),
         bind(.bottom, [.end, .char("G")], T.cmdBottom)]
    }

    static let navigation = Keymap("navigation", T.keysNavigation, [
        bind(.open, [.enter], T.cmdOpen, bar: true),
        bind(.back, [.escape], T.cmdBack),
    ] + moves(up: T.cmdUp, down: T.cmdDown))

    /// Esc clears the filters first, then goes back (`ListScreen`).
    static let list = Keymap("list", T.keysList, claims: [.escape], [
        bind(.filter, [.char("/")], T.cmdFilter, bar: true),
        bind(.clearFilters, [.escape], T.cmdClearFilters),
        bind(.refresh, [.function(5), .ctrl("l")], T.cmdRefresh),
        bind(.cycleFormerUnit, [.char("x")], T.cmdCycleFormerUnit, bar: true),
        bind(.showVoided, [.char("H")], T.cmdShowVoided),
    ])

    /// Void and restore work on every voidable kind's page (`DetailScreen`, issue 17); `a` opens any record's files (issue 21),
    /// in the key bar after the page's own keys (it was left out of the bar, so only F1 told of it).
    static let detail = Keymap("detail", T.keysDetail, [
        bind(.attachments, [.char("a")], T.cmdAttachments, bar: true),
        bind(.back, [.escape, .left], T.cmdBack, bar: true),
        bind(.void, [.char("X")], T.cmdVoid),
        bind(.restore, [.char("K")], T.cmdRestore),
    ] + moves(up: T.cmdScrollUp, down: T.cmdScrollDown))

    /// Tab and Shift-Tab move between fields (Esc leaves the form, then they switch sections again).
    static let form = Keymap("form", T.keysForm, claims: [.tab, .backTab], [
        bind(.save, [.function(2), .ctrl("s")], T.cmdSave, bar: true),
        bind(.nextField, [.tab, .down], T.cmdNextField, bar: true),
        bind(.previousField, [.backTab, .up], T.cmdPreviousField),
        bind(.choose, [.enter], T.cmdChoose),
        bind(.reveal, [.function(7)], T.cmdReveal),
        bind(.cancel, [.escape], T.cmdCancel, bar: true),
    ])

    /// Esc closes the rows keeping them, as F2 does (nothing is saved before the form is).
    static let rowsEditor = Keymap("rowsEditor", T.keysRowsEditor, claims: [.escape], [
        bind(.new, [.char("n"), .function(3)], T.cmdAddRow, bar: true),
        bind(.open, [.enter], T.cmdEditRow, bar: true),
        bind(.deleteRow, [.delete, .char("x")], T.cmdDeleteRow, bar: true),
        bind(.save, [.function(2), .escape], T.cmdDone, bar: true),
    ])

    static let help = Keymap("help", T.keysHelp, [
        bind(.back, [.escape, .function(1), .char("q")], T.cmdClose, bar: true),
        bind(.down, [.down, .char("j")], T.cmdScrollDown),
        bind(.up, [.up, .char("k")], T.cmdScrollUp),
        bind(.pageDown, [.pageDown, .char(" ")], T.cmdPageDown),
        bind(.pageUp, [.pageUp], T.cmdPageUp),
        bind(.top, [.home, .char("g")], T.cmdTop),
        bind(.bottom, [.end, .char("G")], T.cmdBottom),
    ])

    static let confirm = Keymap("confirm", T.keysConfirm, [
        bind(.yes, [.char("y"), .char("Y"), .char("c")], T.cmdYes, bar: true),
        bind(.no, [.char("n"), .char("N"), .char("k"), .escape], T.cmdNo, bar: true),
    ])

    static let picker = Keymap("picker", T.keysPicker, [
        bind(.choose, [.enter], T.cmdChoose, bar: true),
        bind(.mark, [.tab], T.cmdMark, bar: true),
        bind(.cancel, [.escape], T.cmdCancel, bar: true),
    ])

    /// Enter goes to the next field or saves, Esc closes the dialog.
    static let statusDialog = Keymap("statusDialog", T.keysStatusDialog, claims: [.enter, .escape], [
        bind(.save, [.function(2), .ctrl("s")], T.cmdSave, bar: true),
        bind(.nextField, [.tab], T.cmdNextField, bar: true),
        bind(.previousField, [.backTab], T.cmdPreviousField),
        bind(.choose, [.enter], T.cmdNextOrSave),
        bind(.cancel, [.escape], T.cmdCancel, bar: true),
    ])

    /// Enter runs the chosen command, Esc closes the palette.
    static let palette = Keymap("palette", T.keysPalette, claims: [.enter, .escape], [
        bind(.choose, [.enter], T.cmdRun, bar: true),
        bind(.cancel, [.escape], T.cmdCancel, bar: true),
    ])

    static let prompt = Keymap("prompt", T.keysPrompt, [
        bind(.choose, [.enter], T.cmdOK, bar: true),
        bind(.cancel, [.escape], T.cmdCancel, bar: true),
    ])
}
