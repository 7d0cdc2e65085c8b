/// Text headed for a terminal that came from a file or the database. A name holding
/// `ESC ]2;…BEL` would retitle the terminal, `ESC [2J` clear it (docs/security.md):
/// control characters are shown as `\x1B`, never sent.
public enum TerminalText {
    /// C0 controls, DEL and C1 controls (U+0080–U+009F: U+009B is a one-byte CSI on some terminals).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Every control character written as `\xHH` (`\x0A` for a line break).
    public static func escaped(_ text: String) -> String {
        // Bytes first: no control can hide in UTF-8 without a byte below 0x20, 0x7F or 0xC2 (U+0080–U+009F),
        // and a long listing escapes every cell.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }),
              text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out.append(contentsOf: String(format: "\\x%02X", scalar.value).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Like `escaped`, but line breaks kept: for messages of several lines.
    public static func escapedKeepingLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
    }
}
