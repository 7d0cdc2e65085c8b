import Foundation
import XCTest
@testable import GiamSatCore

/// `protect`: identities sealed at rest, opened only with the passphrase. Cheap scrypt (2^10) here.
final class ProtectionTests: XCTestCase {
    let passphrase = "mật khẩu thử nghiệm"
    var folder = ""

    override func setUp() {
        folder = NSTemporaryDirectory() + "gs-protect-\(UUID().uuidString)"
        Keyring.shared.forget()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
        Keyring.shared.forget()
    }

    /// A database file with the sample's fixtures: one identified feedback record.
    func protectedDatabase() throws -> AppDatabase {
        let db = try AppDatabase.open(DataDirectory(path: folder), create: true)
        try db.setCommune(Fixtures.commune, by: "A")
        try db.save(Fixtures.locality, by: "A")
        try db.save(Fixtures.official("DT-0001", "Giàng", "A", "Dình"), by: "A")
        try db.save(Fixtures.feedback("PA-2021-0001"), by: "A")
        XCTAssertEqual(try db.protect(passphrase: passphrase, by: "A", logN: 10), 1)
        Keyring.shared.forget()
        return db
    }

    func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    func testNoFileHoldsAnIdentityInClear() throws {
        let db = try protectedDatabase()
        var another = Fixtures.feedback("PA-2021-0002")
        another.reporter = Feedback.Reporter(name: "Lò Thị Bí Mật", address: "Bản Xa", phone: "0987000111")
        try db.save(another, by: "A")
        try db.backup(to: folder + "/after.sqlite")
        for file in [folder + "/giamsat.sqlite", folder + "/giamsat.sqlite-wal", folder + "/after.sqlite"] {
            let data = bytes(file)
            for secret in ["Người Báo Tin", "0912345678", "Lò Thị Bí Mật", "0987000111", "Bản Xa"] {
                XCTAssertNil(data.range(of: Data(secret.utf8)), "\(secret) in clear in \(file)")
            }
        }
        // Lists, search, tallies and check need no passphrase.
        XCTAssertEqual(try db.feedback(ListFilter(query: "phan anh", today: Fixtures.date("2021-12-31"))).count, 2)
        XCTAssertEqual(try db.check(), [])
        XCTAssertEqual(try db.tallies([TallyPeriod(year: 2021, kind: .year)], today: Fixtures.date("2021-12-31")).first?.feedbackReceived, 2)
    }

    func testRevealNeedsTheRightPassphraseAndIsAudited() throws {
        let db = try protectedDatabase()
        XCTAssertThrowsError(try db.revealReporter(of: "PA-2021-0001", by: "B")) { XCTAssertEqual($0 as? GiamSatError, .passphraseNeeded) }
        XCTAssertThrowsError(try db.revealReporter(of: "PA-2021-0001", by: "B", passphrase: "không phải mật khẩu")) {
            XCTAssertEqual($0 as? GiamSatError, .wrongPassphrase)
        }
        XCTAssertFalse(try db.auditTrail(.feedback, code: "PA-2021-0001").contains { $0.field == AuditEntry.revealField }, "no reveal, no row")
        let reporter = try db.revealReporter(of: "PA-2021-0001", by: "B", passphrase: passphrase)
        XCTAssertEqual(reporter, Fixtures.feedback("PA-2021-0001").reporter)
        XCTAssertEqual(try db.auditTrail(.feedback, code: "PA-2021-0001").last?.field, AuditEntry.revealField)
    }

