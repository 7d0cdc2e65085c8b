import Foundation

/// A JSON document. Objects keep their keys in order, so files we write are stable
/// byte for byte and read in the order DOMAIN.md documents.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    /// Parses UTF-8 JSON text; objects keep their keys in file order. Throws `JSONStream.SyntaxError`
    /// with the line and column of the first byte that is wrong.
    public static func parse(_ data: Data) throws -> JSONValue {
        var stream = JSONStream(bytes: [UInt8](data))
        let value = try stream.value()
        try stream.expectEnd()
        return value
    }
}

extension JSONValue {
    /// Pretty text: two-space indent, keys in the order given, UTF-8 not escaped, newline at the end.
    public func serialized() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out.append("\n")
        return out
    }

    /// Appends the pretty text of this value as it sits `indent` levels deep (for writers that stream).
    public func write(to out: inout String, indent: Int) {
        let pad = JSONValue.pad(indent + 1)
        let closePad = JSONValue.pad(indent)
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .int(let value): out.append(String(value))
        case .double(let value): out.append(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
        case .string(let value): JSONValue.quote(value, into: &out)
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            // Short lists of scalars stay on one line: easier to read and to diff.
            if items.allSatisfy(\.isScalar) {
                let inline = items.map { $0.serialized().dropLast() }.joined(separator: ", ")
                if inline.count <= 80 { out.append("[\(inline)]"); return }
            }
            out.append("[\n")
            for (index, item) in items.enumerated() {
                out.append(pad)
                item.write(to: &out, indent: indent + 1)
                out.append(index < items.count - 1 ? ",\n" : "\n")
            }
            out.append(closePad + "]")
        case .object(let pairs):
            if pairs.isEmpty { out.append("{}"); return }
            out.append("{\n")
            for (index, (key, value)) in pairs.enumerated() {
                out.append(pad)
                JSONValue.quote(key, into: &out)
                out.append(": ")
                value.write(to: &out, indent: indent + 1)
                out.append(index < pairs.count - 1 ? ",\n" : "\n")
            }
            out.append(closePad + "}")
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    private static let pads = (0..<16).map { String(repeating: "  ", count: $0) }
    private static func pad(_ level: Int) -> String { level < pads.count ? pads[level] : String(repeating: "  ", count: level) }

    private static func quote(_ text: String, into out: inout String) {
        out.append("\"")
        // Most text has nothing to escape: copied whole rather than a scalar at a time.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out.append(text)
            out.append("\"")
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            default:
                if scalar.value < 0x20 { out.append(String(format: "\\u%04x", scalar.value)) } else { out.unicodeScalars.append(scalar) }
            }
        }
        out.append("\"")
    }
}
