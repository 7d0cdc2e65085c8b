import GiamSatCore
import TerminalUI

/// What every document carries (issue 18): the issuing body's lines, the place in the date line, the symbol's suffix,
/// the signer and the default recipients (one per line), the documents folder. Saved as one audited change.
struct DocumentSettingsFormSpec: FormSpec {
    var isNew: Bool { false }
    var code: String { "" }

    enum ID {
        static let issuer = "issuer", place = "place", suffix = "suffix", signingFor = "signing-for", signerTitle = "signer-title"
        static let signerName = "signer-name", recipients = "recipients", folder = "folder"
    }

    func title(_ env: ScreenEnv) -> String { env.text(T.documentSettings) }

    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        [FormField(id: ID.issuer, label: T.docIssuer, kind: .multiline(height: 3)),
         FormField(id: ID.place, label: T.docPlace, kind: .text),
         FormField(id: ID.suffix, label: T.docSuffix, kind: .text),
         FormField(id: ID.signingFor, label: T.docSigningFor, kind: .text),
         FormField(id: ID.signerTitle, label: T.docSignerTitle, kind: .text),
         FormField(id: ID.signerName, label: T.docSignerName, kind: .text),
         FormField(id: ID.recipients, label: T.docRecipients, kind: .multiline(height: 3)),
         FormField(id: ID.folder, label: T.docFolder, kind: .text)]
    }

    func load() -> [Effect] { [.ask(LoadDocumentSettings())] }

    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? {
        guard let (_, s) = result.answer(to: LoadDocumentSettings.self) else { return nil }
        var values = FormValues()
        values[ID.issuer] = .area(TextArea(s.issuer.joined(separator: "\n")))
        values[ID.place] = .text(TextField(s.place))
        values[ID.suffix] = .text(TextField(s.symbolSuffix))
        values[ID.signingFor] = .text(TextField(s.signingFor))
        values[ID.signerTitle] = .text(TextField(s.signerTitle))
        values[ID.signerName] = .text(TextField(s.signerName))
        values[ID.recipients] = .area(TextArea(s.recipients.joined(separator: "\n")))
        values[ID.folder] = .text(TextField(s.folder))
        return values
    }

    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {}

    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] {
        var problems: [String: Localized] = [:]
        for id in [ID.place, ID.suffix, ID.signingFor, ID.signerTitle, ID.signerName] where values.text(id).count > FieldLimit.name {
            problems[id] = T.tooLongName
        }
        if saving && Self.lines(values.text(ID.issuer)).isEmpty { problems[ID.issuer] = T.required }
        return problems
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { VietnameseText.clean(String($0)) }.filter { !$0.isEmpty }
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome {
        let settings = DocumentSettings(issuer: Self.lines(values.text(ID.issuer)), place: VietnameseText.clean(values.text(ID.place)),
                                        symbolSuffix: VietnameseText.clean(values.text(ID.suffix)),
                                        signingFor: VietnameseText.clean(values.text(ID.signingFor)),
                                        signerTitle: VietnameseText.clean(values.text(ID.signerTitle)),
                                        signerName: VietnameseText.clean(values.text(ID.signerName)),
                                        recipients: Self.lines(values.text(ID.recipients)), folder: VietnameseText.clean(values.text(ID.folder)))
        return .effects(.write(SaveDocumentSettings(settings: settings)))
    }

    func afterSave(code: String) -> Navigation { .pop }
}

struct LoadDocumentSettings: StoreRequest {
    func run(_ context: StoreContext) throws -> DocumentSettings { try context.database.documentSettings() }
}

/// Audited on the commune, like the other settings.
struct SaveDocumentSettings: SaveRequest {
    let settings: DocumentSettings
    var entity: Entity { .commune }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        try context.database.saveDocumentSettings(settings, by: context.user)
        return (try context.database.commune()?.code ?? "", nil)
    }
}
