/// The law's clocks on a feedback record (issue 21; DOMAIN.md "Deadlines and rules from the law";
/// docs/formats.md "Clocks"). Pure values: the store computes the due date with them on every save,
/// the page explains it with them, and tests check each rule without a database.
extension Feedback {
    /// What changes a record's clock: a complaint may be complex and/or in a remote area (Luật Khiếu nại 2011,
    /// art. 28), a denunciation's checks may span several places (Luật Tố cáo 2018, art. 24).
    public struct ClockFlags: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let complex = ClockFlags(rawValue: 1)
        public static let remote = ClockFlags(rawValue: 2)
        public static let severalPlaces = ClockFlags(rawValue: 4)
        /// The flags that mean something for `kind`; the others are dropped on save.
        public static func meaningful(for kind: FeedbackKind) -> ClockFlags {
            switch kind {
            case .khieuNai: return [.complex, .remote]
            case .toCao: return [.severalPlaces]
            default: return []
            }
        }
    }

    /// A denunciation's extension of its resolution time (Luật Tố cáo 2018, art. 30): a recorded step with its date,
    /// the days it adds and why. At most `maxExtensions`.
    public struct Extension: Equatable, Sendable {
        public var on: LocalDate
        public var days: Int
        public var reason: String
        public var by: String
        public init(on: LocalDate, days: Int, reason: String, by: String = "") {
            self.on = on
            self.days = days
            self.reason = reason
            self.by = by
        }
    }

    /// Once (complex) or twice (very complex), never a third time.
    public static let maxExtensions = 2

    /// The day the matter was accepted (classified, thụ lý): the first step after the receipt when it takes the matter
    /// up — accepted for verification, or forwarded to the competent body (the Front then follows that body's clock).
    /// A record closed at classification (trùng, lưu) was never accepted: its clock stays the receipt's.
    public var acceptedOn: LocalDate? {
        guard history.count > 1, Self.acceptingSteps.contains(history[1].status) else { return nil }
        return history[1].on
    }

    public static let acceptingSteps: Set<FeedbackStatus> = [.xemXet, .daChuyen]

    /// The clock of this record under `rules`.
    public func clock(_ rules: ClockRules) -> FeedbackClock { FeedbackClock(self, rules: rules) }

    /// Adds an extension, or says why the law does not allow it. The due date moves when the record is saved.
    /// `today` bounds the date: an extension is a step already taken, never one planned (a future date would also
    /// block every later extension, which may not precede it).
    public mutating func extend(_ extensionStep: Extension, today: LocalDate) throws {
        try checkExtensionAllowed()
        if extensionStep.reason.isEmpty { throw extensionRefusal(.needsReason) }
        if extensionStep.days <= 0 { throw extensionRefusal(.needsDays) }
        if let earliest = earliestExtensionDate, extensionStep.on < earliest { throw extensionRefusal(.beforeAcceptance(earliest)) }
        if extensionStep.on > today { throw extensionRefusal(.afterToday(today)) }
        extensions.append(extensionStep)
    }

    /// Whether the law allows an extension at all, whatever its date and reason (what `g` checks before its form).
    public func checkExtensionAllowed() throws {
        guard kind == .toCao else { throw extensionRefusal(.onlyDenunciations) }
        guard !status.isEnded else { throw extensionRefusal(.ended) }
        guard acceptedOn != nil else { throw extensionRefusal(.notAccepted) }
        guard extensions.count < Self.maxExtensions else { throw extensionRefusal(.tooMany(Self.maxExtensions)) }
    }

    /// The first day a new extension may be dated: the acceptance, or the previous extension's date.
    public var earliestExtensionDate: LocalDate? {
        acceptedOn.map { max($0, extensions.last?.on ?? $0) }
    }

    private func extensionRefusal(_ refusal: ExtensionRefusal) -> RecordError {
        RecordError(entity: .feedback, code: code, field: "extensions[\(extensions.count)]", problem: .extensionRefused(refusal))
    }

    /// Why an extension was refused (worded in Localization/ClockText.swift).
    public enum ExtensionRefusal: Equatable, Sendable {
        case onlyDenunciations, ended, notAccepted, tooMany(Int), needsReason, needsDays, beforeAcceptance(LocalDate)
        /// Dated after today (the day given).
        case afterToday(LocalDate)
    }
}

/// The days of the law, editable in settings (`AppDatabase+ClockSettings.swift`); the defaults are the law's.
public struct ClockRules: Equatable, Sendable {
    /// Phản ánh and kiến nghị: days from receipt (the `due-days` setting).
    public var dueDays = Feedback.defaultDueDays
    /// Khiếu nại (first time), from acceptance: plain, complex, remote, remote and complex.
    public var complaintDays = 30, complaintComplexDays = 45, complaintRemoteDays = 45, complaintRemoteComplexDays = 60
    /// Tố cáo, from acceptance; each extension adds `extensionDays`.
    public var denunciationDays = 30, extensionDays = 30
    /// Working days to classify a denunciation, and when its checks span several places.
    public var classifyDenunciationDays = 7, classifyDenunciationSeveralPlacesDays = 10
    /// Days a supervision plan and its team decision go out before the supervision starts.
    public var planLeadDays = 15

