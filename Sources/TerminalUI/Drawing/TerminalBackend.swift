/// What the app needs of a terminal: show a canvas, read a key, know the size.
/// `CursesTerminal` is the real one; tests use a scripted one.
public protocol TerminalBackend: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ canvas: Canvas, cursor: (x: Int, y: Int)?)
    /// Waits for the next key; nil when there is none (end of a script, a timeout).
    func readKey() -> Key?
    /// Waits at most `milliseconds` for a key (so the app can show results that arrive meanwhile).
    func poll(milliseconds: Int32) -> KeyPoll
}

public enum KeyPoll: Equatable, Sendable {
    case key(Key)
    /// Nothing typed in the time given.
    case none
    /// The terminal is gone (or a script ended).
    case closed
}

extension TerminalBackend {
    /// A terminal that cannot wait with a limit simply waits.
    public func poll(milliseconds: Int32) -> KeyPoll { readKey().map { .key($0) } ?? .closed }
}
