/// Where records came from, as a bundle carries it (docs/formats.md, "Merging former communes"): the commune's
/// former units, and each merged record's `former` list. Optional: a bundle without them reads as before.
public enum Provenance: Equatable, Sendable {
    case formerUnit(FormerUnit)
    case origins(Entity, code: String, [RecordOrigin])
}

extension BundleReader {
    /// `"formerUnits": [{"code", "name", "district", "mergedOn", "resolution"}]` of the commune object.
    static func readFormerUnits(_ reader: inout FieldReader) throws -> [FormerUnit] {
        try reader.array("formerUnits").enumerated().map { index, item in
            var u = try reader.nested("formerUnits[\(index)]", item)
            let unit = FormerUnit(code: try u.string("code", required: true), name: try u.string("name", required: true),
                                  district: try u.string("district"), mergedOn: try u.date("mergedOn"), resolution: try u.string("resolution"))
            try u.finish()
            return unit
        }
    }

    /// `"former": [{"unit", "code", "name"}]` of a record.
    static func readOrigins(_ reader: inout FieldReader) throws -> [RecordOrigin] {
        try reader.array("former").enumerated().map { index, item in
            var o = try reader.nested("former[\(index)]", item)
            let origin = RecordOrigin(formerUnit: try o.string("unit", required: true), formerCode: try o.string("code", required: true),
                                      formerName: try o.string("name"))
            try o.finish()
            return origin
        }
    }
}

extension BundleWriter {
    static func formerUnit(_ u: FormerUnit) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("code", .string(u.code)), ("name", .string(u.name))]
        if !u.district.isEmpty { pairs.append(("district", .string(u.district))) }
        if let mergedOn = u.mergedOn { pairs.append(("mergedOn", .string(mergedOn.iso))) }
        if !u.resolution.isEmpty { pairs.append(("resolution", .string(u.resolution))) }
        return .object(pairs)
    }

    /// The record's JSON with its `former` list last (nothing added for the commune's own records).
    static func with(origins: [RecordOrigin], _ record: JSONValue) -> JSONValue {
        guard !origins.isEmpty, case .object(var pairs) = record else { return record }
        pairs.append(("former", .array(origins.map { origin in
            var pairs: [(String, JSONValue)] = [("unit", .string(origin.formerUnit)), ("code", .string(origin.formerCode))]
            if !origin.formerName.isEmpty { pairs.append(("name", .string(origin.formerName))) }
            return .object(pairs)
        })))
        return .object(pairs)
    }
}
