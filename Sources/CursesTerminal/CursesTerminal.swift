import CNcursesw
import Foundation
import TerminalUI

/// The only code that talks to ncurses: sets up the terminal, shows a `Canvas` by
/// writing only the cells that changed, and reads keys as `Key`s.
public final class CursesTerminal {
    private let window: UnsafeMutablePointer<WINDOW>
    private let screen: OpaquePointer?
    private var shown: Canvas?
    private let colors: Bool
    /// Said once at start when the locale had to be changed (shown on the message line).
    public private(set) var localeProblem: LocaleProblem?

    /// Opens the terminal (`initscr`), or a headless one on the given files (`newterm`, for tests).
    /// Nil when the terminal type is unknown.
    public init?(headless: (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>)? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        localeProblem = CursesTerminal.setUpLocale()
        setenv("ESCDELAY", "25", 0) // Esc answers at once instead of after a second
        if let headless {
            guard let created = newterm(nil, headless.output, headless.input), let stdscr = gs_stdscr() else { return nil }
            screen = created
            window = stdscr
        } else {
            guard let stdscr = initscr() else { return nil }
            screen = nil
            window = stdscr
        }
        raw() // Ctrl-C arrives as a key, so the app can ask before quitting
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        colors = has_colors() && environment["NO_COLOR"].map(\.isEmpty) ?? true
        if colors { setUpColors() }
        CursesTerminal.installCrashHandlers()
    }

    /// Why the terminal cannot show the interface, checked before curses starts: `initscr`
    /// would print ncurses' own "Error opening terminal: unknown." and exit, and TERM=dumb
    /// draws a blank screen. The app words the message (what to set).
    public enum Problem: Equatable, Sendable {
        case unset
        case dumb
        case unknown(String)
    }

    public static func problem(environment: [String: String] = ProcessInfo.processInfo.environment,
                               fd: Int32 = STDOUT_FILENO) -> Problem? {
        guard let term = environment["TERM"], !term.isEmpty else { return .unset }
        if term == "dumb" { return .dumb }
        return gs_terminal_known(term, fd) == 1 ? nil : .unknown(term)
    }

    /// Ends curses so the shell gets its terminal back. Safe to call twice.
    public func close() {
        if isendwin() == false { endwin() }
        if let screen { delscreen(screen) }
    }

    deinit { close() }

    public var size: (width: Int, height: Int) { (Int(gs_cols()), Int(gs_lines())) }

    // MARK: Locale

