import Foundation
import GRDB

/// Records of a bulk load that came out of order, set aside and given back sorted by key (issue 19: a bundle in
/// random order imported 1.3× slower than the same records sorted at 100,000, 1.65× at a million).
/// Each record is written where its key falls in the indexes keyed by code (the unique code, the children's primary
/// keys): in random order each insert touched a random page of each, which at a million no page cache of the
/// import's memory budget holds; in key order they go to the ends, and the table, its search rows and the indexes
/// built after the load come out as a sorted bundle's do. The records are held in memory up to `memoryLimit`
/// (about 100,000 records), beyond it in an unnamed temporary file (`tmpfile`: removed by the system when the process
/// ends, however it ends, and never in the data folder); memory then holds each record's key and place, 32 bytes.
/// While records are set aside nothing goes to the tables, the search index's words or the page cache, so the memory
/// they take is what a sorted load has in those by then.
final class BulkSpool {
    let memoryLimit: Int
    private var file: UnsafeMutablePointer<FILE>?
    /// Records not in the file: every record until `memoryLimit` is passed, then up to 1 MiB.
    private var buffer: [UInt8] = []
    /// Bytes already in the file (the buffer follows them).
    private var flushed = 0
    private var entries: [(key: String, offset: Int, length: Int)] = []

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    /// `memoryLimit`: 64 MiB holds the 100,000 records of the bench's smaller bundle (tests pass less, to use the file).
    init(memoryLimit: Int = 64 << 20) { self.memoryLimit = memoryLimit }

    deinit { if let file { fclose(file) } }

    /// Sets a record aside: groups of values, as the caller will want them back.
    func append(key: String, _ groups: [[DatabaseValue]]) throws {
        let start = flushed + buffer.count
        Self.put(groups.count, &buffer)
        for group in groups {
            Self.put(group.count, &buffer)
            for value in group { Self.put(value, &buffer) }
        }
        entries.append((key, start, flushed + buffer.count - start))
        if file == nil ? buffer.count >= memoryLimit : buffer.count >= 1 << 20 {
            try flush()
            if buffer.capacity > 2 << 20 { buffer = [] }
        }
    }

    /// Every record set aside, sorted by key, then forgets them. Keys are compared as Swift compares strings, which
    /// for the NFC text the readers store is the order of SQLite's BINARY collation (UTF-8 bytes); were it not, only
    /// speed would suffer.
    func drain(_ body: ([[DatabaseValue]]) throws -> Void) throws {
        guard !entries.isEmpty else { return }
        entries.sort { $0.key < $1.key }
        defer {
            entries = []
            buffer.removeAll(keepingCapacity: buffer.capacity <= 2 << 20)
            flushed = 0
            if let file { ftruncate(fileno(file), 0) }
        }
        if file == nil {
            try buffer.withUnsafeBytes { all in
                for entry in entries { try body(Self.groups(UnsafeRawBufferPointer(rebasing: all[entry.offset..<entry.offset + entry.length]))) }
            }
            return
        }
        try flush()
        var bytes = [UInt8](repeating: 0, count: 1 << 16)
        for entry in entries {
            if bytes.count < entry.length { bytes = [UInt8](repeating: 0, count: entry.length) }
            try bytes.withUnsafeMutableBytes { raw in
                var done = 0
                while done < entry.length {
                    let n = pread(fileno(file), raw.baseAddress! + done, entry.length - done, off_t(entry.offset + done))
                    guard n > 0 else { throw Self.failure(n < 0 ? errno : EIO) }
                    done += n
                }
            }
            try body(bytes.withUnsafeBytes { Self.groups(UnsafeRawBufferPointer(rebasing: $0[..<entry.length])) })
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        if file == nil {
            guard let opened = tmpfile() else { throw Self.failure(errno) }
            file = opened
        }
        try buffer.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = pwrite(fileno(file), raw.baseAddress! + done, raw.count - done, off_t(flushed + done))
                guard n > 0 else { throw Self.failure(n < 0 ? errno : ENOSPC) }
                done += n
            }
        }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// glibc's `tmpfile` makes its file in /tmp (`P_tmpdir`), whatever TMPDIR says.
    private static func failure(_ code: Int32) -> GiamSatError {
        .cannotWrite(path: "/tmp", reason: Files.posixReason(code))
    }

    // A count or length is a varint (7 bits a byte, low first); a value is a tag byte and then: a varint for a
    // number from 0 to 2^63 (most are small: positions, flags, days), 8 bytes for another number, a length and the
    // bytes for text and blobs. About 450 bytes a bench record, a fifth less than fixed widths.

    private static func put(_ number: UInt64, _ out: inout [UInt8]) {
        var rest = number
        while rest >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }

    private static func put(_ number: Int, _ out: inout [UInt8]) { put(UInt64(number), &out) }

    private static func put(_ value: DatabaseValue, _ out: inout [UInt8]) {
        switch value.storage {
        case .null: out.append(0)
        case .int64(let number) where number >= 0:
            out.append(1)
            put(UInt64(number), &out)
        case .int64(let number):
            out.append(2)
            withUnsafeBytes(of: number.littleEndian) { out.append(contentsOf: $0) }
        case .double(let number):
            out.append(3)
            withUnsafeBytes(of: number.bitPattern.littleEndian) { out.append(contentsOf: $0) }
        case .string(let text):
            out.append(4)
            put(text.utf8.count, &out)
            out.append(contentsOf: text.utf8)
        case .blob(let data):
            out.append(5)
            put(data.count, &out)
            out.append(contentsOf: data)
        }
    }

    private static func groups(_ bytes: UnsafeRawBufferPointer) -> [[DatabaseValue]] {
        var at = 0
        func varint() -> UInt64 {
            var value: UInt64 = 0, shift: UInt64 = 0
            while true {
                let byte = bytes[at]
                at += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }
        func fixed() -> UInt64 {
            var value: UInt64 = 0
            withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[at..<at + 8])) }
            at += 8
            return UInt64(littleEndian: value)
        }
        return (0..<Int(varint())).map { _ in
            (0..<Int(varint())).map { _ -> DatabaseValue in
                let tag = bytes[at]
                at += 1
                switch tag {
                case 1: return Int64(varint()).databaseValue
                case 2: return Int64(bitPattern: fixed()).databaseValue
                case 3: return Double(bitPattern: fixed()).databaseValue
                case 4, 5:
                    let length = Int(varint())
                    let slice = UnsafeRawBufferPointer(rebasing: bytes[at..<at + length])
                    at += length
                    return tag == 4 ? String(decoding: slice, as: UTF8.self).databaseValue : Data(slice).databaseValue
                default: return .null
                }
            }
        }
    }
}
