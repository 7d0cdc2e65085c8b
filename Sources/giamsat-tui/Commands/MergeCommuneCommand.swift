import ArgumentParser
import Foundation
import GiamSatCore
import TerminalUI

struct MergeCommuneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-commune",
        abstract: "Gộp dữ liệu các xã cũ (trước sáp nhập) vào xã này / merge former communes' data into this commune.",
        discussion: """
            Mỗi TỆP là tệp giamsat-bundle (.json) hoặc thư mục dữ liệu của một xã cũ. Tất cả gộp trong một giao dịch: có vấn đề \
            thì không ghi gì. Mã trùng được đổi sang mã kế tiếp của xã này; mã cũ vẫn tìm được, hồ sơ ghi rõ xã cũ. Người cùng \
            họ tên và năm sinh không bao giờ tự gộp: --dry-run liệt kê và gợi ý dòng cho tệp ánh xạ (--map). Chạy lại cùng tệp \
            không thay đổi gì. Tệp đính kèm đi theo hồ sơ sang mã mới: thư mục TỆP.attachments (export --with-attachments) \
            hoặc thư mục attachments của thư mục dữ liệu. Xem docs/huong-dan-su-dung.md, "Gộp dữ liệu xã cũ".
            Each FILE is a giamsat-bundle (.json) or a former commune's data directory. Everything is merged in one \
            transaction: with any problem nothing is written. Taken codes get the next code of this commune's series; the \
            former code stays searchable and each record names its former commune. Officials with the same name and birth \
            year are never joined silently: --dry-run lists them and suggests mapping-file lines (--map). Running it again \
            with the same files changes nothing. Attachments follow their records to their new codes: the folder \
            FILE.attachments (export --with-attachments) or a data directory's attachments. See docs/user-guide.md, \
            "Merging former communes".
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Chỉ in kế hoạch gộp, không ghi / print the plan, write nothing.") var dryRun = false
    @Option(help: ArgumentHelp("Tệp ánh xạ người trùng: dòng “xa-b/DT-0002 = xa-a/DT-0001” / mapping file of officials who are the same person.",
                               valueName: "FILE"))
    var map: String?
    @Option(help: ArgumentHelp("Ngày sáp nhập của các xã cũ chưa khai báo (dd/mm/yyyy hoặc yyyy-mm-dd) / merger date for former communes not listed yet.",
                               valueName: "DATE"))
    var mergedOn: String?
    @Option(help: ArgumentHelp("Nghị quyết sáp nhập / the resolution that merged them (\"1661/NQ-UBTVQH15\").", valueName: "TEXT"))
    var resolution: String?
    @Argument(help: ArgumentHelp("Tệp .json hoặc thư mục dữ liệu của xã cũ / former communes' bundles or data directories.", valueName: "FILE"))
    var files: [String]

    func run() throws {
        guard !files.isEmpty else { throw CLIError.usage("cần ít nhất một tệp", "at least one file is needed") }
        var options = AppDatabase.MergeOptions(resolution: resolution.map(VietnameseText.clean) ?? "")
        if let mergedOn {
            // As tally's --from/--to: dd/mm/yyyy, yyyy-mm-dd (and dd/mm/yy as typed in the app).
            guard let date = LocalDate(parsing: mergedOn) ?? LocalDate(typed: mergedOn) else { throw GiamSatError.invalidDate(mergedOn) }
            // A merger being recorded has happened: a date after today is a typing mistake (2052 for 2025).
            guard date <= LocalDate.today() else { throw CLIError(text: MergeText.mergedOnFuture(mergedOn), isUsage: true) }
            options.mergedOn = date
        }
        if let map {
            guard let text = String(data: try readFile(map), encoding: .utf8) else {
                throw GiamSatError.cannotRead(path: map, reason: "not UTF-8")
            }
            (options.joins, options.joinProblems) = OfficialJoin.parse(text)
        }
        // A dry run writes nothing, so a folder that cannot be written (a CD, a colleague's copy) is planned on a copy.
        let database = dryRun && global.directory.readOnlyURI != nil
            ? try AppDatabase.copyInMemory(of: global.directory) : try global.open()
        defer { try? database.close() }
        let dueDays = try database.settings().dueDays
        let sources = try files.map { try MergeSource.load($0, dueDays: dueDays) }
        var backup: String?
        if !dryRun, global.directory.readOnlyURI == nil {
            _ = try? database.dailyBackup(in: global.directory)
            // The day's backup may be hours old: a merge that will write gets a copy of the data just before it,
            // named in the output, so `restore` can take the commune back to the moment before the merge.
            let preview = try database.mergeCommunes(sources, options: options, by: global.user(database), dryRun: true)
            if preview.refused.isEmpty && !preview.isEmpty {
                backup = try database.keepCopy(named: "truoc-gop", in: global.directory)
            }
        }
        let plan = try database.mergeCommunes(sources, options: options, by: global.user(database), dryRun: dryRun)
        try emit(Self.describe(plan, dryRun: dryRun, lang: global.language), to: nil)
        if let backup, plan.applied { try emit(MergeText.backedUp(backup).text(global.language) + "\n", to: nil) }
        if !plan.refused.isEmpty { throw GiamSatError.mergeRefused(count: plan.refused.count) }
    }

    static func describe(_ plan: MergePlan, dryRun: Bool, lang: Lang) -> String {
        var lines = [MergeText.title(plan.commune, dryRun: dryRun, applied: plan.applied).text(lang), MergeText.units.text(lang)]
        lines.append(PlainTable.render(plan.units.map { MergeText.unitRow($0).map { $0.text(lang) } }, rightAligned: [])
            .trimmingCharacters(in: .newlines))
        var rows = [MergeText.countsHeader.map { $0.text(lang) }]
        var total = MergePlan.Counts()
        for entity in Entity.allCases {
            guard let c = plan.counts[entity] else { continue }
            rows.append([entity.label.text(lang), String(c.added), String(c.recoded), String(c.alreadyMerged), String(c.joined)])
            total.added += c.added; total.recoded += c.recoded; total.alreadyMerged += c.alreadyMerged; total.joined += c.joined
        }
        rows.append([MergeText.total.text(lang), String(total.added), String(total.recoded), String(total.alreadyMerged), String(total.joined)])
        lines.append(PlainTable.render(rows, rightAligned: [1, 2, 3, 4]).trimmingCharacters(in: .newlines))
        if !plan.recoded.isEmpty {
            lines.append(MergeText.recoded.text(lang))
            let recodes = plan.recoded.map { ["  " + $0.unit, $0.entity.label.text(lang), $0.from, "→", $0.to] }
            lines.append(PlainTable.render(recodes, rightAligned: []).trimmingCharacters(in: .newlines))
        }
        if !plan.joins.isEmpty {
            lines.append(MergeText.joins.text(lang))
            lines += plan.joins.map { "  \($0.unit)/\($0.code) → \($0.into)" }
        }
        if !plan.candidates.isEmpty {
            lines.append(MergeText.candidates.text(lang))
            for candidate in plan.candidates {
                lines.append("  " + MergeText.nameYear(candidate.name, candidate.birthYear) + ": " + candidate.officials.joined(separator: ", "))
                lines += candidate.suggestedLines.map { "      " + $0 }
            }
        }
        if !plan.refused.isEmpty {
            lines.append(MergeText.refused.text(lang))
            lines += plan.refused.map { "  " + $0.message(lang) }
        } else if plan.isEmpty {
            lines.append(MergeText.nothingNew.text(lang))
        } else if plan.applied {
            lines.append(MergeText.audited.text(lang))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
