import TerminalUI

/// The report's keys and those of the records behind a figure. Listed once in `Keymap.all` (Shell/Commands.swift).
extension Keymap {
    static let report = Keymap("report", T.keysReport, [
        bind(.back, [.escape], T.cmdBack, bar: true),
        bind(.documents, [.char("d")], T.cmdDocuments, bar: true),
        bind(.open, [.enter], T.cmdDrill, bar: true),
        bind(.previousYear, [.left], T.cmdPreviousYear),
        bind(.nextYear, [.right], T.cmdNextYear),
        bind(.cyclePeriod, [.char("p")], T.cmdCyclePeriod, bar: true),
        bind(.bars, [.char("b")], T.cmdBars, bar: true),
        bind(.years, [.char("y")], T.cmdYears, bar: true),
        bind(.export, [.char("x"), .function(9)], T.cmdExport, bar: true),
    ])

    static let drill = Keymap("drill", T.keysDrill, [
        bind(.open, [.enter], T.cmdOpen, bar: true),
        bind(.back, [.escape, .left], T.cmdBack, bar: true),
    ])
}
