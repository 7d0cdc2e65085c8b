extension LocalDate {
    /// What a person types in a date field: dd/mm/yyyy, or dd/mm/yy as the lists show dates
    /// (a two-digit year is this century's).
    public init?(typed text: String) {
        if let date = LocalDate(vietnamese: text) {
            self = date
            return
        }
        let parts = text.trimmingCharacters(in: .whitespaces).split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
        guard parts.count == 3, parts[2].count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: 2000 + y, month: m, day: d)
    }
}
