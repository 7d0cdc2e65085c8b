import TerminalUI

/// The residence screens' keys: the year's localities, the grid of one locality, its opinions box. Listed once in `Keymap.all` (Shell/Commands.swift).
extension Keymap {
    static let residence = Keymap("residence", T.keysResidence, [
        bind(.open, [.enter], T.cmdOpen, bar: true),
        bind(.meeting, [.char("m")], T.cmdMeeting, bar: true),
        bind(.previousYear, [.left], T.cmdPreviousYear, bar: true),
        bind(.nextYear, [.right], T.cmdNextYear, bar: true),
        bind(.refresh, [.function(5), .ctrl("l")], T.cmdRefresh),
    ])

    /// Fast entry: one letter saves an assessment at once, so none of them is a key that means something else
    /// anywhere in the app (not the digits of the sections, not `k` for up); Enter goes down and Tab opens the
    /// opinions box, taken on purpose (the sections stay on their digits and Shift-Tab, as the hint line says).
    static let residenceGrid = Keymap("residenceGrid", T.keysResidenceGrid, claims: [.enter, .tab], [
        bind(.assessGood, [.char("t")], T.cmdAssessGood, bar: true),
        bind(.assessShortcomings, [.char("h")], T.cmdAssessShortcomings, bar: true),
        bind(.assessNone, [.char("n")], T.cmdAssessNone, bar: true),
        bind(.opinions, [.char("o"), .tab], T.cmdOpinions, bar: true),
        bind(.down, [.enter, .down, .char("j")], T.cmdDown),
        bind(.addReview, [.char("a")], T.cmdAddReview, bar: true),
        bind(.meeting, [.char("m")], T.cmdMeeting, bar: true),
        bind(.void, [.char("X")], T.cmdVoidReview),
        bind(.back, [.escape, .left], T.cmdBack, bar: true),
    ])

    static let opinionsBox = Keymap("opinionsBox", T.keysOpinions, [
        bind(.save, [.enter, .function(2), .ctrl("s")], T.cmdSave, bar: true),
        bind(.cancel, [.escape], T.cmdCancel, bar: true),
    ])
}
