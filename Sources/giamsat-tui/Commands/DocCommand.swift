import ArgumentParser
import Foundation
import GiamSatApp
import GiamSatCore
import GiamSatDocuments

/// `doc …`: the office's documents from its records (issue 18; docs/user-guide.md "Documents").
struct DocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doc",
        abstract: "Soạn văn bản (.docx, .xlsx) từ hồ sơ / the office's documents from its records.",
        discussion: """
            Văn bản gửi đi được lấy số trong sổ văn bản đi; mẫu lời văn ở DATA/templates (sửa được). \
            Tệp ghi vào thư mục trong cài đặt (mặc định DATA/van-ban), không ghi đè khi không có --force.
            Documents sent are numbered in the outgoing register; their wording is in DATA/templates (editable). \
            Files go to the folder in the settings (default DATA/van-ban), never overwritten without --force.
            """,
        subcommands: [DocReport.self, DocPlan.self, DocTeam.self, DocResults.self, DocRecommendation.self, DocReminder.self,
                      DocReportUpward.self, DocForward.self, DocReceipt.self, DocReply.self, DocMeeting.self, DocMeetingLetters.self,
                      DocSheet.self, DocTemplates.self, DocSettings.self])
}

/// What every document subcommand takes.
struct DocOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Ghi vào tệp / write to this file.", valueName: "PATH")) var out: String?
    @Flag(help: "Ghi đè tệp đã có / overwrite an existing file.") var force = false
    @Flag(help: "Tạo thêm PDF (cần LibreOffice) / also make a PDF (needs LibreOffice).") var pdf = false
    @Flag(name: .customLong("print"), help: "In ra máy in (cần CUPS) / print it (needs CUPS).") var printIt = false
    @Flag(help: "In lại, giữ số cũ / a corrected reprint keeping its number.") var reprint = false
    @Flag(name: .customLong("new-number"), help: "Lấy số mới / take a new number.") var newNumber = false
    @Flag(name: .customLong("draft"), help: "Bản nháp, không lấy số / a draft, no number taken.") var isDraft = false
    @Flag(help: "In nội dung ra màn hình, không ghi tệp / print the text, write nothing.") var preview = false
    @Flag(name: .customLong("shipped-template"), help: "Dùng mẫu mặc định / use the shipped template.") var shippedTemplate = false
    @Option(help: ArgumentHelp("Ngày văn bản / the document's date (mặc định hôm nay).", valueName: "DATE")) var date: String?

    func documentDate() throws -> LocalDate {
        guard let date else { return .today() }
        guard let parsed = LocalDate(parsing: date) else { throw GiamSatError.invalidDate(date) }
        return parsed
    }

    func writer(_ database: AppDatabase) throws -> DocumentWriter {
        DocumentWriter(database: database, settings: try database.documentSettings(),
                       templates: shippedTemplate ? .shippedOnly : TemplateStore(folder: global.directory.path + "/templates"),
                       user: global.user(database))
    }

    func path(_ stem: String, ext: String, _ database: AppDatabase) throws -> String {
        if let out { return out }
        return DocumentWriter.folder(try database.documentSettings(), data: global.directory) + "/" + Files.safeName(stem) + "." + ext
    }

    /// Writes the draft, asks (or says how to choose) when it was numbered before, then PDF and print when asked.
    func publish(_ make: (AppDatabase, LocalDate) throws -> Draft) throws {
        try Self.worded(global.language) {
            let database = try global.open()
            var draft = try make(database, try documentDate())
            draft.date = try documentDate()
            let writer = try writer(database)
            if preview {
                FileHandle.standardOutput.write(Data(TerminalText.escapedKeepingLines(try writer.preview(draft)).utf8))
                return
            }
            let path = try path(draft.fileStem, ext: "docx", database)
            var numbering: DocumentWriter.Numbering = isDraft ? .draft : reprint ? .keep : newNumber ? .new : .ask
            var outcome = try writer.write(draft, to: path, overwrite: force, numbering: numbering)
            if case .needsChoice(let previous) = outcome {
                guard isatty(STDIN_FILENO) == 1 else { throw CLIError(text: DocCLIText.needsChoice(previous), isUsage: true) }
                FileHandle.standardError.write(Data(DocCLIText.askKeep(previous).text(global.language).utf8))
                let answer = VietnameseText.clean(readLine() ?? "").lowercased()
                numbering = DocCLIText.yesAnswers.contains(answer) ? .keep : .new
                outcome = try writer.write(draft, to: path, overwrite: true, numbering: numbering)
            }
            guard case .written(let written, let number, let line) = outcome else { return }
            let message = line == nil ? DocCLIText.draftWritten(written) : DocCLIText.numbered(written, number)
            FileHandle.standardError.write(Data((message.text(global.language) + "\n").utf8))
            try after(written)
        }
    }

    func after(_ file: String) throws {
        var printed = file
        if pdf {
            let pdfs = try OfficeTools.pdf([file])
            printed = pdfs[0]
            FileHandle.standardError.write(Data((DocCLIText.written(pdfs[0]).text(global.language) + "\n").utf8))
        }
        if printIt { try OfficeTools.print(printed) }
    }

    /// The documents module's errors in the user's words (Entry words GiamSatError and CLIError).
    static func worded(_ lang: Lang, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DocumentError {
            throw CLIError(text: error.message, isUsage: false)
        } catch let error as TemplateStore.Broken {
            throw CLIError(text: Localized(error.message(.vi), error.message(.en)), isUsage: false)
        } catch let error as OfficeToolError {
            throw CLIError(text: error.message, isUsage: false)
        }
    }
}

