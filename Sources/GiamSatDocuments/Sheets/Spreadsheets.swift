import Foundation
import GiamSatCore
import OfficeFiles

/// The office's spreadsheets (.xlsx): the tally, and the registers and lists inspectors ask for. Numbers are numbers;
/// the commune and the period stand above each table; each prints on A4 landscape, one page wide.
public enum Spreadsheets {
    /// The tally: one column per period, the same period a year before beside each, the figures as numbers, on one
    /// A4 landscape page. `before` holds the previous period of each of `tallies` (same order), or is empty.
    public static func tally(_ tallies: [Tally], before: [Tally], communeName: String, unitNames: [String: String] = [:],
                             lang: Lang) -> Workbook {
        var header: [[Workbook.Cell]] = [
            [.text(TallyReport.title(tallies, lang), .title)],
            [.text("\(DocumentText.sheetCommune.text(lang)): \(communeName)", .plain)],
        ]
        header += TallyReport.scopeLines(tallies, lang, unitNames: unitNames).map { [.text($0, .plain)] }
        header.append([])
        var headings: [Workbook.Cell] = [.text(DocumentText.sheetSection.text(lang), .heading), .text(DocumentText.sheetItem.text(lang), .heading)]
        for (index, tally) in tallies.enumerated() {
            headings.append(.text(TallyReport.heading(tally, lang), .heading))
            if index < before.count {
                headings.append(.text("\(DocumentText.sheetSamePeriodBefore.text(lang)) (\(TallyReport.heading(before[index], lang)))", .heading))
            }
        }
        var rows = header + [headings]
        let figures = tallies.map { $0.figures() }
        let previous = before.map { $0.figures() }
        var section: TallySection?
        for (index, figure) in (figures.first ?? []).enumerated() {
            // The section's name on its first row only, so the page stays one line a figure.
            let sectionName = figure.section == section ? "" : figure.section.label.text(lang)
            section = figure.section
            var row: [Workbook.Cell] = [.text(sectionName, figure.group == nil ? .section : .cell),
                                        .text(figure.itemText(lang), figure.group == nil ? .section : .cell)]
            for (column, values) in figures.enumerated() {
                row.append(.number(values[index].value))
                if column < previous.count { row.append(.number(previous[column][index].value)) }
            }
            rows.append(row)
        }
        let columns = tallies.count + min(before.count, tallies.count)
        return Workbook(sheets: [Workbook.Sheet(name: DocumentText.sheetTally.text(lang),
                                                columnWidths: [30, 56] + Array(repeating: 14, count: columns), rows: rows,
                                                landscape: true, onePage: true, repeatRows: header.count + 1...header.count + 1)])
    }

    /// The register of letters received (columns of the TT 04/2021 reception register): one row per feedback record.
    /// The sender's name and address only when `identities` holds them (an explicit, audited request); else withheld.
    public static func letters(_ records: [Feedback], communeName: String, identities: [String: Feedback.Reporter]? = nil,
                               lang: Lang) -> Workbook {
        var rows: [[Workbook.Cell]] = [[.text(DocumentText.lettersTitle.text(lang), .title)],
                                       [.text("\(DocumentText.sheetCommune.text(lang)): \(communeName)", .plain)], []]
        rows.append(DocumentText.lettersColumns.map { .text($0.text(lang), .heading) })
        for (index, f) in records.enumerated() {
            let sender: String
            if f.anonymous || f.reporter == nil {
                sender = DocumentText.anonymousWord.text(lang)
            } else if let reporter = identities?[f.code] {
                sender = [reporter.name, reporter.address, reporter.phone].filter { !$0.isEmpty }.joined(separator: ", ")
            } else {
                sender = DocumentText.identityWithheld.text(lang)
            }
            let forwarded = f.history.last(where: { $0.status == .daChuyen })
            let handling: Localized
            switch f.status {
            case .daChuyen: handling = DocumentText.handledForwarded
            case .khongCoCoSo, .trungLap, .luu: handling = DocumentText.handledGuided
            default: handling = forwarded != nil ? DocumentText.handledForwarded : DocumentText.handledAccepted
            }
            // The summary may quote the sender: what identifies them is cut out unless identities were asked for.
            let summary = identities?[f.code] != nil ? f.summary : ForwardingRedaction.redact(f.summary, reporter: f.reporter)
            rows.append([.number(index + 1), .text(f.code), .text(f.receivedOn.vietnamese), .text(sender), .text(summary),
                         .text(f.kind.label.text(lang)), .text(f.channel.label.text(lang)), .text(forwarded?.to ?? ""),
                         .text(handling.text(lang)), .text(f.status.label.text(lang)), .text(f.notes)])
        }
        return Workbook(sheets: [Workbook.Sheet(name: DocumentText.lettersSheet.text(lang),
                                                columnWidths: [6, 14, 12, 22, 48, 12, 16, 22, 16, 18, 20], rows: rows,
                                                landscape: true, onePage: false, repeatRows: 4...4)])
    }

