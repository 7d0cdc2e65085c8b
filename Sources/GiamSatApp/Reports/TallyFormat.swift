import Foundation
import GiamSatCore
import TerminalUI

/// The formats a tally can be written in, from the command line and from the report screen.
public enum TallyFormat: String, CaseIterable, Sendable {
    case text, csv, md, json

    public var fileExtension: String { rawValue == "text" ? "txt" : rawValue }

    /// The document for one tally or several side by side: the periods of a year-over-year view, or the parts of a
    /// tally split by former commune headed by `columns`.
    /// `unitNames`: the former communes' names by code, for the line that says which are included.
    public func render(_ tallies: [Tally], communeName: String, lang: Lang, columns: [String]? = nil,
                       unitNames: [String: String] = [:]) -> String {
        switch self {
        case .text: return TallyFormat.text(tallies, communeName: communeName, lang: lang, columns: columns, unitNames: unitNames)
        case .csv: return TallyReport.csv(tallies, lang: lang, columns: columns)
        case .md: return TallyReport.markdown(tallies, communeName: communeName, lang: lang, columns: columns, unitNames: unitNames)
        case .json:
            let values = tallies.map(TallyJSON.json)
            return (values.count == 1 ? values[0] : .array(values)).serialized()
        }
    }

    /// A readable table for the terminal: sections as headings, figures indented, aligned by display width.
    static func text(_ tallies: [Tally], communeName: String, lang: Lang, columns: [String]? = nil,
                     unitNames: [String: String] = [:]) -> String {
        guard !tallies.isEmpty else { return "" }
        let out = ([TallyReport.title(tallies, lang), communeName] + TallyReport.scopeLines(tallies, lang, unitNames: unitNames))
            .joined(separator: "\n") + "\n"
        let figures = tallies.map { $0.figures() }
        var rows: [[String]] = [[""] + TallyReport.headings(tallies, columns, lang)]
        for section in TallySection.allCases {
            rows.append([""])
            rows.append([section.label.text(lang).uppercased()])
            var group: Localized?
            for (index, figure) in figures[0].enumerated() where figure.section == section {
                if let g = figure.group, g != group {
                    rows.append(["  " + g.text(lang)])
                }
                group = figure.group
                let label = (figure.group == nil ? "  " : "    ") + figure.item.text(lang)
                rows.append([label] + figures.map { String($0[index].value) })
            }
        }
        return out + "\n" + PlainTable.render(rows, rightAligned: Set(1...tallies.count))
    }
}

extension TallyFormat {
    /// How the export picker names the format.
    var label: Localized {
        switch self {
        case .text: return T.formatText
        case .csv: return T.formatCSV
        case .md: return T.formatMarkdown
        case .json: return T.formatJSON
        }
    }
}