    func testAFormSavingThePlaceholderKeepsTheIdentity() throws {
        let db = try protectedDatabase()
        var edited = try XCTUnwrap(try db.fetch(Feedback.self, code: "PA-2021-0001"))
        XCTAssertEqual(edited.reporter?.name, Feedback.Reporter.sealedPlaceholder)
        // What a form does: copies the visible fields back into a new Reporter.
        edited.reporter = Feedback.Reporter(name: edited.reporter!.name, address: edited.reporter!.address, phone: edited.reporter!.phone)
        edited.summary = "Tóm tắt đã sửa"
        XCTAssertEqual(try db.save(edited, expectedVersion: edited.version, by: "A"), .updated(fields: ["summary"]))
        XCTAssertEqual(try db.revealReporter(of: "PA-2021-0001", by: "A", passphrase: passphrase)?.name, "Người Báo Tin")
        // A new identity typed in is sealed, and its change audited masked.
        var changed = try XCTUnwrap(try db.fetch(Feedback.self, code: "PA-2021-0001"))
        changed.reporter = Feedback.Reporter(name: "Người Khác")
        XCTAssertEqual(try db.save(changed, by: "A"), .updated(fields: ["reporter"]))
        XCTAssertTrue(IdentitySeal.isSealed(try db.read { try String.fetchOne($0, sql: "SELECT reporter_name FROM feedback WHERE code = 'PA-2021-0001'") }))
        XCTAssertEqual(try db.revealReporter(of: "PA-2021-0001", by: "A")?.name, "Người Khác")
        let row = try XCTUnwrap(try db.auditTrail(.feedback, code: "PA-2021-0001").last { $0.field == "reporter" })
        XCTAssertEqual([row.old, row.new], ["***", "***"])
    }

    func testImportSealsAndIsIdempotentOnceUnlocked() throws {
        let db = try protectedDatabase()
        let bundle = try BundleReader.read(Data("""
            {"format": "giamsat-bundle", "version": 1, "feedback": [{"code": "PA-2021-0009", "receivedOn": "2021-05-01",
             "channel": "truc-tiep", "kind": "to-cao", "summary": "x", "reporter": {"name": "Tráng A Sử", "phone": "0900"}}]}
            """.utf8), file: "b.json")
        _ = try db.importBundles([("b.json", bundle)], by: "A")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0009")?.reporter?.isSealed, true)
        _ = try db.revealReporter(of: "PA-2021-0009", by: "A", passphrase: passphrase)
        XCTAssertEqual(try db.importBundles([("b.json", bundle)], by: "A").total.updated, 0, "with the key unlocked nothing changes")
        let exported = try db.exportBundle(revealingIdentities: nil)
        XCTAssertEqual(exported.feedback.first { $0.code == "PA-2021-0009" }?.reporter, Feedback.Reporter(name: "Tráng A Sử", phone: "0900"))
        XCTAssertFalse(BundleWriter.json(try db.exportBundle(), includeIdentities: true).serialized().contains("🔒"),
                       "a sealed identity is never written as its placeholder")
    }

    func testChangingThePassphrase() throws {
        let db = try protectedDatabase()
        XCTAssertThrowsError(try db.changePassphrase(from: "sai mật khẩu", to: "mật khẩu mới dài", by: "A", logN: 10))
        try db.changePassphrase(from: passphrase, to: "mật khẩu mới dài", by: "A", logN: 10)
        Keyring.shared.forget()
        XCTAssertThrowsError(try db.revealReporter(of: "PA-2021-0001", by: "A", passphrase: passphrase))
        XCTAssertEqual(try db.revealReporter(of: "PA-2021-0001", by: "A", passphrase: "mật khẩu mới dài")?.phone, "0912345678")
        XCTAssertThrowsError(try db.protect(passphrase: passphrase, by: "A", logN: 10)) { XCTAssertEqual($0 as? GiamSatError, .alreadyProtected) }
        XCTAssertThrowsError(try AppDatabase.inMemory().protect(passphrase: "ngắn", by: "A", logN: 10)) {
            XCTAssertEqual($0 as? GiamSatError, .passphraseTooShort(minimum: 10))
        }
    }

    func testSealsAreFreshAndTamperEvident() throws {
        let (header, key) = try ProtectionHeader.create(passphrase: passphrase, logN: 10)
        let reporter = Feedback.Reporter(name: "Vàng A Lử", address: "Bản Mới", phone: "0911")
        let first = try IdentitySeal.seal(reporter, to: try header.publicKeyValue)
        let second = try IdentitySeal.seal(reporter, to: try header.publicKeyValue)
        XCTAssertNotEqual(first, second, "the same identity never seals to the same text")
        XCTAssertEqual(try IdentitySeal.open(first, with: key), reporter)
        var tampered = Array(first)
        tampered[tampered.count - 5] = tampered[tampered.count - 5] == "A" ? "B" : "A"
        XCTAssertThrowsError(try IdentitySeal.open(String(tampered), with: key))
        XCTAssertThrowsError(try IdentitySeal.open(first, with: try ProtectionHeader.create(passphrase: passphrase, logN: 10).1))
    }
}
