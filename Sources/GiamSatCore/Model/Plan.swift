import Foundation

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

        /// The words that head the two parts of the findings as the app writes them (the data's language,
        /// not the UI's: the reports are Vietnamese documents). docs/formats.md, "Findings".
        public static let strengthsHead = "Ưu điểm:"
        public static let shortcomingsHead = "Hạn chế:"

        /// Findings written from their two parts: "Ưu điểm: …\nHạn chế: …", an empty part left out.
        public init(official: String, strengths: String, shortcomings: String) {
            let parts = [(Self.strengthsHead, strengths), (Self.shortcomingsHead, shortcomings)]
                .filter { !$0.1.isEmpty }.map { "\($0.0) \($0.1)" }
            self.init(official: official, findings: parts.joined(separator: "\n"))
        }

        /// The two parts read back: the text after "Ưu điểm:" up to "Hạn chế:", and the rest. Findings
        /// written without those heads are all strengths (nothing is lost: saving writes them back whole).
        public var parts: (strengths: String, shortcomings: String) {
            let text = findings
            guard let cut = text.range(of: Self.shortcomingsHead) else { return (Self.trim(text, head: Self.strengthsHead), "") }
            return (Self.trim(String(text[..<cut.lowerBound]), head: Self.strengthsHead),
                    String(text[cut.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines))
        }

        private static func trim(_ text: String, head: String) -> String {
            var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix(head) { text = String(text.dropFirst(head.count)).trimmingCharacters(in: .whitespacesAndNewlines) }
            return text.trimmingCharacters(in: CharacterSet(charactersIn: " ;\n"))
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
