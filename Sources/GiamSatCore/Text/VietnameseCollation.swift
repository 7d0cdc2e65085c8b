import Foundation

/// Vietnamese alphabetical order as a binary-comparable sort key, so SQLite can sort
/// and page with a plain index (no custom collation needed to open the file elsewhere).
///
/// Letters first (a ă â b c d đ e ê … ư v x y), then tones as a tie-breaker
/// (ngang < huyền < hỏi < ngã < sắc < nặng), as in Vietnamese dictionaries.
public enum VietnameseCollation {
    private static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
        "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let letterRank: [String: Int] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })
    /// Combining tone marks in dictionary order; index + 1 is the tone's rank.
    private static let tones: [Unicode.Scalar] = ["\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]

    /// Sort key of one text. Compare keys with `<` (code point order, which is SQLite's BINARY).
    public static func key(_ text: String) -> String { key(text, naturalNumbers: false) }

    /// Sort key of a place name ("Ấp 2" before "Ấp 10"): the same order, with each run of digits compared as a number.
    /// Villages are numbered more often than named; people's names keep `key`.
    public static func naturalKey(_ text: String) -> String { key(text, naturalNumbers: true) }

    private static func key(_ text: String, naturalNumbers: Bool) -> String {
        var primary = String.UnicodeScalarView()
        var secondary = String.UnicodeScalarView()
        var number = ""
        // A number as its count of digits (one scalar, still below the letters) then its digits, leading zeros dropped:
        // a shorter number sorts first, numbers of one length by their digits.
        func endNumber() {
            guard !number.isEmpty else { return }
            let digits = number.drop { $0 == "0" }.isEmpty ? "0" : String(number.drop { $0 == "0" })
            primary.append(Unicode.Scalar(0x30 + min(digits.count, 16))!)
            primary.append(contentsOf: digits.unicodeScalars)
            number = ""
        }
        for character in VietnameseText.nfc(text).lowercased() {
            if naturalNumbers, character.isNumber, let digit = character.wholeNumberValue, (0...9).contains(digit) {
                number.append(Character(Unicode.Scalar(0x30 + digit)!))
                continue
            }
            endNumber()
            let scalars = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            let toneRank = scalars.compactMap { tones.firstIndex(of: $0) }.first.map { $0 + 1 } ?? 0
            let base = String(String.UnicodeScalarView(scalars.filter { !tones.contains($0) }))
                .precomposedStringWithCanonicalMapping
            if let rank = letterRank[base] {
                primary.append(Unicode.Scalar(0x41 + rank)!)
                secondary.append(Unicode.Scalar(0x30 + toneRank)!)
            } else if character.isNumber, let digit = character.wholeNumberValue {
                primary.append(Unicode.Scalar(0x30 + digit)!)
            } else if character.isWhitespace {
                // Collapse runs of spaces: "An  Bình" sorts as "An Bình".
                if primary.last != " " && !primary.isEmpty { primary.append(" ") }
            } else if character.isLetter {
                // Letters outside Vietnamese (rare in names): after z, by code point.
                primary.append(Unicode.Scalar(0x41 + alphabet.count)!)
                primary.append(contentsOf: base.unicodeScalars)
            }
            // Punctuation does not take part in the order.
        }
        endNumber()
        return String(primary) + "\u{1}" + String(secondary)
    }

    /// Key for a person: given name, then middle name(s), then family name.
    public static func personKey(family: String, middle: String, given: String) -> String {
        [given, middle, family].map(key).joined(separator: "\u{2}")
    }

    public static func areInOrder(_ lhs: String, _ rhs: String) -> Bool {
        key(lhs) < key(rhs)
    }
}
