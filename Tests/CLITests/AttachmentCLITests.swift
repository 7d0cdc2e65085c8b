import Foundation
import XCTest

/// Issue 21 on the command line: `export --with-attachments` writes the files beside the bundle (a file holding the
/// reporter's identity only with `--include-identities`), `import` brings them in, `check` names a damaged one.
/// The attachments are put in place as the app would (a row and its content under its SHA-256).
final class AttachmentCLITests: CLITestCase {
    func attach(_ text: String, to code: String, id: Int, identity: Bool = false) throws -> String {
        let path = folder + "/scan-\(id).txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let hash = try shell("sha256sum \"$F\" | cut -d' ' -f1", environment: ["F": path]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        let store = folder + "/data/attachments/\(hash.prefix(2))"
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: path, toPath: store + "/" + hash)
        _ = try sqlite("""
            INSERT INTO attachment(entity, record, id, name, size, added_on, added_by, sha256, identity)
            VALUES ('feedback', '\(code)', \(id), 'scan-\(id).txt', \(Data(text.utf8).count), '2026-11-23T09:00:00+07:00', 'x', '\(hash)', \(identity ? 1 : 0))
            """)
        return hash
    }

    func testExportWithAttachmentsImportAndCheck() throws {
        try importSample()
        let open = try attach("biên bản làm việc", to: "PA-2026-0001", id: 1)
        let secret = try attach("đơn của Lò Thị Bí Mật", to: "PA-2026-0001", id: 2, identity: true)

        let refused = try run(["export", "--with-attachments"])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.err.contains("--with-attachments cần --out"), refused.err)

        let plain = try run(["export", "--with-attachments", "--out", folder + "/x.json"])
        XCTAssertEqual(plain.status, 0, plain.err)
        XCTAssertTrue(plain.out.contains("Đã xuất 1 tệp đính kèm vào \(folder)/x.json.attachments"), plain.out)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/x.json.attachments/\(open.prefix(2))/\(open)"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/x.json.attachments/\(secret.prefix(2))/\(secret)"),
                       "the identity file stays out of a default export")

        let full = try run(["export", "--with-attachments", "--include-identities", "--out", folder + "/y.json"])
        XCTAssertEqual(full.status, 0, full.err)
        let imported = try run(["import", folder + "/y.json"], data: folder + "/fresh")
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertTrue(imported.out.hasSuffix("\nTệp đính kèm: 2 (kiểm tra mã băm SHA-256)\n"), imported.out)
        XCTAssertEqual(try sqlite("SELECT id || ' ' || name || ' ' || identity FROM attachment ORDER BY id", folder + "/fresh/giamsat.sqlite"),
                       "1 scan-1.txt 0\n2 scan-2.txt 1")
        XCTAssertEqual(try run(["check"], data: folder + "/fresh").status, 0)

        try "hỏng".write(toFile: folder + "/fresh/attachments/\(open.prefix(2))/\(open)", atomically: true, encoding: .utf8)
        let check = try run(["check"], data: folder + "/fresh")
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.out.contains("tệp đính kèm số 1") && check.out.contains("không khớp mã băm"), check.out + check.err)
    }
}
