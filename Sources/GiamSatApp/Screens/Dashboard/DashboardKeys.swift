import TerminalUI

/// The dashboard's keys (section 1). Listed once in `Keymap.all` (Shell/Commands.swift).
extension Keymap {
    static let dashboard = Keymap("dashboard", T.keysDashboard, [
        bind(.previousYear, [.left], T.cmdPreviousYear),
        bind(.nextYear, [.right], T.cmdNextYear),
        bind(.refresh, [.function(5), .ctrl("l")], T.cmdRefresh),
        bind(.documents, [.char("d"), .function(9)], T.cmdDocuments, bar: true),
    ])
}
