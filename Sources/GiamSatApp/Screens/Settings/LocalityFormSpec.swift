import GiamSatCore
import TerminalUI

/// Adds a locality (its code typed or chosen for you) or renames one / changes its kind. The code of an
/// existing locality never changes: officials, feedback and reviews point to it.
struct LocalityFormSpec: FormSpec {
    private(set) var code: String
    private(set) var original: Locality?
    let isNew: Bool

    init(new: Void) {
        code = ""
        isNew = true
    }

    init(editing code: String) {
        self.code = code
        isNew = false
    }

    enum ID {
        static let code = "code", name = "name", kind = "kind"
    }

    func title(_ env: ScreenEnv) -> String {
        isNew ? "\(env.text(T.newLocalityTitle)) — \(env.text(T.codeAuto))" : "\(env.text(T.editLocalityTitle)) \(code) — \(env.text(T.localityCodeKept))"
    }

    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        let kinds = LocalityKind.allCases.map {
            Picker.Item(id: $0.slug, label: env.text($0.label), searchKey: VietnameseText.fold(env.text($0.label)))
        }
        return (isNew ? [FormField(id: ID.code, label: T.code, kind: .text)] : []) + [
            FormField(id: ID.name, label: T.localityName, kind: .text),
            FormField(id: ID.kind, label: T.localityKind, kind: .choice(kinds, none: nil)),
        ]
    }

    func load() -> [Effect] { isNew ? [.ask(LocalityDraft())] : [.ask(LocalityToEdit(code: code))] }

    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? {
        var values = FormValues()
        if let (_, kind) = result.answer(to: LocalityDraft.self) {
            values[ID.code] = .text(TextField())
            values[ID.name] = .text(TextField())
            values[ID.kind] = .choice(kind.slug)
        } else if let (_, edit) = result.answer(to: LocalityToEdit.self) {
            original = edit.locality
            values[ID.name] = .text(TextField(edit.locality.name))
            values[ID.kind] = .choice(edit.locality.kind.slug)
        } else {
            return nil
        }
        return values
    }

    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {}

    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] {
        var problems: [String: Localized] = [:]
        let code = values.text(ID.code)
        if !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) || code.count > 12 {
            problems[ID.code] = T.badLocalityCode
        }
        if values.text(ID.name).count > FieldLimit.name { problems[ID.name] = T.tooLongName }
        if saving && VietnameseText.clean(values.text(ID.name)).isEmpty { problems[ID.name] = T.required }
        return problems
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome {
        let kind = values.choice(ID.kind).flatMap(LocalityKind.init(rawValue:)) ?? .thon
        let name = VietnameseText.clean(values.text(ID.name))
        guard let original else {
            return .effects(.write(AddLocality(locality: Locality(code: values.text(ID.code).uppercased(), name: name, kind: kind))))
        }
        return .effects(.write(EditLocality(locality: Locality(code: original.code, name: name, kind: kind, version: original.version),
                                            expectedVersion: original.version)))
    }

    func afterSave(code: String) -> Navigation { .pop }
}
