import GiamSatCore
import TerminalUI

/// What a screen asks of the store. Each effect carries all it needs; the runner reads no app state.
public enum Effect: Equatable, Sendable {
    /// A page of any list (the request says which kind, which filters, which page).
    case page(AnyListRequest)
    case loadFeedback(code: String)
    /// A blank feedback form: the next free code of the year and the localities to choose from.
    case newFeedbackDraft(year: Int)
    case editFeedback(code: String)
    case searchOfficials(query: String)
    case saveNewFeedback(Feedback)
    case saveFeedbackEdit(Feedback, expectedVersion: Int)
    case advance(code: String, version: Int, change: Feedback.StatusChange)
    /// Shows a reporter (audited); `passphrase` opens identities sealed by `giamsat-tui protect`.
    case reveal(code: String, passphrase: String? = nil)
    /// Tallies of these periods, and feedback by month of the last one (the bars).
    case tally([TallyPeriod])
    case drill(TallyDrill, TallyPeriod)
    case dashboard(year: Int)
    case findRecord(code: String)
    case undo(UndoStep)

    // Officials (Screens/Officials)
    case loadOfficialPage(code: String)
    /// The units and localities the officials list filters by.
    case officialFilterChoices
    /// A blank official: the next free code and the localities to choose from.
    case newOfficialDraft
    case editOfficial(code: String)
    case saveNewOfficial(Official)
    case saveOfficialEdit(Official, expectedVersion: Int)
    case archiveOfficial(code: String, version: Int, archived: Bool)
    /// An officials CSV (docs/formats.md): checked with nothing written when `dryRun`, else imported in one transaction.
    case importOfficials(path: String, dryRun: Bool)

    // Settings (Screens/Settings)
    case loadSettings
    case saveSettings(GeneralSettings)
    case newLocalityDraft
    case editLocality(code: String)
    case saveNewLocality(Locality)
    case saveLocalityEdit(Locality, expectedVersion: Int)
    case deleteLocality(code: String)
    case addHoliday(LocalDate)
    case removeHoliday(LocalDate)
    /// Any other read or write of the store, as a typed request (`Shell/StoreRequest.swift`).
    case store(AnyStoreRequest)
}

/// What came back, addressed to the screen that asked.
public enum EffectResult: Sendable {
    /// A page, with the request it answers (a screen drops a page asked for before its latest request).
    case page(AnyListRequest, any Sendable)
    case feedback(FeedbackRecord)
    case feedbackDraft(code: String, localities: [Locality])
    case feedbackToEdit(FeedbackRecord, localities: [Locality])
    /// Officials matching `query`, as typed when the search was asked for.
    case officialsFound(query: String, [OfficialRow])
    case saved(entity: Entity, code: String, undo: UndoStep?)
    case revealed(Feedback.Reporter?)
    case tallied([Tally], months: [MonthCount])
    case drilled([DrillRecord])
    case dashboard(Dashboard)
    case found(Entity?, code: String)
    /// A code that means several records (this commune's, and merged ones that had it in a former commune).
    case foundSeveral([FoundRecord], code: String)
    case undone(Entity, code: String)
    /// The answer to a `.store` request, with the request it answers.
    case answer(AnyStoreRequest, any Sendable)
    case failed(AppFailure)

    case officialPage(OfficialPage)
    case officialChoices(OfficialFilterChoices)
    case officialDraft(code: String, localities: [Locality])
    case officialToEdit(Official, localities: [Locality])
    case officialsImported(ImportReport, path: String, dryRun: Bool)
    case settings(SettingsOverview)
    /// The general settings as saved: the app adopts the language, input method, staff name and due days.
    case settingsSaved(GeneralSettings)
    case localityDraft(kind: LocalityKind)
    case localityToEdit(Locality, use: AppDatabase.LocalityUse)
    case localityDeleted(code: String)
    /// The public holidays now in force (after an addition or a removal).
    case holidays(Set<LocalDate>)
}

/// What the settings screen shows: the general settings, how many localities, the holidays, the former communes.
public struct SettingsOverview: Equatable, Sendable {
    public var general: GeneralSettings
    public var localities: Int
    public var holidays: Set<LocalDate>
    /// The former communes merged into this one (issue 12), by name.
    public var formerUnits: [FormerUnit] = []
}

/// A feedback record with what is needed to show it: officials' names, the locality's name, its audit trail.
public struct FeedbackRecord: Equatable, Sendable {
    public var feedback: Feedback
    public var officialNames: [String: String]
    public var localityName: String?
    public var audit: [AuditEntry]
}

public struct MonthCount: Equatable, Sendable {
    public var month: String
    public var count: Int
}

/// Any typed list request, so one effect pages every kind of list.
public struct AnyListRequest: Equatable, @unchecked Sendable {
    let base: any ListRequest
    private let key: AnyHashable
    private let run: @Sendable (AppDatabase) throws -> any Sendable

    public init<R: ListRequest>(_ request: R) {
        base = request
        key = AnyHashable(request)
        run = { try request.labelledPage(in: $0) }
    }

    public func page(in database: AppDatabase) throws -> any Sendable { try run(database) }
    public func `as`<R: ListRequest>(_ type: R.Type) -> R? { base as? R }

    public static func == (a: AnyListRequest, b: AnyListRequest) -> Bool { a.key == b.key }
}
