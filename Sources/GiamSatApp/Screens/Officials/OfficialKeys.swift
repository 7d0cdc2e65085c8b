import TerminalUI

/// The officials list's and page's own keys. Listed once in `Keymap.all` (Shell/Commands.swift).
extension Keymap {
    static let officialList = Keymap("officialList", T.keysOtherLists, [
        bind(.new, [.char("n"), .function(3)], T.cmdNew, bar: true),
        bind(.cycleCategory, [.char("c")], T.cmdCycleCategory, bar: true),
        bind(.cycleStatus, [.char("s")], T.cmdCycleStatus),
        bind(.filterUnit, [.char("d")], T.cmdFilterUnit, bar: true),
        bind(.filterLocality, [.char("l")], T.cmdFilterLocality, bar: true),
        bind(.cycleParty, [.char("p")], T.cmdCycleParty),
        bind(.toggleArchived, [.char("a")], T.cmdToggleArchived),
        bind(.importFile, [.char("i")], T.cmdImportOfficials),
    ])

    static let officialDetail = Keymap("officialDetail", T.keysOfficialDetail, [
        bind(.edit, [.char("e"), .function(3)], T.cmdEdit, bar: true),
        // `A`, since `a` opens a record's attachments on every page (issue 21).
        bind(.archive, [.char("A")], T.cmdArchive, bar: true),
        bind(.joinOfficial, [.char("m")], T.cmdJoinOfficial),
    ])
}
