/// Reads the fields of one JSON object of a bundle, remembering which record and which
/// field it is at, so that every error names the file, the record code and the field.
struct FieldReader {
    let file: String
    let entity: Entity
    var code: String?
    /// Path of this object inside the record: "" for the record, "team." or "history[1]." inside it.
    let prefix: String
    /// The object's keys and values as written, and which were read (by position). Looked up by a linear search:
    /// records have a few keys each, and hashing every key into a dictionary and a set was a tenth of an import.
    private let fields: [(String, JSONValue)]
    private var seen: [Bool]

    init(file: String, entity: Entity, code: String? = nil, prefix: String = "", value: JSONValue, field: String = "") throws {
        self.file = file
        self.entity = entity
        self.code = code
        self.prefix = prefix
        guard case .object(let pairs) = value else {
            throw RecordError(file: file, entity: entity, code: code, field: field.isEmpty ? entity.bundleKey : field,
                              problem: .wrongType(expected: "object"))
        }
        fields = pairs
        seen = Array(repeating: false, count: pairs.count)
    }

    /// Where the key is first written (a repeated key's later values are ignored).
    private func position(_ key: String) -> Int? { fields.firstIndex { $0.0 == key } }

    func error(_ key: String, _ problem: RecordProblem) -> RecordError {
        RecordError(file: file, entity: entity, code: code, field: prefix + key, problem: problem)
    }

    /// True when the object has the key at all (even as null): "absent" and "empty" differ for a commune.
    func has(_ key: String) -> Bool { position(key) != nil }

    /// The value, or nil when absent or null.
    mutating func value(_ key: String) -> JSONValue? {
        guard let index = position(key) else { return nil }
        seen[index] = true
        if case .null = fields[index].1 { return nil }
        return fields[index].1
    }

    mutating func string(_ key: String, required: Bool = false) throws -> String {
        guard let value = value(key) else {
            if required { throw error(key, .missing) }
            return ""
        }
        guard case .string(let text) = value else { throw error(key, .wrongType(expected: "string")) }
        let clean = VietnameseText.clean(text)
        if required && clean.isEmpty { throw error(key, .empty) }
        return clean
    }

    mutating func optionalString(_ key: String) throws -> String? {
        let text = try string(key)
        return text.isEmpty ? nil : text
    }

    mutating func int(_ key: String, required: Bool = false) throws -> Int? {
        guard let value = value(key) else {
            if required { throw error(key, .missing) }
            return nil
        }
        guard case .int(let number) = value else { throw error(key, .wrongType(expected: "integer")) }
        return number
    }

    mutating func year(_ key: String, required: Bool = false, range: ClosedRange<Int> = LocalDate.validYears) throws -> Int? {
        guard let year = try int(key, required: required) else { return nil }
        guard range.contains(year) else { throw error(key, .badYear(year)) }
        return year
    }

    mutating func bool(_ key: String) throws -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value else { throw error(key, .wrongType(expected: "boolean")) }
        return flag
    }

    mutating func slug<E: Slugged>(_ key: String, required: Bool = false) throws -> E? {
        guard let text = try optionalString(key) else {
            if required { throw error(key, .missing) }
            return nil
        }
        guard let result = E(rawValue: text) else { throw error(key, .unknownSlug(text, allowed: E.allSlugs)) }
        return result
    }

    mutating func date(_ key: String, required: Bool = false) throws -> LocalDate? {
        guard let text = try optionalString(key) else {
            if required { throw error(key, .missing) }
            return nil
        }
        guard let date = LocalDate(iso: text) else { throw error(key, .badDate(text)) }
        return date
    }

    mutating func array(_ key: String) throws -> [JSONValue] {
        guard let value = value(key) else { return [] }
        guard case .array(let items) = value else { throw error(key, .wrongType(expected: "array")) }
        return items
    }

    mutating func strings(_ key: String) throws -> [String] {
        try array(key).enumerated().map { index, item in
            guard case .string(let text) = item else { throw error("\(key)[\(index)]", .wrongType(expected: "string")) }
            return VietnameseText.clean(text)
        }
    }

    mutating func slugs<E: Slugged>(_ key: String) throws -> [E] {
        try strings(key).enumerated().map { index, text in
            guard let result = E(rawValue: text) else { throw error("\(key)[\(index)]", .unknownSlug(text, allowed: E.allSlugs)) }
            return result
        }
    }

    // Required values without a force unwrap: data from a file never reaches a `!`.

    var recordCode: String { code ?? "" }

    mutating func requiredSlug<E: Slugged>(_ key: String) throws -> E {
        guard let value: E = try slug(key, required: true) else { throw error(key, .missing) }
        return value
    }

    mutating func requiredDate(_ key: String) throws -> LocalDate {
        guard let value = try date(key, required: true) else { throw error(key, .missing) }
        return value
    }

    mutating func requiredYear(_ key: String) throws -> Int {
        guard let value = try year(key, required: true) else { throw error(key, .missing) }
        return value
    }

    /// A reader for an object nested in this one (`team`, `history[2]`).
    func nested(_ path: String, _ value: JSONValue) throws -> FieldReader {
        try FieldReader(file: file, entity: entity, code: code, prefix: prefix + path + ".", value: value, field: prefix + path)
    }

    /// Refuses keys the format does not have: they are usually typos that would be lost silently.
    func finish() throws {
        guard seen.contains(false) else { return }
        let read = Set(fields.indices.filter { seen[$0] }.map { fields[$0].0 })
        if let unknown = fields.map(\.0).filter({ !read.contains($0) }).sorted().first { throw error(unknown, .unknownKey) }
    }
}
