import Foundation

/// The content of a `giamsat-bundle` v1 file (DOMAIN.md, docs/formats.md).
public struct CaseBundle: Equatable, Sendable {
    public static let format = "giamsat-bundle"
    /// Version 2 (issue 21) carries each outcome's track and decision number (docs/formats.md, "Version 2").
    public static let version = 2
    /// The versions this copy reads: a version-1 file's outcomes are placed as migration v7-outcome-tracks places them.
    public static let readableVersions = 1...2

    public var commune: Commune?
    /// Fields of `commune` the file left out (`district`, `province`): an import keeps the
    /// stored values of those rather than erasing them (docs/formats.md).
    public var communeOmitted: Set<String> = []
    /// The records of each kind, as read. Each kind gives its typed list (`bundle.plans`) in its own file (`Kinds/`).
    private var lists: [Entity: any RecordList] = [:]
    /// Former units and where merged records came from, in file order (empty for most bundles).
    public var provenance: [Provenance] = []

    public init() {}

    public var recordCount: Int { lists.values.reduce(0) { $0 + $1.count } }

    /// The records of one kind.
    subscript<R: KindRecord>(_ type: R.Type) -> [R] {
        get { (lists[R.entity] as? Records<R>)?.items ?? [] }
        set { lists[R.entity] = Records(items: newValue) }
    }

    /// The records of one kind, whatever their type (the merge walks them kind by kind).
    func records(_ entity: Entity) -> [any KindRecord] { lists[entity]?.erased ?? [] }

    mutating func append(_ record: any KindRecord) { add(record) }

    private mutating func add<R: KindRecord>(_ record: R) { self[R.self].append(record) }

    public static func == (a: CaseBundle, b: CaseBundle) -> Bool {
        a.commune == b.commune && a.communeOmitted == b.communeOmitted && a.provenance == b.provenance
            && RecordKinds.records.allSatisfy { a.records($0.kind.entity).count == b.records($0.kind.entity).count }
            && a.lists.allSatisfy { entity, list in list.isEqual(to: b.lists[entity]) }
    }
}

/// One kind's records in a bundle, typed (`Records<Plan>`), behind a protocol so one dictionary holds every kind.
private protocol RecordList: Sendable {
    var count: Int { get }
    var erased: [any KindRecord] { get }
    func isEqual(to other: (any RecordList)?) -> Bool
}

private struct Records<R: KindRecord>: RecordList {
    var items: [R]
    var count: Int { items.count }
    var erased: [any KindRecord] { items }
    func isEqual(to other: (any RecordList)?) -> Bool { items == ((other as? Records<R>)?.items ?? []) }
}

/// Reads a bundle file into records. Every record is checked on its own; all the
/// problems found are reported together, and a file with any problem is refused whole.
public enum BundleReader {
    public static func read(_ data: Data, file: String, dueDays: Int = Feedback.defaultDueDays) throws -> CaseBundle {
        var bundle = CaseBundle()
        var stream = JSONStream(bytes: [UInt8](data))
        try scan(&stream, file: file, dueDays: dueDays, commune: { bundle.commune = $0; bundle.communeOmitted = $1 },
                 provenance: { bundle.provenance.append($0) }, visit: { bundle.append($0.record) })
        return bundle
    }

    static func readCommune(_ value: JSONValue, file: String) throws -> (Commune, omitted: Set<String>, formerUnits: [FormerUnit]) {
        var reader = try FieldReader(file: file, entity: .commune, value: value, field: "commune")
        let name = try reader.string("name", required: true)
        var code = try reader.string("code")
        if code.isEmpty { code = Commune.code(fromName: name) }
        reader.code = code
        let omitted = Set(["district", "province"].filter { !reader.has($0) })
        let commune = Commune(code: code, name: name, district: try reader.string("district"), province: try reader.string("province"))
        let formerUnits = try readFormerUnits(&reader)
        try reader.finish()
        return (commune, omitted, formerUnits)
    }

    static func readLocality(_ r: inout FieldReader) throws -> Locality {
        Locality(code: r.recordCode, name: try r.string("name", required: true), kind: try r.requiredSlug("kind"))
    }

    static func readOfficial(_ r: inout FieldReader) throws -> Official {
        Official(code: r.recordCode, familyName: try r.string("familyName", required: true), middleName: try r.string("middleName"),
                 givenName: try r.string("givenName", required: true), gender: try r.slug("gender"),
                 birthYear: try r.year("birthYear", range: Official.birthYears), position: try r.string("position"), unit: try r.string("unit"),
                 category: try r.requiredSlug("category"), partyMember: try r.bool("partyMember") ?? false,
                 partyCell: try r.string("partyCell"), residence: try r.optionalString("residence"),
                 status: try r.slug("status") ?? .dangCongTac,
                 exemptFromResidence: try r.bool("exemptFromResidence") ?? false, archived: try r.bool("archived") ?? false)
    }

    static func readPlan(_ r: inout FieldReader) throws -> Plan {
        var team = Plan.Team()
        if let teamValue = r.value("team") {
            var t = try r.nested("team", teamValue)
            team.decisionNumber = try t.string("decisionNumber")
            team.lead = try t.string("lead")
            team.members = try t.array("members").enumerated().map { index, item in
                var m = try t.nested("members[\(index)]", item)
                let member = Plan.Member(name: try m.string("name", required: true), organization: try m.string("organization"))
                try m.finish()
                return member
            }
            try t.finish()
        }
        let supervised = try r.array("supervised").enumerated().map { index, item in
            var s = try r.nested("supervised[\(index)]", item)
            let entry = Plan.SupervisedOfficial(official: try s.string("official", required: true), findings: try s.string("findings"))
            try s.finish()
            return entry
        }
        let plan = Plan(code: r.recordCode, documentNumber: try r.string("documentNumber"), issuedOn: try r.date("issuedOn"),
                        title: try r.string("title", required: true), basis: try r.string("basis"),
                        year: try r.requiredYear("year"), type: try r.requiredSlug("type"),
                        form: try r.requiredSlug("form"), contents: try r.slugs("contents"), team: team,
                        startOn: try r.date("startOn"), endOn: try r.date("endOn"), targetUnits: try r.strings("targetUnits"),
                        supervised: supervised, status: try r.requiredSlug("status"), reportedOn: try r.date("reportedOn"))
        if let start = plan.startOn, let end = plan.endOn, end < start { throw r.error("endOn", .endBeforeStart) }
        return plan
    }

