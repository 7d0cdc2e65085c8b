import Foundation
import GiamSatCore
import TerminalUI

/// Writes a list's rows as they come. A table needs column widths before its first line, so it
/// holds its first `sampleSize` rows, measures them, and streams the rest cut to those widths;
/// a list shorter than that prints exactly as a whole table would.
final class ListOutput {
    static let sampleSize = 500

    private let format: ListCommand.Format
    private let lang: Lang
    private let sink = TextSink()
    private var listing = Listing(header: [])
    private var held: [[String]] = []
    private var widths: [Int]?
    private var count = 0
    private var line: [UInt8] = []

    init(format: ListCommand.Format, lang: Lang) {
        self.format = format
        self.lang = lang
    }

    func begin(_ listing: Listing) {
        self.listing = listing
        if format == .tsv { try? write(listing.header.joined(separator: "\t")) }
    }

    func add(_ row: [String], json: JSONValue) throws {
        count += 1
        // Control characters from the data are shown (\x1B), never sent to the terminal (docs/security.md);
        // in TSV, tabs and line breaks become spaces first.
        let row = (format == .tsv ? row.map(Self.tsvCell) : row).map(TerminalText.escaped)
        switch format {
        case .table:
            if let widths { return try writeLine(row, widths) }
            held.append(row)
            if held.count == Self.sampleSize { try flushHeld() }
        case .tsv:
            try write(row.joined(separator: "\t"))
        case .json:
            // As JSONValue.array(…).serialized() lays it out: items at indent 1.
            var text = count == 1 ? "[\n  " : ",\n  "
            json.write(to: &text, indent: 1)
            try sink.write(text)
        }
    }

    func finish() throws {
        switch format {
        case .table:
            if widths == nil { try flushHeld() }
            try sink.finish()
            FileHandle.standardError.write(Data((CLIText.rows(count).text(lang) + "\n").utf8))
        case .tsv:
            try sink.finish()
        case .json:
            try sink.write(count == 0 ? "[]\n" : "\n]\n")
            try sink.finish()
        }
    }

    private func flushHeld() throws {
        let widths = PlainTable.widths([listing.header] + held, maxWidths: listing.maxWidths)
        self.widths = widths
        for row in [listing.header] + held { try writeLine(row, widths) }
        held = []
    }

    private func write(_ line: String) throws { try sink.write(line + "\n") }

    private func writeLine(_ row: [String], _ widths: [Int]) throws {
        line.removeAll(keepingCapacity: true)
        PlainTable.append(row, widths: widths, to: &line)
        line.append(0x0A)
        try sink.write(bytes: line)
    }

    static func tsvCell(_ cell: String) -> String {
        cell.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A })
            ? cell.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") : cell
    }
}
