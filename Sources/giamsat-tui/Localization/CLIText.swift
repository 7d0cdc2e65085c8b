import GiamSatCore

/// Words the command line prints itself, Vietnamese then English.
enum CLIText {
    static let seeHelp = Localized("(xem: giamsat-tui --help)", "(see: giamsat-tui --help)")
    static let written = Localized("Đã ghi", "Written:")
}
