import GRDB

extension Entity {
    public static let outgoingDocument = Entity(declaring: "outgoing-document")
}

/// The outgoing register (sổ văn bản đi) as a kind of record: in the bundle (`outgoingDocuments`), the export, the import
/// (matched by code: importing the same bundle again changes nothing), `check`, the audit trail and the merge (a former
/// commune's lines come with their origin and their own numbers, apart from this office's series).
extension OutgoingDocument: KindRecord {
    /// The register's own codes, one series a year: VB-2026-0012. The document's number is a field of its own (a merged
    /// former commune's line keeps the number it was sent with, whatever code it takes here).
    static let kind = RecordKind(
        entity: .outgoingDocument, singular: OutgoingText.names.0, plural: OutgoingText.names.1, bundleKey: "outgoingDocuments",
        table: OutgoingDocument.table, series: CodeSeries(prefix: "VB", perYear: true, width: 4),
        auditLabels: OutgoingText.auditLabels, record: OutgoingDocument.self)

    /// What a line's source may be: the plan, recommendation, feedback record or residence meeting it was made from.
    static let sourceKinds: [Entity] = [.plan, .recommendation, .feedback, .residenceMeeting]

    var seriesYear: Int? { year }
    mutating func recode(_ code: String) { self.code = code }

    static func read(_ r: inout FieldReader, dueDays: Int) throws -> OutgoingDocument {
        OutgoingDocument(code: r.recordCode, year: try r.int("year", required: true) ?? 0, number: try r.int("number", required: true) ?? 0,
                         kind: try r.string("kind", required: true), symbol: try r.string("symbol", required: true),
                         issuedOn: try r.date("issuedOn", required: true) ?? .earliest, title: try r.string("title", required: true),
                         recipients: try r.strings("recipients"), source: try r.optionalString("source"),
                         purpose: try r.string("purpose"), file: try r.string("file"))
    }

    func json(includeIdentities: Bool) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("code", .string(code)), ("year", .int(year)), ("number", .int(number)),
                                            ("kind", .string(kind)), ("symbol", .string(symbol)), ("issuedOn", .string(issuedOn.iso)),
                                            ("title", .string(title)), ("recipients", .array(recipients.map { .string($0) }))]
        if let source { pairs.append(("source", .string(source))) }
        pairs += [("purpose", .string(purpose)), ("file", .string(file))]
        return .object(pairs)
    }

    var references: [RecordReference] { source.map { [RecordReference("source", Self.sourceKinds, $0)] } ?? [] }

    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {
        if let code = source {
            source = Self.sourceKinds.lazy.compactMap { map[$0, code] }.first
            if source == nil { unknown("source", RecordKinds.entity(of: code, among: Self.sourceKinds), code) }
        }
    }
}

extension CaseBundle {
    public var outgoingDocuments: [OutgoingDocument] {
        get { self[OutgoingDocument.self] }
        set { self[OutgoingDocument.self] = newValue }
    }
}
