import GiamSatCore

/// A residence review meeting's documents (issue 21): the village's summary, and one letter per member reviewed there
/// (those the meeting lists as exempt get none) to the party cell where they work, each numbered in the register.
extension AppDatabase {
    public func meetingSummaryDraft(code: String, today: LocalDate = .today()) throws -> Draft {
        let page = try meetingPage(code: code)
        let m = page.meeting
        let reviewed = letterMembers(page)
        var c = try meetingValues(page)
        c["present"] = m.present
        c["invited"] = m.invited
        c["minutes"] = Values.paragraphs(m.minutes)
        c["reviewCount"] = page.count.reviews
        c["exemptCount"] = page.count.exempt
        c["reviews"] = Values.list(reviewed.map { member in
            ["name": member.name, "position": member.position, "unit": "", "assessment": member.review?.assessment.label(.vi) ?? "",
             "opinions": member.review?.opinions ?? ""] as [String: Any]
        })
        c["exempt"] = Values.list(page.grid.exempt.map { member in
            ["name": member.name, "reason": m.exempt.first { $0.official == member.code }?.reason ?? ""] as [String: Any]
        })
        return Draft(template: .meetingSummary, context: c, tables: [], recipients: ["Đảng ủy xã", "Chi bộ \(page.grid.locality.name)"],
                     title: "Tổng hợp kết quả hội nghị góp ý đảng viên nơi cư trú năm \(m.year) — \(page.grid.locality.name)",
                     source: m.code, date: today, fileStem: "hoi-nghi-gop-y-" + m.code)
    }

    /// One letter per member reviewed at the meeting and not exempt, in the grid's order (members, then those living
    /// elsewhere reviewed here).
    public func meetingLetterDrafts(code: String, today: LocalDate = .today()) throws -> [Draft] {
        let page = try meetingPage(code: code)
        let m = page.meeting
        return try letterMembers(page).map { member in
            let official = try fetch(Official.self, code: member.code)
            let cell = official?.partyCell ?? ""
            let to = cell.isEmpty ? "Chi bộ nơi đồng chí \(member.name) công tác" : cell
            var c = try meetingValues(page)
            c["to"] = to
            c["name"] = member.name
            c["position"] = member.position
            c["unit"] = official?.unit ?? ""
            c["assessment"] = member.review?.assessment.label(.vi) ?? ""
            c["opinions"] = member.review?.opinions ?? ""
            var draft = Draft(template: .meetingLetter, context: c, tables: [], recipients: ["Như trên"],
                              title: "Nhận xét đảng viên \(member.name) nơi cư trú năm \(m.year)", source: m.code, date: today,
                              fileStem: "nhan-xet-\(m.code)-\(member.code)")
            draft.purposeKey = "\(m.code)/\(member.code)"
            return draft
        }
    }

    private func letterMembers(_ page: MeetingPage) -> [ResidenceMember] {
        (page.grid.members + page.grid.visitors).filter { $0.review != nil && !page.meeting.exempts($0.code) }
    }

    private func meetingValues(_ page: MeetingPage) throws -> [String: Any] {
        ["communeName": try commune()?.name ?? "", "year": page.meeting.year, "localityName": page.grid.locality.name,
         "heldOn": page.meeting.heldOn.vietnamese, "chair": page.meeting.chair, "code": page.meeting.code]
    }
}

extension DocumentWriter {
    /// Writes a meeting's letters into `folder`, one numbered document each. A letter written before keeps its number (a
    /// corrected reprint); a new one takes the next. Returns what was written, in order.
    public func writeLetters(_ drafts: [Draft], folder: String) throws -> [Outcome] {
        try drafts.map { draft in
            try write(draft, to: folder + "/" + Files.safeName(draft.fileStem) + ".docx", overwrite: true, numbering: .keep)
        }
    }
}
