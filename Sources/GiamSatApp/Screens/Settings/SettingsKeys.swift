import TerminalUI

/// The settings screens' keys. Listed once in `Keymap.all` (Shell/Commands.swift).
extension Keymap {
    static let settings = Keymap("settings", T.keysSettings, [
        bind(.open, [.enter], T.cmdChange, bar: true),
        bind(.back, [.escape], T.cmdBack, bar: true),
    ])

    /// Esc goes back (the list has no filter to clear); x deletes (after a question), so the former-commune
    /// filter of other lists is not offered here.
    static let localityList = Keymap("localityList", T.keysLocalities, claims: [.escape, .char("x")], [
        bind(.new, [.char("n"), .function(3)], T.cmdAddLocality, bar: true),
        bind(.edit, [.char("e")], T.cmdEditLocality, bar: true),
        bind(.delete, [.char("x"), .delete], T.cmdDeleteLocality, bar: true),
        bind(.back, [.escape], T.cmdBack),
    ])

    static let holidays = Keymap("holidays", T.keysHolidays, [
        bind(.new, [.char("n"), .function(3)], T.cmdAddHoliday, bar: true),
        bind(.delete, [.char("x"), .delete], T.cmdRemoveHoliday, bar: true),
        bind(.previousYear, [.left], T.cmdPreviousYear, bar: true),
        bind(.nextYear, [.right], T.cmdNextYear, bar: true),
        bind(.back, [.escape], T.cmdBack, bar: true),
    ])
}
