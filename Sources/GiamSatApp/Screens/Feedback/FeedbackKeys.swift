import TerminalUI

/// The feedback list's and page's own keys. Listed once in `Keymap.all` (Shell/Commands.swift).
extension Keymap {
    static let feedbackList = Keymap("feedbackList", T.keysFeedbackList, [
        bind(.new, [.char("n"), .function(3)], T.cmdNew, bar: true),
        bind(.cycleStatus, [.char("s")], T.cmdCycleStatus, bar: true),
        bind(.cycleChannel, [.char("c")], T.cmdCycleChannel, bar: true),
        bind(.toggleOverdue, [.char("o")], T.cmdToggleOverdue, bar: true),
        bind(.cycleOrder, [.char("t")], T.cmdCycleOrder, bar: true),
        bind(.section(.report), [.char("r"), .function(8)], T.cmdReport, bar: true),
    ])

    /// `g` is "gia hạn" here (extend a denunciation), not the pages' "top" (Home still is).
    static let feedbackDetail = Keymap("feedbackDetail", T.keysFeedbackDetail, claims: [.char("g")], [
        bind(.changeStatus, [.char("s"), .function(6)], T.cmdChangeStatus, bar: true),
        bind(.edit, [.char("e"), .function(3)], T.cmdEdit, bar: true),
        bind(.documents, [.char("d"), .function(9)], T.cmdDocuments, bar: true),
        bind(.reveal, [.char("v"), .function(7)], T.cmdReveal, bar: true),
        bind(.newRecommendation, [.char("n")], T.cmdNewRecommendation, bar: true),
        bind(.linkPlan, [.char("l")], T.cmdLinkPlan, bar: true),
        bind(.extend, [.char("g")], T.cmdExtend, bar: true),
        bind(.openLinked, [.enter, .char("o")], T.cmdOpenDuplicate, bar: true),
    ])
}
