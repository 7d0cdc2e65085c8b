import Foundation

/// One line of the bench table. Times in milliseconds; for `rss.*` lines the values are megabytes
/// (`unit` says so). The target holds on the median, or on the p99 where the issue asks for p99.
struct Measurement {
    enum Statistic: String { case median, p99 }

    var id: String
    var operation: String
    var samples: [Double]
    var target: Double?
    var targetOn: Statistic = .median
    var anchor: String?
    var anchorValue: Double?
    /// The target also asks for `median / anchor` at most this (tally: 1.2; lists: 1/3).
    var maxRatio: Double?
    var unit = "ms"
    var note = ""

    var median: Double? { percentile(0.5) }
    var p99: Double? { percentile(0.99) }
    var ratio: Double? { median.flatMap { m in anchorValue.flatMap { $0 > 0 ? m / $0 : nil } } }

    var ok: Bool? {
        guard let value = targetOn == .median ? median : p99 else { return nil }
        if target == nil && maxRatio == nil { return nil }
        if let target, value > target { return false }
        if let maxRatio, let ratio, ratio > maxRatio { return false }
        return true
    }

    /// Nearest-rank percentile of the samples.
    func percentile(_ p: Double) -> Double? {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    var targetText: String {
        var parts: [String] = []
        if let target { parts.append((targetOn == .p99 ? "p99<" : "<") + Report.number(target) + (unit == "ms" ? "" : " " + unit)) }
        if let maxRatio { parts.append(maxRatio < 1 ? "≤1/\(Int((1 / maxRatio).rounded()))×" : "≤\(Report.number(maxRatio))×") }
        return parts.joined(separator: " ")
    }
}

enum Report {
    static func number(_ value: Double?) -> String {
        guard let value else { return "—" }
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }

    static func table(_ rows: [Measurement]) -> String {
        let header = ["operation", "median", "p99", "target", "anchor", "anchor time", "ratio", "ok"]
        let lines = rows.map { r -> [String] in
            let unit = r.unit == "ms" ? "" : " " + r.unit
            return [r.id + (r.note.isEmpty ? "" : " (\(r.note))"), number(r.median) + unit, number(r.p99) + unit, r.targetText,
                    r.anchor ?? "", number(r.anchorValue) + (r.anchorValue == nil ? "" : unit),
                    r.ratio.map { String(format: "%.2f×", $0) } ?? "", r.ok.map { $0 ? "yes" : "NO" } ?? ""]
        }
        var widths = header.map(\.count)
        for line in lines { for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) } }
        let format = { (cells: [String]) in
            cells.enumerated().map { i, cell in pad(cell, widths[i], right: (1...3).contains(i) || i == 5 || i == 6) }
                .joined(separator: "  ")
        }
        return ([format(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + lines.map(format))
            .joined(separator: "\n")
    }

    static func json(_ rows: [(size: String, row: Measurement)]) throws -> Data {
        let items: [[String: Any]] = rows.map { size, r in
            [
                "id": r.id, "size": size, "operation": r.operation, "unit": r.unit, "note": r.note,
                "median_ms": r.median ?? NSNull(), "p99_ms": r.p99 ?? NSNull(), "runs": r.samples.count,
                "target_ms": r.target ?? NSNull(), "target_on": r.targetOn.rawValue, "max_ratio": r.maxRatio ?? NSNull(),
                "anchor": r.anchor ?? NSNull(), "anchor_ms": r.anchorValue ?? NSNull(),
                "ratio": r.ratio ?? NSNull(), "ok": r.ok ?? NSNull(),
            ]
        }
        return try JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys])
    }
}
