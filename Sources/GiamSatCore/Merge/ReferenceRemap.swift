/// A former unit's codes as they are in this commune: every reference of its records goes through it.
struct CodeMap {
    var codes: [Entity: [String: String]] = [:]

    subscript(entity: Entity, code: String) -> String? {
        get { codes[entity]?[code] }
        set { codes[entity, default: [:]][code] = newValue }
    }
}

/// Rewrites the codes a record names (its references) through a map; a code the map does not hold is
/// reported as `field`, never silently kept (it would point to another commune's record of that code).
protocol ReferenceRemapping {
    mutating func remapReferences(_ map: CodeMap, unknown: (_ field: String, _ entity: Entity, _ code: String) -> Void)
}

private func remap(_ code: inout String, _ entity: Entity, _ map: CodeMap, _ field: String,
                   _ unknown: (String, Entity, String) -> Void) {
    if let mapped = map[entity, code] { code = mapped } else { unknown(field, entity, code) }
}

private func remap(_ code: inout String?, _ entity: Entity, _ map: CodeMap, _ field: String,
                   _ unknown: (String, Entity, String) -> Void) {
    guard var value = code else { return }
    remap(&value, entity, map, field, unknown)
    code = value
}

extension Locality: ReferenceRemapping {
    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {}
}

extension Official: ReferenceRemapping {
    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {
        remap(&residence, .locality, map, "residence", unknown)
    }
}

extension Plan: ReferenceRemapping {
    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {
        for i in supervised.indices { remap(&supervised[i].official, .official, map, "supervised[\(i)].official", unknown) }
        // Two officials of one plan joined into one person: the plan supervised that person once.
        var seen = Set<String>()
        supervised = supervised.filter { seen.insert($0.official).inserted }
    }
}

extension Feedback: ReferenceRemapping {
    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {
        for i in officials.indices { remap(&officials[i], .official, map, "officials[\(i)]", unknown) }
        var seen = Set<String>()
        officials = officials.filter { seen.insert($0).inserted }
        remap(&locality, .locality, map, "locality", unknown)
        remap(&plan, .plan, map, "plan", unknown)
        for i in history.indices { remap(&history[i].duplicateOf, .feedback, map, "history[\(i)].duplicateOf", unknown) }
    }
}

extension Recommendation: ReferenceRemapping {
    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {
        // The source is a plan or a feedback record: the code says which it was in its commune.
        if let code = source {
            source = map[.plan, code] ?? map[.feedback, code]
            if source == nil { unknown("source", code.hasPrefix("KH") ? .plan : .feedback, code) }
        }
        for i in outcomes.indices { remap(&outcomes[i].official, .official, map, "outcomes[\(i)].official", unknown) }
    }
}

extension ResidenceReview: ReferenceRemapping {
    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {
        remap(&locality, .locality, map, "locality", unknown)
        remap(&official, .official, map, "official", unknown)
    }
}
