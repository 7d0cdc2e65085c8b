import GiamSatCore

/// The worklist's words (the dashboard): part of the one table `T`.
extension T {
    static let worklistTitle = Localized("Việc cần làm hôm nay, mọi năm", "To do today, all years")
    /// Past `answer-days` with no written answer: the matter goes to the Front one level up (DOMAIN.md), reminder first.
    static let workUnanswered = Localized("Báo cáo cấp trên", "Report upward")
    static let workReportUpwardHint = Localized("chưa có trả lời bằng văn bản: báo cáo lên cấp trên; d văn bản đôn đốc",
                                                "no written answer: report to the level above; d the reminder")
    static let workToClassify = Localized("Tố cáo: phân loại", "Classify (denunc.)")
    static let noDocumentsHere = Localized("dòng này không có văn bản", "no documents for this line")
    static let workPlanNotReported = Localized("KH chưa báo cáo", "Plan unreported")
    static let workReviewsMissing = Localized("Chưa góp ý CT", "Reviews missing")
    /// A row's reasons, short enough for two in the column ("Quá hạn + chưa PL").
    static let workDueSoonShort = Localized("Sắp hạn", "Due soon")
    static let workUnclassifiedAlso = Localized("chưa PL", "unclass.")
    static let workAnswerLate = Localized("quá hạn trả lời", "past the answer deadline")
    static let workLate = Localized("Trễ", "Late")
    static let workDaysLeft = Localized("còn", "in")
    // Settings of the worklist
    static let answerDaysShort = Localized("Hạn trả lời KN", "Answer within")
    static let reviewSeasonShort = Localized("Tháng góp ý CT", "Review months")
    static let badAnswerDays = Localized("1–365 ngày", "1–365 days")
    static let badReviewSeason = Localized("hai tháng, ví dụ 10-12", "two months, e.g. 10-12")
    static func reviewsMissingText(done: Int, of total: Int, year: Int) -> Localized {
        Localized("\(done) / \(total) thôn, ấp đã góp ý nơi cư trú năm \(year) — Enter mở mục Góp ý",
                  "\(done) / \(total) villages reviewed in \(year) — Enter opens Residence")
    }
}