    /// Vietnamese needs a UTF-8 locale; without one it draws as garbage. Fall back to C.UTF-8.
    static func setUpLocale() -> LocaleProblem? {
        setlocale(LC_ALL, "")
        if isUTF8() { return nil }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if setlocale(LC_ALL, fallback) != nil, isUTF8() { return .usingFallback(fallback) }
        }
        return .noUTF8
    }

    /// What was wrong with the locale; the app says it in the user's language.
    public enum LocaleProblem: Equatable, Sendable {
        /// Not UTF-8: this UTF-8 locale is used instead.
        case usingFallback(String)
        /// No UTF-8 locale at all: Vietnamese may show wrongly.
        case noUTF8
    }

    static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    // MARK: Colours

    private func setUpColors() {
        start_color()
        use_default_colors()
        for role in Role.allCases {
            let (fg, bg) = Self.palette(role)
            init_pair(Int16(role.rawValue + 1), fg, bg)
        }
    }

    private static func palette(_ role: Role) -> (Int16, Int16) {
        let d: Int16 = -1
        switch role {
        case .normal: return (d, d)
        case .header: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        case .selected: return (Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
        case .overdue: return (Int16(COLOR_RED), d)
        case .muted: return (Int16(COLOR_BLUE), d)
        case .error: return (Int16(COLOR_WHITE), Int16(COLOR_RED))
        case .status: return (Int16(COLOR_WHITE), Int16(COLOR_BLUE))
        case .keyBar: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        case .keyName: return (Int16(COLOR_WHITE), Int16(COLOR_BLACK))
        case .input: return (d, d)
        case .focusedInput: return (Int16(COLOR_BLACK), Int16(COLOR_WHITE))
        case .title: return (Int16(COLOR_YELLOW), Int16(COLOR_BLUE))
        case .dialog: return (Int16(COLOR_WHITE), Int16(COLOR_BLUE))
        case .success: return (Int16(COLOR_BLACK), Int16(COLOR_GREEN))
        }
    }

    /// Without colour, roles still read: reverse for bars and selection, bold for titles.
    private func attributes(_ role: Role) -> (attr_t, Int16) {
        if colors {
            let bold: Set<Role> = [.header, .title, .overdue, .keyName, .error]
            return (bold.contains(role) ? gs_a_bold() : gs_a_normal(), Int16(role.rawValue + 1))
        }
        switch role {
        case .selected, .status, .keyBar, .error, .focusedInput, .header: return (gs_a_reverse(), 0)
        case .title, .overdue, .keyName: return (gs_a_bold(), 0)
        case .muted: return (gs_a_dim(), 0)
        case .input: return (gs_a_underline(), 0)
        default: return (gs_a_normal(), 0)
        }
    }

    // MARK: Drawing

    /// Shows the canvas, writing only cells that differ from what is on screen.
    public func draw(_ canvas: Canvas, cursor: (x: Int, y: Int)?) {
        let full = shown == nil || shown!.width != canvas.width || shown!.height != canvas.height
        if full { werase(window) }
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if !full, shown![x, y] == cell { continue }
                if cell.text.isEmpty { continue } // right half of a wide character
                var wide = Array(cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }.prefix(Int(CCHARW_MAX)))
                wide.append(0)
                let (attrs, pair) = attributes(cell.role)
                _ = wide.withUnsafeBufferPointer { gs_put_cell(window, Int32(y), Int32(x), $0.baseAddress, attrs, pair) }
            }
        }
        shown = canvas
        if let cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }

    /// Forgets what is on screen, so the next draw repaints everything (after a resize, Ctrl-L).
    public func invalidate() {
        shown = nil
        clearok(window, true)
    }

    /// Reads what ncurses holds in one cell (headless tests read the screen back this way).
    public func cellText(x: Int, y: Int) -> String {
        var buffer = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        guard gs_read_cell(window, Int32(y), Int32(x), &buffer, Int32(buffer.count)) != ERR else { return "" }
        let scalars = buffer.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return String(String.UnicodeScalarView(scalars))
    }

    // MARK: Keys

    /// Waits for a key; nil when `timeoutMilliseconds` passes first (or -1 to wait forever).
    public func readKey(timeoutMilliseconds: Int32 = -1) -> Key? {
        wtimeout(window, timeoutMilliseconds)
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        if result == ERR { return nil }
        if result == KEY_CODE_YES { return Self.functionKey(Int32(value)) }
        if value == 27, let key = readEscapeSequence() { return key }
        return Self.characterKey(UInt32(value))
    }

    /// After Esc: a key sequence the terminal description did not know (tmux or screen with
    /// TERM=xterm sends End as `ESC [ 4 ~`). Read it whole, so it never arrives as Esc then "[4~"
    /// (which would be Back, then section 4). Nil: a lone Esc.
    private func readEscapeSequence() -> Key? {
        wtimeout(window, 0)
        defer { wtimeout(window, -1) }
        var value: wint_t = 0
        guard wget_wch(window, &value) == OK else { return nil }
        guard value == 91 || value == 79 else { // "[" or "O"
            unget_wch(wchar_t(value))
            return nil
        }
        var body = String(UnicodeScalar(UInt8(value)))
        while body.count < 8, wget_wch(window, &value) == OK, let scalar = Unicode.Scalar(value) {
            body.unicodeScalars.append(scalar)
            if (0x40...0x7E).contains(value) && body.count > 1 { break }
        }
        return Self.escapeSequence(body) ?? .resize // an unknown sequence: redraw rather than act on its bytes
    }

    /// The key an escape sequence (after ESC) stands for, in the common xterm / VT220 forms.
    static func escapeSequence(_ body: String) -> Key? {
        switch body {
        case "[A", "OA": return .up
        case "[B", "OB": return .down
        case "[C", "OC": return .right
        case "[D", "OD": return .left
        case "[H", "OH", "[1~", "[7~": return .home
        case "[F", "OF", "[4~", "[8~": return .end
        case "[5~": return .pageUp
        case "[6~": return .pageDown
        case "[3~": return .delete
        case "[Z": return .backTab
        case "OP", "[11~": return .function(1)
        case "OQ", "[12~": return .function(2)
        case "OR", "[13~": return .function(3)
        case "OS", "[14~": return .function(4)
        case "[15~": return .function(5)
        case "[17~": return .function(6)
        case "[18~": return .function(7)
        case "[19~": return .function(8)
        case "[20~": return .function(9)
        case "[21~": return .function(10)
        case "[23~": return .function(11)
        case "[24~": return .function(12)
        default: return nil
        }
    }

    static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace // Vietnamese IMEs send both as backspace
        case 9: return .tab
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        default: return Unicode.Scalar(value).map { .char(Character($0)) }
        }
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        default:
            for n in 1...12 where code == gs_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    // MARK: Never leave the terminal broken

    private static func installCrashHandlers() {
        atexit { if isendwin() == false { endwin() } }
        for signal in [SIGTERM, SIGHUP, SIGABRT, SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE] {
            Foundation.signal(signal) { number in
                endwin()
                Foundation.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }
}

extension CursesTerminal: TerminalBackend {
    public func poll(milliseconds: Int32) -> KeyPoll {
        if let key = readKey(timeoutMilliseconds: milliseconds) { return .key(key) }
        return isatty(STDIN_FILENO) == 0 ? .closed : .none
    }

    public func readKey() -> Key? {
        // Waits for input; wget_wch only gives up when the terminal is gone (stdin closed).
        while true {
            if let key = readKey(timeoutMilliseconds: -1) { return key }
            if isatty(STDIN_FILENO) == 0 { return nil }
        }
    }
}
