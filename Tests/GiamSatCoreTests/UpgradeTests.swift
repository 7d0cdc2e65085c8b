import Foundation
import GRDB
import XCTest
@testable import GiamSatCore

/// A newer version (a package installed over an older one) opening the data of an older one (issue 20).
final class UpgradeTests: FolderTestCase {
    func testAnOlderFileIsCopiedBeforeItIsMigrated() throws {
        let directory = DataDirectory(path: folder + "/data")
        try directory.prepare()
        // The data as a version that knew only the first schema left it.
        let older = try DatabaseQueue(path: directory.databasePath)
        try Schema.migrator.migrate(older, upTo: "v1")
        try older.write { db in
            try db.execute(sql: "INSERT INTO commune(code, name, district, province) VALUES ('lao-chai', 'Xã Lao Chải', '', '')")
        }
        try older.close()

        let db = try AppDatabase.open(directory, create: false)
        XCTAssertEqual(try db.commune()?.name, "Xã Lao Chải", "the data is still there after the migration")
        XCTAssertTrue(try db.read { try Schema.migrator.hasCompletedMigrations($0) })
        let copies = try FileManager.default.contentsOfDirectory(atPath: directory.path + "/backups")
            .filter { $0.hasPrefix(AppDatabase.upgradeCopyName) && $0.hasSuffix(".sqlite") }
        XCTAssertEqual(copies.count, 1, "\(copies)")
        let kept = try DatabaseQueue(path: directory.path + "/backups/" + copies[0])
        XCTAssertEqual(try kept.read { try Schema.migrator.appliedIdentifiers($0) }, ["v1"], "the copy is the file as it was")
        try kept.close()
        try db.close()

        // Up to date now: opening again copies nothing more.
        _ = try AppDatabase.open(directory, create: false)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path + "/backups").filter { $0.hasPrefix(AppDatabase.upgradeCopyName) }.count, 1)
    }

    func testANewDatabaseHasNothingToKeep() throws {
        let directory = DataDirectory(path: folder + "/data")
        let db = try AppDatabase.open(directory, create: true)
        try db.setCommune(Fixtures.commune, by: "A")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.path + "/backups"))
    }
}
