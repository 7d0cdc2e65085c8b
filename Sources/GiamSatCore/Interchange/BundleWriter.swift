/// Writes records as a `giamsat-bundle` v1 document. Keys in the order of DOMAIN.md (`RecordKinds.all`);
/// optional fields only when set, so an export imported and exported again is identical.
public enum BundleWriter {
    public static func json(_ bundle: CaseBundle, includeIdentities: Bool) -> JSONValue {
        var top: [(String, JSONValue)] = [("format", .string(CaseBundle.format)), ("version", .int(CaseBundle.version))]
        // Former communes and each merged record's origins, written as the streamed export writes them.
        var units: [FormerUnit] = []
        var origins: [Entity: [String: [RecordOrigin]]] = [:]
        var voided: [Entity: [String: VoidMark]] = [:]
        for item in bundle.provenance {
            switch item {
            case .formerUnit(let unit): units.append(unit)
            case .origins(let entity, let code, let list): origins[entity, default: [:]][code] = list
            case .voided(let entity, let code, let mark): voided[entity, default: [:]][code] = mark
            }
        }
        if let commune = bundle.commune {
            top.append(("commune", Self.commune(commune, formerUnits: units)))
        }
        // Every kind's array, in the order of `RecordKinds.all`; a merged record with its `former` list, then a voided
        // one's mark, last.
        for (kind, _) in RecordKinds.records {
            top.append((kind.bundleKey, .array(bundle.records(kind.entity).map {
                with(void: voided[kind.entity]?[$0.code],
                     with(origins: origins[kind.entity]?[$0.code] ?? [], $0.json(includeIdentities: includeIdentities)))
            })))
        }
        return .object(top)
    }