    public static func officials(_ list: [Official], communeName: String, lang: Lang) -> Workbook {
        var rows = heading(DocumentText.officialsTitle, DocumentText.officialsColumns, communeName, lang)
        for (index, o) in list.enumerated() {
            rows.append([.number(index + 1), .text(o.code), .text(o.fullName), o.birthYear.map { .number($0) } ?? .text(""),
                         .text(o.position), .text(o.unit), .text(o.category.label.text(lang)),
                         .text(o.partyMember ? DocumentText.yes.text(lang) : ""), .text(o.status.label.text(lang))])
        }
        return book(DocumentText.officialsTitle, rows, [6, 10, 26, 9, 28, 28, 20, 10, 14], lang)
    }

    public static func plans(_ list: [Plan], communeName: String, lang: Lang) -> Workbook {
        var rows = heading(DocumentText.plansTitle, DocumentText.plansColumns, communeName, lang)
        for (index, p) in list.enumerated() {
            rows.append([.number(index + 1), .text(p.code), .text(p.documentNumber), .text(p.title), .text(p.form.label.text(lang)),
                         .text(p.startOn?.vietnamese ?? ""), .text(p.endOn?.vietnamese ?? ""), .number(p.supervised.count),
                         .text(p.status.label.text(lang))])
        }
        return book(DocumentText.plansTitle, rows, [6, 12, 18, 44, 24, 12, 12, 12, 18], lang)
    }

    public static func recommendations(_ list: [Recommendation], communeName: String, lang: Lang) -> Workbook {
        var rows = heading(DocumentText.recommendationsTitle, DocumentText.recommendationsColumns, communeName, lang)
        for (index, r) in list.enumerated() {
            rows.append([.number(index + 1), .text(r.code), .text(r.sentOn.vietnamese), .text(r.to), .text(r.content),
                         .text(r.response.label.text(lang)), .text(r.respondedOn?.vietnamese ?? ""),
                         .text(r.outcomes.map { $0.measureText(lang) }.joined(separator: "; "))])
        }
        return book(DocumentText.recommendationsTitle, rows, [6, 14, 12, 26, 50, 14, 12, 20], lang)
    }

    static func heading(_ title: Localized, _ columns: [Localized], _ communeName: String, _ lang: Lang) -> [[Workbook.Cell]] {
        [[.text(title.text(lang), .title)], [.text("\(DocumentText.sheetCommune.text(lang)): \(communeName)", .plain)], [],
         columns.map { .text($0.text(lang), .heading) }]
    }

    static func book(_ title: Localized, _ rows: [[Workbook.Cell]], _ widths: [Double], _ lang: Lang) -> Workbook {
        Workbook(sheets: [Workbook.Sheet(name: Values.upperFirst(title.text(lang).lowercased()).prefix(28).description, columnWidths: widths,
                                         rows: rows, landscape: true, onePage: false, repeatRows: 4...4)])
    }
}

extension Spreadsheets {
    /// The outgoing register: number, date, kind, title, recipients, record, file; a merged former commune's lines
    /// after this office's, each naming its former commune.
    public static func register(_ lines: [OutgoingDocument], communeName: String, unitNames: [String: String], lang: Lang) -> Workbook {
        var rows = heading(DocumentText.registerTitle, DocumentText.registerColumns, communeName, lang)
        for line in lines {
            rows.append([.text(line.symbol), .text(line.issuedOn.vietnamese), .text(line.kind), .text(line.title),
                         .text(line.recipients.joined(separator: "; ")), .text(line.source ?? ""),
                         .text((line.file as NSString).lastPathComponent), .text(line.formerUnit.map { unitNames[$0] ?? $0 } ?? "")])
        }
        return book(DocumentText.registerTitle, rows, [18, 12, 8, 50, 30, 14, 24, 16], lang)
    }
}
