// Discipline in a tally by track (issue 21; docs/formats.md, "giamsat-tally version 2"): one line per track and one for
// the outcomes whose track is not set, each by measure with its heads of units.

/// A line of the discipline figures: one track, or the outcomes whose track is not set yet.
public enum DisciplineLine: Hashable, Sendable {
    case track(OutcomeTrack), unplaced

    /// In report order: Đảng, cán bộ, công chức, viên chức, đoàn thể, then the unplaced.
    public static var all: [DisciplineLine] { OutcomeTrack.allCases.map { .track($0) } + [.unplaced] }

    public init?(slug: String) {
        if slug == OutcomeTrack.unplacedSlug { self = .unplaced } else if let track = OutcomeTrack(rawValue: slug) { self = .track(track) } else { return nil }
    }
    public var slug: String {
        switch self {
        case .track(let track): return track.slug
        case .unplaced: return OutcomeTrack.unplacedSlug
        }
    }
    /// The measures counted on the line, every one listed in reports (zeros included).
    public var measures: [OutcomeMeasure] {
        switch self {
        case .track(let track): return track.disciplineMeasures
        case .unplaced: return OutcomeMeasure.disciplineCases
        }
    }
}

/// The discipline of one line: counts by measure slug, and the part whose official heads a unit.
public struct DisciplineCounts: Equatable, Sendable {
    public var total = 0
    public var byMeasure: [String: Int] = [:]
    public var headsTotal = 0
    public var headsByMeasure: [String: Int] = [:]
    public init(total: Int = 0, byMeasure: [String: Int] = [:], headsTotal: Int = 0, headsByMeasure: [String: Int] = [:]) {
        self.total = total
        self.byMeasure = byMeasure
        self.headsTotal = headsTotal
        self.headsByMeasure = headsByMeasure
    }
    public var isEmpty: Bool { total == 0 && headsTotal == 0 }
    public static func + (a: DisciplineCounts, b: DisciplineCounts) -> DisciplineCounts {
        DisciplineCounts(total: a.total + b.total, byMeasure: a.byMeasure.merging(b.byMeasure, uniquingKeysWith: +),
                         headsTotal: a.headsTotal + b.headsTotal, headsByMeasure: a.headsByMeasure.merging(b.headsByMeasure, uniquingKeysWith: +))
    }
    /// One outcome of `measure` counted.
    mutating func add(_ measure: String, head: Bool, _ n: Int) {
        total += n
        byMeasure[measure, default: 0] += n
        if head {
            headsTotal += n
            headsByMeasure[measure, default: 0] += n
        }
    }
}

extension Tally {
    public func discipline(_ line: DisciplineLine) -> DisciplineCounts { disciplineLines[line] ?? DisciplineCounts() }

    // The Party's line, as the seeds count it ("106 party members disciplined, of whom 30 heads").
    public var disciplineTotal: Int { discipline(.track(.dang)).total }
    public var disciplineByMeasure: [String: Int] { discipline(.track(.dang)).byMeasure }
    public var headsTotal: Int { discipline(.track(.dang)).headsTotal }
    public var headsByMeasure: [String: Int] { discipline(.track(.dang)).headsByMeasure }
}
