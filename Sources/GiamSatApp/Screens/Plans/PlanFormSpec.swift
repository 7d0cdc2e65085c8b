import GiamSatCore
import TerminalUI

/// The new / edit form of a supervision plan: code (the next free one proposed), document number and
/// date, title, basis, year, type, form, content areas, the team (decision, lead, members with their
/// organisation as sub-rows), target units (sub-rows), officials supervised (picker), dates. The status
/// is not here: it moves by the status step, forward only. Findings are kept as they were.
struct PlanFormSpec: FormSpec {
    private(set) var code: String
    private(set) var original: Plan?
    let isNew: Bool
    let year: Int

    init(newIn year: Int) {
        code = ""
        isNew = true
        self.year = year
    }

    init(editing code: String) {
        self.code = code
        isNew = false
        year = 0
    }

    enum ID {
        static let code = "code", document = "documentNumber", issued = "issuedOn", title = "title", basis = "basis"
        static let year = "year", type = "type", form = "form", contents = "contents", decision = "teamDecision"
        static let lead = "teamLead", members = "members", targets = "targetUnits", supervised = "supervised"
        static let start = "startOn", end = "endOn", reported = "reportedOn"
        static let memberName = "name", memberOrganization = "organization", unit = "unit"
    }

    static let memberRows = RowsSpec(title: T.teamMembers, columns: [
        FormField(id: ID.memberName, label: T.memberName, kind: .text),
        FormField(id: ID.memberOrganization, label: T.organization, kind: .text),
    ], required: [ID.memberName], height: 3)

    static let targetRows = RowsSpec(title: T.targetUnits, columns: [
        FormField(id: ID.unit, label: T.targetUnit, kind: .text),
    ], required: [ID.unit], height: 2)

