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
        var passphrase: String?
        if includeIdentities {
            // Encrypted identities (protect) are opened with the passphrase, asked for only now.
            if try database.isProtected() { passphrase = Passphrase.read(SafetyText.exportPassphrase, lang: global.language) }
            // Identities leave the database only with an audit row saying who, when and where to.
            let destination = out.map { ($0 as NSString).isAbsolutePath ? $0 : FileManager.default.currentDirectoryPath + "/" + $0 } ?? "stdout"
            do {
                try database.recordIdentityExport(to: destination, records: try database.identityCount(), by: global.user(database))
            } catch GiamSatError.readOnly {
                throw CLIError(text: SafetyText.identityExportNeedsAudit, isUsage: false)
            }
        }
        // Written record by record as it is read: memory stays flat on a million records. A file is
        // created 0600 and renamed into place when complete (docs/security.md).
        let sink = try out.map { try TextSink(path: $0) } ?? TextSink()
        let count: Int
        do {
            count = try database.exportBundle(includeIdentities: includeIdentities, passphrase: passphrase, to: sink)
        } catch {
            sink.abandon()
            throw error
        }
        if let out {
            print(global.language == .vi ? "Đã xuất \(count) bản ghi vào \(out)" : "Exported \(count) records to \(out)")
            if includeIdentities { print(SafetyText.identityExportNotice.text(global.language)) }
        }
    }
}
