import OfficeFiles

/// What a template renders to, read line by line (docs/formats.md "Templates"): the heading part up to a line "---"
/// (the kind of document on its first line, the title after it; a letter's first line is its "V/v …"), then the body:
///
/// - `# I. KẾT QUẢ` a numbered heading, bold; `## 1. …` a sub-heading, bold italic;
/// - `> Kính gửi: …` a line centred; `- …` a dash item; `[…]` alone a hint for the staff, in italics;
/// - `[[BẢNG]]` where the document's table goes; a blank line nothing; any other line a paragraph.
public struct TemplateText: Equatable, Sendable {
    public enum Line: Equatable, Sendable {
        case heading(String), subheading(String), centred(String), item(String), hint(String), table, paragraph(String)
    }

    /// "BÁO CÁO", "QUYẾT ĐỊNH" … nil for a letter.
    public var kind: String?
    /// A letter's "V/v …" under its number.
    public var about: String?
    public var title: [String]
    public var body: [Line]

    public init(rendered: String) {
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingCharacters(in: .whitespaces) }
        var head: [String] = []
        var rest: ArraySlice<String> = []
        if let cut = lines.firstIndex(of: "---") {
            head = lines[..<cut].filter { !$0.isEmpty }
            rest = lines[(cut + 1)...]
        } else {
            rest = lines[...]
        }
        if let first = head.first, first.hasPrefix("V/v") {
            about = first
            kind = nil
            title = Array(head.dropFirst())
        } else {
            kind = head.first
            title = Array(head.dropFirst())
        }
        body = rest.compactMap(Self.line)
    }

    static func line(_ text: String) -> Line? {
        if text.isEmpty { return nil }
        if text == "[[BẢNG]]" { return .table }
        if text.hasPrefix("## ") { return .subheading(String(text.dropFirst(3))) }
        if text.hasPrefix("# ") { return .heading(String(text.dropFirst(2))) }
        if text.hasPrefix("> ") { return .centred(String(text.dropFirst(2))) }
        if text.hasPrefix("- ") { return .item(text) }
        if text.hasPrefix("["), text.hasSuffix("]") { return .hint(text) }
        return .paragraph(text)
    }
}
