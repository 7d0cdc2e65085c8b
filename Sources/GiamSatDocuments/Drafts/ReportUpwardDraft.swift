import GiamSatCore

/// The report to the Front one level up about a recommendation left without a written answer past `answer-days`
/// (DOMAIN.md "Documents the office sends"; issue 21). Since 1 July 2025 a commune's level above is its province.
extension AppDatabase {
    func reportUpwardDraft(_ r: Recommendation, commune: Commune?, values c: inout [String: Any], today: LocalDate) throws -> Draft {
        let province = commune?.province ?? ""
        c["upperLevel"] = province.isEmpty ? "cấp trên" : Values.lowerFirst(province)
        let reminder = try previousOutgoing(purpose: DocumentTemplate.reminder.purpose + ":" + r.code, year: today.year)
        if let reminder {
            c["reminderNumber"] = reminder.symbol
            c["reminderOn"] = reminder.issuedOn.vietnamese
        }
        return Draft(template: .reportUpward, context: c, tables: [], recipients: ["Như trên", r.to + " (để biết)"],
                     title: "Báo cáo kiến nghị gửi " + r.to + " chưa được trả lời", source: r.code, date: today,
                     fileStem: "bao-cao-cap-tren-" + r.code)
    }
}
