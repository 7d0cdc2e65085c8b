/// What is wrong with one field of one record. Worded in `Localization/Messages.swift`.
public enum RecordProblem: Equatable, Sendable {
    case missing
    case empty
    case unknownKey
    case wrongType(expected: String)
    case unknownSlug(String, allowed: [String])
    case badDate(String)
    case badYear(Int)
    case unknownReference(entity: Entity, code: String)
    case duplicateCode
    case historyMustStartReceived(String)
    case historyBeforeReceipt(LocalDate)
    case historyDateGoesBack(LocalDate, LocalDate)
    case transitionNotAllowed(from: String, to: String, allowed: [String])
    case forwardNeedsRecipient
    case duplicateNeedsOriginal
    case duplicateOfItself
    /// The original named by a "trùng" step is voided (issue 21).
    case duplicateOfVoided(original: String)
    /// The original named by a "trùng" step is, along its own links, a duplicate of this record (issue 21).
    case duplicateCycle(original: String)
    /// The record named as original is itself a duplicate of `original`: a link always points to an original, so the
    /// user is told which one to name rather than being silently redirected (issue 21, tester's walk-through).
    case duplicateOfDuplicate(duplicate: String, original: String)
    /// "Đã có kết quả, không trả lời (ẩn danh)" on a record that has a reporter (issue 21).
    case anonymousCloseWithReporter
    case endBeforeStart
    case dueBeforeReceipt
    /// Longer than the field's limit (FieldLimit, docs/formats.md).
    case tooLong(length: Int, limit: Int)
    /// A real day, but outside LocalDate.validYears.
    case dateOutOfRange(String)
    /// A commune code that is not a slug (it names files).
    case badCode(String)
    case outOfRange(Int, ClosedRange<Int>)
    /// A plan's status moved back along its lifecycle (or out of an end).
    case statusGoesBack(from: String, to: String)
    /// A Party-only measure (khai trừ) for an official who is not a party member.
    case partyMeasureForNonMember(measure: String, official: String)
    /// A measure the outcome's track does not have (hạ bậc lương on the Party's track).
    case measureNotOnTrack(measure: String, track: String)
    /// A second residence meeting for a village and year (one a year per village, QĐ 213): names the one on file.
    case meetingTwice(locality: String, year: Int, existing: String)
    /// A member listed exempt at a residence meeting with no reason (the official's code).
    case exemptWithoutReason(official: String)
    /// A denunciation's extension the law does not allow (Clocks/FeedbackClock.swift).
    case extensionRefused(Feedback.ExtensionRefusal)
    /// A date of a step already taken (a meeting held, a decision made) after today (the day given).
    case dateAfterToday(LocalDate)
    /// A date outside the year of its record (a residence meeting of 2026 held in 2025).
    case dateNotInYear(Int)
    /// An outcome's decision dated before its recommendation was sent (the day given).
    case decisionBeforeSent(LocalDate)
}

/// A record that cannot be stored as it is: names the file (when it came from one),
/// the record and the field, so the user can find and fix it.
public struct RecordError: Error, Equatable, Sendable {
    public var file: String?
    public var entity: Entity
    public var code: String?
    public var field: String
    public var problem: RecordProblem

    public init(file: String? = nil, entity: Entity, code: String?, field: String, problem: RecordProblem) {
        self.file = file
        self.entity = entity
        self.code = code
        self.field = field
        self.problem = problem
    }
}

/// Every failure the user may see. `message(_:)` words it in their language, on one line.
public enum GiamSatError: Error, Equatable, Sendable {
    case record(RecordError)
    /// Several records are wrong (an import): one line each; nothing was written.
    case invalidRecords([RecordError])
    case notJSON(file: String, line: Int?, column: Int?)
    /// Arrays and objects nested deeper than the reader allows (`JSONStream.maxDepth`).
    case jsonTooDeep(file: String, line: Int, column: Int, limit: Int)
    /// A byte that is not UTF-8 (a file saved as Windows-1258 or TCVN3), by its offset from the start (0-based).
    case notUTF8(file: String, offset: Int, line: Int)
    case notABundle(file: String)
    case unsupportedVersion(file: String, version: Int)
    case csv(file: String, line: Int, problem: CSVProblem)
    case unknownFileType(file: String)
    case otherCommune(file: String, bundle: String, database: String)
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case dataDirectory(path: String, reason: String)
    case notInitialized(path: String)
    /// The data directory given is a file.
    case dataDirectoryIsFile(path: String)
    /// A first import whose files have no `commune`: there is nothing to name the new database after.
    case firstImportWithoutCommune(path: String)
    case alreadyInitialized(path: String)
    case databaseBusy
    case diskFull
    case readOnly(path: String)
    case notADatabase(path: String)
    case newerDatabase(path: String)
    case database(String)
    case staleWrite(entity: Entity, code: String)
    /// Undo refused: the record was changed again after the change being undone.
    case undoStale(entity: Entity, code: String)
    case notFound(entity: Entity, code: String)
    /// A next code asked of a prefix (or a kind) that no code series has: refused, never guessed (`RecordKinds`).
    case noCodeSeries(String)
    case invalidDate(String)
    case invalidPeriod(String)
    case notATally(file: String)
    /// A former commune's data directory whose identities are sealed: merge its export instead.
    case protectedSource(path: String)
    /// Given to merge-commune, a file that is no giamsat-bundle (an officials CSV, a tally, anything else).
    case notAMergeSource(path: String)
    /// Joining two officials' records (the official's page, `m`) when both have a residence review in one year.
    case joinReviewTwice(year: Int, duplicate: String, target: String)
    /// `merge-commune` found problems (listed with its plan); nothing was written.
    case mergeRefused(count: Int)
    case badTallyField(file: String, field: String)
    case periodMismatch(file: String, period: String, expected: String)
    case communeTwice(file: String, commune: String, other: String)
    /// A former commune's own tally (`ownFile`) with the tally of the commune it was merged into (`mergedFile`).
    case formerCommuneTwice(commune: String, ownFile: String, mergedFile: String)
    /// A value in the database file the app cannot read (edited by hand, damaged, an old bug).
    case badStoredValue(column: String, value: String, expected: String)
    /// Identities are sealed (`protect`) and no passphrase was given.
    case passphraseNeeded
    case wrongPassphrase
    case passphraseTooShort(minimum: Int)
    /// A sequence, a repeated character or a well-known password.
    case passphraseTooWeak
    /// `protect` sealed every identity under the new passphrase but could not rewrite the file (a full disk):
    /// old pages may still hold identities in clear until `protect` is run again with room on the disk.
    case protectedNotScrubbed(count: Int)
    case alreadyProtected
    case notProtected
    /// A locality that records name cannot be deleted.
    case localityInUse(code: String, officials: Int, feedback: Int, reviews: Int)
    /// Void refused: other records depend on this one (their codes, the first few).
    case voidHasDependents(entity: Entity, code: String, dependents: [String])
    /// Void asked for a kind that has none (a locality, the commune), or restore for a record not voided.
    case cannotVoid(entity: Entity, code: String)
    case notVoided(entity: Entity, code: String)
    /// A file attached to a record (issue 21): `Attachments/Attachment.swift`.
    case attachment(AttachmentProblem)

    public enum CSVProblem: Equatable, Sendable {
        case missingColumn(String)
        case unknownColumn(String)
        /// Two headers naming one field.
        case duplicateColumn(String)
        case wrongColumnCount(expected: Int, found: Int)
        case unterminatedQuote
        case notUTF8(offset: Int)
    }
}
