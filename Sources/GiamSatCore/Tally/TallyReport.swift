/// Tallies as documents: CSV for spreadsheets, Markdown for the written report.
/// One tally, or several side by side (a year-over-year view); their figures line up row for row.
public enum TallyReport {
    /// The column heading of a tally: its period ("năm 2021", "6 tháng đầu năm 2021", or a range).
    public static func heading(_ tally: Tally, _ lang: Lang) -> String { tally.period.label(lang) }

    /// The headings of the columns: as given (one per tally: a former commune's name), else each tally's period.
    public static func headings(_ tallies: [Tally], _ columns: [String]?, _ lang: Lang) -> [String] {
        columns ?? tallies.map { heading($0, lang) }
    }

    /// The report's title; a merged tally says the level it was rolled up to ("… — tổng hợp cấp tỉnh").
    public static func title(_ tallies: [Tally], _ lang: Lang) -> String {
        guard let level = tallies.first?.level else { return TallyText.title.text(lang) }
        return "\(TallyText.title.text(lang)) — \(TallyText.rolledUp.text(lang)) \(level.label.text(lang))"
    }

    /// What every report prints under its title: the period used and how it was cut, then the former communes included
    /// (by name when `unitNames` knows them: "Xã Tân An (tan-an)"; a tally file carries only the codes).
    public static func scopeLines(_ tallies: [Tally], _ lang: Lang, unitNames: [String: String] = [:]) -> [String] {
        var lines = ["\(TallyText.period.text(lang)): \(TallyPeriod.span(tallies.map(\.period), lang))"]
        let former = Array(Set(tallies.flatMap(\.formerUnits))).sorted().map { code in unitNames[code].map { "\($0) (\(code))" } ?? code }
        if !former.isEmpty { lines.append("\(TallyText.formerUnits.text(lang)): \(former.joined(separator: ", "))") }
        return lines
    }

    /// UTF-8 with a BOM, so spreadsheets read Vietnamese correctly; one row per figure, after the period of each column.
    public static func csv(_ tallies: [Tally], lang: Lang, columns: [String]? = nil) -> String {
        var lines = [CSV.row([TallyText.section.text(lang), TallyText.item.text(lang)] + headings(tallies, columns, lang)),
                     CSV.row([TallyText.period.text(lang), ""] + tallies.map { TallyPeriod.span([$0.period], lang) })]
        for (index, figure) in (tallies.first?.figures() ?? []).enumerated() {
            lines.append(CSV.row([figure.section.label.text(lang), figure.itemText(lang)]
                                 + tallies.map { String($0.figures()[index].value) }))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A Markdown report: the commune and the period in the title, a table per section.
    public static func markdown(_ tallies: [Tally], communeName: String, lang: Lang, columns: [String]? = nil,
                                unitNames: [String: String] = [:]) -> String {
        guard let first = tallies.first else { return "" }
        let span = tallies.count == 1 || columns != nil ? heading(first, lang) : "\(heading(first, lang)) – \(heading(tallies.last!, lang))"
        var out = "# \(title(tallies, lang))\n\n"
        out += "**\(communeName)** — \(span)\n\n"
        out += scopeLines(tallies, lang, unitNames: unitNames).map { "- \($0)\n" }.joined()
        out += "- \(TallyText.communes.text(lang)): \(Array(Set(tallies.flatMap(\.communes))).sorted().joined(separator: ", "))\n"
        let figures = tallies.map { $0.figures() }
        for section in TallySection.allCases {
            out += "\n## \(section.label.text(lang))\n\n"
            out += "| \(TallyText.item.text(lang)) | " + headings(tallies, columns, lang).map(escape).joined(separator: " | ") + " |\n"
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
