import Foundation
import XCTest
@testable import GiamSatApp
import GiamSatCore
import TerminalUI

/// The first run on an empty data folder (issue 17, item 4): the setup screen, what confirming writes, and that
/// leaving writes nothing.
final class FirstRunTests: XCTestCase {
    var folder = ""
    var directory: DataDirectory { DataDirectory(path: folder) }
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data/vi-trung-2021-2026.json").path

    override func setUp() { folder = NSTemporaryDirectory() + "giamsat-firstrun-\(UUID().uuidString)" }
    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    /// Runs the setup with these keys (one at a time, as the tests' loop does); true when the data was created.
    func setup(_ keys: [Key], sample: String? = nil) throws -> (Bool, ScriptedTerminal) {
        let terminal = ScriptedTerminal(keys: keys)
        let created = try FirstRun.run(in: directory, sample: sample, state: AppState(lang: .vi, today: AppFixtures.today, user: "Cán bộ thử"),
                                       terminal: terminal, concurrently: false)
        return (created, terminal)
    }

    /// A row added in a rows field: Enter opens the list, n a row; its text typed, F2 keeps it, F2 closes the list.
    static func rows(_ texts: [String]) -> [Key] {
        [.enter] + texts.flatMap { [.char("n")] + .typing($0) + [.function(2)] } + [.function(2)]
    }

    /// The commune of the example typed in Telex, with a former commune, the usual kind "Ấp" picked once,
    /// and three villages (one says its own kind).
    static let telexSetup: [Key] = .typing("Xax Taan Hoaf") + [.tab] + .typing("Tinhr Caanf Thow") + [.tab]
        + rows(["Xax Taan An", "Xax Taan Binhf"]) + [.tab] + .typing("Nguyeenx Vawn An") + [.tab]
        + [.enter, .up, .enter, .tab] + rows(["Taan Lowij", "Taan Phus", "Thoon Mowis"])

    func testTheSetupScreenAt80x24() throws {
        let (created, terminal) = try setup([], sample: "/nowhere/sample.json")
        XCTAssertFalse(created)
        try assertSnapshot(terminal.screen, "first-run-setup-80x24")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder), "showing the setup writes nothing, not even the folder")
    }

    func testConfirmingWritesTheCommuneItsFormerCommunesAndVillages() throws {
        let (typed, before) = try setup(Self.telexSetup)
        XCTAssertFalse(typed, "nothing is written before F2")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.databasePath))
        XCTAssertTrue(before.screen.text.contains("Xã Tân Hòa"), before.screen.text)
        XCTAssertTrue(before.screen.text.contains("1. Tân Lợi"), before.screen.text)

        let (created, _) = try setup(Self.telexSetup + [.function(2)])
        XCTAssertTrue(created)
        let database = try AppDatabase.open(directory, create: false)
        XCTAssertEqual(try database.commune(), Commune(code: "tan-hoa", name: "Xã Tân Hòa", province: "Tỉnh Cần Thơ"))
        XCTAssertEqual(try database.formerUnits().map(\.code), ["tan-an", "tan-binh"])
        XCTAssertEqual(try database.staffName(), "Nguyễn Văn An")
        let villages = try database.localities().sorted { $0.code < $1.code }
        XCTAssertEqual(villages.map(\.code), ["AP01", "AP02", "TH01"])
        XCTAssertEqual(villages.map(\.name), ["Tân Lợi", "Tân Phú", "Thôn Mới"])
        XCTAssertEqual(villages.map(\.kind), [.ap, .ap, .thon], "the kind picked once, unless the name says its own")
    }

    func testEscWritesNothing() throws {
        let (created, _) = try setup(.typing("Xax Taan Hoaf") + [.escape, .char("y")])
        XCTAssertFalse(created)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder))
        let (untouched, _) = try setup([.escape])
        XCTAssertFalse(untouched, "an untouched setup leaves at once")
    }

    func testTheSampleCanBeLoadedInstead() throws {
        // Tab never wraps (issue 17): six Tabs from the commune's name to "load the sample".
        let (created, _) = try setup(Array(repeating: Key.tab, count: 6) + [.char(" "), .function(2)], sample: Self.sample)
        XCTAssertTrue(created)
        let database = try AppDatabase.open(directory, create: false)
        XCTAssertEqual(try database.commune()?.code, "vi-trung")
    }

    func testSavingWithoutANameSaysSoAndAsksNothingOfTheStore() {
        var form = FormScreen(spec: SetupFormSpec(directory: folder, sample: nil), values: SetupFormSpec.blank)
        let env = testEnv()
        let refused = form.handle(.save, key: .function(2), env)
        XCTAssertTrue(refused.effects.isEmpty)
        XCTAssertEqual(form.errors[SetupFormSpec.ID.name], T.required)
        for key in [Key].typing("Xax Lao Chair") { _ = form.handle(nil, key: key, env) }
        let saved = form.handle(.save, key: .function(2), env)
        let expected = CommuneSetup(commune: Commune(code: "lao-chai", name: "Xã Lao Chải"))
        XCTAssertEqual(saved.effects, [.write(CreateCommuneData(directory: folder, setup: expected, sample: nil))])
    }
}
