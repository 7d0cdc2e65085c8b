extension Entity {
    public static let official = Entity(declaring: "official")
}

extension Official: KindRecord {
    static let kind = RecordKind(
        entity: .official, singular: KindText.officialNames.0, plural: KindText.officialNames.1, bundleKey: "officials", table: Official.table,
        series: CodeSeries(prefix: "DT", perYear: false, width: 4),
        auditLabels: ["familyName": KindText.familyName, "middleName": KindText.middleName, "givenName": KindText.givenName,
                      "gender": KindText.gender, "birthYear": KindText.birthYear, "position": KindText.position, "unit": KindText.unit,
                      "category": KindText.category, "partyMember": KindText.partyMember, "partyCell": KindText.partyCell,
                      "residence": KindText.residence, "status": KindText.officialStatus,
                      "exemptFromResidence": KindText.exemptFromResidence, "archived": KindText.archived],
        auditValue: RecordKind.slugLabels(["category": OfficialCategory.self, "gender": Gender.self, "status": OfficialStatus.self]),
        searchHolds: ["code", "familyName", "middleName", "givenName", "position", "unit", "partyCell"],
        listing: KindListing(name: "officials", header: CLIText.officialsHeader, maxWidths: [2: 30, 3: 30], statuses: OfficialStatus.allSlugs) {
            database, request, row in
            let lang = request.lang
            try database.forEachOfficial(request.filter) { o in
                try row(.init([o.code, o.fullName, o.position, o.unit, o.category.label(lang),
                               o.status.label(lang) + (o.archived ? CLIText.archived.text(lang) : "")], json: BundleWriter.official(o)))
            }
        },
        record: Official.self)

    mutating func recode(_ code: String) { self.code = code }

    static func read(_ reader: inout FieldReader, dueDays: Int) throws -> Official { try BundleReader.readOfficial(&reader) }
    func json(includeIdentities: Bool) -> JSONValue { BundleWriter.official(self) }
    var references: [RecordReference] { .optional("residence", .locality, residence) }

    /// Saving an official re-indexes the feedback that names it: the feedback rows the import holds back are
    /// written first, and a bulk load of feedback (which caches officials' names) ends.
    static func importing(_ record: Official, into importer: inout Importer) throws -> SaveOutcome {
        try importer.endBulkLoadIfLoading()
        try importer.searchRows.flush(importer.db, only: Feedback.table)
        return try importer.save(record)
    }

    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {
        remap(&residence, .locality, map, "residence", unknown)
    }
}

extension CaseBundle {
    public var officials: [Official] {
        get { self[Official.self] }
        set { self[Official.self] = newValue }
    }
}
