import ArgumentParser
import Foundation
import GiamSatCore
import GiamSatDocuments
import OfficeFiles
import TerminalUI

/// `doc sheet …`: registers and lists as .xlsx (not numbered: they are not sent).
struct DocSheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet",
        abstract: "Bảng tính .xlsx: sổ đơn thư, danh sách đối tượng, kế hoạch, kiến nghị, sổ văn bản đi / spreadsheets.",
        discussion: """
            letters: sổ theo dõi đơn thư (cột như sổ tiếp công dân TT 04/2021), danh tính người gửi được giữ bí mật trừ khi \
            có --include-identity (được ghi nhật ký). / the register of letters received; senders withheld unless \
            --include-identity (audited).
            """)

    enum Which: String, ExpressibleByArgument, CaseIterable { case letters, officials, plans, recommendations, register }

    @Argument(help: "letters | officials | plans | recommendations | register") var which: Which
    @Flag(name: .customLong("include-identity"), help: "Kèm danh tính người gửi (được ghi nhật ký) / include senders (audited).")
    var includeIdentity = false
    @Option(help: "Năm (sổ văn bản đi) / year (register).") var year: Int?
    @OptionGroup var options: DocOptions

    func run() throws {
        let lang = options.global.language
        try DocOptions.worded(lang) {
            let database = try options.global.open()
            let name = try database.commune()?.name ?? ""
            let workbook: Workbook
            switch which {
            case .letters:
                var identities: [String: Feedback.Reporter]?
                let records = try database.feedback()
                if includeIdentity {
                    var passphrase: String?
                    if try database.isProtected() { passphrase = Passphrase.read(DocCLIText.identityPassphrase, lang: lang) }
                    var opened: [String: Feedback.Reporter] = [:]
                    // Each identity is a reveal, audited one by one as the record's page does.
                    for f in records where !f.anonymous && f.reporter != nil {
                        opened[f.code] = try database.revealReporter(of: f.code, by: options.global.user(database), passphrase: passphrase)
                    }
                    identities = opened
                }
                workbook = Spreadsheets.letters(records, communeName: name, identities: identities, lang: lang)
            case .officials: workbook = Spreadsheets.officials(try database.officials(), communeName: name, lang: lang)
            case .plans: workbook = Spreadsheets.plans(try database.plans(), communeName: name, lang: lang)
            case .recommendations: workbook = Spreadsheets.recommendations(try database.recommendations(), communeName: name, lang: lang)
            case .register:
                workbook = Spreadsheets.register(try database.outgoingRegister(year: year), communeName: name,
                                                 unitNames: Dictionary(try database.formerUnits().map { ($0.code, $0.name) }) { a, _ in a },
                                                 lang: lang)
            }
            let stem = which == .register ? "so-van-ban-di" + (year.map { "-\($0)" } ?? "") : "danh-sach-" + which.rawValue
            let path = try options.path(stem, ext: "xlsx", database)
            try DocumentWriter.write(workbook, to: path, overwrite: options.force)
            FileHandle.standardError.write(Data((DocCLIText.written(path).text(lang) + "\n").utf8))
            try options.after(path)
        }
    }
}

/// `register`: the outgoing-document register, as text (or .xlsx with --out FILE.xlsx).
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Sổ văn bản đi / the outgoing-document register.",
        discussion: "Mỗi văn bản gửi đi một dòng: số, ký hiệu, ngày, trích yếu, nơi nhận, hồ sơ, tệp. / One line per document sent.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Năm / year (mặc định tất cả / default all).") var year: Int?

    func run() throws {
        let lang = global.language
        let database = try global.open()
        let lines = try database.outgoingRegister(year: year)
        guard !lines.isEmpty else { return print(DocCLIText.registerEmpty.text(lang)) }
        let units = Dictionary(try database.formerUnits().map { ($0.code, $0.name) }) { a, _ in a }
        var rows = [DocCLIText.registerHeadings.map { $0.text(lang) }]
        for line in lines {
            rows.append([line.symbol, line.issuedOn.vietnamese, line.title, line.source ?? "",
                         line.formerUnit.map { units[$0] ?? $0 } ?? ""])
        }
        try emit(PlainTable.render(rows, rightAligned: [], maxWidths: [2: 48]), to: nil)
    }
}
