import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

extension AppFixtures {
    /// The small commune after a merger with two former communes (issue 12), written as the merge writes it:
    /// origin rows first, then the records (their search text holds their former codes).
    /// PA-2021-0007 was PA-2021-0003 in xã Tân Phú (a code this commune has too); DT-0004 served in both
    /// former communes and was joined; KH-2021-02 came from xã Hòa An; Thôn Mới was Ấp Một in Tân Phú.
    static func mergedDatabase() throws -> AppDatabase {
        let db = try fullDatabase()
        let user = "Cán bộ thử"
        try db.write { db in
            try db.execute(sql: """
                INSERT INTO former_unit(code, name, district, merged_on, resolution, sort_key) VALUES
                  ('tan-phu', 'Xã Tân Phú', 'Huyện Mù Cang Chải', '2025-07-01', '1661/NQ-UBTVQH15', 'tan phu'),
                  ('hoa-an', 'Xã Hòa An', 'Huyện Văn Chấn', '2025-07-01', '1661/NQ-UBTVQH15', 'hoa an');
                INSERT INTO record_origin(entity, former_unit, former_code, code, former_name) VALUES
                  ('feedback', 'tan-phu', 'PA-2021-0003', 'PA-2021-0007', ''),
                  ('official', 'tan-phu', 'DT-0002', 'DT-0004', ''),
                  ('official', 'hoa-an', 'DT-0001', 'DT-0004', ''),
                  ('plan', 'hoa-an', 'KH-2021-05', 'KH-2021-02', ''),
                  ('locality', 'tan-phu', 'AP1', 'TH03', 'Ấp Một');
                """)
        }
        try db.save(Locality(code: "TH03", name: "Thôn Mới", kind: .thon), by: user)
        try db.save(Official(code: "DT-0004", familyName: "Vàng", middleName: "Thị", givenName: "Dợ", position: "Trưởng thôn",
                             category: .canBoDangVien), by: user)
        try db.save(Feedback(code: "PA-2021-0007", receivedOn: LocalDate(iso: "2021-06-15")!, channel: .vanBan, kind: .phanAnh,
                             anonymous: true, officials: ["DT-0004"], locality: "TH03", content: .suyThoaiTW4,
                             summary: "Đơn của xã Tân Phú về đường liên thôn", receivedBy: user), by: user)
        try db.save(Plan(code: "KH-2021-02", title: "Giám sát của xã Hòa An", year: 2021, type: .thuongXuyen, form: .hoiNghi,
                         status: .banHanh), by: user)
        return db
    }
}

/// Issue 12 in the TUI: a merged record shows its former commune in lists and on its page, every list filters
/// on it with the same key, former codes find records, and a commune never merged looks as before.
final class FormerUnitScreenTests: XCTestCase {
    func screenText(_ terminal: ScriptedTerminal) -> String { terminal.screen.text }

    func testTheFeedbackListLabelsMergedRowsAndFiltersOnTheFormerUnit() throws {
        let db = try AppFixtures.mergedDatabase()
        let (app, terminal) = try AppFixtures.app(db, keys: [])
        app.run()
        try assertSnapshot(terminal.screen, "former-feedback-list-80x24")
        app.send(.key(.char("x")))
        XCTAssertEqual(app.state.list?.source.request.origin, .own)
        XCTAssertEqual(app.state.list?.total, 6, "the commune's own records")
        app.send(.key(.char("x")))
        XCTAssertEqual(app.state.list?.source.request.origin, .unit("hoa-an"), "then each former unit, by name")
        XCTAssertEqual(app.state.list?.total, 0)
        app.send(.key(.char("x")))
        XCTAssertEqual(app.state.list?.source.request.origin, .unit("tan-phu"))
        XCTAssertEqual(app.state.list?.rows.map(\.code), ["PA-2021-0007"])
        let (again, shown) = try AppFixtures.app(db, keys: [.char("x"), .char("x"), .char("x")])
        again.run()
        try assertSnapshot(shown.screen, "former-feedback-filtered-80x24")
        app.send(.key(.char("x")))
        XCTAssertNil(app.state.list?.source.request.origin, "back to all")
        XCTAssertEqual(app.state.list?.total, 7)
        app.send(.key(.char("x")))
        app.send(.key(.escape))
        XCTAssertNil(app.state.list?.source.request.origin, "Esc clears it with the other filters")
    }

