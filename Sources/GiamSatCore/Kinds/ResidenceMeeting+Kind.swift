import GRDB

extension Entity {
    public static let residenceMeeting = Entity(declaring: "residence-meeting")
}

extension ResidenceMeeting: KindRecord {
    /// A village holds one meeting a year: two digits a year (HN-2026-03), enough for a merged commune's villages.
    static let kind = RecordKind(
        entity: .residenceMeeting, singular: MeetingText.names.0, plural: MeetingText.names.1,
        bundleKey: "residenceMeetings", table: ResidenceMeeting.table,
        series: CodeSeries(prefix: "HN", perYear: true, width: 2),
        auditLabels: MeetingText.auditLabels,
        listing: KindListing(name: "meetings", header: MeetingText.listHeader, maxWidths: [2: 20, 4: 24, 7: 40], options: [.yearAndLocality],
                             showsFormerVillage: true) { database, request, row in
            // A commune's meetings are a few dozen a year: one statement.
            for line in try database.meetingLines(year: request.year, locality: request.locality, limit: request.filter.limit) {
                let m = line.meeting
                try row(.init([m.code, String(m.year), line.localityName, m.heldOn.vietnamese, m.chair, "\(m.present)/\(m.invited)",
                               String(line.reviews), m.minutes], json: m.json(includeIdentities: false), locality: m.locality))
            }
        },
        record: ResidenceMeeting.self)

    var seriesYear: Int? { year }
    mutating func recode(_ code: String) { self.code = code }

    static func read(_ r: inout FieldReader, dueDays: Int) throws -> ResidenceMeeting {
        var exempt: [ExemptMember] = []
        for (index, value) in try r.array("exempt").enumerated() {
            var member = try r.nested("exempt[\(index)]", value)
            exempt.append(ExemptMember(official: try member.string("official", required: true), reason: try member.string("reason")))
            try member.finish()
        }
        return ResidenceMeeting(code: r.recordCode, year: try r.requiredYear("year"), locality: try r.string("locality", required: true),
                                heldOn: try r.requiredDate("heldOn"), chair: try r.string("chair"), present: try r.int("present") ?? 0,
                                invited: try r.int("invited") ?? 0, minutes: try r.string("minutes"), exempt: exempt)
    }

    func json(includeIdentities: Bool) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("code", .string(code)), ("year", .int(year)), ("locality", .string(locality)),
                                            ("heldOn", .string(heldOn.iso)), ("chair", .string(chair)), ("present", .int(present)),
                                            ("invited", .int(invited)), ("minutes", .string(minutes))]
        // Written only when someone is exempt, as optional fields are (docs/formats.md).
        if !exempt.isEmpty {
            pairs.append(("exempt", .array(exempt.map { .object([("official", .string($0.official)), ("reason", .string($0.reason))]) })))
        }
        return .object(pairs)
    }

    var references: [RecordReference] {
        [RecordReference("locality", .locality, locality)] + .each("exempt", .official, exempt, { $0.official }, suffix: ".official")
    }

    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {
        remap(&locality, .locality, map, "locality", unknown)
        for i in exempt.indices { remap(&exempt[i].official, .official, map, "exempt[\(i)].official", unknown) }
        // Two officials of one list joined into one person: exempt once.
        var seen = Set<String>()
        exempt = exempt.filter { seen.insert($0.official).inserted }
    }
}

extension CaseBundle {
    public var residenceMeetings: [ResidenceMeeting] {
        get { self[ResidenceMeeting.self] }
        set { self[ResidenceMeeting.self] = newValue }
    }
}
