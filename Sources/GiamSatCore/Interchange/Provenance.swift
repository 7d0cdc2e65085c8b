/// Where records came from, as a bundle carries it (docs/formats.md, "Merging former communes"): the commune's
/// former units, and each merged record's `former` list. Optional: a bundle without them reads as before.
public enum Provenance: Equatable, Sendable {
    case formerUnit(FormerUnit)
    case origins(Entity, code: String, [RecordOrigin])
    /// A record voided (issue 17): optional `"voided"` of a record (docs/formats.md).
    case voided(Entity, code: String, VoidMark)
}

/// Why and when a record was voided, as the store keeps it (table `voided`) and a bundle carries it.
public struct VoidMark: Equatable, Sendable {
    public var reason: String
    /// The audit timestamp of the void.
    public var on: String
    public var by: String
    /// A plan's status before it was cancelled by the void (restored with it).
    public var previousStatus: String?

    public init(reason: String, on: String, by: String, previousStatus: String? = nil) {
        self.reason = reason
        self.on = on
        self.by = by
        self.previousStatus = previousStatus
    }
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

extension BundleReader {
    /// `"voided": {"reason", "on", "by", "previousStatus"}` of a record, when it was voided.
    static func readVoid(_ reader: inout FieldReader) throws -> VoidMark? {
        guard let value = reader.value("voided") else { return nil }
        var v = try reader.nested("voided", value)
        let mark = VoidMark(reason: try v.string("reason"), on: try v.string("on", required: true), by: try v.string("by"),
                            previousStatus: try v.optionalString("previousStatus"))
        try v.finish()
        return mark
    }
}

extension BundleWriter {
    /// The record's JSON with its `voided` mark last (nothing added for a record that is not voided).
    static func with(void mark: VoidMark?, _ record: JSONValue) -> JSONValue {
        guard let mark, case .object(var pairs) = record else { return record }
        var fields: [(String, JSONValue)] = [("reason", .string(mark.reason)), ("on", .string(mark.on)), ("by", .string(mark.by))]
        if let previous = mark.previousStatus { fields.append(("previousStatus", .string(previous))) }
        pairs.append(("voided", .object(fields)))
        return .object(pairs)
    }

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
