import TerminalUI

/// The keys of the screen before saving a record that looks like others (issue 21). Listed once in `Keymap.all`.
extension Keymap {
    static let duplicates = Keymap("duplicates", T.keysDuplicates, [
        bind(.saveAsDuplicate, [.char("t")], T.cmdSaveAsDuplicate, bar: true),
        bind(.save, [.function(2), .ctrl("s")], T.cmdSaveAnyway, bar: true),
        bind(.open, [.enter], T.cmdOpenCandidate, bar: true),
        bind(.back, [.escape], T.cmdBackToForm, bar: true),
    ])
}
