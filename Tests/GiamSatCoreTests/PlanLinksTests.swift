import Foundation
import GRDB
import XCTest
@testable import GiamSatCore

/// Plans, recommendations with several outcomes, feedback linked to plans, residence reviews: the rules
/// the store keeps whoever saves (a form, an import, the command line).
final class PlanLinksTests: XCTestCase {
    let user = Fixtures.user

    func bundle(_ body: String) -> String {
        #"{"format": "giamsat-bundle", "version": 1, "commune": {"code": "lao-chai", "name": "Xã Lao Chải"}, "#
            + #""localities": [{"code": "TH01", "name": "Thôn Háng Đề Dê", "kind": "thon"}], "#
            + #""officials": [{"code": "DT-0001", "familyName": "Giàng", "givenName": "Dình", "category": "nguoi-dung-dau", "partyMember": true, "residence": "TH01"}, "#
            + #"{"code": "DT-0009", "familyName": "Lò", "givenName": "Mai", "category": "can-bo-dang-vien", "partyMember": false}], "#
            + body + "}"
    }

    func plan(_ status: String, title: String = "Giám sát năm 2021") -> String {
        #""plans": [{"code": "KH-2021-01", "title": "\#(title)", "year": 2021, "type": "chuyen-de", "form": "doan-giam-sat", "status": "\#(status)", "supervised": [{"official": "DT-0001", "findings": "Ưu điểm: gần dân"}]}]"#
    }

    @discardableResult
    func importText(_ text: String, into db: AppDatabase) throws -> ImportReport {
        let bundle = try BundleReader.read(Data(text.utf8), file: "t.json")
        return try db.importBundles([("t.json", bundle)], by: user)
    }

    // MARK: The plan's lifecycle

    func testPlanStatusReachesOnlyForward() {
        XCTAssertTrue(PlanStatus.duThao.reaches(.hoanThanh), "a file may skip steps forward")
        XCTAssertTrue(PlanStatus.banHanh.reaches(.huy))
        XCTAssertTrue(PlanStatus.daBaoCao.reaches(.daBaoCao))
        XCTAssertFalse(PlanStatus.hoanThanh.reaches(.duThao))
        XCTAssertFalse(PlanStatus.dangGiamSat.reaches(.banHanh))
        XCTAssertFalse(PlanStatus.huy.reaches(.banHanh), "a cancelled plan stays cancelled")
        XCTAssertFalse(PlanStatus.daBaoCao.reaches(.huy), "a reported plan can no longer be cancelled")
    }

