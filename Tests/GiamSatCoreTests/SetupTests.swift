import XCTest
@testable import GiamSatCore

/// `setUp` (the first run's setup and `init`): one transaction, refused whole, villages' kinds and codes.
final class SetupTests: FolderTestCase {
    let setup = CommuneSetup(commune: Commune(code: "tan-hoa", name: "Xã Tân Hòa", province: "Tỉnh Cần Thơ"),
                             formerUnits: [CommuneSetup.formerUnit(named: "Xã Tân An"), CommuneSetup.formerUnit(named: "Xã  Tân Bình ")],
                             staffName: "Nguyễn Văn An",
                             localities: ["Ấp 1", "Tân Lợi", "Thôn Mới", "Tổ dân phố 5"].map { CommuneSetup.locality(named: $0, kind: .ap) })

    func testTheKindOfAVillageFromItsName() {
        let table: [(String, LocalityKind?)] = [("Ấp 3", .ap), ("ấp Tân Lợi", .ap), ("Thôn Háng Đề Dê", .thon), ("Bản Lìm Mông", .ban),
                                                ("Khu vực 2", .khuVuc), ("Tổ dân phố 5", .toDanPho), ("Tân Lợi", nil), ("Khu 3", nil),
                                                ("", nil), ("Apartment", nil)]
        for (name, kind) in table { XCTAssertEqual(LocalityKind(name: name), kind, name) }
    }

    func testSetUpWritesEverythingInOneGo() throws {
        let database = try AppDatabase.inMemory()
        try database.setUp(setup, by: "Nguyễn Văn An")
        XCTAssertEqual(try database.commune(), setup.commune)
        XCTAssertEqual(try database.formerUnits().map { "\($0.code) \($0.name)" }, ["tan-an Xã Tân An", "tan-binh Xã Tân Bình"])
        XCTAssertEqual(try database.staffName(), "Nguyễn Văn An")
        let villages = try database.localities().sorted { $0.code < $1.code }
        XCTAssertEqual(villages.map { "\($0.code) \($0.name) \($0.kind.slug)" },
                       ["AP01 Ấp 1 ap", "AP02 Tân Lợi ap", "TDP01 Tổ dân phố 5 to-dan-pho", "TH01 Thôn Mới thon"])
        XCTAssertThrowsError(try database.setUp(setup, by: "x"), "a commune is set up once") { error in
            guard case GiamSatError.alreadyInitialized = error else { return XCTFail("\(error)") }
        }
    }

    func testARefusedSetupWritesNothing() throws {
        var bad = setup
        bad.localities.append(Locality(code: "", name: "  ", kind: .ap))
        let database = try AppDatabase.inMemory()
        XCTAssertThrowsError(try database.setUp(bad, by: "x"))
        XCTAssertNil(try database.commune())
        XCTAssertTrue(try database.localities().isEmpty)
    }

    func testCreateLeavesNoFileWhenFillingFails() throws {
        let directory = DataDirectory(path: folder + "/data")
        var bad = setup
        bad.commune.name = ""
        XCTAssertThrowsError(try AppDatabase.create(in: directory) { try $0.setUp(bad, by: "x") })
        XCTAssertFalse(directory.databaseExists)
        try AppDatabase.create(in: directory) { try $0.setUp(setup, by: "x") }
        XCTAssertTrue(directory.databaseExists)
        XCTAssertThrowsError(try AppDatabase.create(in: directory) { _ in }, "an existing database is never created again")
    }
}
