import GiamSatCore
import TerminalUI

/// A village's meeting of a year, new (from the residence screens: the village and year are set) or edited: the date,
/// who chaired, attendance, the minutes' summary, and the members exempt that year with their reasons as sub-rows. The
/// village and year of a recorded meeting do not change here: its reviews belong to it by them.
struct MeetingFormSpec: FormSpec {
    private(set) var code: String
    private(set) var original: ResidenceMeeting?
    let isNew: Bool
    private(set) var year: Int
    private(set) var locality: Locality?
    let today: LocalDate
    /// Opened to enter reviews: once the meeting is saved, the grid of its village and year replaces the form.
    let thenGrid: Bool

    init(newIn year: Int, locality: Locality, today: LocalDate, thenGrid: Bool = false) {
        code = ""
        isNew = true
        self.year = year
        self.locality = locality
        self.today = today
        self.thenGrid = thenGrid
    }

    init(editing code: String) {
        self.code = code
        isNew = false
        year = 0
        today = LocalDate(year: 2000, month: 1, day: 1)!
        thenGrid = false
    }

    enum ID {
        static let heldOn = "heldOn", chair = "chair", present = "present", invited = "invited", minutes = "minutes", exempt = "exempt"
        static let official = "official", reason = "reason"
    }

    static let exemptRows = RowsSpec(title: T.meetingExempt, columns: [
        FormField(id: ID.official, label: T.official, kind: .official),
        FormField(id: ID.reason, label: T.meetingExemptReason, kind: .text),
    ], required: [ID.official, ID.reason], height: 2)

    func title(_ env: ScreenEnv) -> String {
        let place = locality?.name ?? ""
        guard isNew else { return "\(env.text(T.editMeetingTitle)) \(code) — \(place) \(year)" }
        return env.text(thenGrid ? T.meetingFirstTitle(year, place) : T.newMeetingTitle(year, place)) + (code.isEmpty ? "" : " (\(code))")
    }

    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        [FormField(id: ID.heldOn, label: T.meetingHeldOn, kind: .date),
         FormField(id: ID.chair, label: T.meetingChair, kind: .text),
         FormField(id: ID.present, label: T.meetingPresent, kind: .text),
         FormField(id: ID.invited, label: T.meetingInvited, kind: .text),
         FormField(id: ID.minutes, label: T.meetingMinutes, kind: .multiline(height: 3)),
         FormField(id: ID.exempt, label: T.meetingExempt, kind: .rows(Self.exemptRows))]
    }

    func load() -> [Effect] {
        guard let locality, isNew else { return [.ask(LoadMeetingPage(code: code))] }
        // Today, or the year's last day for a past year's meeting: the default date is one the store accepts.
        let lastDay = LocalDate(year: year, month: 12, day: 31).map { min($0, today) } ?? today
        return [.ask(MeetingDraft(year: year, locality: locality.code, heldOn: year < today.year ? lastDay : today))]
    }

    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? {
        if let (_, draft) = result.answer(to: MeetingDraft.self) {
            code = draft.code
            return Self.values(draft, names: [:])
        }
        if let (_, answer) = result.answer(to: LoadMeetingPage.self) {
            original = answer.page.meeting
            year = answer.page.meeting.year
            locality = answer.page.grid.locality
            return Self.values(answer.page.meeting, names: answer.page.names)
        }
        return nil
    }

    static func values(_ m: ResidenceMeeting, names: [String: String]) -> FormValues {
        var values = FormValues(names: names)
        values[ID.heldOn] = .text(TextField(m.heldOn.vietnamese))
        values[ID.chair] = .text(TextField(m.chair))
        values[ID.present] = .text(TextField(m.present == 0 ? "" : String(m.present)))
        values[ID.invited] = .text(TextField(m.invited == 0 ? "" : String(m.invited)))
        values[ID.minutes] = .area(TextArea(m.minutes))
        values[ID.exempt] = .rows(m.exempt.map { member in
            var row = exemptRows.blank
            row[ID.official] = .choice(member.official)
            row[ID.reason] = .text(TextField(member.reason))
            return row
        })
        return values
    }

    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {}

    static func number(_ values: FormValues, _ id: String) -> Int? {
        let text = values.text(id).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? 0 : Int(text).flatMap { $0 >= 0 ? $0 : nil }
    }

    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] {
        var problems: [String: Localized] = [:]
        if !values.text(ID.heldOn).isEmpty, saving || values.text(ID.heldOn).count >= 8, values.date(ID.heldOn) == nil {
            problems[ID.heldOn] = T.badDate
        }
        // The store's rule (within the meeting's year, not after today), said beside the date before saving.
        if let heldOn = values.date(ID.heldOn), let problem = ResidenceMeeting.heldOnProblem(heldOn, year: year, today: env.today) {
            problems[ID.heldOn] = problem.localized
        }
        for id in [ID.present, ID.invited] where Self.number(values, id) == nil { problems[id] = T.notANumber }
        if let present = Self.number(values, ID.present), let invited = Self.number(values, ID.invited), invited > 0, present > invited {
            problems[ID.present] = T.presentOverInvited
        }
        if saving && values.text(ID.heldOn).isEmpty { problems[ID.heldOn] = T.required }
        // The store's rule, naming the member: a row from before may have no reason.
        if saving, let row = values.rows(ID.exempt).first(where: { $0.choice(ID.official) != nil && VietnameseText.clean($0.text(ID.reason)).isEmpty }),
           let official = row.choice(ID.official) {
            problems[ID.exempt] = MeetingText.exemptWithoutReason(values.names[official] ?? row.names[official] ?? official)
        }
        return problems
    }

    func meeting(_ values: FormValues) -> ResidenceMeeting {
        let exempt = values.rows(ID.exempt).compactMap { row -> ResidenceMeeting.ExemptMember? in
            row.choice(ID.official).map { ResidenceMeeting.ExemptMember(official: $0, reason: VietnameseText.clean(row.text(ID.reason))) }
        }
        return ResidenceMeeting(code: code, year: year, locality: original?.locality ?? locality?.code ?? "", heldOn: values.date(ID.heldOn)!,
                                chair: VietnameseText.clean(values.text(ID.chair)), present: Self.number(values, ID.present) ?? 0,
                                invited: Self.number(values, ID.invited) ?? 0, minutes: VietnameseText.clean(values.text(ID.minutes)),
                                exempt: exempt, version: original?.version ?? 0)
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome {
        let meeting = meeting(values)
        guard let original else { return .effects(.write(SaveNew(record: meeting))) }
        return .effects(.write(SaveEdit(record: meeting, expectedVersion: original.version)))
    }

    func afterSave(code: String) -> Navigation {
        guard isNew, let locality else { return .pop }
        return thenGrid ? .replace(ResidenceGridScreen(year: year, locality: locality)) : .replace(DetailScreen(source: MeetingDetailSource(code: code)))
    }
}
