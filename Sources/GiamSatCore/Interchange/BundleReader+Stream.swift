import Foundation

/// One record of a bundle, as read: of any kind (`RecordKinds`).
public struct BundleRecord: Sendable {
    let record: any KindRecord

    public var entity: Entity { type(of: record).entity }
    public var code: String { record.code }

    /// Over-long text and dates out of range (docs/formats.md, limits).
    public func validationErrors(file: String) -> [RecordError] { record.validationErrors(file: file) }
}

extension BundleReader {
    /// The arrays of records a bundle may hold, by key: every kind of `RecordKinds` but the commune.
    static let recordKeys: [String: Entity] = RecordKinds.byBundleKey.mapValues(\.entity)

    /// Reads a bundle file one record at a time, never holding more than one record in memory.
    /// `visit` gets each valid record in file order until the first problem is found; after that the
    /// rest is only checked, so that every problem is reported together, and the file is refused whole.
    /// `commune` gets the commune and the names of the fields the file left out.
    /// `provenance` gets the commune's former units and a merged record's origins, before the record itself.
    public static func read(contentsOf path: String, file: String, dueDays: Int = Feedback.defaultDueDays,
                            commune: (Commune, Set<String>) throws -> Void, provenance: (Provenance) throws -> Void = { _ in },
                            visit: (BundleRecord) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            _ = try Files.read(path) // says why: missing or unreadable
            throw GiamSatError.cannotRead(path: path, reason: "cannot open")
        }
        defer { try? handle.close() }
        var stream = JSONStream(handle: handle)
        try scan(&stream, file: file, dueDays: dueDays, commune: commune, provenance: provenance, visit: visit)
    }

    static func scan(_ stream: inout JSONStream, file: String, dueDays: Int,
                     commune: (Commune, Set<String>) throws -> Void, provenance: (Provenance) throws -> Void,
                     visit: (BundleRecord) throws -> Void) throws {
        var errors: [RecordError] = []
        var codes: [Entity: Set<String>] = [:]
        var (sawFormat, sawVersion) = (false, false)
        func record(_ entity: Entity, _ index: Int, _ item: JSONValue) throws {
            let parsed: BundleRecord
            var origins: [RecordOrigin] = []
            var void: VoidMark?
            do {
                guard let type = entity.kind.record else { preconditionFailure("\(entity.rawValue) has no records") }
                var reader = try FieldReader(file: file, entity: entity, value: item, field: "\(entity.bundleKey)[\(index)]")
                if type.readsCode { reader.code = try reader.string("code", required: true) }
                parsed = BundleRecord(record: try type.read(&reader, dueDays: dueDays))
                origins = try readOrigins(&reader)
                void = try readVoid(&reader)
                try reader.finish()
            } catch let error as RecordError {
                return errors.append(error)
            } catch {
                return errors.append(RecordError(file: file, entity: entity, code: nil, field: "\(index)", problem: .missing))
            }
            let invalid = parsed.validationErrors(file: file)
            if !invalid.isEmpty { return errors += invalid }
            guard codes[entity, default: []].insert(parsed.code).inserted else {
                return errors.append(RecordError(file: file, entity: entity, code: parsed.code, field: "code", problem: .duplicateCode))
            }
            guard errors.isEmpty else { return }
            if !origins.isEmpty { try provenance(.origins(entity, code: parsed.code, origins)) }
            if let void { try provenance(.voided(entity, code: parsed.code, void)) }
            try visit(parsed)
        }
        do {
            guard try stream.peekToken() == UInt8(ascii: "{") else {
                _ = try stream.value()
                try stream.expectEnd()
                throw GiamSatError.notABundle(file: file)
            }
            try stream.expect(UInt8(ascii: "{"))
            if !(try stream.take(UInt8(ascii: "}"))) {
                repeat {
                    let key = try stream.string()
                    try stream.expect(UInt8(ascii: ":"))
                    if let entity = recordKeys[key], try stream.peekToken() == UInt8(ascii: "[") {
                        // The records: one at a time.
                        try stream.expect(UInt8(ascii: "["))
                        var index = 0
                        if !(try stream.take(UInt8(ascii: "]"))) {
                            repeat {
                                try record(entity, index, try stream.value())
                                index += 1
                            } while try stream.take(UInt8(ascii: ","))
                            try stream.expect(UInt8(ascii: "]"))
                        }
                        continue
                    }
                    let value = try stream.value()
                    switch key {
                    case "format":
                        guard value == .string(CaseBundle.format) else { throw GiamSatError.notABundle(file: file) }
                        sawFormat = true
                    case "version":
                        guard case .int(let version) = value else { throw GiamSatError.notABundle(file: file) }
                        guard CaseBundle.readableVersions.contains(version) else { throw GiamSatError.unsupportedVersion(file: file, version: version) }
                        sawVersion = true
                    case "commune":
                        do {
                            let (read, omitted, formerUnits) = try readCommune(value, file: file)
                            let invalid = read.validationErrors(file: file)
                            errors += invalid
                            if errors.isEmpty {
                                try commune(read, omitted)
                                for unit in formerUnits { try provenance(.formerUnit(unit)) }
                            }
                        } catch let error as RecordError { errors.append(error) }
                    case "extensions": break
                    default:
                        let entity = recordKeys[key]
                        errors.append(RecordError(file: file, entity: entity ?? .commune, code: nil, field: key,
                                                  problem: entity == nil ? .unknownKey : .wrongType(expected: "array")))
                    }
                } while try stream.take(UInt8(ascii: ","))
                try stream.expect(UInt8(ascii: "}"))
            }
            try stream.expectEnd()
        } catch let error as JSONStream.SyntaxError {
            throw error.error(file: file)
        }
        guard sawFormat, sawVersion else { throw GiamSatError.notABundle(file: file) }
        if !errors.isEmpty { throw GiamSatError.invalidRecords(errors) }
    }
}
