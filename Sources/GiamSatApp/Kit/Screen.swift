import GiamSatCore
import TerminalUI

/// What every screen may read: the language, today, the terminal's size, the input method.
public struct ScreenEnv: Sendable {
    public var lang: Lang
    public var today: LocalDate
    public var user: String
    public var inputMethod: InputMethod
    public var settings: Settings
    public var width: Int
    public var height: Int

    /// For building a screen before it is shown (layout comes from the real one at the first key).
    static let placeholder = ScreenEnv(lang: .vi, today: LocalDate(year: 2000, month: 1, day: 1)!, user: "", inputMethod: .off,
                                       settings: .defaults, width: 80, height: 24)

    /// Rows left for a screen's body: the terminal less the title and section bar, the two lines
    /// for a message and the key bar (see `AppState.render`).
    public var bodyHeight: Int { max(1, height - 5) }

    func text(_ localized: Localized) -> String { localized.text(lang) }
}

/// Where the app goes after a key or a result. "Back" is always a pop: no screen knows what is below it.
public enum Navigation {
    case push(any Screen)
    case pop
    /// Pops this screen and hands a value to the one below (a picker's choice, a dialog's answer).
    case popDelivering(Delivery)
    case replace(any Screen)
    case section(Section)
    case quit
}

/// A value handed down to the screen below when a dialog closes.
public enum Delivery: Equatable, Sendable {
    case picked(field: String, ids: [String], names: [String: String])
    case confirmed(Question)
    /// The record below changed (a status step saved): reload it.
    case changed
    /// The palette chose a command: run it on the screen below.
    case command(CommandID)
    /// A sub-row form closed with its values (`index` nil: a new row).
    case row(index: Int?, values: FormValues)
    /// The passphrase typed to open sealed identities.
    case passphrase(String)
    /// The sub-rows of a form field, as edited.
    case rows(field: String, rows: [FormValues], names: [String: String])
    /// A prompt closed with the text typed (a file's path, a date).
    case entered(field: String, text: String)
    /// The screen of likely duplicates closed with the user's choice (`DuplicatesScreen`, issue 21).
    case duplicate(DuplicateDecision)
}

public enum Question: Equatable, Sendable {
    case discardForm, quit
    case switchSection(Section)
    /// Settings: delete a locality no record names.
    case deleteLocality(code: String, name: String)
    /// A residence review for an official who lives in another locality (`ResidenceGridScreen`).
    case reviewElsewhere(official: String, name: String)
    /// An official's page: join this record into another one of the same person (after a merge of communes).
    case joinOfficial(duplicate: String, into: String, name: String)
    /// `u` for a change made on another screen: said first, done on "yes" (issue 17).
    case undo(UndoStep)
    /// An export would replace this file.
    case overwrite(path: String)

    var undoStep: UndoStep? {
        if case .undo(let step) = self { return step }
        return nil
    }
}

/// What handling a key or a result produced.
public struct Outcome {
    public var effects: [Effect] = []
    public var navigation: Navigation?
    public var message: Message?

    public init(effects: [Effect] = [], navigation: Navigation? = nil, message: Message? = nil) {
        self.effects = effects
        self.navigation = navigation
        self.message = message
    }

    public static var none: Outcome { Outcome() }
    public static func effects(_ effects: Effect...) -> Outcome { Outcome(effects: effects) }
    public static func navigate(_ navigation: Navigation, _ effects: Effect...) -> Outcome {
        Outcome(effects: effects, navigation: navigation)
    }
    public static func say(_ message: Message) -> Outcome { Outcome(message: message) }
}