    static func readFeedback(_ r: inout FieldReader, dueDays: Int) throws -> Feedback {
        let receivedOn = try r.requiredDate("receivedOn")
        var reporter: Feedback.Reporter?
        if let value = r.value("reporter") {
            var p = try r.nested("reporter", value)
            reporter = Feedback.Reporter(name: try p.string("name", required: true), address: try p.string("address"),
                                         phone: try p.string("phone"))
            try p.finish()
        }
        let history = try r.array("history").enumerated().map { index, item in
            var h = try r.nested("history[\(index)]", item)
            let change = Feedback.StatusChange(status: try h.requiredSlug("status"), on: try h.requiredDate("on"),
                                               by: try h.string("by"), note: try h.string("note"), to: try h.string("to"),
                                               duplicateOf: try h.optionalString("duplicateOf"))
            try h.finish()
            return change
        }
        var feedback = Feedback(code: r.recordCode, receivedOn: receivedOn, channel: try r.requiredSlug("channel"),
                                kind: try r.requiredSlug("kind"), anonymous: try r.bool("anonymous") ?? (reporter == nil),
                                reporter: reporter, officials: try r.strings("officials"), locality: try r.optionalString("locality"),
                                content: try r.slug("content"), summary: try r.string("summary", required: true),
                                notes: try r.string("notes"), dueOn: try r.date("dueOn"), dueDays: dueDays,
                                history: history.isEmpty ? nil : history, plan: try r.optionalString("plan"))
        if feedback.dueOn < receivedOn { throw r.error("dueOn", .dueBeforeReceipt) }
        try readClock(&r, into: &feedback)
        if let (index, problem) = feedback.historyProblem() { throw r.error("history[\(index)]", problem) }
        return feedback
    }

    static func readRecommendation(_ r: inout FieldReader) throws -> Recommendation {
        // `outcome` (one object, as version 1 files have always written it) and `outcomes` (an array, for a
        // recommendation with several decisions) are both read; the single one comes first (docs/formats.md).
        func outcome(_ o: inout FieldReader) throws -> Recommendation.Outcome {
            let official = try o.string("official", required: true)
            let measure: OutcomeMeasure = try o.requiredSlug("measure")
            // Without `track` (every version-1 file) the outcome is placed as the migration places it; "chua-xac-dinh"
            // says it is unplaced (docs/formats.md, "Version 2").
            let track: OutcomeTrack?
            switch try o.optionalString("track") {
            case nil: track = OutcomeTrack.placing(measure)
            case OutcomeTrack.unplacedSlug?: track = nil
            case let text?:
                guard let known = OutcomeTrack(rawValue: text) else {
                    throw o.error("track", .unknownSlug(text, allowed: OutcomeTrack.allSlugs + [OutcomeTrack.unplacedSlug]))
                }
                track = known
            }
            let outcome = Recommendation.Outcome(official: official, track: track, measure: measure,
                                                 decisionNumber: try o.string("decisionNumber"),
                                                 decidedOn: try o.date("decidedOn"), decidedBy: try o.string("decidedBy"))
            try o.finish()
            return outcome
        }
        var outcomes: [Recommendation.Outcome] = [], paths: [String] = []
        if let value = r.value("outcome") {
            var o = try r.nested("outcome", value)
            outcomes.append(try outcome(&o))
            paths.append("outcome")
        }
        for (index, item) in try r.array("outcomes").enumerated() {
            var o = try r.nested("outcomes[\(index)]", item)
            outcomes.append(try outcome(&o))
            paths.append("outcomes[\(index)]")
        }
        // A measure its track does not have is refused here, naming the file; the store checks it again on saving.
        for (index, outcome) in outcomes.enumerated() {
            if let track = outcome.track, !track.allows(outcome.measure) {
                throw r.error("\(paths[index]).measure", .measureNotOnTrack(measure: outcome.measure.slug, track: track.slug))
            }
        }
        let recommendation = Recommendation(code: r.recordCode, source: try r.optionalString("source"), to: try r.string("to", required: true),
                                            sentOn: try r.requiredDate("sentOn"), content: try r.string("content"),
                                            response: try r.slug("response") ?? .choTraLoi, respondedOn: try r.date("respondedOn"),
                                            outcomes: outcomes)
        // The store's rule on decision dates, refused here naming the file (today asked for only when there is a date).
        if recommendation.outcomes.contains(where: { $0.decidedOn != nil }),
           let (index, problem) = recommendation.decidedOnProblem(today: .today()) { throw r.error("\(paths[index]).decidedOn", problem) }
        return recommendation
    }

    static func readResidenceReview(_ r: inout FieldReader) throws -> ResidenceReview {
        let year = try r.requiredYear("year")
        let official = try r.string("official", required: true)
        r.code = "\(year)/\(official)"
        return ResidenceReview(year: year, locality: try r.string("locality", required: true), official: official,
                               assessment: try r.requiredSlug("assessment"), opinions: try r.string("opinions"))
    }
}
