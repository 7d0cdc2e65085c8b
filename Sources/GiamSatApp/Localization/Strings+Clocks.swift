import GiamSatCore

/// The words of the law's clocks (issue 21): the feedback page, `g`, the form's flags, the settings.
extension T {
    static let cmdExtend = Localized("Gia hạn", "Extend")
    static let clockFor = Localized("Thời hạn", "Clock")
    static let workingDays = Localized("ngày làm việc", "working days")
    static let extensionDate = Localized("Ngày gia hạn", "Extended on")
    static let extensionReason = Localized("Lý do gia hạn", "Reason")
    static func extensionNumber(_ n: Int) -> Localized { Localized("Gia hạn lần \(n)", "Extension \(n)") }
    static func extendTitle(_ n: Int, days: Int) -> Localized {
        Localized("Gia hạn giải quyết lần \(n) (+\(days) ngày)", "Extension \(n) (+\(days) days)")
    }

    /// What the due date is for and counts from: "Giải quyết tố cáo: 30 ngày từ ngày thụ lý 03/03/2026, gia hạn 2 lần (+60)".
    static func clockExplained(_ f: Feedback, _ clock: FeedbackClock) -> Localized {
        let what: Localized
        switch f.kind {
        case .phanAnh, .kienNghi: what = Localized("Giải quyết", "Resolve")
        case .khieuNai:
            let complex = f.clockFlags.contains(.complex), remote = f.clockFlags.contains(.remote)
            let tags = [complex ? ClockText.complex : nil, remote ? ClockText.remote : nil].compactMap { $0 }
            what = Localized("Giải quyết khiếu nại lần đầu" + (tags.isEmpty ? "" : " (" + tags.map(\.vi).joined(separator: ", ") + ")"),
                             "Resolve a first complaint" + (tags.isEmpty ? "" : " (" + tags.map(\.en).joined(separator: ", ") + ")"))
        case .toCao: what = Localized("Giải quyết tố cáo", "Resolve a denunciation")
        }
        let from: Localized
        switch clock.start {
        case .received(let d):
            from = f.kind == .khieuNai || f.kind == .toCao
                ? Localized("từ ngày nhận \(d.vietnamese) (chưa thụ lý)", "from receipt \(d.vietnamese) (not accepted yet)")
                : Localized("từ ngày nhận \(d.vietnamese)", "from receipt \(d.vietnamese)")
        case .accepted(let d): from = Localized("từ ngày thụ lý \(d.vietnamese)", "from acceptance \(d.vietnamese)")
        }
        let added = clock.extensions.reduce(0) { $0 + $1.days }
        let extended = clock.extensions.isEmpty ? Localized("", "")
            : Localized(", gia hạn \(clock.extensions.count) lần (+\(added))", ", extended \(clock.extensions.count)× (+\(added))")
        return Localized("\(what.vi): \(clock.days) ngày \(from.vi)\(extended.vi)", "\(what.en): \(clock.days) days \(from.en)\(extended.en)")
    }

    // The feedback form's flags.
    static let flagComplex = Localized("Vụ việc phức tạp", "Complex matter")
    static let flagRemote = Localized("Vùng sâu vùng xa", "Remote area")
    static let flagSeveralPlaces = Localized("Nhiều địa bàn", "Several places")

    // Settings.
    static let complaintDaysShort = Localized("Khiếu nại (ngày)", "Complaint (days)")
    static let denunciationDaysShort = Localized("Tố cáo (ngày)", "Denunciation (days)")
    static let badComplaintDays = Localized("bốn số ngày 1–365, ví dụ 30 45 45 60", "four numbers of days 1–365, e.g. 30 45 45 60")
    static let badDenunciationDays = Localized("bốn số: phân loại, phân loại nhiều nơi (ngày làm việc), giải quyết, gia hạn; ví dụ 7 10 30 30",
                                               "four numbers: classify, classify across places (working days), resolve, extension; e.g. 7 10 30 30")
    static let planLeadDaysShort = Localized("KH trước (ngày)", "Plan ahead (days)")
    static let badPlanLeadDays = Localized("1–365 ngày", "1–365 days")
}

extension T {
    static let clocksSettingLine = Localized("Thời hạn theo luật", "Deadlines of the law")
    static func clocksSettingValue(_ c: ClockRules) -> Localized {
        Localized("KN \(c.complaintDays)/\(c.complaintComplexDays)/\(c.complaintRemoteDays)/\(c.complaintRemoteComplexDays) · "
                  + "TC \(c.classifyDenunciationDays)/\(c.classifyDenunciationSeveralPlacesDays) NLV, \(c.denunciationDays)+\(c.extensionDays) · "
                  + "KH \(c.planLeadDays)",
                  "Compl. \(c.complaintDays)/\(c.complaintComplexDays)/\(c.complaintRemoteDays)/\(c.complaintRemoteComplexDays) · "
                  + "Denunc. \(c.classifyDenunciationDays)/\(c.classifyDenunciationSeveralPlacesDays) wd, \(c.denunciationDays)+\(c.extensionDays) · "
                  + "Plan \(c.planLeadDays)")
    }
}

extension T {
    /// Beside the plan's issue date (short: it shares the line with the date).
    static func planLeadShort(short: Int, lead: Int) -> Localized {
        Localized("chưa đủ \(lead) ngày trước khi giám sát (thiếu \(short))", "under \(lead) days before the start (\(short) short)")
    }
}

extension T {
    /// A recommendation's page past `answer-days` (issue 21): what the law asks next, and where the reminder is.
    static func reportUpward(_ days: Int) -> Localized {
        Localized("quá \(days) ngày chưa trả lời bằng văn bản: báo cáo lên cấp trên (d: văn bản đôn đốc)",
                  "no written answer after \(days) days: report to the level above (d: the reminder)")
    }
}
