// Words about the installed program (the package of `make dist`), Vietnamese then English.

public enum InstallText {
    /// Under "no data yet", when a sample commune is there (the package's, beside the program).
    public static func trySample(_ path: String) -> Localized {
        Localized("Dùng thử với dữ liệu mẫu (tên người là hư cấu): giamsat-tui import \(path)",
                  "To try it on the sample commune (fictitious people): giamsat-tui import \(path)")
    }
}