    public static func commune(_ commune: Commune, formerUnits: [FormerUnit] = []) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("code", .string(commune.code)), ("name", .string(commune.name)),
                                            ("district", .string(commune.district)), ("province", .string(commune.province))]
        if !formerUnits.isEmpty { pairs.append(("formerUnits", .array(formerUnits.map(formerUnit)))) }
        return .object(pairs)
    }

    public static func locality(_ l: Locality) -> JSONValue {
        .object([("code", .string(l.code)), ("name", .string(l.name)), ("kind", .string(l.kind.slug))])
    }

    public static func official(_ o: Official) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("code", .string(o.code)), ("familyName", .string(o.familyName)),
                                            ("middleName", .string(o.middleName)), ("givenName", .string(o.givenName))]
        if let gender = o.gender { pairs.append(("gender", .string(gender.slug))) }
        if let year = o.birthYear { pairs.append(("birthYear", .int(year))) }
        pairs += [("position", .string(o.position)), ("unit", .string(o.unit)), ("category", .string(o.category.slug)),
                  ("partyMember", .bool(o.partyMember)), ("partyCell", .string(o.partyCell))]
        if let residence = o.residence { pairs.append(("residence", .string(residence))) }
        pairs.append(("status", .string(o.status.slug)))
        // Optional, written only when set: files without them stay byte-identical (docs/formats.md).
        if o.exemptFromResidence { pairs.append(("exemptFromResidence", .bool(true))) }
        if o.archived { pairs.append(("archived", .bool(true))) }
        return .object(pairs)
    }

    public static func plan(_ p: Plan) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("code", .string(p.code)), ("documentNumber", .string(p.documentNumber))]
        if let date = p.issuedOn { pairs.append(("issuedOn", .string(date.iso))) }
        pairs += [("title", .string(p.title)), ("basis", .string(p.basis)), ("year", .int(p.year)),
                  ("type", .string(p.type.slug)), ("form", .string(p.form.slug)),
                  ("contents", .array(p.contents.map { .string($0.slug) }))]
        if !p.team.isEmpty {
            pairs.append(("team", .object([
                ("decisionNumber", .string(p.team.decisionNumber)), ("lead", .string(p.team.lead)),
                ("members", .array(p.team.members.map { .object([("name", .string($0.name)), ("organization", .string($0.organization))]) })),
            ])))
        }
        if let date = p.startOn { pairs.append(("startOn", .string(date.iso))) }
        if let date = p.endOn { pairs.append(("endOn", .string(date.iso))) }
        pairs.append(("targetUnits", .array(p.targetUnits.map { .string($0) })))
        pairs.append(("supervised", .array(p.supervised.map { .object([("official", .string($0.official)), ("findings", .string($0.findings))]) })))
        pairs.append(("status", .string(p.status.slug)))
        if let date = p.reportedOn { pairs.append(("reportedOn", .string(date.iso))) }
        return .object(pairs)
    }

    /// Without `includeIdentities` the reporter is left out but `anonymous` stays false, which
    /// on import means "identity withheld" and keeps whatever identity the database holds.
    public static func feedback(_ f: Feedback, includeIdentities: Bool) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("code", .string(f.code)), ("receivedOn", .string(f.receivedOn.iso)),
                                            ("channel", .string(f.channel.slug)), ("kind", .string(f.kind.slug)),
                                            ("anonymous", .bool(f.anonymous))]
        // A sealed identity that was not opened is withheld, never written as its placeholder.
        if includeIdentities, let reporter = f.reporter, !reporter.isSealed {
            pairs.append(("reporter", .object([("name", .string(reporter.name)), ("address", .string(reporter.address)),
                                               ("phone", .string(reporter.phone))])))
        }
        pairs.append(("officials", .array(f.officials.map { .string($0) })))
        if let locality = f.locality { pairs.append(("locality", .string(locality))) }
        if let content = f.content { pairs.append(("content", .string(content.slug))) }
        if let plan = f.plan { pairs.append(("plan", .string(plan))) }
        pairs += [("summary", .string(f.summary)), ("notes", .string(f.notes)), ("dueOn", .string(f.dueOn.iso))]
        pairs += clockPairs(f)
        pairs.append(("history", .array(f.history.map { change in
            var entry: [(String, JSONValue)] = [("status", .string(change.status.slug)), ("on", .string(change.on.iso)),
                                                ("by", .string(change.by)), ("note", .string(change.note))]
            if !change.to.isEmpty { entry.append(("to", .string(change.to))) }
            if let original = change.duplicateOf { entry.append(("duplicateOf", .string(original))) }
            return .object(entry)
        })))
        return .object(pairs)
    }

    public static func recommendation(_ r: Recommendation) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("code", .string(r.code))]
        if let source = r.source { pairs.append(("source", .string(source))) }
        pairs += [("to", .string(r.to)), ("sentOn", .string(r.sentOn.iso)), ("content", .string(r.content)),
                  ("response", .string(r.response.slug))]
        if let date = r.respondedOn { pairs.append(("respondedOn", .string(date.iso))) }
        func outcome(_ outcome: Recommendation.Outcome) -> JSONValue {
            var o: [(String, JSONValue)] = [("official", .string(outcome.official)),
                                            ("track", .string(OutcomeTrack.slug(outcome.track))),
                                            ("measure", .string(outcome.measure.slug))]
            if !outcome.decisionNumber.isEmpty { o.append(("decisionNumber", .string(outcome.decisionNumber))) }
            if let date = outcome.decidedOn { o.append(("decidedOn", .string(date.iso))) }
            o.append(("decidedBy", .string(outcome.decidedBy)))
            return .object(o)
        }
        // One decision is written as `outcome`, as before (older copies of the app read it); several as `outcomes`.
        if r.outcomes.count == 1 {
            pairs.append(("outcome", outcome(r.outcomes[0])))
        } else if !r.outcomes.isEmpty {
            pairs.append(("outcomes", .array(r.outcomes.map(outcome))))
        }
        return .object(pairs)
    }

    public static func residenceReview(_ r: ResidenceReview) -> JSONValue {
        .object([("year", .int(r.year)), ("locality", .string(r.locality)), ("official", .string(r.official)),
                 ("assessment", .string(r.assessment.slug)), ("opinions", .string(r.opinions))])
    }
}
