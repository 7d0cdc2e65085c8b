import GiamSatCore
import TerminalUI

/// Everything the screen shows, as a plain value. Keys change it through `update`;
/// the store is reached only through `Effect`s, whose results come back as `Msg`s.
public struct AppState {
    public var lang: Lang
    public var width = 80
    public var height = 24
    public var inputMethod: InputMethod = .telex
    public var today: LocalDate
    public var user: String
    public var communeName = ""
    public var settings = Settings.defaults

    public var list = FeedbackListState()
    public var report: ReportState?
    public var detail: FeedbackDetailState?
    public var form: FeedbackFormState?
    public var overlay: Overlay?
    public var message: Message?
    public var running = true

    public init(lang: Lang, today: LocalDate, user: String) {
        self.lang = lang
        self.today = today
        self.user = user
    }

    /// Smallest terminal the screens are laid out for.
    public static let minimumSize = (width: 60, height: 16)
    var isTooSmall: Bool { width < Self.minimumSize.width || height < Self.minimumSize.height }

    /// The screen on top: a form over a record over the report over the list.
    var context: Context { form != nil ? .form : detail != nil ? .detail : report != nil ? .report : .list }

    /// Rows of the list's table (the page loaded from the store).
    var pageSize: Int { max(1, height - 6) }

    func text(_ localized: Localized) -> String { localized.text(lang) }
}

public struct Message: Equatable {
    public var text: String
    public var isError: Bool
}

public enum Overlay: Equatable {
    case help(scroll: Int)
    case confirm(Confirm)
    case picker(PickerPurpose, Picker)
    case status(StatusChangeState)
}

public enum Confirm: Equatable { case discardForm, quit }

public enum PickerPurpose: Equatable { case channel, kind, content, officials, locality, exportFormat }

/// What the app asks of the store.
public enum Effect: Equatable {
    case loadList
    case openDetail(String)
    case newForm
    case editForm(String)
    case searchOfficials(String)
    case save(Feedback, expectedVersion: Int?)
    case advance(code: String, version: Int, change: Feedback.StatusChange)
    case reveal(String)
    case loadReport
    case drill(TallyDrill, title: String)
    case exportReport(TallyFormat)
}

/// What comes in: keys, and the results of effects.
public enum Msg {
    case key(Key)
    case resized(width: Int, height: Int)
    case listLoaded(rows: [FeedbackRow], total: Int, moreThanTotal: Bool)
    case detailLoaded(FeedbackDetailState)
    case formReady(FeedbackFormState)
    case officialsFound([Picker.Item])
    case saved(code: String, message: String)
    case failed(String)
    case revealed(Feedback.Reporter?)
    case reportLoaded(tallies: [Tally], months: [ReportState.MonthCount])
    case drillLoaded(title: String, records: [DrillRecord])
    case exported(path: String)
}
