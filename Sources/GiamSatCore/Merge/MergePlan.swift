/// What merging former communes does or would do: printed by `merge-commune --dry-run` before anything is
/// written, and the same after a real run (docs/formats.md, "Merging former communes").
public struct MergePlan: Equatable, Sendable {
    public struct Counts: Equatable, Sendable {
        /// New records, whatever their code.
        public var added = 0
        /// Of those, the ones that took a new code because theirs was taken.
        public var recoded = 0
        /// Brought in by an earlier merge of the same former unit: left as they are now.
        public var alreadyMerged = 0
        /// Officials joined into one already here (a mapping file said they are the same person).
        public var joined = 0
        public init() {}
    }

    /// A record whose code was taken: it gets `to` in this commune; `from` stays its searchable former code.
    public struct Recode: Equatable, Sendable {
        public var unit: String, entity: Entity, from: String, to: String
    }

    /// An official of a former unit taken as the same person as `into` (a code in this commune).
    public struct Join: Equatable, Sendable {
        public var unit: String, code: String, into: String
    }

    /// Officials with the same full name and birth year in two places: never joined without a mapping line.
    public struct Candidate: Equatable, Sendable {
        public var name: String
        public var birthYear: Int?
        /// Each as "former-unit/code", or a bare code for an official already in this commune.
        public var officials: [String]
        /// A mapping line that would join them (the later ones into the first).
        public var suggestedLines: [String]
    }

    public var commune: Commune
    public var units: [FormerUnit] = []
    public var counts: [Entity: Counts] = [:]
    public var recoded: [Recode] = []
    public var joins: [Join] = []
    public var candidates: [Candidate] = []
    public var refused: [MergeProblem] = []
    /// True once written (a real run with nothing refused).
    public var applied = false

    public init(commune: Commune) { self.commune = commune }

    public var isEmpty: Bool { counts.values.allSatisfy { $0.added == 0 && $0.joined == 0 } }

    mutating func count(_ entity: Entity, _ change: (inout Counts) -> Void) {
        change(&counts[entity, default: Counts()])
    }
}

/// Why a merge would not be done. Nothing is written while any is left.
public enum MergeProblem: Equatable, Sendable {
    /// The mapping file's line a problem is about, if it is about one.
    public var mappingLine: Int? {
        switch self {
        case .badJoin(let line, _), .noSuchJoinOfficial(let line, _, _, _), .joinTwice(let line, _, _), .joinChain(let line, _): return line
        default: return nil
        }
    }

    /// The file is this commune's own data: that is an import, not a merge.
    case ownCommune(file: String)
    case noCommune(file: String)
    case unitTwice(file: String, other: String, unit: String)
    /// A record of the former unit names one its files do not hold.
    case unknownReference(RecordError)
    /// A mapping line that names no official of the files (or of this commune), or cannot be read.
    case badJoin(line: Int, text: String)
    /// A mapping line that reads but names an official the files (or this commune) do not hold: `official` is the
    /// one not found ("tan-binh/DT-0099", "DT-0031"); `unitKnown` false when no file merged is that former unit.
    case noSuchJoinOfficial(line: Int, text: String, official: String, unitKnown: Bool)
    /// A second mapping line for an official an earlier line already joins into someone else.
    case joinTwice(line: Int, text: String, firstLine: Int)
    /// A mapping line whose target is itself joined into another: write the final one.
    case joinChain(line: Int, text: String)
    /// Two residence reviews of the same official in one year (two former units reviewed one joined person).
    case reviewTwice(unit: String, year: Int, official: String)
    /// The same rules as every save (a plan's status, a party-only measure): the record as it would be written.
    case record(RecordError)
}
