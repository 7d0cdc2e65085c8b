import Foundation

// Words of attachments (issue 21), Vietnamese then English.

extension AttachmentProblem {
    public func message(_ lang: Lang) -> String { text.text(lang) }

    public var text: Localized {
        switch self {
        case .pathMissing(let path):
            return Localized("không có tệp \(path): kiểm tra lại đường dẫn (kéo tệp vào cửa sổ để dán đường dẫn)",
                             "no file at \(path): check the path (drag the file into the window to paste its path)")
        case .isDirectory(let path):
            return Localized("\(path) là một thư mục: chọn một tệp trong đó", "\(path) is a folder: give a file in it")
        case .notAFile(let path):
            return Localized("\(path) không phải tệp thường (thiết bị, ống dẫn…): không đính kèm", "\(path) is not a regular file (a device, a pipe…): not attached")
        case .unreadable(let path):
            return Localized("không có quyền đọc \(path): không đính kèm gì", "no permission to read \(path): nothing attached")
        case .tooBig(let path, let size, let limit):
            return Localized("\(path) nặng \(AttachmentText.size(size, lang: .vi)), quá giới hạn \(AttachmentText.size(limit, lang: .vi)) của một tệp đính kèm: quét lại với độ phân giải thấp hơn hoặc chia thành nhiều tệp",
                             "\(path) is \(AttachmentText.size(size, lang: .en)), over the \(AttachmentText.size(limit, lang: .en)) limit of an attachment: scan again at a lower resolution or split it")
        case .cannotStore(let path, let reason):
            return Localized("không chép được tệp vào thư mục dữ liệu (\(path): \(reason)): không đính kèm gì",
                             "cannot copy the file into the data folder (\(path): \(reason)): nothing attached")
        case .noDataFolder:
            return Localized("tệp đính kèm cần một thư mục dữ liệu", "attachments need a data folder")
        case .notFound(let entity, let record, let id):
            return Localized("\(entity.label.vi) \(record) không có tệp đính kèm số \(id)", "\(entity.label.en) \(record) has no attachment number \(id)")
        case .missingFile(let entity, let record, let id, let hash):
            return Localized("\(entity.label.vi) \(record), tệp đính kèm số \(id): mất tệp attachments/\(hash.prefix(2))/\(hash) trong thư mục dữ liệu; khôi phục từ bản sao lưu",
                             "\(entity.label.en) \(record), attachment \(id): the file attachments/\(hash.prefix(2))/\(hash) is missing from the data folder; restore a backup")
        case .corruptFile(let entity, let record, let id, let hash):
            return Localized("\(entity.label.vi) \(record), tệp đính kèm số \(id): nội dung tệp attachments/\(hash.prefix(2))/\(hash) không khớp mã băm (tệp hỏng); khôi phục từ bản sao lưu",
                             "\(entity.label.en) \(record), attachment \(id): the content of attachments/\(hash.prefix(2))/\(hash) does not match its hash (damaged); restore a backup")
        case .identityOnlyForFeedback:
            return Localized("chỉ tệp của một phản ánh mới chứa danh tính người phản ánh", "only a feedback record's file can hold a reporter's identity")
        case .needsOutputFile:
            return Localized("--with-attachments cần --out TỆP: các tệp đính kèm được ghi vào thư mục TỆP.attachments bên cạnh",
                             "--with-attachments needs --out FILE: the attachments are written to the folder FILE.attachments beside it")
        case .badIndex(let file, let entry?):
            return Localized("\(file): mục số \(entry + 1) của danh sách tệp đính kèm thiếu hoặc sai trường (entity, record, id, name, size, sha256); không nhập gì",
                             "\(file): entry \(entry + 1) of the attachments list lacks a field or has a wrong one (entity, record, id, name, size, sha256); nothing imported")
        case .badIndex(let file, nil):
            return Localized("\(file): không phải danh sách tệp đính kèm giamsat-attachments; không nhập gì",
                             "\(file): not a giamsat-attachments list; nothing imported")
        case .recordMissing(let file, let entity, let record):
            return Localized("\(file): tệp đính kèm của \(entity.label.vi) \(record), hồ sơ không có trong tệp nhập hay dữ liệu; không nhập gì",
                             "\(file): an attachment of \(entity.label.en) \(record), a record neither the bundle nor the data holds; nothing imported")
        }
    }
}

public enum AttachmentText {
    /// "340 B", "12,5 KB", "3,1 MB" (decimal comma in Vietnamese).
    public static func size(_ bytes: Int, lang: Lang = .vi) -> String {
        let units = ["B", "KB", "MB", "GB"]
        var value = Double(bytes), unit = 0
        while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        if unit == 0 { return "\(bytes) B" }
        let text = String(format: value < 10 ? "%.1f" : "%.0f", value)
        return (lang == .vi ? text.replacingOccurrences(of: ".", with: ",") : text) + " " + units[unit]
    }

    public static let auditAdded = "attachment"
    public static let auditVoided = "attachment.voided"
    public static let auditIdentity = "attachment.identity"
    public static let auditUndone = "attachment.undone"

    /// The audit trail's words for those fields (any kind of record).
    public static let auditLabels: [String: Localized] = [
        auditAdded: Localized("đính kèm tệp", "file attached"),
        auditVoided: Localized("hủy tệp đính kèm", "attachment voided"),
        auditIdentity: Localized("tệp chứa danh tính", "file holds the identity"),
        auditUndone: Localized("hoàn tác đính kèm", "attachment undone"),
    ]

}
