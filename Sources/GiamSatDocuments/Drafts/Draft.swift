import GiamSatCore
import OfficeFiles

/// A document made from the records, before it has a number: its template and the values the template reads, the tables
/// it holds, its recipients, and what the outgoing register records of it (title, source record, purpose).
public struct Draft: @unchecked Sendable {
    public var template: DocumentTemplate
    /// Values for the template: strings, numbers, booleans, lists of such and dictionaries of them.
    public var context: [String: Any]
    public var tables: [WordTable]
    /// The document's own recipients ("Như trên" for a letter), before the office's defaults.
    public var recipients: [String]
    /// The register's "trích yếu".
    public var title: String
    /// The record it was made from; nil for a report of a period.
    public var source: String?
    public var date: LocalDate
    /// The file name without extension: "bao-cao-124-nam-2026", "ke-hoach-KH-2026-01".
    public var fileStem: String
    /// True for the receipt and the reply, which name the reporter: never written without an explicit, audited request.
    public var namesReporter = false
    /// What tells apart documents of one template made from one record (a meeting's letter to each member); nil: the
    /// record (or period) alone.
    public var purposeKey: String?

    public var kind: DocumentKind { template.kind }
    /// What makes a second document "the same one again" in the register: the template and the record (or period).
    public var purpose: String { template.purpose + ":" + (purposeKey ?? source ?? fileStem) }
}

/// A draft laid out with its number: the Word document and the same content as text.
public struct RenderedDocument: Sendable {
    public var number: String
    public var layout: AdministrativeLayout
    public var word: WordDocument
    public var text: String
}

extension Draft {
    public func render(settings: DocumentSettings, templates: TemplateStore, number: Int?) throws -> RenderedDocument {
        var context = self.context
        // "Xã Tân Hòa" heads a line in capitals and runs in a sentence as "xã Tân Hòa".
        let name = context["communeName"] as? String ?? ""
        context["communeNameUpper"] = name.uppercased()
        context["communeName"] = Values.lowerFirst(name)
        let rendered = try templates.render(template, context)
        let text = TemplateText(rendered: rendered)
        let numberText = kind.number(number, suffix: settings.symbolSuffix)
        let layout = AdministrativeLayout(settings: settings, number: numberText, date: date, text: text, tables: tables,
                                          recipients: recipients)
        return RenderedDocument(number: numberText, layout: layout, word: layout.word(title: title), text: layout.plainText())
    }
}

/// Small helpers the drafts share to build template values.
enum Values {
    /// A list for `{{#list}}…{{^last}}, {{/last}}{{/list}}`: each item knows whether it is the last.
    static func list(_ items: [[String: Any]]) -> [[String: Any]] {
        items.enumerated().map { index, item in
            var item = item
            item["last"] = index == items.count - 1
            item["index"] = index + 1
            return item
        }
    }

    /// Paragraphs of a free text, one per non-empty line.
    static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// "Giám sát việc …" → "giám sát việc …" where a title continues a sentence.
    static func lowerFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    static func upperFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
