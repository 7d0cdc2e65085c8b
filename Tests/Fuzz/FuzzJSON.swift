// libFuzzer harness for the JSON reader (scripts/fuzz.sh compiles it with the reader's sources, docs/security.md).
// Properties: no crash, no stack overflow, no sanitizer report; the reader gives the same value, or the same
// error at the same place, whether the input comes whole or cut into pieces of any size (the file reader's 1 MiB
// chunks end anywhere: inside a string, inside a UTF-8 character, between a CR and its LF).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let first = bytes.first else { return 0 }
    // The first byte chooses the piece size (1–16), the rest is the input.
    let pieceSize = Int(first % 16) + 1
    let input = Array(bytes.dropFirst())
    let whole = parse(JSONStream(bytes: input))
    var rest = input[...]
    let chunked = parse(JSONStream(chunks: {
        let piece = Array(rest.prefix(pieceSize))
        rest = rest.dropFirst(pieceSize)
        return piece
    }))
    switch (whole, chunked) {
    case (.success(let a), .success(let b)) where a == b: break
    case (.failure(let a), .failure(let b)) where a == b: break
    default: fatalError("whole \(whole) differs from pieces of \(pieceSize): \(chunked)")
    }
    return 0
}

private func parse(_ stream: JSONStream) -> Result<JSONValue, JSONStream.SyntaxError> {
    var stream = stream
    do {
        let value = try stream.value()
        try stream.expectEnd()
        return .success(value)
    } catch let error as JSONStream.SyntaxError {
        return .failure(error)
    } catch {
        fatalError("unexpected \(error)")
    }
}
