/// What the app needs of a terminal: show a canvas, read a key, know the size.
/// `CursesTerminal` is the real one; tests use a scripted one.
public protocol TerminalBackend: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ canvas: Canvas, cursor: (x: Int, y: Int)?)
    /// Waits for the next key; nil when there is none (end of a script, a timeout).
    func readKey() -> Key?
}
