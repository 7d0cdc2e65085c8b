import Foundation

/// The attachments that travel with a bundle (docs/formats.md "Attachments"): beside `F.json` the folder
/// `F.json.attachments/` holds `index.json` (this list) and the contents as `ab/<sha256>`. The bundle itself is
/// unchanged, so a reader that knows nothing of attachments reads it as before.
public struct AttachmentIndex: Sendable {
    public static let format = "giamsat-attachments"
    public var attachments: [Attachment]
    /// Where the contents are.
    public var files: AttachmentFiles

    public init(attachments: [Attachment], files: AttachmentFiles) {
        self.attachments = attachments
        self.files = files
    }

    public static func folder(beside bundle: String) -> String { bundle + ".attachments" }

    /// The index beside `bundle`, or nil when the bundle travels without attachments.
    public static func read(beside bundle: String) throws -> AttachmentIndex? {
        let folder = folder(beside: bundle), path = folder + "/index.json"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let bad = { (entry: Int?) in GiamSatError.attachment(.badIndex(file: path, entry: entry)) }
        guard let object = try? JSONSerialization.jsonObject(with: try Files.read(path)) as? [String: Any],
              object["format"] as? String == format, let items = object["attachments"] as? [[String: Any]] else {
            throw bad(nil)
        }
        var attachments: [Attachment] = []
        for (n, item) in items.enumerated() {
            guard let slug = item["entity"] as? String, let entity = Entity(rawValue: slug), let record = item["record"] as? String,
                  let id = item["id"] as? Int, let name = item["name"] as? String, let size = item["size"] as? Int,
                  let hash = item["sha256"] as? String, hash.count == 64, hash.allSatisfy(\.isHexDigit) else {
                throw bad(n)
            }
            let void = (item["voided"] as? [String: Any]).map {
                VoidMark(reason: $0["reason"] as? String ?? "", on: $0["on"] as? String ?? "", by: $0["by"] as? String ?? "")
            }
            attachments.append(Attachment(entity: entity, record: VietnameseText.clean(record), id: id, name: VietnameseText.clean(name),
                                          size: size, addedOn: item["addedOn"] as? String ?? "", addedBy: VietnameseText.clean(item["addedBy"] as? String ?? ""),
                                          sha256: hash.lowercased(), identity: item["identity"] as? Bool ?? false, voided: void))
        }
        return AttachmentIndex(attachments: attachments, files: AttachmentFiles(root: folder))
    }

    /// The content of one entry, checked against its hash.
    func content(_ a: Attachment) throws -> Data {
        guard let data = files.content(a.sha256) else {
            throw GiamSatError.attachment(.missingFile(entity: a.entity, record: a.record, id: a.id, sha256: a.sha256))
        }
        guard AttachmentFiles.hash(data) == a.sha256 else {
            throw GiamSatError.attachment(.corruptFile(entity: a.entity, record: a.record, id: a.id, sha256: a.sha256))
        }
        return data
    }

    static func json(_ attachments: [Attachment]) throws -> Data {
        let items: [[String: Any]] = attachments.map { a in
            var item: [String: Any] = ["entity": a.entity.rawValue, "record": a.record, "id": a.id, "name": a.name, "size": a.size,
                                       "addedOn": a.addedOn, "addedBy": a.addedBy, "sha256": a.sha256]
            if a.identity { item["identity"] = true }
            if let v = a.voided { item["voided"] = ["reason": v.reason, "on": v.on, "by": v.by] }
            return item
        }
        return try JSONSerialization.data(withJSONObject: ["format": format, "version": 1, "attachments": items],
                                          options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}
