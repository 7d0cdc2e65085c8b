import GiamSatCore
import TerminalUI

/// The new / edit form of an official. Family, middle and given names are typed separately (Telex/VNI), because
/// lists sort by given name, then middle, then family name. Archiving is not a field: `a` on the page does it.
struct OfficialFormSpec: FormSpec {
    private(set) var code: String
    /// The record as loaded for an edit (its version and archive flag carry over); nil for a new one.
    private(set) var original: Official?
    let isNew: Bool
    let today: LocalDate
    private(set) var localities: [Locality] = []

    init(new today: LocalDate) {
        code = ""
        isNew = true
        self.today = today
    }

    init(editing code: String, today: LocalDate) {
        self.code = code
        isNew = false
        self.today = today
    }

    enum ID {
        static let family = "familyName", middle = "middleName", given = "givenName", gender = "gender", birthYear = "birthYear"
        static let position = "position", unit = "unit", category = "category", party = "partyMember", cell = "partyCell"
        static let residence = "residence", status = "status", exempt = "exemptFromResidence"
    }

    func title(_ env: ScreenEnv) -> String { env.text(isNew ? T.newOfficialTitle : T.editOfficialTitle) + " " + code }

    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        func items<E: Slugged>(_ type: E.Type) -> [Picker.Item] {
            E.allCases.map { Picker.Item(id: $0.slug, label: env.text($0.label), searchKey: VietnameseText.fold(env.text($0.label))) }
        }
        let places = localities.map {
            Picker.Item(id: $0.code, label: "\($0.name) (\($0.code))", searchKey: VietnameseText.fold("\($0.name) \($0.code)"), name: $0.name)
        }
        var fields = [
            FormField(id: ID.family, label: T.familyName, kind: .text),
            FormField(id: ID.middle, label: T.middleName, kind: .text),
            FormField(id: ID.given, label: T.givenName, kind: .text),
            FormField(id: ID.gender, label: T.gender, kind: .choice(items(Gender.self), none: T.none)),
            FormField(id: ID.birthYear, label: T.birthYear, kind: .text),
            FormField(id: ID.position, label: T.positionOnly, kind: .text),
            FormField(id: ID.unit, label: T.unit, kind: .text),
            FormField(id: ID.category, label: T.category, kind: .choice(items(OfficialCategory.self), none: nil)),
            FormField(id: ID.party, label: T.partyMember, kind: .toggle),
        ]
        if values.flag(ID.party) { fields.append(FormField(id: ID.cell, label: T.partyCell, kind: .text)) }
        fields += [
            FormField(id: ID.residence, label: T.residence, kind: .choice(places, none: T.none)),
            FormField(id: ID.status, label: T.officialStatus, kind: .choice(items(OfficialStatus.self), none: nil)),
        ]
        if values.flag(ID.party) { fields.append(FormField(id: ID.exempt, label: T.exemptFromResidence, kind: .toggle)) }
        return fields
    }

    func load() -> [Effect] { isNew ? [.ask(OfficialDraft())] : [.ask(OfficialToEdit(code: code))] }

    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? {
        if let (_, draft) = result.answer(to: OfficialDraft.self) {
            code = draft.value
            localities = draft.localities
            var values = Self.values(Official(code: code, familyName: "", givenName: "", category: .canBoDangVien))
            values[ID.category] = .choice(nil)
            return values
        }
        guard let (_, edit) = result.answer(to: OfficialToEdit.self) else { return nil }
        original = edit.value
        localities = edit.localities
        return Self.values(edit.value)
    }

    static func values(_ o: Official) -> FormValues {
        var values = FormValues()
        values[ID.family] = .text(TextField(o.familyName))
        values[ID.middle] = .text(TextField(o.middleName))
        values[ID.given] = .text(TextField(o.givenName))
        values[ID.gender] = .choice(o.gender?.slug)
        values[ID.birthYear] = .text(TextField(o.birthYear.map(String.init) ?? ""))
        values[ID.position] = .text(TextField(o.position))
        values[ID.unit] = .text(TextField(o.unit))
        values[ID.category] = .choice(o.category.slug)
        values[ID.party] = .flag(o.partyMember)
        values[ID.cell] = .text(TextField(o.partyCell))
        values[ID.residence] = .choice(o.residence)
        values[ID.status] = .choice(o.status.slug)
        values[ID.exempt] = .flag(o.exemptFromResidence)
        return values
    }

    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {}

    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] {
        var problems: [String: Localized] = [:]
        let year = VietnameseText.clean(values.text(ID.birthYear))
        if !year.isEmpty && (saving || year.count >= 4) {
            if Int(year).map({ !(1900...today.year).contains($0) }) ?? true { problems[ID.birthYear] = T.badBirthYear }
        }
        for id in [ID.family, ID.middle, ID.given, ID.position, ID.unit, ID.cell] where values.text(id).count > FieldLimit.name {
            problems[id] = T.tooLongName
        }
        guard saving else { return problems }
        if VietnameseText.line(values.text(ID.family)).isEmpty { problems[ID.family] = T.required }
        if VietnameseText.line(values.text(ID.given)).isEmpty { problems[ID.given] = T.required }
        if values.choice(ID.category) == nil { problems[ID.category] = T.required }
        return problems
    }

    /// The official the values describe (cleaned, NFC); a party cell and the exemption only for party members.
    func official(_ values: FormValues) -> Official {
        let party = values.flag(ID.party)
        return Official(code: code, familyName: VietnameseText.line(values.text(ID.family)),
                        middleName: VietnameseText.line(values.text(ID.middle)), givenName: VietnameseText.line(values.text(ID.given)),
                        gender: values.choice(ID.gender).flatMap(Gender.init(rawValue:)),
                        birthYear: Int(VietnameseText.clean(values.text(ID.birthYear))),
                        position: VietnameseText.line(values.text(ID.position)), unit: VietnameseText.line(values.text(ID.unit)),
                        category: values.choice(ID.category).flatMap(OfficialCategory.init(rawValue:)) ?? .canBoDangVien,
                        partyMember: party, partyCell: party ? VietnameseText.line(values.text(ID.cell)) : "",
                        residence: values.choice(ID.residence),
                        status: values.choice(ID.status).flatMap(OfficialStatus.init(rawValue:)) ?? .dangCongTac,
                        exemptFromResidence: party && values.flag(ID.exempt), archived: original?.archived ?? false,
                        version: original?.version ?? 0)
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome {
        guard let original else { return .effects(.write(SaveNew(record: official(values)))) }
        return .effects(.write(SaveEdit(record: official(values), expectedVersion: original.version)))
    }

    /// A new official's page is shown once saved (in place of the form); an edit goes back to the page.
    func afterSave(code: String) -> Navigation {
        isNew ? .replace(DetailScreen(source: OfficialDetailSource(code: code))) : .pop
    }
}
