import Foundation

/// Vietnamese text at the boundaries: every string that comes in (keyboard, files,
/// command line) is normalised to NFC, and search works on a folded copy.
public enum VietnameseText {
    /// Composed form (NFC), the only form stored.
    public static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// NFC, without control characters, trimmed of surrounding white space: what a form
    /// field or a file cell holds. Controls are stripped (not refused) so a file holding
    /// `before\u0000after` imports the same way twice; line breaks and tabs stay.
    public static func clean(_ text: String) -> String {
        nfc(stripControls(text)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Drops C0 controls (except tab, line feed, carriage return), DEL and C1 controls.
    public static func stripControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { TerminalText.isControl($0) && !"\t\n\r".unicodeScalars.contains($0) }) else { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !TerminalText.isControl(scalar) || "\t\n\r".unicodeScalars.contains(scalar) {
            kept.append(scalar)
        }
        return String(kept)
    }

    /// Lower case, no diacritics, đ→d: "Đường dây nóng" → "duong day nong".
    /// Foundation's diacritic folding leaves đ alone (it is a letter, not a mark), hence the map.
    public static func fold(_ text: String) -> String {
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
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
