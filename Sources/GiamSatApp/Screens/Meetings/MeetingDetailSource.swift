import GiamSatCore
import TerminalUI

/// A residence meeting's page: its village and year, date, chair, attendance, minutes, the members exempt that year and
/// the reviews that came out of it (each member with their assessment, or missing); Enter opens the grid of that
/// village and year to enter them, `d` the meeting's documents (its summary, its letters to the members' party cells).
struct MeetingDetailSource: RecordPageSource {
    static let entity = Entity.residenceMeeting
    static let heading = T.meetingHeading
    let code: String
    var record: MeetingPageAnswer?

    init(code: String) { self.code = code }

    var keymap: Keymap { .meetingDetail }
    var loadRequest: LoadMeetingPage { LoadMeetingPage(code: code) }
    var version: Int? { record?.page.meeting.version }

    func offers(_ command: CommandID) -> Bool { record != nil }

    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> Outcome? {
        guard let page = record?.page else { return nil }
        switch command {
        case .meetingReviews: return .navigate(.push(ResidenceGridScreen(year: page.meeting.year, locality: page.grid.locality)))
        case .edit: return .navigate(.push(FormScreen(spec: MeetingFormSpec(editing: code))))
        case .documents: return .navigate(.push(DocumentsScreen(source: .meeting(code))))
        default: return nil
        }
    }

    func sections(_ env: ScreenEnv) -> [DetailSection] {
        guard let record else { return [] }
        let m = record.page.meeting, count = record.page.count, grid = record.page.grid
        func field(_ label: Localized, _ value: String) -> DetailLine { .field(env.text(label), value.isEmpty ? "—" : value, .normal) }
        let facts = [field(T.meetingLocality, grid.locality.name), field(T.yearLabel, String(m.year)), field(T.meetingHeldOn, m.heldOn.vietnamese),
                     field(T.meetingChair, m.chair), field(T.meetingAttendance, "\(m.present)/\(m.invited)"),
                     field(T.meetingCount, env.text(T.meetingCountText(count.reviews, missing: count.missing, exempt: count.exempt)))]
        var sections = [DetailSection(title: nil, lines: facts)]
        if !m.minutes.isEmpty { sections.append(DetailSection(title: env.text(T.meetingMinutes), lines: [.paragraph(m.minutes, .normal)])) }
        let reviews: [DetailLine] = (grid.members + grid.visitors).map { member in
            let name = member.residence == grid.locality.code ? member.name : "\(member.name) \(env.text(T.livesElsewhere))"
            guard let review = member.review else { return .paragraph("\(name) \(env.text(T.notReviewed))", .overdue) }
            let opinions = review.opinions.isEmpty ? "" : " · " + review.opinions
            return .paragraph("\(name) — \(env.text(review.assessment.label))\(opinions)", .normal)
        }
        sections.append(DetailSection(title: env.text(T.meetingReviews), lines: reviews.isEmpty ? [.paragraph(env.text(T.noMembers), .muted)] : reviews))
        let exempt: [DetailLine] = grid.exempt.map { member in
            let reason = m.exempt.first { $0.official == member.code }?.reason ?? ""
            return .paragraph(member.name + (reason.isEmpty ? "" : ": \(reason)"), .muted)
        }
        sections.append(DetailSection(title: env.text(T.meetingExemptTitle), lines: exempt.isEmpty ? [.paragraph(env.text(T.noExempt), .muted)] : exempt))
        sections.append(DetailSection(title: env.text(T.audit), lines: record.audit.map { .paragraph(AuditText.line($0, env), .muted) }))
        return sections
    }
}
