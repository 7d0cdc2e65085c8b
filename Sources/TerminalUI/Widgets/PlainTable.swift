import Foundation

/// Plain-text table aligned by display width (Vietnamese marks take no extra cell),
/// for the command line and exported text reports.
public enum PlainTable {
    public static func render(_ rows: [[String]], rightAligned: Set<Int> = [], maxWidths: [Int: Int] = [:]) -> String {
        guard !rows.isEmpty else { return "" }
        let widths = Self.widths(rows, maxWidths: maxWidths)
        return rows.map { line($0, widths: widths, rightAligned: rightAligned) }.joined(separator: "\n") + "\n"
    }

    /// The width of each column: its widest cell, cut to `maxWidths`.
    public static func widths(_ rows: [[String]], maxWidths: [Int: Int] = [:]) -> [Int] {
        var widths = Array(repeating: 0, count: rows.map(\.count).max() ?? 0)
        for row in rows {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], min(DisplayWidth.of(cell), maxWidths[index] ?? Int.max))
            }
        }
        return widths
    }

    /// One row, cells padded (or cut) to `widths`, two spaces apart, without trailing spaces.
    public static func line(_ row: [String], widths: [Int], rightAligned: Set<Int> = []) -> String {
        var bytes: [UInt8] = []
        append(row, widths: widths, rightAligned: rightAligned, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `line` as UTF-8 bytes at the end of `out`: a long listing is written without a String per row.
    public static func append(_ row: [String], widths: [Int], rightAligned: Set<Int> = [], to out: inout [UInt8]) {
        let start = out.count
        for (index, cell) in row.enumerated() {
            if index > 0 { out.append(0x20); out.append(0x20) }
            guard index < widths.count else { out.append(contentsOf: cell.utf8); continue }
            DisplayWidth.appendPadded(cell, width: widths[index], alignRight: rightAligned.contains(index), to: &out)
        }
        while out.count > start, let last = out.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D { out.removeLast() }
    }
}
