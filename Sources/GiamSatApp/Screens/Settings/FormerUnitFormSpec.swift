import GiamSatCore
import TerminalUI

/// Corrects a former commune: its name, former district, merger date and resolution. The code is kept: the
/// origins of its records point to it.
struct FormerUnitFormSpec: FormSpec {
    let code: String
    var isNew: Bool { false }

    init(editing code: String) { self.code = code }

    enum ID {
        static let name = "name", district = "district", mergedOn = "merged-on", resolution = "resolution"
    }

    func title(_ env: ScreenEnv) -> String { "\(env.text(T.editFormerUnitTitle)) \(code)" }

    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        [FormField(id: ID.name, label: T.formerUnitName, kind: .text),
         FormField(id: ID.district, label: T.formerUnitDistrict, kind: .text),
         FormField(id: ID.mergedOn, label: T.mergedOn, kind: .date),
         FormField(id: ID.resolution, label: T.mergeResolution, kind: .text)]
    }

    func load() -> [Effect] { [.ask(LoadFormerUnit(code: code))] }

    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? {
        guard let (_, unit) = result.answer(to: LoadFormerUnit.self) else { return nil }
        var values = FormValues()
        values[ID.name] = .text(TextField(unit.name))
        values[ID.district] = .text(TextField(unit.district))
        values[ID.mergedOn] = .text(TextField(unit.mergedOn?.vietnamese ?? ""))
        values[ID.resolution] = .text(TextField(unit.resolution))
        return values
    }

    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {}

    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] {
        var problems: [String: Localized] = [:]
        for id in [ID.name, ID.district, ID.resolution] where values.text(id).count > FieldLimit.name { problems[id] = T.tooLongName }
        let date = values.text(ID.mergedOn)
        if !date.isEmpty && (saving || date.count >= 8) && values.date(ID.mergedOn) == nil { problems[ID.mergedOn] = T.badDate }
        if saving && VietnameseText.clean(values.text(ID.name)).isEmpty { problems[ID.name] = T.required }
        return problems
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome {
        .effects(.write(SaveFormerUnit(unit: FormerUnit(code: code, name: values.text(ID.name), district: values.text(ID.district),
                                                        mergedOn: values.date(ID.mergedOn), resolution: values.text(ID.resolution)))))
    }

    func afterSave(code: String) -> Navigation { .pop }
}
