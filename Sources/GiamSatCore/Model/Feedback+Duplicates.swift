/// A feedback record's link to the record it duplicates, and the steps it may take next (issue 21).
/// Beside `Feedback.swift` so that the duplicates and the clocks change different files.
extension Feedback {
    /// The record this one duplicates: the original named by its "trùng" step, while that step is its status.
    public var duplicateOf: String? { status == .trungLap ? history.last?.duplicateOf : nil }

    /// The steps offered next: "closed without a reply" only when there is nobody to reply to.
    public var nextSteps: [FeedbackStatus] { status.allowedNext.filter { $0 != .ketQuaAnDanh || anonymous } }
}