    func testEveryListHasTheFilterAndTheColumn() throws {
        let db = try AppFixtures.mergedDatabase()
        for section in [Section.officials, .plans, .recommendations] {
            let (app, terminal) = try AppFixtures.app(db, keys: [.char("x"), .char("x"), .char("x")], section: section)
            app.run()
            XCTAssertTrue(screenText(terminal).contains("Xã cũ: Tân Phú"), "\(section): the same key, the filter shown")
        }
        let (planList, bar) = try AppFixtures.app(db, keys: [], section: .plans)
        planList.run()
        XCTAssertTrue(screenText(bar).contains("/ Lọc x Xã cũ"), screenText(bar))
        let (officials, terminal) = try AppFixtures.app(db, keys: [], section: .officials)
        officials.run()
        try assertSnapshot(terminal.screen, "former-officials-list-80x24")
        let plans = try AppFixtures.app(db, keys: [.char("x"), .char("x")], section: .plans)
        plans.0.run()
        XCTAssertEqual(plans.0.state.screen(ListScreen<PlanListSource>.self)?.rows.map(\.code), ["KH-2021-02"], "Hòa An's plan")
        let recommendations = try AppFixtures.app(db, keys: [.char("x")], section: .recommendations)
        recommendations.0.run()
        XCTAssertEqual(recommendations.0.state.screen(ListScreen<RecommendationListSource>.self)?.source.request.origin, .own)
    }

    func testRecordPagesSayWhereTheRecordCameFrom() throws {
        let db = try AppFixtures.mergedDatabase()
        let (app, terminal) = try AppFixtures.app(db, keys: [.char("x"), .char("x"), .char("x"), .enter])
        app.run()
        XCTAssertEqual(app.state.detail?.source.code, "PA-2021-0007")
        XCTAssertTrue(screenText(terminal).contains(DisplayWidth.pad("Xã cũ", to: 18) + "Xã Tân Phú (mã cũ PA-2021-0003)"), screenText(terminal))
        try assertSnapshot(terminal.screen, "former-feedback-page-80x24")
        let (official, page) = try AppFixtures.app(db, keys: [.char(":")] + .typing("DT-0004") + [.enter], section: .officials)
        official.run()
        XCTAssertTrue(screenText(page).contains(DisplayWidth.pad("Xã cũ", to: 18) + "Xã Tân Phú (mã cũ DT-0002)"), screenText(page))
        XCTAssertTrue(screenText(page).contains(String(repeating: " ", count: 18) + "Xã Hòa An (mã cũ DT-0001)"), "a joined official: every origin")
        let (own, ownPage) = try AppFixtures.app(db, keys: [.enter])
        own.run()
        XCTAssertEqual(own.state.detail?.source.code, "PA-2021-0006")
        XCTAssertFalse(screenText(ownPage).contains("Xã cũ"), "the commune's own record has no such line")
    }

    func testAFormerCodeFindsBothRecordsEachLabelled() throws {
        let db = try AppFixtures.mergedDatabase()
        let (app, terminal) = try AppFixtures.app(db, keys: [.char("/")] + .typing("PA-2021-0003") + [.enter])
        app.run()
        XCTAssertEqual(app.state.list?.rows.map(\.code), ["PA-2021-0007", "PA-2021-0003"], "the list filter finds both")
        XCTAssertTrue(screenText(terminal).contains("[Xã Tân Phú (mã cũ PA-2021-0003)]"), "the merged one says so")

        let (palette, shown) = try AppFixtures.app(db, keys: [.char(":")] + .typing("pa-2021-0003") + [.enter])
        palette.run()
        let choices = try XCTUnwrap(palette.state.topIs(PaletteScreen.self))
        XCTAssertEqual(choices.items.compactMap(\.record?.code), ["PA-2021-0003", "PA-2021-0007"], "the palette offers both")
        try assertSnapshot(shown.screen, "former-palette-choice-80x24")
        palette.send(.key(.down))
        palette.send(.key(.enter))
        XCTAssertEqual(palette.state.detail?.source.code, "PA-2021-0007")

        let (single, _) = try AppFixtures.app(db, keys: [.char(":")] + .typing("KH-2021-05") + [.enter])
        single.run()
        XCTAssertEqual((single.state.top as? DetailScreen<PlanDetailSource>)?.source.code, "KH-2021-02",
                       "a former code only one record had opens it")
    }

