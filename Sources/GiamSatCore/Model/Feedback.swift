/// A resident's feedback, proposal, complaint or denunciation (phản ánh, đơn thư),
/// followed from receipt to answer. The reporter is confidential.
public struct Feedback: AuditedRecord {
    public static let entity = Entity.feedback
    public var code: String
    public var receivedOn: LocalDate
    public var channel: FeedbackChannel
    public var kind: FeedbackKind
    public var anonymous: Bool
    /// Nil when anonymous, or when the identity was withheld from the file it came from.
    public var reporter: Reporter?
    public var officials: [String]
    public var locality: String?
    public var content: ContentArea?
    public var summary: String
    public var notes: String
    public var dueOn: LocalDate
    /// Oldest first; never empty (the first entry is the receipt).
    public var history: [StatusChange]
    /// Code of the supervision plan this record belongs to (received during it, or taken up by it).
    public var plan: String?
    /// The law's clock (Clocks/FeedbackClock.swift): complex / remote / several places, and a denunciation's extensions.
    public var clockFlags: ClockFlags = []
    public var extensions: [Extension] = []
    public var version: Int

    public struct Reporter: Equatable, Sendable {
        public var name: String
        public var address: String
        public var phone: String
        /// With `protect` on: the identity as stored, sealed (`gs1:…`); name, address and phone
        /// then hold `Reporter.sealedPlaceholder` and "" until `revealReporter` opens it.
        public var sealed: String?
        public init(name: String, address: String = "", phone: String = "") {
            self.name = name
            self.address = address
            self.phone = phone
        }

        /// What a sealed identity shows in place of the name. A form that saves it back
        /// unchanged keeps the sealed identity (docs/security.md).
        public static let sealedPlaceholder = "🔒"

        public init(sealed: String) {
            self.init(name: Self.sealedPlaceholder)
            self.sealed = sealed
        }

        public var isSealed: Bool { sealed != nil }

        /// A placeholder saved back by a form that never revealed the identity.
        var isPlaceholder: Bool { sealed == nil && name == Self.sealedPlaceholder && address.isEmpty && phone.isEmpty }
    }

    public struct StatusChange: Equatable, Sendable {
        public var status: FeedbackStatus
        public var on: LocalDate
        public var by: String
        public var note: String
        /// The body it was forwarded to (`da-chuyen`).
        public var to: String
        /// The record this one duplicates (`trung-lap`).
        public var duplicateOf: String?
        public init(status: FeedbackStatus, on: LocalDate, by: String = "", note: String = "",
                    to: String = "", duplicateOf: String? = nil) {
            self.status = status
            self.on = on
            self.by = by
            self.note = note
            self.to = to
            self.duplicateOf = duplicateOf
        }
    }

    public init(code: String, receivedOn: LocalDate, channel: FeedbackChannel, kind: FeedbackKind,
                anonymous: Bool = true, reporter: Reporter? = nil, officials: [String] = [],
                locality: String? = nil, content: ContentArea? = nil, summary: String, notes: String = "",
                dueOn: LocalDate? = nil, dueDays: Int = Feedback.defaultDueDays,
                history: [StatusChange]? = nil, receivedBy: String = "", plan: String? = nil, version: Int = 0) {
        self.code = code
        self.receivedOn = receivedOn
        self.channel = channel
        self.kind = kind
        self.anonymous = anonymous
        self.reporter = reporter
        self.officials = officials
        self.locality = locality
        self.content = content
        self.summary = summary
        self.notes = notes
        // A computed due date stays inside the valid years (received 31/12/2100 + 30 days is 31/12/2100).
        self.dueOn = dueOn ?? receivedOn.adding(days: dueDays).clamped()
        self.history = history ?? [StatusChange(status: .tiepNhan, on: receivedOn, by: receivedBy)]
        self.plan = plan
        self.version = version
    }

    public static let defaultDueDays = 30
    /// Thông tư 05/2021/TT-TTCP: 10 working days to study and classify a letter.
    public static let classifyWorkingDays = 10

    public var status: FeedbackStatus { history.last?.status ?? .tiepNhan }

    public func isOverdue(on today: LocalDate) -> Bool { !status.isEnded && dueOn < today }

    /// The day by which a new letter must be classified under the general 10 working days; late if still `tiep-nhan`
    /// after it. A denunciation's own 7 (or 10) are its clock's (`clock(rules).classifyBy`, Clocks/FeedbackClock.swift).
    public func classifyBy(_ calendar: WorkingCalendar) -> LocalDate {
        calendar.adding(workingDays: Feedback.classifyWorkingDays, to: receivedOn)
    }

    /// Checks the status history against the lifecycle. Returns the first problem, if any:
    /// the index of the entry and what is wrong with it.
    public func historyProblem() -> (index: Int, problem: RecordProblem)? {
        guard let first = history.first else { return (0, .missing) }
        if first.status != .tiepNhan { return (0, .historyMustStartReceived(first.status.slug)) }
        if first.on < receivedOn { return (0, .historyBeforeReceipt(first.on)) }
        for index in history.indices {
            let change = history[index]
            if index > 0 {
                let previous = history[index - 1]
                if !previous.status.allowedNext.contains(change.status) {
                    return (index, .transitionNotAllowed(from: previous.status.slug, to: change.status.slug,
                                                         allowed: previous.status.allowedNext.map(\.slug)))
                }
                if change.on < previous.on { return (index, .historyDateGoesBack(change.on, previous.on)) }
            }
            if change.status == .daChuyen, change.to.isEmpty { return (index, .forwardNeedsRecipient) }
            if change.status == .trungLap, (change.duplicateOf ?? "").isEmpty { return (index, .duplicateNeedsOriginal) }
            if change.status == .trungLap, change.duplicateOf == code { return (index, .duplicateOfItself) }
            if change.status == .ketQuaAnDanh, !anonymous { return (index, .anonymousCloseWithReporter) }
        }
        return nil
    }

    /// Appends a status change, enforcing the lifecycle.
    public mutating func advance(to change: StatusChange) throws {
        var next = self
        next.history.append(change)
        if let (index, problem) = next.historyProblem() {
            throw RecordError(entity: .feedback, code: code, field: "history[\(index)]", problem: problem)
        }
        self = next
    }

    public var auditFields: [(field: String, value: String)] {
        [("receivedOn", receivedOn.iso), ("channel", channel.slug), ("kind", kind.slug),
         ("anonymous", anonymous ? "true" : "false"),
         ("officials", officials.joined(separator: ", ")), ("locality", locality ?? ""),
         ("content", content?.slug ?? ""), ("summary", summary), ("notes", notes), ("dueOn", dueOn.iso),
         ("history", history.map { "\($0.status.slug) \($0.on.iso)" }.joined(separator: " → ")), ("plan", plan ?? ""),
         ("duplicateOf", duplicateOf ?? "")]
            + clockAuditFields
    }

    /// The identity is compared, never written: the audit row says "changed" with both values
    /// masked. (An unkeyed hash of name, address and phone could confirm a guess; see docs/security.md.)
    public var confidentialAuditFields: [(field: String, value: String)] {
        [("reporter", reporter.map { $0.sealed ?? "\($0.name)\u{1}\($0.address)\u{1}\($0.phone)" } ?? "")]
    }
}
