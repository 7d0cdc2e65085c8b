import TerminalUI

/// The recommendations list's and page's own keys. Listed once in `Keymap.all` (Shell/Commands.swift).
extension Keymap {
    static let recommendationList = Keymap("recommendationList", T.keysOtherLists, [
        bind(.new, [.char("n"), .function(3)], T.cmdNew, bar: true),
        bind(.cycleResponse, [.char("s")], T.cmdCycleResponse, bar: true),
    ])

    static let recommendationDetail = Keymap("recommendationDetail", T.keysRecommendationDetail, [
        bind(.edit, [.char("e"), .function(3)], T.cmdEdit, bar: true),
        bind(.documents, [.char("d"), .function(9)], T.cmdDocuments, bar: true),
        bind(.openLinked, [.char("o")], T.cmdOpenSource, bar: true),
    ])
}
