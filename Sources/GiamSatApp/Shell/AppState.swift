import GiamSatCore
import TerminalUI

/// Everything the app shows, as a plain value: a stack of screens (the top one has the keys),
/// the message line, what can be undone. Keys change it through `update`; the store is reached
/// only through effects, whose results come back addressed to the screen that asked.
public struct AppState {
    public var lang: Lang
    public var width = 80
    public var height = 24
    public var inputMethod: InputMethod = .telex
    public var today: LocalDate
    public var user: String
    public var communeName = ""
    public var settings = Settings.defaults

    public internal(set) var section = Section.dashboard
    public internal(set) var stack: [Entry] = []
    public var message: Message?
    /// Changes made since the app was opened, newest last, each with the full screen it was made on.
    public private(set) var undoSteps: [UndoStep] = []
    private var undoScreens: [Int] = []
    public var running = true
    /// The setup of an empty data folder (`FirstRun`): no sections, no settings, and leaving it leaves the app.
    public internal(set) var firstRun = false
    private var nextID = 1

    public struct Entry {
        public let id: Int
        public var screen: any Screen
    }

    public init(lang: Lang, today: LocalDate, user: String) {
        self.lang = lang
        self.today = today
        self.user = user
    }

    /// Smallest terminal the screens are laid out for.
    public static let minimumSize = (width: 60, height: 16)
    var isTooSmall: Bool { width < Self.minimumSize.width || height < Self.minimumSize.height }

    public var env: ScreenEnv {
        ScreenEnv(lang: lang, today: today, user: user, inputMethod: inputMethod, settings: settings, width: width, height: height)
    }

    public var top: (any Screen)? { stack.last?.screen }

    /// The topmost screen of a type (tests and the shell look screens up this way).
    public func screen<S: Screen>(_ type: S.Type) -> S? {
        stack.reversed().lazy.compactMap { $0.screen as? S }.first
    }

    mutating func push(_ screen: any Screen) -> [Request] {
        let id = nextID
        nextID += 1
        stack.append(Entry(id: id, screen: screen))
        return screen.refresh(env).map { request($0, for: id) }
    }

    /// Pops the top; the screen now on top reloads unless the one popped was only drawn over it.
    mutating func pop() -> [Request] {
        guard stack.count > 1, let popped = stack.popLast() else {
            // The setup has nothing under it: Esc there ends the first run, with nothing written.
            if firstRun { running = false }
            return []
        }
        if popped.screen.isOverlay { return [] }
        return refreshTop()
    }

    mutating func refreshTop() -> [Request] {
        guard let entry = stack.last else { return [] }
        return entry.screen.refresh(env).map { request($0, for: entry.id) }
    }

    /// An effect of screen `id`, sent in the name of the staff member using the app now.
    func request(_ effect: Effect, for id: Int) -> Request { Request(screen: id, effect: effect, user: user) }

    mutating func showSection(_ section: Section) -> [Request] {
        self.section = section
        stack.removeAll()
        return push(Registry.root(section, env))
    }

    /// `screen`: the id of the screen the change was saved from; a dialog's change belongs to the screen under it.
    mutating func remember(_ step: UndoStep, screen: Int) {
        undoSteps.append(step)
        undoScreens.append(fullScreen(at: screen))
    }

    /// The newest change, and whether it is on the full screen now shown: made there, or that screen is the changed
    /// record's page (else `u` says what it undoes first).
    mutating func takeUndoStep() -> (step: UndoStep, here: Bool)? {
        guard let step = undoSteps.popLast(), let screen = undoScreens.popLast() else { return nil }
        let shown = fullScreen(at: stack.last?.id ?? 0)
        let page = stack.last { $0.id == shown }?.screen.shows(step.entity, code: step.code) ?? false
        return (step, screen == shown || page)
    }

    mutating func putBack(_ step: UndoStep, screen: Int) {
        undoSteps.append(step)
        undoScreens.append(screen)
    }

    /// The id of the nearest screen at or under `id` that is not drawn over another.
    func fullScreen(at id: Int) -> Int {
        guard let index = stack.lastIndex(where: { $0.id == id }) else { return id }
        return stack[...index].last(where: { !$0.screen.isOverlay })?.id ?? id
    }
    var hasUnsavedWork: Bool { stack.contains { $0.screen.isDirty } }

    /// How long something shown on request (a revealed reporter) stays when no key comes (issue 17).
    public static let briefShowing: Double = 20
    /// The screen on top shows something that hides again after `briefShowing` (the loop then sends `.tick`).
    public var showsBriefly: Bool { top?.showsBriefly ?? false }
}

/// An effect, the screen whose it is (the result goes back there, or nowhere if it was closed), and who asks:
/// the staff name the audit trail records, `AppState.user` when it was sent (the one staff name of the app).
public struct Request {
    public let screen: Int
    public let effect: Effect
    public let user: String

    public init(screen: Int, effect: Effect, user: String) {
        self.screen = screen
        self.effect = effect
        self.user = user
    }
}

/// What comes in: keys, the terminal's size, and the results of effects.
public enum Msg {
    case key(Key)
    case resized(width: Int, height: Int)
    case result(screen: Int, EffectResult)
    /// A while (`AppState.briefShowing`) has passed with nothing typed: what was shown only briefly is hidden.
    case tick
}

extension AppState {
    /// Settings saved on the settings screen: the language, input method, staff name, due days and report periods apply now.
    mutating func adopt(_ saved: GeneralSettings) {
        communeName = saved.communeName
        settings.dueDays = saved.dueDays
        settings.clocks = saved.clocks
        settings.clocks.dueDays = saved.dueDays
        settings.reportPeriods = saved.reportPeriods
        settings.exportFolder = saved.exportFolder ?? Settings.defaultExportFolder
        settings.answerDays = saved.answerDays
        settings.reviewSeason = saved.reviewSeason
        if !saved.staffName.isEmpty { user = saved.staffName }
        if let language = saved.language { lang = language }
        if let method = saved.inputMethod.flatMap(InputMethod.init(rawValue:)) { inputMethod = method }
    }
}
