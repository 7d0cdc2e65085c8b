import Foundation
import GRDB

/// What every document the office sends carries and the office may change (issue 18; docs/formats.md "Documents"):
/// the issuing body's lines, the place in the date line, the symbol's suffix, the signer and the default recipients,
/// and the folder documents are written to. Kept as one JSON value under the setting `documents`.
public struct DocumentSettings: Equatable, Sendable {
    /// The issuing body, top-left, in capitals: "ỦY BAN MTTQ VIỆT NAM" / "XÃ TÂN HÒA" / "BAN THƯỜNG TRỰC".
    public var issuer: [String]
    /// The place in "Tân Hòa, ngày 02 tháng 12 năm 2026".
    public var place: String
    /// The part of a document's symbol after its kind: "12/BC-MTTQ-BTT".
    public var symbolSuffix: String
    /// "TM. BAN THƯỜNG TRỰC"
    public var signingFor: String
    /// "CHỦ TỊCH"
    public var signerTitle: String
    public var signerName: String
    /// The recipients every document lists after its own ("Lưu: VT").
    public var recipients: [String]
    /// Where documents are written; empty for `van-ban/` in the data folder.
    public var folder: String

    public init(issuer: [String], place: String, symbolSuffix: String = "MTTQ-BTT", signingFor: String = "TM. BAN THƯỜNG TRỰC",
                signerTitle: String = "CHỦ TỊCH", signerName: String = "", recipients: [String] = ["Lưu: VT"], folder: String = "") {
        self.issuer = issuer
        self.place = place
        self.symbolSuffix = symbolSuffix
        self.signingFor = signingFor
        self.signerTitle = signerTitle
        self.signerName = signerName
        self.recipients = recipients
        self.folder = folder
    }

    /// The defaults for a commune: "Xã Tân Hòa" gives "XÃ TÂN HÒA" and the place "Tân Hòa".
    public static func defaults(for commune: Commune?) -> DocumentSettings {
        let name = commune?.name ?? ""
        var place = name
        for prefix in ["Xã ", "Phường ", "Thị trấn ", "Đặc khu ", "Huyện "] where place.hasPrefix(prefix) {
            place = String(place.dropFirst(prefix.count))
        }
        return DocumentSettings(issuer: ["ỦY BAN MTTQ VIỆT NAM", name.uppercased(with: Locale(identifier: "vi_VN")), "BAN THƯỜNG TRỰC"],
                                place: place)
    }

    var json: String {
        let object: [String: Any] = ["issuer": issuer, "place": place, "symbolSuffix": symbolSuffix, "signingFor": signingFor,
                                     "signerTitle": signerTitle, "signerName": signerName, "recipients": recipients, "folder": folder]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// A stored value read over the defaults: a key missing or of the wrong type keeps the default.
    func reading(_ text: String) -> DocumentSettings {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else { return self }
        var s = self
        func lines(_ key: String) -> [String]? { (object[key] as? [Any])?.compactMap { $0 as? String }.map(VietnameseText.clean) }
        func line(_ key: String) -> String? { (object[key] as? String).map(VietnameseText.clean) }
        if let v = lines("issuer"), !v.isEmpty { s.issuer = v }
        if let v = line("place") { s.place = v }
        if let v = line("symbolSuffix") { s.symbolSuffix = v }
        if let v = line("signingFor") { s.signingFor = v }
        if let v = line("signerTitle") { s.signerTitle = v }
        if let v = line("signerName") { s.signerName = v }
        if let v = lines("recipients") { s.recipients = v }
        if let v = line("folder") { s.folder = v }
        return s
    }
}

extension AppDatabase {
    public func documentSettings() throws -> DocumentSettings {
        try read { db in
            let defaults = DocumentSettings.defaults(for: try Self.commune(db))
            guard let text = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'documents'") else { return defaults }
            return defaults.reading(text)
        }
    }

    /// Saves the document settings, audited on the commune as the other settings are.
    public func saveDocumentSettings(_ settings: DocumentSettings, by user: String) throws {
        try write { db in
            let old = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'documents'") ?? ""
            let new = settings.json
            guard old != new else { return }
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('documents', ?)", arguments: [new])
            try Self.audit(db, AuditEntry(at: Self.timestamp(), by: user, entity: .commune, code: try Self.commune(db)?.code ?? "",
                                          field: "documents", old: old, new: new))
        }
    }
}