    public init() {}

    public static let defaults = ClockRules()
    /// What a setting of days may be.
    public static let daysRange = 1...365
}

/// A record's clock: what the due date is for, what it counts from, and the date itself.
public struct FeedbackClock: Equatable, Sendable {
    /// Where the resolution time counts from.
    public enum Start: Equatable, Sendable {
        /// Phản ánh / kiến nghị, and a complaint or denunciation not yet accepted (counted from receipt until then).
        case received(LocalDate)
        case accepted(LocalDate)
        public var date: LocalDate {
            switch self { case .received(let d), .accepted(let d): return d }
        }
    }

    public var start: Start
    /// The days of the law for this kind and these flags, before extensions.
    public var days: Int
    public var extensions: [Feedback.Extension]
    public var dueOn: LocalDate
    /// Working days to classify (7 or 10 for a denunciation, the general 10 otherwise).
    public var classifyWorkingDays: Int

    public init(_ f: Feedback, rules: ClockRules) {
        let flags = f.clockFlags.intersection(.meaningful(for: f.kind))
        switch f.kind {
        case .phanAnh, .kienNghi:
            start = .received(f.receivedOn)
            days = rules.dueDays
        case .khieuNai:
            start = f.acceptedOn.map(Start.accepted) ?? .received(f.receivedOn)
            switch (flags.contains(.remote), flags.contains(.complex)) {
            case (false, false): days = rules.complaintDays
            case (false, true): days = rules.complaintComplexDays
            case (true, false): days = rules.complaintRemoteDays
            case (true, true): days = rules.complaintRemoteComplexDays
            }
        case .toCao:
            start = f.acceptedOn.map(Start.accepted) ?? .received(f.receivedOn)
            days = rules.denunciationDays
        }
        extensions = f.kind == .toCao ? f.extensions : []
        dueOn = start.date.adding(days: days + extensions.reduce(0) { $0 + $1.days }).clamped()
        classifyWorkingDays = f.kind == .toCao
            ? (flags.contains(.severalPlaces) ? rules.classifyDenunciationSeveralPlacesDays : rules.classifyDenunciationDays)
            : Feedback.classifyWorkingDays
    }

    /// The last day to classify the record (late if it is still `tiep-nhan` after it).
    public func classifyBy(_ receivedOn: LocalDate, _ calendar: WorkingCalendar) -> LocalDate {
        calendar.adding(workingDays: classifyWorkingDays, to: receivedOn)
    }
}

/// The plan's lead time (issue 21): the plan and its team decision go out at least `planLeadDays` before the
/// supervision starts. A warning, never a refusal: a plan issued late is still a plan.
public enum PlanLeadTime {
    /// The days short of the lead time, or nil when `issued` is early enough (or a date is missing).
    public static func shortBy(issued: LocalDate?, start: LocalDate?, leadDays: Int) -> Int? {
        guard let issued, let start else { return nil }
        let lead = issued.days(until: start)
        return lead < leadDays ? leadDays - lead : nil
    }
}

extension Feedback {
    /// The clock's audit rows: each flag and each extension, so an extension and its undo are in the trail.
    var clockAuditFields: [(field: String, value: String)] {
        let flags = [(ClockFlags.complex, "complex"), (.remote, "remote"), (.severalPlaces, "severalPlaces")]
            .filter { clockFlags.contains($0.0) }.map(\.1)
        return [("clockFlags", flags.joined(separator: ", ")),
                ("extensions", extensions.map { "\($0.on.iso) +\($0.days) \($0.reason)" }.joined(separator: " → "))]
    }
}

extension Feedback {
    /// The record with these flags (a row of a list carries only kind, receipt and flags).
    func withFlags(_ flags: ClockFlags) -> Feedback {
        var copy = self
        copy.clockFlags = flags
        return copy
    }
}

extension WorklistRules {
    /// The last day of receipt whose classification deadline is before today, for this kind and these flags.
    func classifyCutoff(_ kind: FeedbackKind, _ flags: Feedback.ClockFlags) -> LocalDate {
        guard kind == .toCao else { return classifyCutoff }
        return flags.contains(.severalPlaces) ? severalPlacesCutoff : denunciationCutoff
    }
}

extension Feedback {
    /// The extensions' texts, limited as the history's are (Model/FieldLimits.swift).
    var extensionLimitedFields: [LimitedField] {
        extensions.enumerated().flatMap { i, e in
            [LimitedField("extensions[\(i)].reason", e.reason, FieldLimit.longText), LimitedField("extensions[\(i)].by", e.by, FieldLimit.name)]
        }
    }
}
