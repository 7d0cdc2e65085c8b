import GiamSatCore
import OfficeFiles

/// The report on Quy định 124-QĐ/TW for a tally period (docs/formats.md "Documents"): section III written from the tally,
/// each figure beside the same period a year earlier, and the appendix table of every figure.
public enum ReportDraft {
    /// What the figures are compared with ("cùng kỳ"): the same period one year earlier (29/02 becomes 28/02); for a
    /// span longer than a year (a five-year review), the span of the same length just before it, so the two never overlap.
    public static func yearBefore(_ period: TallyPeriod) -> TallyPeriod {
        let days = period.to.dayNumber - period.from.dayNumber + 1
        if days > 366 {
            return TallyPeriod(from: period.from.adding(days: -days), to: period.from.adding(days: -1))
        }
        func back(_ d: LocalDate) -> LocalDate {
            LocalDate(year: d.year - 1, month: d.month, day: min(d.day, LocalDate.daysIn(month: d.month, year: d.year - 1))) ?? d
        }
        return TallyPeriod(from: back(period.from), to: back(period.to))
    }

    /// "tăng 5 so với cùng kỳ", "giảm 2 so với cùng kỳ", "bằng cùng kỳ".
    public static func compare(_ now: Int, _ before: Int) -> String {
        if now > before { return "tăng \(DocumentFormat.count(now - before)) so với cùng kỳ" }
        if now < before { return "giảm \(DocumentFormat.count(before - now)) so với cùng kỳ" }
        return "bằng cùng kỳ"
    }

    static func figure(_ now: Int, _ before: Int) -> [String: Any] {
        ["n": DocumentFormat.count(now), "before": DocumentFormat.count(before), "change": now - before, "compare": compare(now, before)]
    }

    /// Labels with their counts, the non-zero ones, in the enumeration's order.
    static func counts<E: Slugged>(_ type: E.Type, _ now: [String: Int], cases: [E]? = nil) -> [[String: Any]] {
        Values.list((cases ?? Array(E.allCases)).compactMap { item in
            let n = now[item.slug] ?? 0
            return n == 0 ? nil : ["label": Values.lowerFirst(item.label.vi), "n": DocumentFormat.count(n)]
        })
    }

    /// "năm 2026" → "NĂM 2026" for the title lines; "6 tháng đầu năm 2026"…
    public static func draft(now: Tally, before: Tally, communeName: String, unitNames: [String: String], date: LocalDate) -> Draft {
        let label = now.period.label(.vi)
        let former = now.formerUnits.map { unitNames[$0] ?? $0 }
        var c: [String: Any] = [
            "communeName": communeName,
            "periodLabel": label,
            "periodTitle": Values.upperFirst(label),
            "periodTitleUpper": label.uppercased(),
            "periodSpan": "từ ngày \(now.period.from.vietnamese) đến ngày \(now.period.to.vietnamese)",
            // A named period ("năm 2026") is followed by its dates; a range of dates given by hand is its own label.
            "periodIsNamed": now.period.kind != nil,
            "periodSentence": now.period.kind != nil ? "Trong " + label : Values.upperFirst(label),
            "beforeLabel": before.period.label(.vi),
            "merged": !former.isEmpty,
            "formerUnits": former.joined(separator: ", "),
        ]
        c["plans"] = figure(now.plansTotal, before.plansTotal)
        c["plansByForm"] = counts(PlanForm.self, now.plansByForm)
        c["hasPlansByForm"] = !(c["plansByForm"] as! [[String: Any]]).isEmpty
        c["supervised"] = figure(now.supervisedTotal, before.supervisedTotal)
        func category(_ slug: String) -> [String: Any] { figure(now.supervisedByCategory[slug] ?? 0, before.supervisedByCategory[slug] ?? 0) }
        c["heads"] = category(OfficialCategory.nguoiDungDau.slug)
        c["keyOfficials"] = category(OfficialCategory.canBoChuChot.slug)
        c["members"] = category(OfficialCategory.canBoDangVien.slug)
        c["received"] = figure(now.feedbackReceived, before.feedbackReceived)
        c["anonymous"] = figure(now.feedbackAnonymous, before.feedbackAnonymous)
        c["resolved"] = figure(now.feedbackResolved, before.feedbackResolved)
        c["pending"] = figure(now.feedbackPending, before.feedbackPending)
        c["overdue"] = figure(now.feedbackOverdue, before.feedbackOverdue)
        c["byKind"] = Values.list(FeedbackKind.allCases.map {
            ["label": Values.lowerFirst($0.label.vi), "n": DocumentFormat.count(now.feedbackByKind[$0.slug] ?? 0)]
        })
        c["byChannel"] = counts(FeedbackChannel.self, now.feedbackByChannel)
        c["hasByChannel"] = !(c["byChannel"] as! [[String: Any]]).isEmpty
        c["recommendations"] = figure(now.recommendationsTotal, before.recommendationsTotal)
        c["answered"] = figure(now.recommendationsAnswered, before.recommendationsAnswered)
        c["unanswered"] = figure(now.recommendationsTotal - now.recommendationsAnswered,
                                 before.recommendationsTotal - before.recommendationsAnswered)
        c["discipline"] = figure(now.disciplineTotal, before.disciplineTotal)
        c["headsDiscipline"] = figure(now.headsTotal, before.headsTotal)
        let party = OutcomeTrack.dang.disciplineMeasures
        c["disciplineByMeasure"] = Values.list(party.map {
            ["label": Values.lowerFirst($0.label.vi), "n": DocumentFormat.count(now.disciplineByMeasure[$0.slug] ?? 0)]
        })
        c["headsByMeasure"] = Values.list(party.map {
            ["label": Values.lowerFirst($0.label.vi), "n": DocumentFormat.count(now.headsByMeasure[$0.slug] ?? 0)]
        })
        // The other tracks (cán bộ, công chức, viên chức, đoàn thể) and the outcomes not placed yet, each by measure
        // with its heads of units, those with a figure now or a year before.
        let others = DisciplineLine.all.filter { $0 != .track(.dang) && (now.discipline($0).total > 0 || before.discipline($0).total > 0) }
        c["tracks"] = Values.list(others.map { line -> [String: Any] in
            let these = now.discipline(line)
            var values = figure(these.total, before.discipline(line).total)
            values["label"] = DocumentText.trackHeading(line).vi
            values["byMeasure"] = counts(OutcomeMeasure.self, these.byMeasure, cases: line.measures)
            values["hasMeasures"] = these.total > 0
            values["heads"] = DocumentFormat.count(these.headsTotal)
            values["hasHeads"] = these.headsTotal > 0
            return values
        })
        // Office copies of the template written before tracks read `administrative` (cán bộ, công chức, viên chức).
        let administration = { (t: Tally) in OutcomeTrack.allCases.filter(\.isAdministration).reduce(0) { $0 + t.discipline(.track($1)).total } }
        c["administrative"] = figure(administration(now), administration(before))
        c["hasAdministrative"] = administration(now) > 0
        c["reviewLocalities"] = figure(now.reviewLocalities, before.reviewLocalities)
        c["reviewLocalitiesTotal"] = figure(now.reviewLocalitiesTotal, before.reviewLocalitiesTotal)
        c["reviewOfficials"] = figure(now.reviewOfficials, before.reviewOfficials)

        return Draft(template: .report, context: c, tables: [appendix(now: now, before: before)], recipients: [],
                     title: "Báo cáo kết quả thực hiện Quy định 124-QĐ/TW \(label)", source: nil, date: date,
                     fileStem: "bao-cao-124-" + Files.safeName(label))
    }

