import Foundation

/// Plain-text table aligned by display width (Vietnamese marks take no extra cell),
/// for the command line and exported text reports.
public enum PlainTable {
    public static func render(_ rows: [[String]], rightAligned: Set<Int> = [], maxWidths: [Int: Int] = [:]) -> String {
        guard let columnCount = rows.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: columnCount)
        for row in rows {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], min(DisplayWidth.of(cell), maxWidths[index] ?? Int.max))
            }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                DisplayWidth.pad(cell, to: widths[index], alignRight: rightAligned.contains(index))
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }
}