struct DocReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Báo cáo kết quả thực hiện Quy định 124-QĐ/TW cho một kỳ / the QĐ 124 report for a period.",
        discussion: "Kỳ như lệnh tally / periods as in tally: --year Y [--period h1|…], --from … --to ….")
    @Option(help: "Năm / year (mặc định năm nay).") var year: Int?
    @Option(help: "year | h1 | h2 | q1 | q2 | q3 | q4 | 9m") var period: TallyPeriod.Kind = .year
    @Option(help: "Từ ngày / from date.") var from: String?
    @Option(help: "Đến ngày / to date.") var to: String?
    @Option(help: ArgumentHelp("Kỳ theo năm dương lịch hoặc kỳ chốt số liệu / calendar or cut-off periods.", valueName: "calendar|cut-off"))
    var periods: TallyPeriod.Scheme?
    @OptionGroup var options: DocOptions

    func run() throws {
        try options.publish { database, date in
            let scheme = try periods ?? database.settings().reportPeriods
            let chosen = try TallyShowCommand.periods(year: year, kind: period, from: from, to: to, years: nil, scheme: scheme, today: .today())
            return try database.reportDraft(chosen[0], today: date)
        }
    }
}

struct DocPlan: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: "Kế hoạch giám sát / the supervision plan.")
    @Argument(help: "KH-…") var code: String
    @OptionGroup var options: DocOptions
    func run() throws { try options.publish { db, date in try db.planDraft(.plan, code: code, today: date) } }
}

struct DocTeam: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "team",
                                                    abstract: "Quyết định thành lập đoàn giám sát / the decision forming the team.")
    @Argument(help: "KH-…") var code: String
    @OptionGroup var options: DocOptions
    func run() throws { try options.publish { db, date in try db.planDraft(.team, code: code, today: date) } }
}

struct DocResults: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "results", abstract: "Báo cáo kết quả giám sát / the results report.")
    @Argument(help: "KH-…") var code: String
    @OptionGroup var options: DocOptions
    func run() throws { try options.publish { db, date in try db.planDraft(.results, code: code, today: date) } }
}

struct DocRecommendation: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "recommendation", abstract: "Văn bản kiến nghị / the recommendation letter.")
    @Argument(help: "KN-…") var code: String
    @OptionGroup var options: DocOptions
    func run() throws { try options.publish { db, date in try db.recommendationDraft(.recommendation, code: code, today: date) } }
}

struct DocReminder: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reminder",
                                                    abstract: "Văn bản đôn đốc trả lời kiến nghị / a reminder for an unanswered recommendation.")
    @Argument(help: "KN-…") var code: String
    @OptionGroup var options: DocOptions
    func run() throws {
        try options.publish { db, date in
            // The letter it reminds of: its number in the register, when the app wrote it.
            let letter = try db.previousOutgoing(purpose: DocumentTemplate.recommendation.purpose + ":" + code, year: date.year)
            return try db.recommendationDraft(.reminder, code: code, today: date, letterNumber: letter?.symbol ?? "")
        }
    }
}

struct DocReportUpward: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-upward",
        abstract: "Báo cáo lên cấp trên về kiến nghị chưa được trả lời / report an unanswered recommendation to the level above.")
    @Argument(help: "KN-…") var code: String
    @OptionGroup var options: DocOptions
    func run() throws {
        try options.publish { db, date in
            let letter = try db.previousOutgoing(purpose: DocumentTemplate.recommendation.purpose + ":" + code, year: date.year)
            return try db.recommendationDraft(.reportUpward, code: code, today: date, letterNumber: letter?.symbol ?? "")
        }
    }
}

struct DocForward: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forward",
        abstract: "Phiếu chuyển đơn, không ghi danh tính người gửi / the forwarding slip, never naming the sender.",
        discussion: "--to mặc định là cơ quan ở bước “đã chuyển” / --to defaults to the record's forwarding step.")
    @Argument(help: "PA-…") var code: String
    @Option(help: ArgumentHelp("Cơ quan nhận / receiving body.", valueName: "BODY")) var to: String?
    @OptionGroup var options: DocOptions
    func run() throws { try options.publish { db, date in try db.forwardDraft(code: code, to: to, today: date) } }
}

/// The receipt and the reply name the sender: only with --include-identity, audited as a reveal.
struct ReporterDocument: ParsableArguments {
    @Argument(help: "PA-…") var code: String
    @Flag(name: .customLong("include-identity"), help: "Ghi danh tính người gửi (được ghi nhật ký) / name the sender (audited).")
    var includeIdentity = false
    @OptionGroup var options: DocOptions

    func publish(_ template: DocumentTemplate) throws {
        try options.publish { db, date in
            var passphrase: String?
            if includeIdentity, try db.isProtected() {
                passphrase = Passphrase.read(DocCLIText.identityPassphrase, lang: options.global.language)
            }
            return try db.reporterDraft(template, code: code, includeIdentity: includeIdentity, by: options.global.user(db),
                                        passphrase: passphrase, today: date)
        }
    }
}

struct DocReceipt: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "receipt",
                                                    abstract: "Giấy biên nhận đơn (ghi danh tính) / the receipt (names the sender).")
    @OptionGroup var document: ReporterDocument
    func run() throws { try document.publish(.receipt) }
}

struct DocReply: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reply",
                                                    abstract: "Văn bản trả lời người gửi (ghi danh tính) / the reply to the sender (names them).")
    @OptionGroup var document: ReporterDocument
    func run() throws { try document.publish(.reply) }
}

struct DocTemplates: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "templates",
                                                    abstract: "Chép các mẫu văn bản vào DATA/templates để sửa / copy the templates to edit.")
    @OptionGroup var global: GlobalOptions
    func run() throws {
        let folder = global.directory.path + "/templates"
        TemplateStore(folder: folder).install()
        print(DocCLIText.templatesInstalled(folder).text(global.language))
    }
}