    /// Every figure of the tally beside the same period a year before: STT, item, this period, the year before, change.
    static func appendix(now: Tally, before: Tally) -> WordTable {
        let width = PageSetup.administrativeA4.textWidth
        let columns = [700, width - 700 - 3 * 1300, 1300, 1300, 1300]
        func cell(_ text: String, bold: Bool = false, align: WordParagraph.Alignment = .left) -> WordCell {
            WordCell([WordParagraph([WordRun(text, bold: bold, size: 12)], alignment: align, spaceAfter: 0)])
        }
        var rows: [[WordCell]] = [[cell("STT", bold: true, align: .center), cell("Nội dung", bold: true, align: .center),
                                   cell(Values.upperFirst(now.period.label(.vi)), bold: true, align: .center),
                                   cell("Cùng kỳ " + before.period.label(.vi), bold: true, align: .center),
                                   cell("Tăng (+) / giảm (-)", bold: true, align: .center)]]
        let a = now.figures(), b = before.figures()
        var number = 0
        var section: TallySection?
        for (index, figure) in a.enumerated() {
            if figure.section != section {
                section = figure.section
                number += 1
                rows.append([cell(Self.roman(number), bold: true, align: .center), cell(figure.section.label.vi.uppercased(), bold: true),
                             cell(""), cell(""), cell("")])
            }
            let old = index < b.count ? b[index].value : 0
            let change = figure.value - old
            rows.append([cell(""), cell((figure.group == nil ? "" : "  ") + figure.itemText(.vi), bold: figure.group == nil),
                         cell(DocumentFormat.count(figure.value), align: .right), cell(DocumentFormat.count(old), align: .right),
                         cell(change == 0 ? "0" : (change > 0 ? "+" : "") + DocumentFormat.count(change), align: .right)])
        }
        return WordTable(columns: columns, rows: rows, borders: true, headerRows: 1)
    }

    static func roman(_ n: Int) -> String {
        let table = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, out = ""
        for (value, letters) in table { while n >= value { out += letters; n -= value } }
        return out
    }
}

extension AppDatabase {
    /// The report's draft for a period: the tally, the tally of the same period a year before, the commune's names.
    public func reportDraft(_ period: TallyPeriod, today: LocalDate = .today()) throws -> Draft {
        let now = try tally(period, today: today)
        let before = try tally(ReportDraft.yearBefore(period), today: today)
        let units = Dictionary(try formerUnits().map { ($0.code, $0.name) }) { first, _ in first }
        return ReportDraft.draft(now: now, before: before, communeName: try commune()?.name ?? "", unitNames: units, date: today)
    }
}
