/// Tallies as documents: CSV for spreadsheets, Markdown for the written report.
/// One tally, or several side by side (a year-over-year view); their figures line up row for row.
public enum TallyReport {
    /// The column heading of a tally: its period ("năm 2021", "6 tháng đầu năm 2021", or a range).
    public static func heading(_ tally: Tally, _ lang: Lang) -> String { tally.period.label(lang) }

    /// UTF-8 with a BOM, so spreadsheets read Vietnamese correctly; one row per figure.
    public static func csv(_ tallies: [Tally], lang: Lang) -> String {
        var lines = [CSV.row([TallyText.section.text(lang), TallyText.item.text(lang)] + tallies.map { heading($0, lang) })]
        for (index, figure) in (tallies.first?.figures() ?? []).enumerated() {
            lines.append(CSV.row([figure.section.label.text(lang), figure.itemText(lang)]
                                 + tallies.map { String($0.figures()[index].value) }))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A Markdown report: the commune and the period in the title, a table per section.
    public static func markdown(_ tallies: [Tally], communeName: String, lang: Lang) -> String {
        guard let first = tallies.first else { return "" }
        let span = tallies.count == 1 ? heading(first, lang) : "\(heading(first, lang)) – \(heading(tallies.last!, lang))"
        var out = "# \(TallyText.title.text(lang))\n\n"
        out += "**\(communeName)** — \(span)\n\n"
        out += "- \(TallyText.period.text(lang)): \(first.period.from.vietnamese) – \(tallies.last!.period.to.vietnamese)\n"
        out += "- \(TallyText.communes.text(lang)): \(first.communes.joined(separator: ", "))\n"
        let figures = tallies.map { $0.figures() }
        for section in TallySection.allCases {
            out += "\n## \(section.label.text(lang))\n\n"
            out += "| \(TallyText.item.text(lang)) | " + tallies.map { escape(heading($0, lang)) }.joined(separator: " | ") + " |\n"
            out += "|---|" + String(repeating: "---:|", count: tallies.count) + "\n"
            for (index, figure) in figures[0].enumerated() where figure.section == section {
                let item = figure.group == nil ? "**\(escape(figure.item.text(lang)))**" : escape(figure.itemText(lang))
                out += "| \(item) | " + figures.map { String($0[index].value) }.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
