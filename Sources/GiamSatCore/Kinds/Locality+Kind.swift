import GRDB

extension Entity {
    public static let locality = Entity(declaring: "locality")
}

extension Locality: KindRecord {
    /// Villages have no code series: their codes are chosen, or follow their kind ("AP07", `nextLocalityCode`).
    static let kind = RecordKind(
        entity: .locality, singular: KindText.localityNames.0, plural: KindText.localityNames.1, bundleKey: "localities", table: Locality.table,
        auditLabels: ["name": KindText.name, "kind": KindText.kind],
        auditValue: RecordKind.slugLabels(["kind": LocalityKind.self]),
        listing: KindListing(name: "localities", header: CLIText.localitiesHeader, showsFormerVillage: true) { database, request, row in
            // A few dozen rows per commune: one page.
            var page = LocalityListRequest()
            page.query = request.filter.query
            page.limit = request.filter.limit ?? Int.max
            for l in try page.page(in: database).rows {
                try row(.init([l.code, l.name, l.kind.label(request.lang), String(l.officials)],
                              json: .object([("code", .string(l.code)), ("name", .string(l.name)), ("kind", .string(l.kind.slug)),
                                             ("officials", .int(l.officials))]),
                              locality: l.code))
            }
        },
        record: Locality.self)

    mutating func recode(_ code: String) { self.code = code }

    static func read(_ reader: inout FieldReader, dueDays: Int) throws -> Locality { try BundleReader.readLocality(&reader) }
    func json(includeIdentities: Bool) -> JSONValue { BundleWriter.locality(self) }
    var references: [RecordReference] { [] }

    /// The import caches the names of localities while it bulk loads feedback: a locality saved ends that.
    static func importing(_ record: Locality, into importer: inout Importer) throws -> SaveOutcome {
        try importer.endBulkLoadIfLoading()
        return try importer.save(record)
    }

    /// A village whose code is taken here keeps it with "-2", "-3" … ("AP1-2"): three "Ấp 1" told apart.
    func renumbering(_ db: Database) throws -> Renumbering? {
        Renumbering(key: "\(code)-", first: { 1 }, code: { "\(code)-\($0)" })
    }

    /// Its name in its former commune: the localities list shows it when the village was renamed.
    var originName: String { name }

    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {}
}

extension CaseBundle {
    public var localities: [Locality] {
        get { self[Locality.self] }
        set { self[Locality.self] = newValue }
    }
}
