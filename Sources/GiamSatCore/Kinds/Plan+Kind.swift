extension Entity {
    public static let plan = Entity(declaring: "plan")
}

extension Plan: KindRecord {
    /// Plans are few: two digits a year (KH-2021-03).
    static let kind = RecordKind(
        entity: .plan, singular: KindText.planNames.0, plural: KindText.planNames.1, bundleKey: "plans", table: Plan.table,
        series: CodeSeries(prefix: "KH", perYear: true, width: 2),
        auditLabels: ["documentNumber": KindText.documentNumber, "issuedOn": KindText.issuedOn, "title": KindText.planTitle,
                      "basis": KindText.basis, "year": KindText.year, "type": KindText.planType, "form": KindText.planForm,
                      "contents": KindText.contentAreas, "team.decisionNumber": KindText.teamDecision, "team.lead": KindText.teamLead,
                      "team.members": KindText.teamMembers, "startOn": KindText.startOn, "endOn": KindText.endOn,
                      "targetUnits": KindText.targetUnits, "supervised": KindText.supervised, "status": KindText.status,
                      "reportedOn": KindText.reportedOn],
        auditValue: RecordKind.slugLabels(["status": PlanStatus.self, "type": PlanType.self, "form": PlanForm.self]),
        searchHolds: ["code", "documentNumber", "title", "team.lead", "targetUnits"],
        listing: KindListing(name: "plans", header: CLIText.plansHeader, maxWidths: [3: 40, 6: 22], statuses: PlanStatus.allSlugs) {
            database, request, row in
            let lang = request.lang
            try database.forEachPlan(request.filter) { p in
                try row(.init([p.code, String(p.year), p.documentNumber, p.title, p.type.label(lang), p.status.label(lang), p.team.lead,
                               String(p.supervised.count)], json: BundleWriter.plan(p)))
            }
        },
        record: Plan.self)

    var seriesYear: Int? { year }
    mutating func recode(_ code: String) { self.code = code }

    static func read(_ reader: inout FieldReader, dueDays: Int) throws -> Plan { try BundleReader.readPlan(&reader) }
    func json(includeIdentities: Bool) -> JSONValue { BundleWriter.plan(self) }
    var references: [RecordReference] { .each("supervised", .official, supervised, { $0.official }, suffix: ".official") }

    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {
        for i in supervised.indices { remap(&supervised[i].official, .official, map, "supervised[\(i)].official", unknown) }
        // Two officials of one plan joined into one person: the plan supervised that person once.
        var seen = Set<String>()
        supervised = supervised.filter { seen.insert($0.official).inserted }
    }
}

extension CaseBundle {
    public var plans: [Plan] {
        get { self[Plan.self] }
        set { self[Plan.self] = newValue }
    }
}
