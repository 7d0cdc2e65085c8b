extension VietnameseText {
    /// A one-line value typed by a person (a name, a place): NFC, trimmed, runs of spaces made one.
    public static func line(_ text: String) -> String {
        clean(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
