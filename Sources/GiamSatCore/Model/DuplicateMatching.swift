/// Likely duplicates of a new feedback record (issue 21), decided on plain values so the rule is tested without a
/// database: two records are alike when they were received within a window of days of each other and their summaries
/// share enough words — folded (no accents, đ→d, lower case) and without the stop-words every summary has — with
/// the same official concerned or the same reporter as a second sign, or very many words alone.
/// The store gathers the candidates through its indexes (`AppDatabase.likelyDuplicates`); this decides and ranks them.
public enum DuplicateMatching {
    /// What is compared of a record. `reporter` is nil unless the identity is open (not anonymous, not sealed, not a
    /// form's placeholder): a masked identity is never matched on.
    public struct Facts: Equatable, Sendable {
        public var code: String
        public var receivedOn: LocalDate
        public var officials: [String]
        public var reporter: Feedback.Reporter?
        public var summary: String

        public init(code: String, receivedOn: LocalDate, officials: [String], reporter: Feedback.Reporter?, summary: String) {
            self.code = code
            self.receivedOn = receivedOn
            self.officials = officials
            self.reporter = reporter
            self.summary = summary
        }

        /// A record's facts; its reporter only when the identity is open.
        public init(_ feedback: Feedback) {
            self.init(code: feedback.code, receivedOn: feedback.receivedOn, officials: feedback.officials,
                      reporter: Self.openReporter(feedback), summary: feedback.summary)
        }

        static func openReporter(_ feedback: Feedback) -> Feedback.Reporter? {
            guard !feedback.anonymous, let reporter = feedback.reporter, !reporter.isSealed, !reporter.isPlaceholder else { return nil }
            return reporter
        }
    }

    /// The thresholds. `windowDays` is the `duplicate-days` setting.
    public struct Rules: Equatable, Sendable {
        /// Days before and after the received date.
        public var windowDays: Int
        /// Share of the shorter summary's words in common, with the same official or reporter.
        public var withLink: Double
        /// The same without them.
        public var wordsAlone: Double
        /// Words in common at least (or all the shorter summary has, if fewer).
        public var sharedWords: Int

        public init(windowDays: Int = Rules.defaultWindowDays, withLink: Double = 0.5, wordsAlone: Double = 0.8, sharedWords: Int = 2) {
            self.windowDays = windowDays
            self.withLink = withLink
            self.wordsAlone = wordsAlone
            self.sharedWords = sharedWords
        }

        public static let defaultWindowDays = 30
        public static let windowRange = 1...365
    }

    public struct Match: Equatable, Sendable {
        public var code: String
        /// 0–100: words in common weigh 70, the same official 20, the same reporter 10.
        public var score: Int
        public var similarity: Double
        public var sameOfficial: Bool
        public var sameReporter: Bool
        public var sharedWords: [String]
    }

    /// Folded syllables too common to tell two matters apart ("và", "của", "ông", "xã", "phản ánh"…).
    public static let stopWords: Set<String> = [
        "va", "cua", "la", "co", "cac", "nhung", "cho", "voi", "trong", "khi", "da", "duoc", "bi", "thi", "nay", "do",
        "o", "tai", "ve", "mot", "nguoi", "viec", "den", "tu", "con", "cung", "nhu", "de", "theo", "khong", "rat",
        "lai", "ra", "vao", "len", "nen", "ma", "hay", "hoac", "se", "dang", "van", "chua", "ong", "ba", "anh", "chi",
        "em", "xa", "thon", "ap", "ban", "phan", "nhan", "dan", "can", "bo", "sau", "truoc", "nam",
        "thang", "ngay", "vi", "neu", "nhieu", "it", "moi", "cu", "them", "ho", "minh", "toi", "chung",
    ]

    /// The words of a summary that can tell it apart: folded, no stop-words, no single letters.
    public static func words(_ summary: String) -> Set<String> {
        Set(VietnameseText.searchTokens(summary).filter { $0.count > 1 && !stopWords.contains($0) })
    }

    /// `other` as a likely duplicate of `new`, or nil.
    public static func match(_ new: Facts, _ other: Facts, rules: Rules = Rules()) -> Match? {
        match(new, words: words(new.summary), other, rules: rules)
    }

    static func match(_ new: Facts, words mine: Set<String>, _ other: Facts, rules: Rules) -> Match? {
        guard other.code != new.code, abs(new.receivedOn.days(until: other.receivedOn)) <= rules.windowDays else { return nil }
        let theirs = words(other.summary)
        let smaller = min(mine.count, theirs.count)
        guard smaller > 0 else { return nil }
        let shared = mine.intersection(theirs)
        guard shared.count >= min(rules.sharedWords, smaller) else { return nil }
        let similarity = Double(shared.count) / Double(smaller)
        let sameOfficial = !Set(new.officials).isDisjoint(with: other.officials)
        let sameReporter = sameIdentity(new.reporter, other.reporter)
        let linked = sameOfficial || sameReporter
        guard similarity >= (linked ? rules.withLink : rules.wordsAlone) else { return nil }
        let score = 70 * similarity + (sameOfficial ? 20 : 0) + (sameReporter ? 10 : 0)
        return Match(code: other.code, score: Int(score.rounded()), similarity: similarity, sameOfficial: sameOfficial,
                     sameReporter: sameReporter, sharedWords: shared.sorted())
    }

    /// The likely duplicates among `candidates`, best first (then nearest in time, then by code), at most `limit`.
    public static func rank(_ new: Facts, among candidates: [Facts], rules: Rules = Rules(), limit: Int = 10) -> [Match] {
        let mine = words(new.summary)
        let distance = Dictionary(candidates.map { ($0.code, abs(new.receivedOn.days(until: $0.receivedOn))) }, uniquingKeysWith: { a, _ in a })
        return candidates.compactMap { match(new, words: mine, $0, rules: rules) }
            .sorted { (-$0.score, distance[$0.code]!, $0.code) < (-$1.score, distance[$1.code]!, $1.code) }
            .prefix(limit).map { $0 }
    }

    /// The same person: the same folded name, or the same phone number (its digits, at least eight).
    static func sameIdentity(_ a: Feedback.Reporter?, _ b: Feedback.Reporter?) -> Bool {
        guard let a, let b else { return false }
        let nameA = VietnameseText.searchTokens(a.name), nameB = VietnameseText.searchTokens(b.name)
        if !nameA.isEmpty && nameA == nameB { return true }
        let phoneA = a.phone.filter(\.isNumber), phoneB = b.phone.filter(\.isNumber)
        return phoneA.count >= 8 && phoneA == phoneB
    }
}
