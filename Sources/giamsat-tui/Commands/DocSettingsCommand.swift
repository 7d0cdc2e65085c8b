import ArgumentParser
import Foundation
import GiamSatCore
import GiamSatDocuments

/// `doc settings`: what every document carries (issuing body, place, symbol suffix, signer, default recipients, folder).
/// Without options it prints them; each option given replaces that setting (audited).
struct DocSettings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Cài đặt văn bản: cơ quan ban hành, người ký, nơi nhận… / document settings: issuer, signer, recipients…")
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Một dòng tên cơ quan ban hành, lặp lại cho mỗi dòng / one line of the issuing body, repeated.",
                               valueName: "LINE")) var issuer: [String] = []
    @Option(help: ArgumentHelp("Địa danh ở dòng ngày tháng / the place in the date line.", valueName: "NAME")) var place: String?
    @Option(help: ArgumentHelp("Phần sau loại văn bản trong ký hiệu / the symbol's suffix.", valueName: "MTTQ-BTT")) var suffix: String?
    @Option(name: .customLong("signing-for"), help: ArgumentHelp("TM. BAN THƯỜNG TRỰC", valueName: "TEXT")) var signingFor: String?
    @Option(name: .customLong("signer-title"), help: ArgumentHelp("CHỦ TỊCH", valueName: "TEXT")) var signerTitle: String?
    @Option(name: .customLong("signer-name"), help: ArgumentHelp("Họ tên người ký / the signer's name.", valueName: "NAME"))
    var signerName: String?
    @Option(help: ArgumentHelp("Nơi nhận mặc định, lặp lại / a default recipient, repeated.", valueName: "NAME")) var recipient: [String] = []
    @Option(help: ArgumentHelp("Thư mục ghi văn bản / the documents folder.", valueName: "DIR")) var folder: String?

    func run() throws {
        let database = try global.open()
        var settings = try database.documentSettings()
        let clean = { (text: String) in VietnameseText.clean(text) }
        if !issuer.isEmpty { settings.issuer = issuer.map(clean) }
        if let place { settings.place = clean(place) }
        if let suffix { settings.symbolSuffix = clean(suffix) }
        if let signingFor { settings.signingFor = clean(signingFor) }
        if let signerTitle { settings.signerTitle = clean(signerTitle) }
        if let signerName { settings.signerName = clean(signerName) }
        if !recipient.isEmpty { settings.recipients = recipient.map(clean) }
        if let folder { settings.folder = clean(folder) }
        try database.saveDocumentSettings(settings, by: global.user(database))
        let lines = [settings.issuer.joined(separator: " / "), settings.place, settings.symbolSuffix, settings.signingFor,
                     settings.signerTitle, settings.signerName, settings.recipients.joined(separator: "; "),
                     settings.folder.isEmpty ? DocumentWriter.folder(settings, data: global.directory) : settings.folder]
        let labels = DocCLIText.settingsLabels.map { $0.text(global.language) }
        try emit(zip(labels, lines).map { "\($0): \($1)" }.joined(separator: "\n") + "\n", to: nil)
    }
}
