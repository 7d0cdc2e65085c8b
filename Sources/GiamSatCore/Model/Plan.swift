/// A supervision plan (kế hoạch giám sát) with its team, targets and findings.
public struct Plan: AuditedRecord {
    public static let entity = Entity.plan
    public var code: String
    public var documentNumber: String
    public var issuedOn: LocalDate?
    public var title: String
    public var basis: String
    public var year: Int
    public var type: PlanType
    public var form: PlanForm
    public var contents: [ContentArea]
    public var team: Team
    public var startOn: LocalDate?
    public var endOn: LocalDate?
    public var targetUnits: [String]
    public var supervised: [SupervisedOfficial]
    public var status: PlanStatus
    public var reportedOn: LocalDate?
    public var version: Int

    public struct Team: Equatable, Sendable {
        public var decisionNumber: String
        public var lead: String
        public var members: [Member]
        public init(decisionNumber: String = "", lead: String = "", members: [Member] = []) {
            self.decisionNumber = decisionNumber
            self.lead = lead
            self.members = members
        }
        public var isEmpty: Bool { decisionNumber.isEmpty && lead.isEmpty && members.isEmpty }
    }

    public struct Member: Equatable, Sendable {
        public var name: String
        public var organization: String
        public init(name: String, organization: String = "") {
            self.name = name
            self.organization = organization
        }
    }

    /// One official supervised by the plan and what the team found (ưu điểm / hạn chế).
    public struct SupervisedOfficial: Equatable, Sendable {
        public var official: String
        public var findings: String
        public init(official: String, findings: String = "") {
            self.official = official
            self.findings = findings
        }
    }

    public init(code: String, documentNumber: String = "", issuedOn: LocalDate? = nil, title: String,
                basis: String = "", year: Int, type: PlanType, form: PlanForm, contents: [ContentArea] = [],
                team: Team = Team(), startOn: LocalDate? = nil, endOn: LocalDate? = nil,
                targetUnits: [String] = [], supervised: [SupervisedOfficial] = [],
                status: PlanStatus, reportedOn: LocalDate? = nil, version: Int = 0) {
        self.code = code
        self.documentNumber = documentNumber
        self.issuedOn = issuedOn
        self.title = title
        self.basis = basis
        self.year = year
        self.type = type
        self.form = form
        self.contents = contents
        self.team = team
        self.startOn = startOn
        self.endOn = endOn
        self.targetUnits = targetUnits
        self.supervised = supervised
        self.status = status
        self.reportedOn = reportedOn
        self.version = version
    }

    /// The date that puts the plan in a tally period (DOMAIN.md): start, else issue date.
    public var tallyDate: LocalDate? { startOn ?? issuedOn }

    public var auditFields: [(field: String, value: String)] {
        [("documentNumber", documentNumber), ("issuedOn", auditText(issuedOn)), ("title", title), ("basis", basis),
         ("year", String(year)), ("type", type.slug), ("form", form.slug),
         ("contents", contents.map(\.slug).joined(separator: ", ")),
         ("team.decisionNumber", team.decisionNumber), ("team.lead", team.lead),
         ("team.members", team.members.map { "\($0.name) (\($0.organization))" }.joined(separator: "; ")),
         ("startOn", auditText(startOn)), ("endOn", auditText(endOn)), ("targetUnits", targetUnits.joined(separator: "; ")),
         ("supervised", supervised.map { "\($0.official): \($0.findings)" }.joined(separator: "; ")),
         ("status", status.slug), ("reportedOn", auditText(reportedOn))]
    }
}
