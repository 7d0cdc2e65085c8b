import Foundation
import ZIPFoundation

/// An Office Open XML package (.docx, .xlsx): named XML parts zipped in memory. Nothing touches the disk here;
/// the caller writes the bytes where it chooses (through `Files.write` in the app: atomic, 0600).
public struct OfficePackage: Sendable {
    public var parts: [(path: String, text: String)]

    public init(parts: [(path: String, text: String)]) {
        self.parts = parts
    }

    public enum Failure: Error, CustomStringConvertible {
        case zip(String)
        public var description: String {
            switch self { case .zip(let reason): return "zip: \(reason)" }
        }
    }

    /// The zip file. `[Content_Types].xml` goes first, as Office writes it (some readers sniff the first entry).
    public func zipped() throws -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let ordered = parts.sorted { ($0.path == "[Content_Types].xml" ? 0 : 1) < ($1.path == "[Content_Types].xml" ? 0 : 1) }
            // A fixed date: the same document gives the same bytes (tests compare, reprints do not churn).
            let date = Date(timeIntervalSince1970: 1_577_836_800)
            for part in ordered {
                let data = Data(part.text.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure.zip("no data") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.zip(String(describing: error))
        }
    }
}
