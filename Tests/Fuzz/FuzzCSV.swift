// libFuzzer harness for the CSV reader (scripts/fuzz.sh, docs/security.md).
// Properties: no crash; bytes that are not UTF-8 are refused naming an offset inside the input; what is read,
// written back with CSV.row and read again, gives the same cells (nothing is lost or split by quoting).
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(UnsafeBufferPointer(start: data, count: size))
    let rows: [(line: Int, cells: [String])]
    do {
        rows = try CSV.parse(input, file: "f.csv")
    } catch GiamSatError.csv(_, let line, .notUTF8(let offset)) {
        check(offset >= 0 && offset < max(size, 1) && line >= 1, "offset \(offset) of \(size)")
        check(String(data: input, encoding: .utf8) == nil, "valid UTF-8 refused")
        return 0
    } catch GiamSatError.csv(_, let line, .unterminatedQuote) {
        check(line >= 1)
        return 0
    } catch {
        fatalError("unexpected \(error)")
    }
    for row in rows { check(row.line >= 1 && !row.cells.isEmpty) }
    let written = rows.map { CSV.row($0.cells) }.joined(separator: "\n")
    guard let again = try? CSV.parse(Data(written.utf8), file: "g.csv") else { fatalError("own output refused: \(written)") }
    // Written back, a first cell that begins with U+FEFF (once control characters around it were cleaned away) reads
    // as a byte order mark, and a row of one empty cell is skipped, as in any file.
    var expected = rows.map(\.cells)
    if written.hasPrefix("\u{FEFF}"), var first = expected.first?.first {
        while first.hasPrefix("\u{FEFF}") { first.removeFirst() }
        expected[0][0] = VietnameseText.clean(first)
    }
    expected = expected.filter { $0 != [""] }
    check(again.map(\.cells) == expected, "round trip: \(rows.map(\.cells)) → \(written) → \(again.map(\.cells))")
    return 0
}