    func testSettingsListTheFormerCommunesAndLocalitiesTheirFormerNames() throws {
        let db = try AppFixtures.mergedDatabase()
        let (app, terminal) = try AppFixtures.app(db, keys: [.function(12), .end, .enter])
        app.run()
        XCTAssertNotNil(app.state.topIs(FormerUnitsScreen.self))
        try assertSnapshot(terminal.screen, "former-units-settings-80x24")
        let (edit, _) = try AppFixtures.app(db, keys: [.function(12), .end, .enter, .enter, .tab, .tab, .tab] + .typing("-B") + [.function(2)])
        edit.run()
        XCTAssertNotNil(edit.state.topIs(FormerUnitsScreen.self), "saved, back to the list")
        XCTAssertEqual(edit.state.topIs(FormerUnitsScreen.self)?.units.first?.resolution, "1661/NQ-UBTVQH15-B", "as saved")
        XCTAssertEqual(edit.state.settings.formerUnits.first?.resolution, "1661/NQ-UBTVQH15-B", "the app's lists see it too")
        XCTAssertTrue(try db.auditTrail(.commune, code: "lao-chai").contains { $0.field == AuditEntry.formerUnitField }, "audited")
        let (localities, shown) = try AppFixtures.app(db, keys: [.function(12)] + Array(repeating: .down, count: SettingsScreen.Item.allCases.firstIndex(of: .localities)!) + [.enter, .end])
        localities.run()
        XCTAssertTrue(screenText(shown).contains("[Xã Tân Phú (mã cũ AP1, tên cũ Ấp Một)]"), screenText(shown))
        XCTAssertTrue(screenText(shown).contains("TH03     TP  Thôn Mới"), "the column, with its initials")
        XCTAssertFalse(screenText(shown).contains("Xã cũ: tất cả"), "no filter shown where x deletes a locality")
    }

    func testTheResidenceListSaysWhoseEachVillageWas() throws {
        let db = try AppFixtures.mergedDatabase()
        let (app, terminal) = try AppFixtures.app(db, keys: [.end], section: .residence)
        app.run()
        let text = screenText(terminal)
        XCTAssertTrue(text.contains("Cũ"), text)
        XCTAssertTrue(text.split(separator: "\n").contains { $0.hasPrefix("Thôn Mới") && $0.contains(" TP ") },
                      "the village merged from Tân Phú has its initials: \(text)")
        XCTAssertTrue(text.contains("[Xã Tân Phú (mã cũ AP1, tên cũ Ấp Một)]"), "the selected one's former commune below: \(text)")
        let (plain, unmerged) = try AppFixtures.app(try AppFixtures.fullDatabase(), keys: [], section: .residence)
        plain.run()
        XCTAssertFalse(screenText(unmerged).contains("Cũ"), "a commune never merged looks as before")
    }

    func testAMergeRunWhileTheAppIsOpenShowsAtTheNextList() throws {
        let db = try AppFixtures.fullDatabase()
        let (app, _) = try AppFixtures.app(db, keys: [])
        app.run()
        XCTAssertTrue(app.state.settings.formerUnits.isEmpty)
        // merge-commune in another terminal: the former units and a merged record's origin appear in the database.
        try db.write { db in
            try db.execute(sql: """
                INSERT INTO former_unit(code, name, district, merged_on, resolution, sort_key) VALUES
                  ('tan-phu', 'Xã Tân Phú', 'Huyện Mù Cang Chải', '2025-07-01', '', 'tan phu');
                INSERT INTO record_origin(entity, former_unit, former_code, code, former_name) VALUES
                  ('official', 'tan-phu', 'DT-0009', 'DT-0001', '');
                """)
        }
        app.send(.key(.char("3")))
        XCTAssertEqual(app.state.settings.formerUnits.map(\.code), ["tan-phu"], "the page named an unknown former unit")
        let shown = app.state.render().0.text
        XCTAssertTrue(shown.contains("[Xã Tân Phú (mã cũ DT-0009)]"), shown)
        XCTAssertTrue(shown.contains("DT-0001   TP"), "the column is there at once: \(shown)")
    }

    func testTheJoinPickerTellsNamesakesApartByTheirUnit() throws {
        let db = try AppFixtures.mergedDatabase()
        var other = try XCTUnwrap(try db.fetch(Official.self, code: "DT-0003"))
        other.unit = "UBND xã Tân Phú"
        try db.save(other, by: "Cán bộ thử")
        let (app, terminal) = try AppFixtures.app(db, keys: [.char(":")] + .typing("DT-0004") + [.enter, .char("m")] + .typing("mai"),
                                                  section: .officials)
        app.run()
        XCTAssertTrue(screenText(terminal).contains("Lò Thị Mai (DT-0003) — Kế toán, UBND xã Tân Phú"), screenText(terminal))
    }

