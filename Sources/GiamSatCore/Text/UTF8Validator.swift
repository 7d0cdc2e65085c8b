/// Checks UTF-8 a byte at a time (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF),
/// so that a reader can name the offset of the first byte that is not UTF-8 instead of storing U+FFFD
/// (a bundle saved as Windows-1258 once imported as "Th� trong h?m", issue 19).
public struct UTF8Validator: Sendable {
    private var remaining = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF
    /// Bytes of the character being read, before the one given to `accept`: a refused byte's character started
    /// that many bytes earlier, which is the offset a message names (where the bad character begins).
    public private(set) var started = 0

    public init() {}

    /// False when `byte` cannot come next.
    public mutating func accept(_ byte: UInt8) -> Bool {
        if remaining == 0 {
            started = 0
            switch byte {
            case 0x00...0x7F: return true
            case 0xC2...0xDF: remaining = 1
            case 0xE0: (remaining, lower) = (2, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: remaining = 2
            case 0xED: (remaining, upper) = (2, 0x9F)
            case 0xF0: (remaining, lower) = (3, 0x90)
            case 0xF1...0xF3: remaining = 3
            case 0xF4: (remaining, upper) = (3, 0x8F)
            default: return false
            }
            started = 1
            return true
        }
        guard byte >= lower, byte <= upper else { return false }
        (lower, upper) = (0x80, 0xBF)
        remaining -= 1
        started = remaining == 0 ? 0 : started + 1
        return true
    }

    /// True between characters (not in the middle of one).
    public var isComplete: Bool { remaining == 0 }

    /// The offset where the first character that is not UTF-8 begins, or nil.
    public static func firstInvalid<C: Collection>(in bytes: C) -> Int? where C.Element == UInt8 {
        var validator = UTF8Validator()
        var offset = 0
        for byte in bytes {
            if !validator.accept(byte) { return offset - validator.started }
            offset += 1
        }
        return validator.isComplete ? nil : offset - validator.started
    }
}
