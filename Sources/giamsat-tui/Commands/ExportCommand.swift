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
            Với --with-attachments, các tệp đính kèm được ghi vào thư mục TỆP.attachments bên cạnh tệp --out
            (tệp chứa danh tính người phản ánh chỉ khi có --include-identities); import và merge-commune đọc thư mục đó.
            With --with-attachments, attachments are written to the folder FILE.attachments beside the --out file
            (files holding a reporter's identity only with --include-identities); import and merge-commune read that folder.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @OptionGroup var global: GlobalOptions
    @Option(help: "Định dạng / format: json.") var format: Format = .json
    @Flag(help: "Kèm danh tính người phản ánh (bảo mật!) / include reporters' identities (confidential!).") var includeIdentities = false
    @Option(help: ArgumentHelp("Ghi vào tệp thay vì màn hình / write to a file instead of stdout.", valueName: "PATH")) var out: String?
    @Flag(help: "Kèm các tệp đính kèm, vào thư mục PATH.attachments (cần --out) / carry attachments in PATH.attachments (needs --out).")
    var withAttachments = false

    func run() throws {
        if withAttachments, out == nil { throw GiamSatError.attachment(.needsOutputFile) }
        let database = try global.open()
        var passphrase: String?
        var audit: (() throws -> Void)?
        if includeIdentities {
            // Identities leave the database only with an audit row saying who, when and where to. It is written once
            // the export is complete and before the file is put in place (TextSink.beforePublishing): a refused,
            // failed or killed export writes none (issue 19). What would refuse it later is checked first.
            if global.directory.readOnlyURI != nil { throw CLIError(text: SafetyText.identityExportNeedsAudit, isUsage: false) }
            // Encrypted identities (protect) are opened with the passphrase, asked for only now, and tried first.
            if try database.isProtected() {
                passphrase = Passphrase.read(SafetyText.exportPassphrase, lang: global.language)
                try database.unlockIdentities(passphrase: passphrase)
            }
            let destination = out.map { ($0 as NSString).isAbsolutePath ? $0 : FileManager.default.currentDirectoryPath + "/" + $0 } ?? "stdout"
            let (records, user) = (try database.identityCount(), global.user(database))
            audit = {
                do {
                    try database.recordIdentityExport(to: destination, records: records, by: user)
                } catch GiamSatError.readOnly {
                    throw CLIError(text: SafetyText.identityExportNeedsAudit, isUsage: false)
                }
            }
        }
        // Written record by record as it is read: memory stays flat on a million records. A file is
        // created 0600 and renamed into place when complete (docs/security.md).
        // The files go first: a bundle that names attachments is never there without them.
        var attached: Int?
        if withAttachments, let out {
            attached = try database.exportAttachments(beside: out, includeIdentities: includeIdentities, passphrase: passphrase)
        }
        let sink = try out.map { try TextSink(path: $0) } ?? TextSink()
        sink.beforePublishing = audit
        let count: Int
        do {
            count = try database.exportBundle(includeIdentities: includeIdentities, passphrase: passphrase, to: sink)
        } catch {
            sink.abandon()
            throw error
        }
        if let out {
            print(global.language == .vi ? "Đã xuất \(count) bản ghi vào \(out)" : "Exported \(count) records to \(out)")
            if let attached {
                print(global.language == .vi ? "Đã xuất \(attached) tệp đính kèm vào \(AttachmentIndex.folder(beside: out))"
                                             : "Exported \(attached) attachments to \(AttachmentIndex.folder(beside: out))")
            }
            if includeIdentities { print(SafetyText.identityExportNotice.text(global.language)) }
        }
    }
}
