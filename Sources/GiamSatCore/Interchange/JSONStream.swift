import Foundation

/// A JSON reader that pulls bytes from a file a chunk at a time, so a bundle of a million
/// records is read one record at a time instead of as one tree (docs/performance.md).
/// It knows line and column at every byte, which is what an error message names.
///
/// Hostile input (issue 19): nesting is limited to `maxDepth` (the recursion of `value()` is the only stack the
/// input could grow; 60,000 `[` once overflowed it), text must be UTF-8 (the first bad byte is named by its offset,
/// instead of being replaced by U+FFFD and stored), a UTF-8 byte order mark at the start is skipped, and a lone CR
/// ends a line as LF and CRLF do, so errors in a file with old Mac line endings name the right line.
struct JSONStream {
    struct SyntaxError: Error, Equatable {
        enum Kind: Equatable { case syntax, tooDeep, notUTF8(offset: Int) }
        let line: Int
        let column: Int
        var kind: Kind = .syntax
    }

    /// Deeper than any bundle or tally (they nest five levels at most), far below what the stack holds.
    static let maxDepth = 64

    private var buffer: [UInt8] = []
    private var index = 0
    /// Bytes of the buffers before this one: `consumed + index` is the offset in the file.
    private var consumed = 0
    private var depth = 0
    private var afterCR = false
    private var startChecked = false
    private let refill: (() throws -> [UInt8])?
    private(set) var line = 1
    private(set) var column = 1

    /// Reads from memory.
    init(bytes: [UInt8]) {
        buffer = bytes
        refill = nil
    }

    /// Reads a file in 1 MiB chunks.
    init(handle: FileHandle) {
        refill = { [UInt8](try handle.read(upToCount: 1 << 20) ?? Data()) }
    }

    /// Reads pieces handed out by `next` (the fuzz harness cuts a buffer into chunks of every size with it).
    init(chunks next: @escaping () -> [UInt8]) {
        refill = next
    }

    // MARK: Bytes

    private mutating func peek() throws -> UInt8? {
        if index < buffer.count { return buffer[index] }
        guard let refill else { return nil }
        consumed += buffer.count
        buffer = try refill()
        index = 0
        return buffer.isEmpty ? nil : buffer[0]
    }