    func testACommuneNeverMergedOffersNoFilterAndAsksNothingMore() throws {
        let env = testEnv()
        var list = ListScreen(source: FeedbackListSource(today: AppFixtures.today))
        XCTAssertTrue(list.handle(.cycleFormerUnit, key: .char("x"), env).effects.isEmpty, "nothing to filter on")
        XCTAssertFalse(Commands.applies(.cycleFormerUnit, env.settings))
        // Every voidable page asks whether its record was voided (issue 17); only a merged commune asks origins.
        let voided = Effect.ask(LoadVoidReason(entity: .plan, code: "KH-2021-01"))
        let files = Effect.ask(CountAttachments(entity: .plan, code: "KH-2021-01"))
        XCTAssertEqual(DetailScreen(source: PlanDetailSource(code: "KH-2021-01")).refresh(env), [.ask(LoadPlan(code: "KH-2021-01")), voided, files])
        var merged = env
        merged.settings.formerUnits = [FormerUnit(code: "tan-phu", name: "Xã Tân Phú")]
        XCTAssertEqual(DetailScreen(source: PlanDetailSource(code: "KH-2021-01")).refresh(merged),
                       [.ask(LoadPlan(code: "KH-2021-01")), .ask(LoadOrigins(entity: .plan, code: "KH-2021-01")), voided, files])
        var expected = FeedbackListRequest(today: AppFixtures.today)
        expected.limit = 17
        expected.origin = .own
        XCTAssertEqual(list.handle(.cycleFormerUnit, key: .char("x"), merged).effects, [.page(AnyListRequest(expected))])
        let help = Commands.helpLines(first: list.keymaps, .vi) { Commands.applies($0, env.settings) }
        XCTAssertFalse(help.contains { $0.0.contains(T.cmdCycleFormerUnit.vi) }, "not in help either")
    }
}

/// The audit rows a merge writes read as words, not as their field names ("merged-from", "joined").
final class MergeAuditTextTests: XCTestCase {
    func testMergeRowsReadAsWordsInBothLanguages() {
        let merged = AuditEntry(at: "2026-11-29T10:22:00+07:00", by: "root", entity: .recommendation, code: "KN-2024-0006",
                                field: AuditEntry.mergedFromField, old: "", new: "tan-cuong/KN-2024-0002")
        let joined = AuditEntry(at: "2026-11-29T10:23:00+07:00", by: "root", entity: .official, code: "DT-0002",
                                field: AuditEntry.joinedField, old: "", new: "DT-0006 Nguyễn Văn Hùng")
        XCTAssertEqual(AuditText.line(merged, testEnv()), "29/11/2026 10:22  root: gộp từ tan-cuong/KN-2024-0002")
        XCTAssertEqual(AuditText.what(joined, testEnv()), "ghép từ DT-0006 Nguyễn Văn Hùng")
        XCTAssertEqual(AuditText.what(merged, testEnv(lang: .en)), "merged from tan-cuong/KN-2024-0002")
        XCTAssertEqual(AuditText.what(joined, testEnv(lang: .en)), "joined from DT-0006 Nguyễn Văn Hùng")
    }
}

/// A recommendation's outcomes in its audit trail read as words: the official's code, the track and measure as their
/// labels, the decision's date as dd/mm/yyyy (the tester saw “DT-0023 dang khien-trach … ”).
final class OutcomeAuditTextTests: XCTestCase {
    func testOutcomesReadAsLabelsNotSlugs() {
        let value = "DT-0023 dang khien-trach 12-QĐ/UBKT 2027-12-15; DT-0007 chua-xac-dinh canh-cao"
        let entry = AuditEntry(at: "2027-12-16T08:00:00+07:00", by: "root", entity: .recommendation, code: "KN-2027-0001",
                               field: "outcomes", old: "", new: value)
        let vi = "\(OutcomeTrack.dang.label.vi) \(OutcomeMeasure.khienTrach.label.vi) 12-QĐ/UBKT 15/12/2027; DT-0007 "
            + "\(OutcomeTrack.unplacedLabel.vi) \(OutcomeMeasure.canhCao.label.vi)"
        XCTAssertEqual(AuditText.what(entry, testEnv()), "Kết quả xử lý: “—” → “DT-0023 \(vi)”")
        XCTAssertFalse(AuditText.what(entry, testEnv(lang: .en)).contains("khien-trach"))
    }
}

/// The section bar names all seven sections at 80 columns, in English too.
final class SectionBarTests: XCTestCase {
    func testEverySectionFitsAt80ColumnsInBothLanguages() throws {
        for lang in [Lang.vi, .en] {
            let (app, terminal) = try AppFixtures.app(try AppFixtures.fullDatabase(), keys: [], lang: lang)
            app.run()
            let bar = terminal.screen.text.split(separator: "\n", omittingEmptySubsequences: false)[1]
            XCTAssertTrue(bar.contains("7 \(Section.report.label.text(lang))"), "\(lang): \(bar)")
        }
    }
}