/// A screen on the stack. A plain value: a key or a result goes in, effects and navigation come out,
/// so screens are tested without a database or a terminal.
public protocol Screen {
    /// The command tables this screen answers to, its own first (help and the key bar follow them).
    var keymaps: [Keymap] { get }
    /// Drawn over the screen below (dialogs, pickers, help).
    var isOverlay: Bool { get }
    /// Holds edits not yet saved: leaving asks first.
    var isDirty: Bool { get }
    /// Letters are text now (a form, a filter being typed): only F-keys and Ctrl keys are commands.
    var isTyping: Bool { get }
    /// Typed as the keys say, without Telex/VNI (a passphrase, a file's path): the title bar then shows
    /// "[EN]", so the indicator always tells what a letter will do.
    var typesPlainText: Bool { get }
    /// Whether this screen shows that record (a record's page): `u` then undoes its change without asking first.
    func shows(_ entity: Entity, code: String) -> Bool
    /// Something is shown only for a while (a revealed reporter): hidden by `hideBriefThings` after `AppState.briefShowing`.
    var showsBriefly: Bool { get }
    mutating func hideBriefThings()
    func title(_ env: ScreenEnv) -> String
    /// A command from the table (nil when the key is none), and the key itself for text entry.
    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome
    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome
    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome
    /// What to load when the screen comes on top: first shown, or back from a screen above it.
    func refresh(_ env: ScreenEnv) -> [Effect]
    /// Draws into `rect`; returns where the cursor goes (nil: hidden).
    func render(into canvas: inout Canvas, _ rect: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)?
    /// The line above the key bar (the selected row whole, a hint), when there is no message.
    func footer(_ env: ScreenEnv) -> String?
    /// False while the screen waits for the data it is about: keys typed meanwhile wait too, so typing
    /// ahead of a slow disk acts on the record, never on an empty screen.
    var acceptsKeys: Bool { get }
    /// False for a command that does nothing here now (no reporter to show): left out of the key bar.
    func offers(_ command: CommandID) -> Bool
}

extension Screen {
    public var isOverlay: Bool { false }
    public var isDirty: Bool { false }
    public var isTyping: Bool { false }
    public var typesPlainText: Bool { false }
    public func shows(_ entity: Entity, code: String) -> Bool { false }
    public var showsBriefly: Bool { false }
    public mutating func hideBriefThings() {}
    public mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome { .none }
    public mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome { .none }
    public func refresh(_ env: ScreenEnv) -> [Effect] { [] }
    public func footer(_ env: ScreenEnv) -> String? { nil }
    public func offers(_ command: CommandID) -> Bool { true }
    public var acceptsKeys: Bool { true }
}

/// A message on the message line: words from the tables, or an error from the store, put into words
/// when drawn (so the runner and the screens never build localised text).
public struct Message: Equatable, Sendable {
    public enum Content: Equatable, Sendable {
        case text(Localized)
        /// A text followed by a value: "Đã lưu PA-2026-0031".
        case textWith(Localized, String)
        case failure(AppFailure)
    }

    public var content: Content
    public var isError: Bool

    public static func info(_ text: Localized, _ value: String? = nil) -> Message {
        Message(content: value.map { .textWith(text, $0) } ?? .text(text), isError: false)
    }

    public static func error(_ text: Localized, _ value: String? = nil) -> Message {
        Message(content: value.map { .textWith(text, $0) } ?? .text(text), isError: true)
    }

    public static func failure(_ failure: AppFailure) -> Message { Message(content: .failure(failure), isError: true) }

    public func text(_ lang: Lang) -> String {
        switch content {
        case .text(let text): return text.text(lang)
        case .textWith(let text, let value): return "\(text.text(lang)) \(value)"
        case .failure(let failure): return failure.message(lang)
        }
    }
}

/// An effect that failed, as the store said it.
public enum AppFailure: Error, Equatable, Sendable {
    case store(GiamSatError)
    case record(RecordError)
    case other(String)

    public init(_ error: Error) {
        switch error {
        case let error as GiamSatError: self = .store(error)
        case let error as RecordError: self = .record(error)
        default: self = .other("\(error)")
        }
    }

    public func message(_ lang: Lang) -> String {
        switch self {
        case .store(let error): return error.message(lang)
        case .record(let error): return error.message(lang)
        case .other(let text): return text
        }
    }
}
