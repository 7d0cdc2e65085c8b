import GiamSatCore
import TerminalUI

/// What the team found about one supervised official: strengths and shortcomings, each several lines
/// that wrap. Reached from the plan's page (f, then the official); saved as one named transaction.
struct FindingsFormSpec: FormSpec {
    let plan: String
    let version: Int
    let official: String
    let name: String

    enum ID {
        static let strengths = "strengths", shortcomings = "shortcomings"
    }

    var isNew: Bool { false }
    var code: String { plan }
    func title(_ env: ScreenEnv) -> String { "\(env.text(T.findingsFor)) \(name) — \(plan)" }

    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        [FormField(id: ID.strengths, label: T.strengths, kind: .multiline(height: 7)),
         FormField(id: ID.shortcomings, label: T.shortcomings, kind: .multiline(height: 7))]
    }

    static func values(_ supervised: Plan.SupervisedOfficial) -> FormValues {
        var values = FormValues()
        let parts = supervised.parts
        values[ID.strengths] = .area(TextArea(parts.strengths))
        values[ID.shortcomings] = .area(TextArea(parts.shortcomings))
        return values
    }

    func load() -> [Effect] { [] }
    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? { nil }
    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {}
    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] { [:] }

    func findings(_ values: FormValues) -> String {
        Plan.SupervisedOfficial(official: official, strengths: VietnameseText.clean(values.text(ID.strengths)),
                                shortcomings: VietnameseText.clean(values.text(ID.shortcomings))).findings
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome {
        .effects(.write(SaveFindings(plan: plan, version: version, official: official, findings: findings(values))))
    }

    func afterSave(code: String) -> Navigation { .pop }
}
