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
/// Each kind implements it in its own file (`Kinds/`), with the two helpers below.
protocol ReferenceRemapping {
    mutating func remapReferences(_ map: CodeMap, unknown: (_ field: String, _ entity: Entity, _ code: String) -> Void)
}

func remap(_ code: inout String, _ entity: Entity, _ map: CodeMap, _ field: String,
                   _ unknown: (String, Entity, String) -> Void) {
    if let mapped = map[entity, code] { code = mapped } else { unknown(field, entity, code) }
}

func remap(_ code: inout String?, _ entity: Entity, _ map: CodeMap, _ field: String,
                   _ unknown: (String, Entity, String) -> Void) {
    guard var value = code else { return }
    remap(&value, entity, map, field, unknown)
    code = value
}
