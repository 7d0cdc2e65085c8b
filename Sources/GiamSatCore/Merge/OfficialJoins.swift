import Foundation

/// Lines of a mapping file: which officials of the former units are the same person.
///
///     # an official of xa-b is the one xa-a knew as DT-0001
///     xa-b/DT-0002 = xa-a/DT-0001
///     # … or one already in this commune
///     xa-c/DT-0007 = DT-0031
///
/// `merge-commune --dry-run` prints a ready line for every candidate it finds.
public struct OfficialJoin: Equatable, Sendable {
    public enum Target: Equatable, Sendable {
        case former(unit: String, code: String)
        case current(code: String)
    }
    public var unit: String
    public var code: String
    public var target: Target
    /// Where it was written (1-based line), for messages.
    public var line: Int
    public var text: String

    /// Reads a mapping file; lines that cannot be read come back as problems, not thrown, so the dry run lists them all.
    public static func parse(_ text: String) -> (joins: [OfficialJoin], problems: [MergeProblem]) {
        var joins: [OfficialJoin] = [], problems: [MergeProblem] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let sides = trimmed.split(separator: "=", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard sides.count == 2, let from = Self.reference(sides[0]), case .former(let unit, let code) = from,
                  let target = Self.reference(sides[1]) else {
                problems.append(.badJoin(line: index + 1, text: trimmed))
                continue
            }
            // One official joined into two different people: which is meant cannot be guessed.
            if let first = joins.first(where: { $0.unit == unit && $0.code == code }) {
                if first.target != target { problems.append(.joinTwice(line: index + 1, text: trimmed, firstLine: first.line)) }
                continue
            }
            joins.append(OfficialJoin(unit: unit, code: code, target: target, line: index + 1, text: trimmed))
        }
        return (joins, problems)
    }

    /// "xa-a/DT-0001" (a former unit's official) or "DT-0031" (one of this commune).
    static func reference(_ text: String) -> Target? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1, !parts[0].isEmpty, !parts[0].contains(" ") { return .current(code: parts[0].uppercased()) }
        if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !text.contains(" ") {
            return .former(unit: parts[0].lowercased(), code: parts[1].uppercased())
        }
        return nil
    }

    /// The line that joins `code` of `unit` into `target`, as the dry run suggests it.
    static func line(unit: String, code: String, into target: Target) -> String {
        switch target {
        case .former(let u, let c): return "\(unit)/\(code) = \(u)/\(c)"
        case .current(let c): return "\(unit)/\(code) = \(c)"
        }
    }
}
