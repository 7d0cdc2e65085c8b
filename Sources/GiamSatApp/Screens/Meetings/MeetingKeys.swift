import TerminalUI

/// The meeting page's own keys. Listed once in `Keymap.all` (Shell/Commands.swift). `m` on the residence screens
/// (`Keymap.residence`, `Keymap.residenceGrid`) opens the village's meeting of the year.
extension Keymap {
    static let meetingDetail = Keymap("meetingDetail", T.keysMeetingDetail, [
        bind(.meetingReviews, [.enter, .char("r")], T.cmdMeetingReviews, bar: true),
        bind(.edit, [.char("e"), .function(3)], T.cmdEdit, bar: true),
        bind(.documents, [.char("d"), .function(9)], T.cmdDocuments, bar: true),
    ])
}
