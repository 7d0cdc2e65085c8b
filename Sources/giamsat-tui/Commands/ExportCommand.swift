import ArgumentParser
import Foundation
import GiamSatCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Xuất toàn bộ dữ liệu thành tệp giamsat-bundle / export everything as a bundle.",
        discussion: """
            Danh tính người phản ánh bị lược bỏ, trừ khi có --include-identities.
            Reporters' identities are left out unless --include-identities is given.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @OptionGroup var global: GlobalOptions
    @Option(help: "Định dạng / format: json.") var format: Format = .json
    @Flag(help: "Kèm danh tính người phản ánh (bảo mật!) / include reporters' identities (confidential!).") var includeIdentities = false
    @Option(help: ArgumentHelp("Ghi vào tệp thay vì màn hình / write to a file instead of stdout.", valueName: "PATH")) var out: String?

    func run() throws {
        let database = try global.open()
        var bundle = try database.exportBundle()
        if includeIdentities {
            // Encrypted identities (protect) are opened with the passphrase, asked for only now.
            if try database.isProtected() {
                bundle = try database.exportBundle(revealingIdentities: Passphrase.read(SafetyText.exportPassphrase, lang: global.language))
            }
            // Identities leave the database only with an audit row saying who, when and where to.
            let destination = out.map { ($0 as NSString).isAbsolutePath ? $0 : FileManager.default.currentDirectoryPath + "/" + $0 } ?? "stdout"
            do {
                try database.recordIdentityExport(to: destination, records: bundle.feedback.filter { $0.reporter != nil }.count,
                                                  by: global.user(database))
            } catch GiamSatError.readOnly {
                throw CLIError(text: SafetyText.identityExportNeedsAudit, isUsage: false)
            }
        }
        // Files.write creates the file 0600 (docs/security.md).
        try emit(BundleWriter.json(bundle, includeIdentities: includeIdentities).serialized(), to: out)
        if let out {
            print(global.language == .vi ? "Đã xuất \(bundle.recordCount) bản ghi vào \(out)" : "Exported \(bundle.recordCount) records to \(out)")
            if includeIdentities { print(SafetyText.identityExportNotice.text(global.language)) }
        }
    }
}
