import TerminalUI

/// The plans list's and page's own keys. Listed once in `Keymap.all` (Shell/Commands.swift).
extension Keymap {
    static let planList = Keymap("planList", T.keysOtherLists, [
        bind(.new, [.char("n"), .function(3)], T.cmdNew, bar: true),
        bind(.cycleStatus, [.char("s")], T.cmdCycleStatus, bar: true),
        bind(.cycleYear, [.char("y")], T.cmdCycleYear, bar: true),
    ])

    static let planDetail = Keymap("planDetail", T.keysPlanDetail, [
        bind(.changeStatus, [.char("s"), .function(6)], T.cmdChangeStatus, bar: true),
        bind(.edit, [.char("e"), .function(3)], T.cmdEdit, bar: true),
        bind(.documents, [.char("d"), .function(9)], T.cmdDocuments, bar: true),
        bind(.findings, [.char("f")], T.cmdFindings, bar: true),
        bind(.newRecommendation, [.char("n")], T.cmdNewRecommendation, bar: true),
        bind(.openLinked, [.char("o")], T.cmdOpenLinked, bar: true),
    ])
}
