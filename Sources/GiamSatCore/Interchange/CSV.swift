import Foundation

/// RFC 4180 CSV: quoted cells, doubled quotes, CRLF or LF, a UTF-8 BOM tolerated.
/// A few lines of our own rather than a package, because errors must name the line.
public enum CSV {
    /// Rows of cells, each with the line number it starts on.
    public static func parse(_ data: Data, file: String) throws -> [(line: Int, cells: [String])] {
        guard var text = String(data: data, encoding: .utf8) else {
            // Named by its offset and line, as the JSON reader does, so the bad byte can be found (issue 19).
            let offset = UTF8Validator.firstInvalid(in: data) ?? 0
            let line = lineNumber(data.prefix(offset))
            throw GiamSatError.csv(file: file, line: line, problem: .notUTF8(offset: offset))
        }
        while text.hasPrefix("\u{FEFF}") { text.removeFirst() } // a mark written twice (a file saved again) is no cell
        let delimiter = detectDelimiter(text)
        var rows: [(Int, [String])] = []
        var cells: [String] = []
        var cell = ""
        var inQuotes = false
        var line = 1
        var rowStart = 1
        var iterator = Array(text.unicodeScalars)[...]
        while let scalar = iterator.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if iterator.first == "\"" { cell.unicodeScalars.append("\""); iterator.removeFirst() } else { inQuotes = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    cell.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && cell.isEmpty {
                inQuotes = true
            } else if scalar == delimiter {
                cells.append(cell)
                cell = ""
            } else if scalar == "\n" || scalar == "\r" {
                if scalar == "\r", iterator.first == "\n" { iterator.removeFirst() }
                cells.append(cell)
                if !(cells.count == 1 && cells[0].isEmpty) { rows.append((rowStart, cells)) }
                cells = []
                cell = ""
                line += 1
                rowStart = line
            } else {
                cell.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw GiamSatError.csv(file: file, line: rowStart, problem: .unterminatedQuote) }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            rows.append((rowStart, cells))
        }
        return rows.map { (line: $0.0, cells: $0.1.map(VietnameseText.clean)) }
    }

    /// The line a byte offset is on, counting CRLF, LF and a lone CR as one line end each.
    static func lineNumber(_ bytes: Data) -> Int {
        var line = 1, afterCR = false
        for byte in bytes {
            if byte == 0x0D || (byte == 0x0A && !afterCR) { line += 1 }
            afterCR = byte == 0x0D
        }
        return line
    }

    /// Spreadsheets set to Vietnamese often save with ";" (the comma is the decimal mark).
    /// The separator is the one of "," and ";" seen more often outside quotes in the first
    /// record: the Vietnamese header "Cơ quan, đơn vị" holds a comma inside a cell name, so
    /// "a ';' line without any ','" is not enough (docs/formats.md).
    static func detectDelimiter(_ text: String) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "," { commas += 1 } else if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// One row, quoted where needed. By Unicode scalars, as `parse` reads: a quote followed by a combining mark is
    /// one Character, which a Character test would miss (found by the fuzz harness, Tests/Fuzz/FuzzCSV.swift).
    public static func row(_ cells: [String]) -> String {
        cells.map { cell in
            // ";" too: a reader guesses the separator from the first row, and a cell "a;b" must not turn it into ";".
            guard cell.unicodeScalars.contains(where: { ",;\"\n\r".unicodeScalars.contains($0) }) else { return cell }
            var quoted = String.UnicodeScalarView()
            quoted.append("\"")
            for scalar in cell.unicodeScalars {
                if scalar == "\"" { quoted.append(scalar) }
                quoted.append(scalar)
            }
            quoted.append("\"")
            return String(quoted)
        }.joined(separator: ",")
    }
}
