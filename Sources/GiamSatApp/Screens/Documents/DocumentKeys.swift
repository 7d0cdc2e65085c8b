import TerminalUI

/// The outgoing register line's page: its own key opens the record it was made from. Listed once in `Keymap.all`
/// (Shell/Commands.swift). The documents key (`d`) is in the plan, recommendation, feedback and report keymaps, the
/// register (`R`) in the global one.
extension Keymap {
    static let outgoingDetail = Keymap("outgoingDetail", T.keysOutgoingDetail, [
        bind(.openLinked, [.char("o")], T.cmdOpenSource, bar: true),
    ])
}
