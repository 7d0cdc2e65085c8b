import TerminalUI

/// The attachments list's own keys (issue 21). Listed once in `Keymap.all` (Shell/Commands.swift); `a` on every
/// record's page opens it (`Keymap.detail`).
extension Keymap {
    static let attachmentList = Keymap("attachmentList", T.keysAttachments, [
        bind(.new, [.char("n"), .function(3)], T.cmdAttach, bar: true),
        bind(.open, [.enter, .char("o")], T.cmdOpenAttachment, bar: true),
        bind(.markIdentity, [.char("i")], T.cmdMarkIdentity, bar: true),
        bind(.void, [.char("X")], T.cmdVoidAttachment),
        bind(.restore, [.char("K")], T.cmdRestoreAttachment),
    ])
}
