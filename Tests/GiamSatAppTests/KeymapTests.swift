import XCTest
@testable import GiamSatApp
import GiamSatCore
import TerminalUI

/// A key means one thing on a screen. Every screen's effective keymap (its own keys, the generic ones it
/// inherits, and the global section keys) is built here; a key bound to two commands fails the test unless
/// the keymap that takes it says so (`Keymap.claims`), and then the sections must stay reachable, shown on screen.
final class KeymapTests: XCTestCase {
    let env = testEnv()

    /// Every screen of the app, in each of the states that change its keys.
    func everyScreen() throws -> [(name: String, screen: any Screen)] {
        let today = AppFixtures.today
        let th01 = Locality(code: "TH01", name: "Thôn Háng Đề Dê", kind: .thon)
        var grid = ResidenceGridScreen(year: 2021, locality: th01)
        let members = [ResidenceMember(code: "DT-0001", name: "Giàng A Dình", position: "", residence: "TH01", exempt: false, review: nil)]
        _ = grid.receive(.answer(AnyStoreRequest(LoadResidenceGrid(year: 2021, locality: "TH01")),
                                 ResidenceGrid(year: 2021, locality: th01, members: members, exempt: [], visitors: [])), env)
        var typingOpinions = grid
        _ = typingOpinions.handle(.assessGood, key: .char("t"), env)
        _ = typingOpinions.handle(.opinions, key: .char("o"), env)
        XCTAssertTrue(typingOpinions.isTyping, "the grid's opinions box is open")
        var filtering = ListScreen(source: FeedbackListSource(today: today))
        _ = filtering.handle(.filter, key: .char("/"), env)
        let feedback = Feedback(code: "PA-2021-0001", receivedOn: today, channel: .homThu, kind: .toCao, summary: "x")
        let plan = Plan(code: "KH-2021-01", documentNumber: "1/KH", title: "x", year: 2021, type: .chuyenDe, form: .doanGiamSat, status: .duThao)
        let period = TallyPeriod(year: 2021, kind: .year)

        var screens: [(String, any Screen)] = Section.allCases.map { ("section \($0)", Registry.root($0, env)) }
        screens += Registry.pages.map { ("page of \($0.entity)", $0.page("X-1")) }
        screens += [
            ("filtering a list", filtering),
            ("locality list", ListScreen(source: LocalityListSource())),
            ("residence grid", grid),
            ("residence grid, opinions box", typingOpinions),
            ("feedback form", FormScreen(spec: FeedbackFormSpec(newOn: today, dueDays: 15))),
            ("official form", FormScreen(spec: OfficialFormSpec(new: today))),
            ("plan form", FormScreen(spec: PlanFormSpec(newIn: 2021))),
            ("recommendation form", FormScreen(spec: RecommendationFormSpec(newOn: today, source: nil))),
            ("locality form", FormScreen(spec: LocalityFormSpec(new: ()))),
            ("meeting form", FormScreen(spec: MeetingFormSpec(newIn: 2021, locality: th01, today: today, thenGrid: true))),
            ("meeting documents", DocumentsScreen(source: .meeting("HN-2021-01"))),
            ("settings form", FormScreen(spec: SettingsFormSpec(GeneralSettings(communeName: "x")))),
            ("former unit form", FormScreen(spec: FormerUnitFormSpec(editing: "tan-an"))),
            ("findings form", FormScreen(spec: FindingsFormSpec(plan: plan.code, version: 1, official: "DT-0001", name: "x"))),
            ("first-run setup", FormScreen(spec: SetupFormSpec(directory: "/nowhere", sample: nil), values: SetupFormSpec.blank)),
            ("rows editor", RowsEditorScreen(field: "supervised", title: "x", spec: PlanFormSpec.memberRows, rows: [], names: [:])),
            ("settings", SettingsScreen()),
            ("former units", FormerUnitsScreen(units: [])),
            ("holidays", HolidaysScreen(year: 2021)),
            ("drill", DrillScreen(title: "x", drill: TallyDrill.reviews, period: period)),
            ("help", HelpScreen(keymaps: [])),
            ("palette", PaletteScreen(keymaps: [], lang: .vi)),
            ("confirm", ConfirmScreen(question: .quit)),
            ("import officials", ImportOfficialsScreen(path: "/tmp/x.csv")),
            ("picker", PickerScreen(field: "x", picker: Picker(title: "x", items: []))),
            ("passphrase", PassphraseScreen()),
            ("prompt", PromptScreen(field: "x", title: T.cmdImportOfficials, label: T.cmdImportOfficials, hint: T.cmdImportOfficials, telex: false)),
            ("feedback status", StatusChangeScreen(feedback: feedback, options: feedback.status.allowedNext, today: today)),
            ("plan status", PlanStatusScreen(plan: plan, today: today)),
            ("documents", DocumentsScreen(source: .plan(plan.code))),
            ("outgoing register", RegisterScreen()),
            ("likely duplicates", DuplicatesScreen(record: feedback, suggestions: [])),
            ("attachments", AttachmentsScreen(entity: .feedback, code: "PA-2021-0001")),
        ]
        return screens
    }

