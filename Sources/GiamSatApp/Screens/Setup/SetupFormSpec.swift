import GiamSatCore
import TerminalUI

/// The first run on an empty data folder: the commune, its province, the former communes it was merged from, the
/// staff name and the villages — or the sample commune. A form like any other; saving (F2) is the confirmation, and
/// nothing is written before it (`CreateCommuneData`).
struct SetupFormSpec: FormSpec {
    /// The data folder the database will be created in.
    let directory: String
    /// The sample bundle offered, when one was found beside the program.
    let sample: String?

    var isNew: Bool { true }
    var code: String { "" }

    enum ID {
        static let sample = "sample", name = "name", province = "province", former = "former", staff = "staff"
        static let kind = "kind", villages = "villages", villageName = "villageName", villageKind = "villageKind"
    }

    func title(_ env: ScreenEnv) -> String { env.text(T.setupTitle) }

    static func kindItems(_ env: ScreenEnv) -> [Picker.Item] {
        // In LocalityKind's order: ấp (the south) and thôn (the north) first, the two a commune picks between.
        LocalityKind.allCases.map { Picker.Item(id: $0.slug, label: env.text($0.label), searchKey: VietnameseText.fold(env.text($0.label))) }
    }

    static let formerRows = RowsSpec(title: T.setupFormerCommune,
                                     columns: [FormField(id: ID.name, label: T.setupFormerName, kind: .text)],
                                     required: [ID.name], height: 2)

    static func villageRows(_ env: ScreenEnv) -> RowsSpec {
        RowsSpec(title: T.setupVillage,
                 columns: [FormField(id: ID.villageName, label: T.localityName, kind: .text),
                           FormField(id: ID.villageKind, label: T.localityKind, kind: .choice(kindItems(env), none: T.setupKindByDefault))],
                 required: [ID.villageName], height: 4)
    }

    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        // Last, so the form opens on the commune's name; once chosen, the sample is all there is to confirm.
        let sampleField = sample == nil ? [] : [FormField(id: ID.sample, label: T.setupUseSample, kind: .toggle)]
        if values.flag(ID.sample) { return sampleField }
        return [
            FormField(id: ID.name, label: T.communeName, kind: .text),
            FormField(id: ID.province, label: T.province, kind: .text),
            FormField(id: ID.former, label: T.setupFormerCommunes, kind: .rows(Self.formerRows)),
            FormField(id: ID.staff, label: T.staffNameShort, kind: .text),
            FormField(id: ID.kind, label: T.setupVillageKind, kind: .choice(Self.kindItems(env), none: nil)),
            FormField(id: ID.villages, label: T.setupVillages, kind: .rows(Self.villageRows(env))),
        ] + sampleField
    }

    /// An empty setup: villages are thôn until the user picks ấp (or another kind) once.
    static var blank: FormValues {
        var values = FormValues()
        for id in [ID.name, ID.province, ID.staff] { values[id] = .text(TextField()) }
        values[ID.sample] = .flag(false)
        values[ID.former] = .rows([])
        values[ID.villages] = .rows([])
        values[ID.kind] = .choice(LocalityKind.thon.slug)
        return values
    }

    func load() -> [Effect] { [] }
    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? { nil }
    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {}

    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] {
        guard !values.flag(ID.sample) else { return [:] }
        var problems: [String: Localized] = [:]
        for id in [ID.name, ID.province, ID.staff] where values.text(id).count > FieldLimit.name { problems[id] = T.tooLongName }
        if saving && VietnameseText.line(values.text(ID.name)).isEmpty { problems[ID.name] = T.required }
        return problems
    }

    /// What the values set up: villages take their kind from their row, else from their name, else the usual kind.
    func setup(_ values: FormValues) -> CommuneSetup {
        let name = VietnameseText.line(values.text(ID.name))
        let kind = values.choice(ID.kind).flatMap(LocalityKind.init(rawValue:)) ?? .thon
        let villages = values.rows(ID.villages).map { row -> Locality in
            let village = CommuneSetup.locality(named: row.text(ID.villageName), kind: kind)
            return Locality(code: "", name: village.name,
                            kind: row.choice(ID.villageKind).flatMap(LocalityKind.init(rawValue:)) ?? village.kind)
        }
        return CommuneSetup(commune: Commune(code: Commune.code(fromName: name), name: name, province: VietnameseText.line(values.text(ID.province))),
                            formerUnits: values.rows(ID.former).map { CommuneSetup.formerUnit(named: $0.text(ID.name)) },
                            staffName: VietnameseText.line(values.text(ID.staff)), localities: villages)
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome {
        if values.flag(ID.sample), let sample {
            return .effects(.write(CreateCommuneData(directory: directory, setup: nil, sample: sample)))
        }
        return .effects(.write(CreateCommuneData(directory: directory, setup: setup(values), sample: nil)))
    }

    /// The data exists: this run of the setup ends, and the app opens on it (`FirstRun`).
    func afterSave(code: String) -> Navigation { .quit }
}
