import Foundation
import GiamSatCore
import Mustache

/// Where templates come from: the data folder's `templates/` (copied from the shipped defaults the first time one is
/// needed, so the office edits a file it can see), or the shipped default itself (`--shipped-template`, the tests).
public struct TemplateStore: Sendable {
    /// Nil: the shipped defaults only.
    public var folder: String?

    public init(folder: String?) {
        self.folder = folder
    }

    public static let shippedOnly = TemplateStore(folder: nil)

    public struct Broken: Error, Equatable {
        public var file: String
        public var line: Int
        public var column: Int
        public var reason: Localized
        public var message: Localized { DocumentText.templateBroken(file: file, line: line, column: column, reason: reason.vi) }
        public func message(_ lang: Lang) -> String {
            DocumentText.templateBroken(file: file, line: line, column: column, reason: reason.text(lang)).text(lang)
        }
    }

    /// The template's text: the office's copy, made from the default when missing.
    public func text(_ template: DocumentTemplate) throws -> (text: String, file: String) {
        guard let folder else { return (template.shipped, "(mặc định) " + template.fileName) }
        let path = folder + "/" + template.fileName
        if let data = FileManager.default.contents(atPath: path) {
            return (String(decoding: data, as: UTF8.self), path)
        }
        // First use: the default is copied where the office can reword it. A folder that cannot be written is no
        // reason to refuse the document: the default is used.
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try? Files.write(template.shipped, to: path)
        return (template.shipped, path)
    }

    /// Copies every default that is not there yet (the app's "templates" entry, `doc templates`); returns the folder.
    @discardableResult
    public func install() -> [String] {
        DocumentTemplate.allCases.compactMap { try? text($0).file }
    }

    /// The template rendered with `context`. A template that does not parse is an error naming its file and line.
    public func render(_ template: DocumentTemplate, _ context: [String: Any]) throws -> String {
        let (text, file) = try text(template)
        // Plain text: nothing is escaped as HTML ("&" in a unit's name stays "&"); the pragma shares the first line so
        // the line numbers in messages are the file's own.
        let parsed: MustacheTemplate
        do {
            parsed = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
        } catch let error as MustacheTemplate.ParserError {
            let column = error.context.lineNumber == 1 ? max(1, error.context.columnNumber - 24) : error.context.columnNumber
            throw Broken(file: file, line: error.context.lineNumber, column: column, reason: Self.reason(error.error))
        }
        return parsed.render(context)
    }

    static func reason(_ error: Error) -> Localized {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return DocumentText.templateReasonSection
        case .unfinishedName: return DocumentText.templateReasonUnfinished
        case .expectedSectionEnd: return DocumentText.templateReasonSectionEnd
        default: return DocumentText.templateReasonOther
        }
    }
}
