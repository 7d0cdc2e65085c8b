extension DrillRecord {
    /// The record on one line: "dd/mm/yyyy  what it is — measure".
    public func line(_ lang: Lang) -> String {
        let date = self.date.map { $0.vietnamese + "  " } ?? ""
        let measure = self.measure.map { " — " + $0.label(lang) } ?? ""
        return date + text + measure
    }
}