    /// The regression of issue 9: an import accepted `hoan-thanh → du-thao`.
    func testImportRefusesAPlanGoingBackAndWritesNothing() throws {
        let db = try AppDatabase.inMemory()
        try importText(bundle(plan("hoan-thanh")), into: db)
        let feedback = #", "feedback": [{"code": "PA-2021-0001", "receivedOn": "2021-03-02", "channel": "hom-thu", "kind": "phan-anh", "summary": "Mới"}]"#
        XCTAssertThrowsError(try importText(bundle(plan("du-thao", title: "Đổi tên") + feedback), into: db)) { error in
            guard let error = error as? GiamSatCore.RecordError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.entity, .plan)
            XCTAssertEqual(error.code, "KH-2021-01")
            XCTAssertEqual(error.field, "status")
            XCTAssertEqual(error.problem, .statusGoesBack(from: "hoan-thanh", to: "du-thao"))
            XCTAssertTrue(error.message(.vi).contains("không được lùi từ “hoan-thanh” về “du-thao”"), error.message(.vi))
            XCTAssertTrue(error.message(.en).contains("cannot go back"), error.message(.en))
        }
        let stored = try XCTUnwrap(try db.fetch(Plan.self, code: "KH-2021-01"))
        XCTAssertEqual(stored.status, .hoanThanh)
        XCTAssertEqual(stored.title, "Giám sát năm 2021", "nothing of the refused file was written")
        XCTAssertNil(try db.fetch(Feedback.self, code: "PA-2021-0001"), "not even the other records of the file")
    }

    func testImportMayMoveAPlanForwardSkippingSteps() throws {
        let db = try AppDatabase.inMemory()
        try importText(bundle(plan("du-thao")), into: db)
        try importText(bundle(plan("hoan-thanh")), into: db)
        XCTAssertEqual(try db.fetch(Plan.self, code: "KH-2021-01")?.status, .hoanThanh)
    }

    func testAdvancePlanTakesOnlyTheNextStepAndSetsTheReportDate() throws {
        let db = try AppDatabase.inMemory()
        try importText(bundle(plan("dang-giam-sat")), into: db)
        let day = Fixtures.date("2021-09-08")
        XCTAssertThrowsError(try db.advancePlan(code: "KH-2021-01", version: 1, to: .hoanThanh, on: day, by: user), "one step at a time")
        XCTAssertThrowsError(try db.advancePlan(code: "KH-2021-01", version: 9, to: .daBaoCao, on: day, by: user)) {
            XCTAssertEqual($0 as? GiamSatError, .staleWrite(entity: .plan, code: "KH-2021-01"))
        }
        let step = try db.advancePlan(code: "KH-2021-01", version: 1, to: .daBaoCao, on: day, by: user)
        let plan = try XCTUnwrap(try db.fetch(Plan.self, code: "KH-2021-01"))
        XCTAssertEqual(plan.status, .daBaoCao)
        XCTAssertEqual(plan.reportedOn, day)
        // Undo puts the earlier status back: the store's own restore, not a user going back.
        try db.undo(step, by: user)
        XCTAssertEqual(try db.fetch(Plan.self, code: "KH-2021-01")?.status, .dangGiamSat)
    }

    func testSaveEditCannotMoveAPlanBack() throws {
        let db = try AppDatabase.inMemory()
        try importText(bundle(plan("ban-hanh")), into: db)
        var plan = try XCTUnwrap(try db.fetch(Plan.self, code: "KH-2021-01"))
        plan.status = .duThao
        XCTAssertThrowsError(try db.saveEdit(plan, expectedVersion: plan.version, by: user))
        XCTAssertEqual(try db.fetch(Plan.self, code: "KH-2021-01")?.status, .banHanh)
    }

    func testFindingsPerOfficialAreSavedWithAnUndoStep() throws {
        let db = try AppDatabase.inMemory()
        try importText(bundle(plan("dang-giam-sat")), into: db)
        let step = try db.saveFindings(plan: "KH-2021-01", version: 1, official: "DT-0001",
                                       findings: "Ưu điểm: gần dân.\nHạn chế: chậm trả lời đơn.", by: user)
        XCTAssertNotNil(step)
        XCTAssertEqual(try db.fetch(Plan.self, code: "KH-2021-01")?.supervised.first?.findings, "Ưu điểm: gần dân.\nHạn chế: chậm trả lời đơn.")
        XCTAssertThrowsError(try db.saveFindings(plan: "KH-2021-01", version: 1, official: "DT-0001", findings: "x", by: user),
                             "a findings editor opened before that save is stale")
        XCTAssertThrowsError(try db.saveFindings(plan: "KH-2021-01", version: 2, official: "DT-0009", findings: "x", by: user),
                             "only officials the plan supervised")
    }

    func testNextPlanCodeHasTwoDigitsAndCountsPast99() throws {
        let db = try AppDatabase.inMemory()
        try importText(bundle(plan("du-thao")), into: db)
        XCTAssertEqual(try db.nextCode(prefix: "KH", year: 2021), "KH-2021-02")
        XCTAssertEqual(try db.saveNew(Plan(code: "KH-2021-01", title: "Khác", year: 2021, type: .dotXuat, form: .hoiNghi, status: .duThao), by: user),
                       "KH-2021-02", "a code another desk took is not overwritten")
        try db.write { try $0.execute(sql: "UPDATE plan SET code = 'KH-2021-99' WHERE code = 'KH-2021-02'") }
        try db.write { try $0.execute(sql: "INSERT INTO plan(code, document_number, title, basis, year, type, form, team_decision, team_lead, status) VALUES ('KH-2021-100', '', 't', '', 2021, 'dot-xuat', 'hoi-nghi', '', '', 'du-thao')") }
        XCTAssertEqual(try db.nextCode(prefix: "KH", year: 2021), "KH-2021-101")
    }

    // MARK: Recommendations and their outcomes

    func testSeveralOutcomesRoundTripAndOneStaysTheOldKey() throws {
        let db = try AppDatabase.inMemory()
        let recs = #", "recommendations": [{"code": "KN-2021-0001", "to": "Đảng ủy", "sentOn": "2021-05-01", "outcome": {"official": "DT-0001", "measure": "khien-trach", "decidedOn": "2021-06-01", "decidedBy": "UBKT"}}, "#
            + #"{"code": "KN-2021-0002", "to": "UBND", "sentOn": "2021-05-02", "respondedOn": "2021-05-20", "response": "da-tra-loi", "outcomes": [{"official": "DT-0001", "measure": "canh-cao", "decidedOn": "2021-06-02", "decidedBy": "UBKT"}, {"official": "DT-0009", "measure": "buoc-thoi-viec", "decidedOn": "2021-06-03", "decidedBy": "Chủ tịch UBND"}]}]"#
        try importText(bundle(plan("hoan-thanh") + recs), into: db)
        let two = try XCTUnwrap(try db.fetch(Recommendation.self, code: "KN-2021-0002"))
        XCTAssertEqual(two.outcomes.map(\.measure), [.canhCao, .buocThoiViec])
        XCTAssertEqual(two.respondedOn, Fixtures.date("2021-05-20"))
        XCTAssertEqual(try db.fetch(Recommendation.self, code: "KN-2021-0001")?.outcomes.count, 1)
        let exported = BundleWriter.json(try db.exportBundle(), includeIdentities: false).serialized()
        XCTAssertTrue(exported.contains(#""outcome": {"#) || exported.contains(#""outcome":{"#), "one decision keeps the version-1 key")
        XCTAssertTrue(exported.contains(#""outcomes""#))
        let again = try AppDatabase.inMemory()
        try importText(exported, into: again)
        XCTAssertEqual(BundleWriter.json(try again.exportBundle(), includeIdentities: false).serialized(), exported)
        // Both decisions of KN-2021-0002 count in the tally by their own dates.
        let tally = try db.tally(TallyPeriod(year: 2021, kind: .year))
        XCTAssertEqual(tally.disciplineByMeasure["canh-cao"], 1)
        XCTAssertEqual(tally.disciplineByMeasure["khien-trach"], 1)
    }

    func testExpulsionOnlyForPartyMembersEverywhere() throws {
        let db = try AppDatabase.inMemory()
        try importText(bundle(plan("hoan-thanh")), into: db)
        let rec = Recommendation(code: "KN-2021-0001", to: "Đảng ủy", sentOn: Fixtures.date("2021-05-01"),
                                 outcomes: [.init(official: "DT-0001", measure: .khaiTru), .init(official: "DT-0009", measure: .khaiTru)])
        XCTAssertThrowsError(try db.saveNew(rec, by: user)) { error in
            guard let error = error as? GiamSatCore.RecordError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.field, "outcomes[1].measure")
            XCTAssertEqual(error.problem, .partyMeasureForNonMember(measure: "khai-tru", official: "DT-0009"))
            XCTAssertTrue(error.message(.vi).contains("chỉ áp dụng cho đảng viên"))
        }
        XCTAssertNil(try db.fetch(Recommendation.self, code: "KN-2021-0001"))
        let viaImport = #", "recommendations": [{"code": "KN-2021-0003", "to": "Đảng ủy", "sentOn": "2021-05-01", "outcome": {"official": "DT-0009", "measure": "khai-tru"}}]"#
        XCTAssertThrowsError(try importText(bundle(plan("hoan-thanh") + viaImport), into: db))
        // An administrative measure (or cảnh cáo, which exists in both) is fine for anyone.
        var ok = rec
        ok.outcomes = [.init(official: "DT-0001", measure: .khaiTru), .init(official: "DT-0009", measure: .buocThoiViec),
                       .init(official: "DT-0009", measure: .canhCao)]
        XCTAssertEqual(try db.saveNew(ok, by: user), "KN-2021-0001")
        // Once expelled, DT-0001 is no longer a party member: the decision on file stays editable.
        var expelled = try XCTUnwrap(try db.fetch(Official.self, code: "DT-0001"))
        expelled.partyMember = false
        try db.save(expelled, by: user)
        var edited = try XCTUnwrap(try db.fetch(Recommendation.self, code: "KN-2021-0001"))
        edited.content = "Đã thi hành"
        XCTAssertNotNil(try db.saveEdit(edited, expectedVersion: edited.version, by: user))
        var again = try XCTUnwrap(try db.fetch(Recommendation.self, code: "KN-2021-0001"))
        again.outcomes.append(.init(official: "DT-0001", measure: .khaiTru, decidedOn: Fixtures.date("2021-07-01")))
        XCTAssertThrowsError(try db.saveEdit(again, expectedVersion: again.version, by: user), "a new expulsion is checked") {
            XCTAssertEqual(($0 as? GiamSatCore.RecordError)?.field, "outcomes[3].measure")
        }
    }

    func testRecommendationsAreLinkedBothWays() throws {
        let db = try AppDatabase.inMemory()
        let extra = #", "feedback": [{"code": "PA-2021-0001", "receivedOn": "2021-03-02", "channel": "hom-thu", "kind": "phan-anh", "summary": "Thu sai", "plan": "KH-2021-01"}], "#
            + #""recommendations": [{"code": "KN-2021-0001", "source": "KH-2021-01", "to": "Đảng ủy", "sentOn": "2021-05-01"}, "#
            + #"{"code": "KN-2021-0002", "source": "PA-2021-0001", "to": "UBND xã", "sentOn": "2021-05-02"}]"#
        try importText(bundle(plan("hoan-thanh") + extra), into: db)
        let page = try db.planRecord(code: "KH-2021-01")
        XCTAssertEqual(page.recommendations.map(\.code), ["KN-2021-0001"])
        XCTAssertEqual(page.feedback.map(\.code), ["PA-2021-0001"])
        XCTAssertEqual(page.officialNames["DT-0001"], "Giàng Dình")
        XCTAssertEqual(try db.recommendations(from: "PA-2021-0001").map(\.code), ["KN-2021-0002"])
        XCTAssertEqual(try db.recommendationRecord(code: "KN-2021-0002").source?.entity, .feedback)
        XCTAssertEqual(try db.recommendationRecord(code: "KN-2021-0001").source?.text, "Giám sát năm 2021")
        XCTAssertEqual(try db.fetch(Feedback.self, code: "PA-2021-0001")?.plan, "KH-2021-01")
        XCTAssertTrue(BundleWriter.json(try db.exportBundle(), includeIdentities: false).serialized().contains(#""plan": "KH-2021-01""#))
    }

    func testFeedbackNamingAnUnknownPlanIsRefused() throws {
        let db = try AppDatabase.inMemory()
        let extra = #", "feedback": [{"code": "PA-2021-0001", "receivedOn": "2021-03-02", "channel": "hom-thu", "kind": "phan-anh", "summary": "x", "plan": "KH-2021-09"}]"#
        XCTAssertThrowsError(try importText(bundle(plan("du-thao") + extra), into: db)) { error in
            XCTAssertTrue((error as? GiamSatError)?.message(.en).contains("no plan with code “KH-2021-09”") ?? false, "\(error)")
        }
    }

    /// A database written before the outcomes had a table of their own keeps its outcomes.
    func testMigrationMovesTheSingleOutcomeIntoItsTable() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO locality(code, name, kind, sort_key) VALUES ('TH01', 'Thôn', 'thon', 'x');
                INSERT INTO official(code, family_name, middle_name, given_name, position, unit, category, party_member, party_cell, status, sort_key)
                  VALUES ('DT-0001', 'Giàng', '', 'Dình', '', '', 'nguoi-dung-dau', 1, '', 'dang-cong-tac', 'x');
                INSERT INTO recommendation(code, to_body, sent_on, content, response, outcome_official, outcome_measure, outcome_decided_on, outcome_decided_by)
                  VALUES ('KN-2021-0001', 'Đảng ủy', '2021-05-01', '', 'da-tra-loi', 'DT-0001', 'khai-tru', '2021-06-01', 'UBKT');
                """)
        }
        try Schema.migrator.migrate(queue)
        let outcomes = try queue.read { db in try Recommendation.fetch(db, code: "KN-2021-0001")?.outcomes }
        XCTAssertEqual(outcomes, [.init(official: "DT-0001", measure: .khaiTru, decidedOn: Fixtures.date("2021-06-01"), decidedBy: "UBKT")])
    }

    // MARK: Residence reviews

    func residenceDatabase(exemptColumn: Bool) /* DT-0002 exempt when true */ throws -> AppDatabase {
        let db = try Fixtures.database() // DT-0001 and DT-0002 live in TH01, both party members
        try db.save(Locality(code: "TH02", name: "Bản Lìm Mông", kind: .ban), by: user)
        var elsewhere = Fixtures.official("DT-0003", "Lò", "Thị", "Mai")
        elsewhere.residence = "TH02"
        try db.save(elsewhere, by: user)
        var notMember = Fixtures.official("DT-0004", "Vàng", "A", "Sử")
        notMember.partyMember = false
        try db.save(notMember, by: user)
        if exemptColumn {
            var exempt = try XCTUnwrap(try db.fetch(Official.self, code: "DT-0002"))
            exempt.exemptFromResidence = true
            try db.save(exempt, by: user)
        }
        return db
    }

    func testGridListsMembersLivingThereExemptApartAndVisitors() throws {
        let db = try residenceDatabase(exemptColumn: true)
        XCTAssertEqual(try db.saveReview(ResidenceReview(year: 2024, locality: "TH01", official: "DT-0001", assessment: .tot), expectedVersion: 0, by: user)?.change,
                       .creation, "a new review is undone by voiding it")
        _ = try db.saveReview(ResidenceReview(year: 2024, locality: "TH01", official: "DT-0003", assessment: .coHanChe, opinions: "Ít về sinh hoạt"),
                              expectedVersion: 0, by: user)
        let grid = try db.residenceGrid(year: 2024, locality: "TH01")
        XCTAssertEqual(grid.members.map(\.code), ["DT-0001"], "party members living there, not the exempt, not non-members")
        XCTAssertEqual(grid.exempt.map(\.code), ["DT-0002"])
        XCTAssertEqual(grid.visitors.map(\.code), ["DT-0003"])
        XCTAssertEqual(grid.members.first?.review?.assessment, .tot)
        let progress = try db.residenceProgress(year: 2024)
        XCTAssertEqual(Set(progress.map(\.locality.code)), ["TH01", "TH02"])
        let th01 = try XCTUnwrap(progress.first { $0.locality.code == "TH01" })
        XCTAssertEqual([th01.members, th01.reviewed, th01.exempt, th01.reviews], [1, 1, 1, 2])
        XCTAssertTrue(th01.isDone, "the exempt member is not missing")
        let th02 = try XCTUnwrap(progress.first { $0.locality.code == "TH02" })
        XCTAssertEqual([th02.members, th02.reviewed, th02.reviews], [1, 1, 0], "one review a year per official, wherever it was held")
        XCTAssertTrue(th02.isDone)
        XCTAssertFalse(try db.residenceProgress(year: 2025).contains { $0.isDone })
    }

    func testNoOneIsExemptUnlessMarked() throws {
        let db = try residenceDatabase(exemptColumn: false)
        let grid = try db.residenceGrid(year: 2024, locality: "TH01")
        XCTAssertEqual(Set(grid.members.map(\.code)), ["DT-0001", "DT-0002"])
        XCTAssertEqual(grid.exempt, [])
        var archived = try XCTUnwrap(try db.fetch(Official.self, code: "DT-0002"))
        archived.archived = true
        try db.save(archived, by: user)
        XCTAssertEqual(try db.residenceGrid(year: 2024, locality: "TH01").members.map(\.code), ["DT-0001"], "archived officials leave the grid")
    }

    func testReviewLinesForTheCommandLine() throws {
        let db = try residenceDatabase(exemptColumn: false)
        _ = try db.saveReview(ResidenceReview(year: 2024, locality: "TH01", official: "DT-0002", assessment: .coHanChe, opinions: "Ít họp"),
                              expectedVersion: 0, by: user)
        _ = try db.saveReview(ResidenceReview(year: 2024, locality: "TH01", official: "DT-0001", assessment: .tot), expectedVersion: 0, by: user)
        _ = try db.saveReview(ResidenceReview(year: 2023, locality: "TH02", official: "DT-0003", assessment: .tot), expectedVersion: 0, by: user)
        let lines = try db.residenceReviewLines(year: 2024)
        XCTAssertEqual(lines.map(\.review.official), ["DT-0001", "DT-0002"], "by given name, Vietnamese order: Dình before Đình")
        XCTAssertEqual(lines.first?.localityName, "Thôn Háng Đề Dê")
        XCTAssertEqual(try db.residenceReviewLines(locality: "TH02").map(\.officialName), ["Lò Thị Mai"])
        XCTAssertEqual(try db.residenceReviewLines(limit: 1).map(\.review.year), [2023])
    }

    func testReviewSaveIsVersionedAndUndoable() throws {
        let db = try residenceDatabase(exemptColumn: false)
        let review = ResidenceReview(year: 2024, locality: "TH01", official: "DT-0001", assessment: .tot)
        XCTAssertEqual(try db.saveReview(review, expectedVersion: 0, by: user)?.change, .creation)
        XCTAssertThrowsError(try db.saveReview(review, expectedVersion: 0, by: user), "another desk wrote it meanwhile") {
            XCTAssertEqual($0 as? GiamSatError, .staleWrite(entity: .residenceReview, code: "2024/DT-0001"))
        }
        var changed = review
        changed.assessment = .coHanChe
        changed.opinions = "Chưa tham gia sinh hoạt"
        let step = try XCTUnwrap(try db.saveReview(changed, expectedVersion: 1, by: user))
        XCTAssertEqual(try db.fetch(ResidenceReview.self, code: "2024/DT-0001")?.assessment, .coHanChe)
        try db.undo(step, by: user)
        XCTAssertEqual(try db.fetch(ResidenceReview.self, code: "2024/DT-0001")?.assessment, .tot)
    }
}