    private mutating func advance() {
        let byte = buffer[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            if !afterCR { line += 1 }
            column = 1
        } else if byte == UInt8(ascii: "\r") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1 // a character starts here (UTF-8 continuation bytes do not count)
        }
        afterCR = byte == UInt8(ascii: "\r")
    }

    /// The offset in the input of the next byte.
    var offset: Int { consumed + index }

    /// A UTF-8 byte order mark (Notepad writes one) is skipped: it says nothing a reader needs.
    private mutating func skipByteOrderMark() throws {
        startChecked = true
        guard try peek() == 0xEF else { return }
        advance()
        guard try peek() == 0xBB else { throw notUTF8(at: 0) }
        advance()
        guard try peek() == 0xBF else { throw notUTF8(at: 0) }
        advance()
        column = 1
    }

    private func notUTF8(at offset: Int) -> SyntaxError { SyntaxError(line: line, column: column, kind: .notUTF8(offset: offset)) }

    private mutating func next() throws -> UInt8 {
        guard let byte = try peek() else { throw error() }
        advance()
        return byte
    }

    func error() -> SyntaxError { SyntaxError(line: line, column: column) }

    /// The next byte that is not white space, without taking it; nil at the end.
    mutating func peekToken() throws -> UInt8? {
        if !startChecked { try skipByteOrderMark() }
        while let byte = try peek() {
            switch byte {
            case 0x20, 0x0A, 0x0D, 0x09: advance()
            default: return byte
            }
        }
        return nil
    }

    mutating func expect(_ byte: UInt8) throws {
        guard try peekToken() == byte else { throw error() }
        advance()
    }

    /// Takes `byte` if it comes next.
    mutating func take(_ byte: UInt8) throws -> Bool {
        guard try peekToken() == byte else { return false }
        advance()
        return true
    }

    /// After the last value: nothing but white space may follow.
    mutating func expectEnd() throws {
        if try peekToken() != nil { throw error() }
    }

    // MARK: Values

    mutating func value() throws -> JSONValue {
        guard let byte = try peekToken() else { throw error() }
        if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
            guard depth < Self.maxDepth else { return try tooDeep() }
        }
        depth += 1
        defer { depth -= 1 }
        switch byte {
        case UInt8(ascii: "{"):
            advance()
            var pairs: [(String, JSONValue)] = []
            if try take(UInt8(ascii: "}")) { return .object(pairs) }
            repeat {
                let key = try string()
                try expect(UInt8(ascii: ":"))
                pairs.append((key, try value()))
            } while try take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "}"))
            return .object(pairs)
        case UInt8(ascii: "["):
            advance()
            var items: [JSONValue] = []
            if try take(UInt8(ascii: "]")) { return .array(items) }
            repeat { items.append(try value()) } while try take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"))
            return .array(items)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error()
        }
    }

    private func tooDeep() throws -> JSONValue {
        throw SyntaxError(line: line, column: column, kind: .tooDeep)
    }

    private mutating func literal(_ word: StaticString) throws {
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for expected in bytes {
            guard try peek() == expected else { throw error() }
            advance()
        }
    }

    private mutating func number() throws -> JSONValue {
        var text: [UInt8] = []
        var isInteger = true
        while let byte = try peek() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"): break
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): isInteger = false
            default:
                return try make(text, isInteger)
            }
            text.append(byte)
            advance()
        }
        return try make(text, isInteger)
    }

    private func make(_ bytes: [UInt8], _ isInteger: Bool) throws -> JSONValue {
        let text = String(decoding: bytes, as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text), text.last?.isNumber == true else { throw error() }
        // An integral number written with a fraction or exponent reads as an integer, as JSONDecoder did.
        if value == value.rounded(), abs(value) < 1e15 { return .int(Int(value)) }
        return .double(value)
    }

    mutating func string() throws -> String {
        guard try peekToken() == UInt8(ascii: "\"") else { throw error() }
        advance()
        if let text = plainString() { return text }
        var bytes: [UInt8] = []
        var validator = UTF8Validator()
        while true {
            let byteOffset = offset
            let byte = try next()
            guard validator.accept(byte) else { throw notUTF8(at: byteOffset - validator.started) }
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: bytes, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escaped = try next()
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(escaped)
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "f"): bytes.append(0x0C)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        // A surrogate pair: the low half must follow.
                        guard try next() == UInt8(ascii: "\\"), try next() == UInt8(ascii: "u") else { throw error() }
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw error() }
                    bytes.append(contentsOf: Array(String(Character(unicode)).utf8))
                default: throw error()
                }
            case 0x00..<0x20: throw error() // control characters must be escaped
            default: bytes.append(byte)
            }
        }
    }

    /// Nearly every string has no escape and ends inside the buffer: it is decoded from the buffer in one go
    /// instead of byte by byte (a tenth of an import's reading). Nil, with nothing taken, for any other string.
    private mutating func plainString() -> String? {
        var end = index
        while end < buffer.count {
            let byte = buffer[end]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            end += 1
        }
        guard end < buffer.count, buffer[end] == UInt8(ascii: "\"") else { return nil }
        let bytes = buffer[index..<end]
        // Not UTF-8: the byte-by-byte path finds the bad byte and says it, the same wherever the buffer was cut.
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        // As `advance` counts: one column per character (UTF-8 continuation bytes do not count), and the quote.
        column += bytes.reduce(1) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        index = end + 1
        afterCR = false
        return text
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = try next()
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw error() }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}

extension JSONStream.SyntaxError {
    /// The message the user reads for a file that `JSONStream` refused.
    func error(file: String) -> GiamSatError {
        switch kind {
        case .syntax: return .notJSON(file: file, line: line, column: column)
        case .tooDeep: return .jsonTooDeep(file: file, line: line, column: column, limit: JSONStream.maxDepth)
        case .notUTF8(let offset): return .notUTF8(file: file, offset: offset, line: line)
        }
    }
}
