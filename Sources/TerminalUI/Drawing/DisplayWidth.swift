/// How many terminal cells text takes. Counted per grapheme cluster, so a Vietnamese
/// letter with its marks is one cell and a CJK ideograph or emoji is two.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        simpleWidth(text) ?? text.reduce(0) { $0 + of($1) }
    }

    /// Printable ASCII and precomposed Latin (Vietnamese included), plus dashes, quotes and "…": one
    /// scalar a character and a cell, so widths and cuts need no grapheme clusters (the slow part while
    /// typing or printing a long list). Nil for any other text.
    static func simpleWidth(_ text: String) -> Int? {
        text.utf8.withContiguousStorageIfAvailable { simpleWidth($0, upTo: nil).width } ?? nil
    }

    /// Walks simple UTF-8 (see `simpleWidth`): its width, and the byte offset where character `upTo` starts.
    static func simpleWidth(_ bytes: UnsafeBufferPointer<UInt8>, upTo: Int?) -> (width: Int?, offset: Int?) {
        var i = 0, width = 0, offset: Int?
        while i < bytes.count {
            if width == upTo { offset = i }
            let b = bytes[i]
            switch b {
            case 0x20..<0x7F: i += 1 // printable ASCII
            case 0xC2 where i + 1 < bytes.count && bytes[i + 1] >= 0xA0, 0xC3...0xCB: i += 2 // U+00A0–U+02FF
            case 0xE1 where i + 2 < bytes.count && (0xB8...0xBB).contains(bytes[i + 1]): i += 3 // U+1E00–U+1EFF
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (0x90...0xA7).contains(bytes[i + 2]): i += 3 // U+2010–U+2027
            default: return (nil, nil)
            }
            width += 1
        }
        return (width, offset)
    }

    static func isSimple(_ text: String) -> Bool { simpleWidth(text) != nil }

    /// Appends `text` padded (after cutting) to exactly `width` cells, as UTF-8: `pad` without a String.
    public static func appendPadded(_ text: String, width: Int, alignRight: Bool = false, to out: inout [UInt8]) {
        let done: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            let (used, cut) = simpleWidth(bytes, upTo: max(0, width - 1))
            guard let used else { return false }
            let body = used > width ? UnsafeBufferPointer(rebasing: bytes[..<(cut ?? 0)]) : bytes
            let shown = used > width ? width : used
            if alignRight { out.append(contentsOf: repeatElement(0x20, count: width - shown)) }
            if width > 0 {
                out.append(contentsOf: body)
                if used > width { out.append(contentsOf: [0xE2, 0x80, 0xA6]) } // …
            }
            if !alignRight { out.append(contentsOf: repeatElement(0x20, count: width - shown)) }
            return true
        }
        if done != true { out.append(contentsOf: pad(text, to: width, alignRight: alignRight).utf8) }
    }

    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        // Fast path for what most text here is: ASCII and Latin letters with Vietnamese marks (NFC).
        if (0x20..<0x7F).contains(first.value) || (0xC0..<0x250).contains(first.value) || (0x1E00..<0x1F00).contains(first.value) {
            return 1
        }
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark { return 0 }
        if first.value == 0x200B || first.value == 0x200D || first.value == 0xFEFF { return 0 }
        return isWide(first) ? 2 : 1
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isEmojiPresentation { return true }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Cuts text to at most `width` cells, ending with "…" when something was cut.
    /// Never splits a grapheme cluster.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if text.utf8.count <= width { return text }
        if isSimple(text) {
            var bytes: [UInt8] = []
            appendPadded(text, width: width, to: &bytes)
            while bytes.last == 0x20 { bytes.removeLast() }
            return of(text) <= width ? text : String(decoding: bytes, as: UTF8.self)
        }
        if of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let cells = of(character)
            if used + cells > width - 1 { break }
            result.append(character)
            used += cells
        }
        return result + "…"
    }

    /// Pads with spaces (after truncating) to exactly `width` cells.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let fill = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? fill + cut : cut + fill
    }
}
