import Foundation

/// Vietnamese text at the boundaries: every string that comes in (keyboard, files,
/// command line) is normalised to NFC, and search works on a folded copy.
public enum VietnameseText {
    /// Composed form (NFC), the only form stored.
    public static func nfc(_ text: String) -> String {
        isComposed(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// NFC, without control characters, trimmed of surrounding white space: what a form
    /// field or a file cell holds. Controls are stripped (not refused) so a file holding
    /// `before\u0000after` imports the same way twice; line breaks and tabs stay.
    public static func clean(_ text: String) -> String {
        let composed = nfc(stripControls(text))
        // An ASCII letter, digit or sign at both ends (most text): nothing to trim, and no need to find the
        // first and last characters (grapheme breaking, a few seconds of a million-record import).
        if let first = composed.utf8.first, let last = composed.utf8.last, isPlainEnd(first), isPlainEnd(last) { return composed }
        guard let first = composed.first, let last = composed.last else { return composed }
        // Foundation's trimming bridges to NSString: only pay for it when there is something to trim.
        return first.isWhitespace || first.isNewline || last.isWhitespace || last.isNewline
            ? composed.trimmingCharacters(in: .whitespacesAndNewlines) : composed
    }

    /// A printable ASCII byte other than the space: as the first or last byte of a text, a character that
    /// is not white space on its own.
    private static func isPlainEnd(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// Drops C0 controls (except tab, line feed, carriage return), DEL and C1 controls.
    public static func stripControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { TerminalText.isControl($0) && !"\t\n\r".unicodeScalars.contains($0) }) else { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !TerminalText.isControl(scalar) || "\t\n\r".unicodeScalars.contains(scalar) {
            kept.append(scalar)
        }
        return String(kept)
    }

    /// True when the text is surely NFC already: every scalar below the combining marks (U+0300) or a
    /// precomposed Latin letter (U+1E00–U+1EFF, where Vietnamese lives). Anything else is normalised.
    static func isComposed(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x1E00..<0x1F00).contains($0.value) }
    }

    /// The folded form of each precomposed Latin scalar whose fold is plain ASCII letters or digits
    /// (à → a, Đ → d, ữ → u), made once with the slow path below, so that folding a million summaries
    /// does not decompose each one.
    static let asciiFolds: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for value in Array(UInt32(0x80)..<0x250) + Array(UInt32(0x1E00)..<0x1F00) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let folded = slowFold(String(Character(scalar)))
            if folded.utf8.count == 1, let byte = folded.utf8.first, (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                table[value] = byte
            }
        }
        return table
    }()

    /// Lower case, no diacritics, đ→d: "Đường dây nóng" → "duong day nong".
    /// Foundation's diacritic folding leaves đ alone (it is a letter, not a mark), hence the map.
    public static func fold(_ text: String) -> String {
        asciiFold(text).map { String(decoding: $0, as: UTF8.self) } ?? slowFold(text)
    }

    /// The fold as ASCII bytes, when every scalar is ASCII or in `asciiFolds`; nil otherwise.
    static func asciiFold(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                let byte = UInt8(scalar.value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else if let byte = asciiFolds[scalar.value] {
                bytes.append(byte)
            } else {
                return nil
            }
        }
        return bytes
    }

    static func slowFold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue // combining marks: tones, breve, circumflex, horn
            case 0x0110, 0x0111: scalars.append("d")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).lowercased()
    }

    /// The words of a folded text, split on anything that is not a letter or digit.
    public static func searchTokens(_ text: String) -> [String] {
        guard let bytes = asciiFold(text) else { return slowFold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init) }
        // ASCII: the letters and digits are a–z and 0–9.
        return bytes.split { !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)) }.map { String(decoding: $0, as: UTF8.self) }
    }
}
