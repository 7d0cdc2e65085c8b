import Foundation
import GiamSatCore
import OfficeFiles

/// Writes a draft as a .docx where asked, numbered in the outgoing register (docs/formats.md "Outgoing register"):
/// the template is rendered first (a broken one takes no number), an existing file is kept unless overwriting was asked
/// for, and the number is taken in the transaction that writes the file.
public struct DocumentWriter {
    public enum Numbering: Equatable, Sendable {
        /// The next number; but when a document of the same purpose has one this year, stop and ask (`needsChoice`).
        case ask
        /// A new number even if an earlier document of the same purpose has one.
        case new
        /// A corrected reprint: the earlier document's number (a new one when there is none).
        case keep
        /// No number and no line in the register: a draft to read.
        case draft
    }

    public enum Outcome: Equatable, Sendable {
        case written(path: String, number: String, line: OutgoingDocument?)
        /// An earlier document of the same purpose this year: keep its number (a reprint) or take a new one?
        case needsChoice(previous: OutgoingDocument)
    }

    public var database: AppDatabase
    public var settings: DocumentSettings
    public var templates: TemplateStore
    public var user: String

    public init(database: AppDatabase, settings: DocumentSettings, templates: TemplateStore, user: String) {
        self.database = database
        self.settings = settings
        self.templates = templates
        self.user = user
    }

    /// The folder documents go to: the setting, else `van-ban/` in the data folder.
    public static func folder(_ settings: DocumentSettings, data: DataDirectory) -> String {
        settings.folder.isEmpty ? data.path + "/van-ban" : settings.folder
    }

    /// The text of the first page as it will be written, the number left blank (the app's preview).
    public func preview(_ draft: Draft) throws -> String {
        try draft.render(settings: settings, templates: templates, number: nil).text
    }

    public func write(_ draft: Draft, to path: String, overwrite: Bool, numbering: Numbering) throws -> Outcome {
        _ = try draft.render(settings: settings, templates: templates, number: nil)
        if !overwrite, FileManager.default.fileExists(atPath: path) { throw DocumentError.exists(path) }
        try Self.makeFolder(for: path)
        if numbering == .draft {
            let rendered = try draft.render(settings: settings, templates: templates, number: nil)
            try Files.write(try rendered.word.docx(), to: path)
            return .written(path: path, number: rendered.number, line: nil)
        }
        let previous = try database.previousOutgoing(purpose: draft.purpose, year: draft.date.year)
        if numbering == .ask, let previous { return .needsChoice(previous: previous) }
        let line = OutgoingDocument(code: "", year: draft.date.year, number: 0, kind: draft.kind.symbol,
                                    symbol: draft.kind.number(nil, suffix: settings.symbolSuffix).replacingOccurrences(of: "      ", with: "{n}"),
                                    issuedOn: draft.date, title: draft.title,
                                    recipients: (draft.recipients + settings.recipients).filter { !$0.isEmpty },
                                    source: draft.source, purpose: draft.purpose, file: path)
        var number = ""
        let registered = try database.registerOutgoing(line, reprinting: numbering == .keep ? previous : nil, by: user) { taken in
            var dated = draft
            if numbering == .keep, previous != nil { dated.date = taken.issuedOn }
            let rendered = try dated.render(settings: settings, templates: templates, number: taken.number)
            number = rendered.number
            try Files.write(try rendered.word.docx(), to: path)
        }
        return .written(path: path, number: number, line: registered)
    }

    /// A spreadsheet, written where asked (not numbered: registers and lists are not sent).
    public static func write(_ workbook: Workbook, to path: String, overwrite: Bool) throws {
        if !overwrite, FileManager.default.fileExists(atPath: path) { throw DocumentError.exists(path) }
        try makeFolder(for: path)
        try Files.write(try workbook.xlsx(), to: path)
    }

    static func makeFolder(for path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw GiamSatError.cannotWrite(path: folder, reason: error.localizedDescription)
        }
    }
}

/// PDF through LibreOffice and printing through CUPS, when the desk has them; nothing else depends on them.
public enum OfficeTools {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static var soffice: String? { find("soffice") ?? find("libreoffice") }

    /// Converts `files` to PDF beside them in one LibreOffice run; returns the PDFs' paths.
    public static func pdf(_ files: [String]) throws -> [String] {
        guard let soffice else { throw OfficeToolError.missing(DocumentText.noPDF) }
        guard let first = files.first else { return [] }
        let folder = (first as NSString).deletingLastPathComponent
        // A profile of its own: a LibreOffice already open on the desk does not take the conversion over.
        let profile = NSTemporaryDirectory() + "giamsat-lo-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let status = try run(soffice, ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "pdf",
                                       "--outdir", folder.isEmpty ? "." : folder] + files)
        let pdfs = files.map { (($0 as NSString).deletingPathExtension) + ".pdf" }
        guard status == 0, pdfs.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else {
            throw OfficeToolError.missing(DocumentText.pdfFailed("soffice \(status)"))
        }
        for pdf in pdfs { chmod(pdf, Files.privateMode) }
        return pdfs
    }

    public static func print(_ file: String) throws {
        guard let lp = find("lp") else { throw OfficeToolError.missing(DocumentText.noPrinter) }
        _ = try run(lp, [file])
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

public enum OfficeToolError: Error {
    case missing(Localized)
    public var message: Localized {
        switch self { case .missing(let text): return text }
    }
}