    func title(_ env: ScreenEnv) -> String { env.text(isNew ? T.newPlanTitle : T.editPlanTitle) + " " + code }

    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        func items<E: Slugged>(_ type: E.Type) -> [Picker.Item] {
            E.allCases.map { Picker.Item(id: $0.slug, label: env.text($0.label), searchKey: VietnameseText.fold(env.text($0.label))) }
        }
        // The code is chosen once, for a new plan (the next free one is proposed); an edit keeps it.
        return (isNew ? [FormField(id: ID.code, label: T.internalCode, kind: .text)] : []) + [
            FormField(id: ID.document, label: T.documentNumber, kind: .text),
            FormField(id: ID.issued, label: T.issuedOn, kind: .date),
            FormField(id: ID.title, label: T.planTitle, kind: .multiline(height: 2)),
            FormField(id: ID.basis, label: T.basis, kind: .multiline(height: 2)),
            FormField(id: ID.year, label: T.year, kind: .text),
            FormField(id: ID.type, label: T.planType, kind: .choice(items(PlanType.self), none: nil)),
            FormField(id: ID.form, label: T.planForm, kind: .choice(items(PlanForm.self), none: nil)),
            FormField(id: ID.contents, label: T.contentAreas, kind: .multiChoice(items(ContentArea.self))),
            FormField(id: ID.decision, label: T.teamDecision, kind: .text),
            FormField(id: ID.lead, label: T.teamLead, kind: .text),
            FormField(id: ID.members, label: T.teamMembers, kind: .rows(Self.memberRows)),
            FormField(id: ID.targets, label: T.targetUnits, kind: .rows(Self.targetRows)),
            FormField(id: ID.supervised, label: T.supervisedOfficials, kind: .officials),
            FormField(id: ID.start, label: T.startOn, kind: .date),
            FormField(id: ID.end, label: T.endOn, kind: .date),
            FormField(id: ID.reported, label: T.reportedOn, kind: .date),
        ]
    }

    func load() -> [Effect] { isNew ? [.ask(PlanDraft(year: year))] : [.ask(LoadPlan(code: code))] }

    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? {
        if let (_, code) = result.answer(to: PlanDraft.self) {
            self.code = code
            return Self.values(Plan(code: code, title: "", year: year, type: .thuongXuyen, form: .doanGiamSat, status: .duThao),
                               names: [:], blank: true)
        }
        if let (_, record) = result.answer(to: LoadPlan.self) {
            original = record.plan
            return Self.values(record.plan, names: record.officialNames, blank: false)
        }
        return nil
    }

    static func values(_ p: Plan, names: [String: String], blank: Bool) -> FormValues {
        var values = FormValues(names: names)
        func text(_ value: String) -> FormValues.Value { .text(TextField(value)) }
        func date(_ value: LocalDate?) -> FormValues.Value { .text(TextField(value?.vietnamese ?? "")) }
        values[ID.code] = text(p.code)
        values[ID.document] = text(p.documentNumber)
        values[ID.issued] = date(p.issuedOn)
        values[ID.title] = .area(TextArea(p.title))
        values[ID.basis] = .area(TextArea(p.basis))
        values[ID.year] = text(String(p.year))
        values[ID.type] = .choice(blank ? nil : p.type.slug)
        values[ID.form] = .choice(blank ? nil : p.form.slug)
        values[ID.contents] = .many(p.contents.map(\.slug))
        values[ID.decision] = text(p.team.decisionNumber)
        values[ID.lead] = text(p.team.lead)
        values[ID.members] = .rows(p.team.members.map { member in
            var row = memberRows.blank
            row[ID.memberName] = .text(TextField(member.name))
            row[ID.memberOrganization] = .text(TextField(member.organization))
            return row
        })
        values[ID.targets] = .rows(p.targetUnits.map { unit in
            var row = targetRows.blank
            row[ID.unit] = .text(TextField(unit))
            return row
        })
        values[ID.supervised] = .many(p.supervised.map(\.official))
        values[ID.start] = date(p.startOn)
        values[ID.end] = date(p.endOn)
        values[ID.reported] = date(p.reportedOn)
        return values
    }

    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {}

    static func isPlanCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0] == "KH" && parts[1].count == 4 && Int(parts[1]) != nil && !parts[2].isEmpty
            && parts[2].allSatisfy(\.isNumber)
    }

    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] {
        var problems: [String: Localized] = [:]
        for id in [ID.issued, ID.start, ID.end, ID.reported] where !values.text(id).isEmpty && (saving || values.text(id).count >= 8) {
            if values.date(id) == nil { problems[id] = T.badDate }
        }
        if let start = values.date(ID.start), let end = values.date(ID.end), end < start { problems[ID.end] = T.endBeforeStart }
        let year = values.text(ID.year)
        if (saving || year.count >= 4), Int(year).map({ !(1990...2100).contains($0) }) ?? true { problems[ID.year] = T.badYear }
        guard saving else { return problems }
        if isNew && !Self.isPlanCode(VietnameseText.clean(values.text(ID.code)).uppercased()) { problems[ID.code] = T.badCode }
        if VietnameseText.clean(values.text(ID.title)).isEmpty { problems[ID.title] = T.required }
        if values.choice(ID.type) == nil { problems[ID.type] = T.required }
        if values.choice(ID.form) == nil { problems[ID.form] = T.required }
        return problems
    }

    func plan(_ values: FormValues) -> Plan {
        func clean(_ id: String) -> String { VietnameseText.clean(values.text(id)) }
        let members = values.rows(ID.members).map {
            Plan.Member(name: VietnameseText.clean($0.text(ID.memberName)), organization: VietnameseText.clean($0.text(ID.memberOrganization)))
        }
        let findings = Dictionary((original?.supervised ?? []).map { ($0.official, $0.findings) }, uniquingKeysWith: { a, _ in a })
        return Plan(code: isNew ? clean(ID.code).uppercased() : code, documentNumber: clean(ID.document), issuedOn: values.date(ID.issued),
                    title: clean(ID.title), basis: clean(ID.basis), year: Int(values.text(ID.year)) ?? year,
                    type: PlanType(rawValue: values.choice(ID.type) ?? "") ?? .thuongXuyen,
                    form: PlanForm(rawValue: values.choice(ID.form) ?? "") ?? .doanGiamSat,
                    contents: values.many(ID.contents).compactMap(ContentArea.init(rawValue:)),
                    team: Plan.Team(decisionNumber: clean(ID.decision), lead: clean(ID.lead), members: members),
                    startOn: values.date(ID.start), endOn: values.date(ID.end),
                    targetUnits: values.rows(ID.targets).map { VietnameseText.clean($0.text(ID.unit)) }.filter { !$0.isEmpty },
                    supervised: values.many(ID.supervised).map { Plan.SupervisedOfficial(official: $0, findings: findings[$0] ?? "") },
                    status: original?.status ?? .duThao, reportedOn: values.date(ID.reported), version: original?.version ?? 0)
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome {
        let plan = plan(values)
        guard let original else { return .effects(.write(SaveNew(record: plan))) }
        return .effects(.write(SaveEdit(record: plan, expectedVersion: original.version)))
    }

    /// A new plan is shown once saved, in place of the form; an edit goes back to the plan.
    func afterSave(code: String) -> Navigation {
        isNew ? .replace(DetailScreen(source: PlanDetailSource(code: code))) : .pop
    }
}
