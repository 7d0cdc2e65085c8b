// Words about the installed program (the package of `make dist`), Vietnamese then English.

public enum InstallText {
    /// Under "no data yet", when the package's sample commune is installed beside the program.
    public static func trySample(_ path: String) -> Localized {
        Localized("Dùng thử với dữ liệu mẫu (xã Vị Trung, tên người là hư cấu): giamsat-tui import \(path)",
                  "To try it on the sample commune (Xã Vị Trung, fictitious people): giamsat-tui import \(path)")
    }
}