    /// The keymaps whose keys work on a screen, in the order they are looked up. Over a dialog the app runs no
    /// global command but the input method's (`AppState.runGlobal`), so a dialog inherits only that one.
    static func effective(_ screen: any Screen) -> [Keymap] {
        guard screen.isOverlay else { return screen.keymaps + [.global] }
        let inputMethod = Keymap.global.bindings.filter { $0.id == .toggleInput }
        return screen.keymaps + [Keymap("global (input method)", Keymap.global.title, inputMethod)]
    }

    /// "k: up (navigation) and newRecommendation (feedbackDetail)" for each key bound to two commands, where the
    /// keymap looked up first does not claim it.
    static func conflicts(in keymaps: [Keymap]) -> [String] {
        var bound: [Key: (command: CommandID, keymap: Keymap)] = [:]
        var problems: [String] = []
        for keymap in keymaps {
            var own: [Key: CommandID] = [:]
            for binding in keymap.bindings {
                for key in binding.keys {
                    if let other = own[key], other != binding.id {
                        problems.append("\(key.name): \(other) and \(binding.id), both in \(keymap.name)")
                    }
                    own[key] = own[key] ?? binding.id
                    if let (command, first) = bound[key], first != keymap, command != binding.id, !first.claims.contains(key) {
                        problems.append("\(key.name): \(command) (\(first.name)) and \(binding.id) (\(keymap.name))")
                    }
                }
            }
            for (key, command) in own where bound[key] == nil { bound[key] = (command, keymap) }
        }
        return problems
    }

    func testNoKeyMeansTwoThingsOnAnyScreen() throws {
        for (name, screen) in try everyScreen() {
            XCTAssertEqual(Self.conflicts(in: Self.effective(screen)), [], name)
        }
    }

    /// The rule itself: two commands on one key are caught, a key taken on purpose is not.
    func testTheRuleCatchesAConflictAndAcceptsAClaim() {
        let mine = Keymap("mine", T.keysList, [Keymap.bind(.new, [.char("k")], T.cmdNew)])
        XCTAssertEqual(Self.conflicts(in: [mine, .navigation, .global]), ["k: new (mine) and up (navigation)"])
        let claiming = Keymap("claiming", T.keysList, claims: [.char("k")], [Keymap.bind(.new, [.char("k")], T.cmdNew)])
        XCTAssertEqual(Self.conflicts(in: [claiming, .navigation, .global]), [])
        let twice = Keymap("twice", T.keysList, [Keymap.bind(.new, [.char("z")], T.cmdNew), Keymap.bind(.edit, [.char("z")], T.cmdEdit)])
        XCTAssertEqual(Self.conflicts(in: [twice]), ["z: new and edit, both in twice"])
    }

    /// Every keymap is on a screen this test builds: a new screen's keys cannot escape the rule.
    func testEveryKeymapIsChecked() throws {
        let used = Set(try everyScreen().flatMap { $0.screen.keymaps } + [.global])
        XCTAssertEqual(Keymap.all.filter { !used.contains($0) }.map(\.name), [])
        XCTAssertEqual(Set(Keymap.all.map(\.name)).count, Keymap.all.count, "keymap names are unique")
    }

    /// Where a screen takes a section key for its own use (the residence grid's Tab), every section is still
    /// one key away and the screen says how.
    func testSectionsStayReachableAndAScreenThatTakesTheirKeysSaysHow() throws {
        let sectionKeys = Keymap.global.bindings.filter {
            if case .section = $0.id { return true }
            return $0.id == .nextSection || $0.id == .previousSection
        }
        for (name, screen) in try everyScreen() where !screen.isOverlay && !screen.isTyping {
            for section in Section.allCases {
                let direct = section.key.map { Commands.command(for: $0, keymaps: screen.keymaps, typing: false) == .section(section) } ?? false
                let cycling = [Key.tab, .backTab].contains { [.nextSection, .previousSection].contains(Commands.command(for: $0, keymaps: screen.keymaps, typing: false)) }
                XCTAssertTrue(direct || cycling, "\(name): \(section) cannot be reached")
            }
            let taken = sectionKeys.flatMap { binding in binding.keys.filter { Commands.command(for: $0, keymaps: screen.keymaps, typing: false) != binding.id } }
            if !taken.isEmpty {
                XCTAssertTrue(screen.footer(env)?.contains(Section.switchKeys) ?? false,
                              "\(name) takes \(taken.map(\.name)) and must say how to switch sections")
            }
        }
    }

    /// In the residence grid no digit writes: 2 is section 2 there too, and the hint line says how to switch.
    func testResidenceGridDigitsAreSections() throws {
        let grid = try XCTUnwrap(everyScreen().first { $0.name == "residence grid" }?.screen)
        for section in Section.allCases {
            let key = try XCTUnwrap(section.key)
            XCTAssertEqual(Commands.command(for: key, keymaps: grid.keymaps, typing: false), .section(section))
        }
        XCTAssertTrue(grid.footer(env)?.contains("1–7 / Shift-Tab sang mục khác") ?? false, grid.footer(env) ?? "")
    }
}
