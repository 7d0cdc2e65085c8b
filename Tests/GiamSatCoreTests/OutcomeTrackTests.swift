import Foundation
import GRDB
import XCTest
@testable import GiamSatCore

/// Outcomes by track (issue 21, docs/formats.md "Version 2"): the measures of each track, kept by every save; the
/// migration and version-1 bundles placing what came before tracks; the tally's lines; bundle version 2.
final class OutcomeTrackTests: XCTestCase {
    let user = Fixtures.user
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    func read(_ name: String) throws -> CaseBundle {
        try BundleReader.read(try Data(contentsOf: Self.fixtures.appendingPathComponent(name)), file: name)
    }

    func imported(_ names: String...) throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        _ = try db.importBundles(try names.map { ($0, try read($0)) }, by: user)
        return db
    }

    /// Every recommendation's outcomes, by code.
    func outcomes(_ db: AppDatabase) throws -> [[Recommendation.Outcome]] {
        try db.read { db in
            try String.fetchAll(db, sql: "SELECT code FROM recommendation ORDER BY code").map { try Recommendation.fetch(db, code: $0)!.outcomes }
        }
    }

    func export(_ db: AppDatabase) throws -> String { BundleWriter.json(try db.exportBundle(), includeIdentities: false).serialized() }

    // MARK: Measures per track

    func testEachTrackHasTheMeasuresOfItsLaw() {
        XCTAssertEqual(OutcomeTrack.dang.disciplineMeasures, [.khienTrach, .canhCao, .cachChuc, .khaiTru])
        XCTAssertEqual(OutcomeTrack.canBo.disciplineMeasures, [.khienTrach, .canhCao, .cachChuc, .baiNhiem])
        XCTAssertEqual(OutcomeTrack.congChuc.disciplineMeasures, [.khienTrach, .canhCao, .haBacLuong, .giangChuc, .cachChuc, .buocThoiViec])
        XCTAssertEqual(OutcomeTrack.vienChuc.disciplineMeasures, [.khienTrach, .canhCao, .cachChuc, .buocThoiViec])
        XCTAssertEqual(OutcomeTrack.doanThe.disciplineMeasures, [.khienTrach, .canhCao, .cachChuc, .khaiTruToChuc])
        for track in OutcomeTrack.allCases {
            for result in [OutcomeMeasure.khongViPham, .nhacNho, .kiemDiem, .khac] {
                XCTAssertTrue(track.allows(result), "\(result) is not discipline: valid on \(track)")
            }
        }
        // Placing an outcome from before tracks: the Party's when it has the measure, else the only track that has it.
        XCTAssertEqual(OutcomeTrack.placing(.khienTrach), .dang)
        XCTAssertEqual(OutcomeTrack.placing(.khac), .dang)
        XCTAssertNil(OutcomeTrack.placing(.buocThoiViec), "công chức or viên chức: the official's record does not say")
        XCTAssertEqual(OutcomeTrack.placing(.baiNhiem), .canBo)
        XCTAssertEqual(OutcomeTrack.placing(.haBacLuong), .congChuc)
        XCTAssertEqual(OutcomeTrack.placing(.khaiTruToChuc), .doanThe)
    }

    /// Tester's bug: decisions dated 15/12/2027 (future) and 01/01/2020 (before the sending on 09/11/2026) were kept and
    /// moved discipline across years. Refused by the store (form, import) and by the bundle reader, naming the field.
    func testADecisionIsNotAfterTodayNorBeforeTheSending() throws {
        let db = try Fixtures.database()
        let today = LocalDate.today()
        func recommendation(decided: LocalDate) -> Recommendation {
            Recommendation(code: "KN-2026-0001", to: "UBND xã", sentOn: Fixtures.date("2026-11-09"),
                           outcome: .init(official: "DT-0001", track: .dang, measure: .khienTrach, decisionNumber: "12-QĐ/UBKT",
                                          decidedOn: decided, decidedBy: "UBKT Đảng ủy"))
        }
        for (decided, problem) in [(Fixtures.date("2027-12-15"), RecordProblem.dateAfterToday(today)),
                                   (Fixtures.date("2020-01-01"), .decisionBeforeSent(Fixtures.date("2026-11-09")))] {
            XCTAssertThrowsError(try db.saveNew(recommendation(decided: decided), by: user), decided.iso) { error in
                XCTAssertEqual((error as? GiamSatCore.RecordError)?.field, "outcomes[0].decidedOn")
                XCTAssertEqual((error as? GiamSatCore.RecordError)?.problem, problem)
            }
            var bundle = CaseBundle()
            bundle.recommendations = [recommendation(decided: decided)]
            let json = BundleWriter.json(bundle, includeIdentities: false).serialized()
            XCTAssertThrowsError(try BundleReader.read(Data(json.utf8), file: "wrong.json"), "the reader refuses it") { error in
                XCTAssertTrue("\(error)".contains("decidedOn"), "\(error)")
            }
        }
        XCTAssertEqual(Recommendation.decidedOnProblem(Fixtures.date("2026-11-09"), sentOn: Fixtures.date("2026-11-09"), today: today), nil,
                       "the day of the sending is allowed")
        XCTAssertNoThrow(try db.saveNew(recommendation(decided: Fixtures.date("2026-11-20")), by: user))
    }

    func testTheStoreRefusesAMeasureItsTrackDoesNotHave() throws {
        let db = try Fixtures.database() // DT-0001, DT-0002: party members
        var notMember = Fixtures.official("DT-0003", "Sùng", "Thị", "Mai")
        notMember.partyMember = false
        try db.save(notMember, by: user)
        func outcome(_ track: OutcomeTrack, _ measure: OutcomeMeasure, _ official: String = "DT-0001") -> Recommendation {
            Recommendation(code: "KN-2024-0001", to: "UBND xã", sentOn: Fixtures.date("2024-01-02"),
                           outcome: .init(official: official, track: track, measure: measure, decisionNumber: "12-QĐ/UBKT",
                                          decidedOn: Fixtures.date("2024-02-01"), decidedBy: "UBKT Đảng ủy"))
        }
        let refused: [(OutcomeTrack, OutcomeMeasure)] = [(.dang, .haBacLuong), (.dang, .buocThoiViec), (.dang, .baiNhiem),
                                                         (.canBo, .buocThoiViec), (.canBo, .khaiTru), (.congChuc, .baiNhiem),
                                                         (.congChuc, .khaiTru), (.vienChuc, .giangChuc), (.vienChuc, .haBacLuong),
                                                         (.doanThe, .khaiTru), (.doanThe, .buocThoiViec), (.dang, .khaiTruToChuc)]
        for (track, measure) in refused {
            XCTAssertThrowsError(try db.saveNew(outcome(track, measure), by: user), "\(measure) on \(track)") { error in
                guard let error = error as? GiamSatCore.RecordError else { return XCTFail("\(error)") }
                XCTAssertEqual(error.field, "outcomes[0].measure")
                XCTAssertEqual(error.problem, .measureNotOnTrack(measure: measure.slug, track: track.slug))
            }
        }
        XCTAssertThrowsError(try db.saveNew(outcome(.dang, .haBacLuong), by: user)) { error in
            let e = error as! GiamSatCore.RecordError
            XCTAssertTrue(e.message(.vi).contains("“Hạ bậc lương” không phải hình thức xử lý của diện Đảng; diện này có: khiển trách, cảnh cáo, cách chức, khai trừ khỏi Đảng"),
                          e.message(.vi))
            XCTAssertTrue(e.message(.en).contains("is not a measure of the Party track"), e.message(.en))
        }
        XCTAssertNil(try db.fetch(Recommendation.self, code: "KN-2024-0001"), "nothing written")
        // Every measure of every track is saved, for a party member (khai trừ is the Party's and only for members).
        for track in OutcomeTrack.allCases {
            for measure in track.measures {
                var r = outcome(track, measure)
                r.code = try db.nextCode(.recommendation, year: 2024)
                XCTAssertNoThrow(try db.saveNew(r, by: user), "\(measure) on \(track)")
            }
        }
        // Khai trừ for an official who is not a party member: refused, as before tracks.
        XCTAssertThrowsError(try db.saveNew(outcome(.dang, .khaiTru, "DT-0003"), by: user)) {
            XCTAssertEqual(($0 as? GiamSatCore.RecordError)?.problem, .partyMeasureForNonMember(measure: "khai-tru", official: "DT-0003"))
        }
        // Expulsion from a mass organisation is not the Party's: fine for anyone.
        var organisation = outcome(.doanThe, .khaiTruToChuc, "DT-0003")
        organisation.code = try db.nextCode(.recommendation, year: 2024)
        XCTAssertNoThrow(try db.saveNew(organisation, by: user))
    }

    func testAFileWithAMeasureNotOfItsTrackIsRefusedNamingTheField() throws {
        var text = String(decoding: try Data(contentsOf: Self.fixtures.appendingPathComponent("outcomes-v2-tracks.json")), as: UTF8.self)
        text = text.replacingOccurrences(of: #""track": "dang", "measure": "khien-trach""#, with: #""track": "dang", "measure": "giang-chuc""#)
        let db = try AppDatabase.inMemory()
        // Refused as the file is read, naming the file, the record and the field.
        XCTAssertThrowsError(try BundleReader.read(Data(text.utf8), file: "x.json")) { error in
            let message = (error as? GiamSatError)?.message(.vi) ?? "\(error)"
            XCTAssertTrue(message.contains("x.json") && message.contains("KN-2024-0001") && message.contains("outcomes[0].measure")
                          && message.contains("“Giáng chức” không phải hình thức xử lý của diện Đảng"), message)
        }
        XCTAssertEqual(try outcomes(db).count, 0)
        let unknown = text.replacingOccurrences(of: #""track": "can-bo""#, with: #""track": "chinh-quyen""#)
        XCTAssertThrowsError(try BundleReader.read(Data(unknown.utf8), file: "y.json")) { error in
            XCTAssertTrue("\(error)".contains("chinh-quyen"), "\(error)")
        }
    }

    // MARK: What came before tracks

    /// The version-1 fixture's outcomes, as the migration and the reader place them.
    let placedV1: [String: [Recommendation.Outcome]] = [
        "KN-2021-0001": [.init(official: "DT-0001", track: .dang, measure: .khienTrach, decidedOn: LocalDate(iso: "2021-05-20"),
                               decidedBy: "Ủy ban Kiểm tra Huyện ủy")],
        "KN-2021-0002": [.init(official: "DT-0002", track: .dang, measure: .khaiTru, decidedOn: LocalDate(iso: "2021-06-01"),
                               decidedBy: "Ban Thường vụ Huyện ủy"),
                         .init(official: "DT-0003", track: nil, measure: .buocThoiViec, decidedOn: LocalDate(iso: "2021-06-15"),
                               decidedBy: "UBND huyện"),
                         .init(official: "DT-0003", track: .dang, measure: .nhacNho, decidedOn: LocalDate(iso: "2021-06-16"),
                               decidedBy: "UBND xã")],
    ]

    func testAVersion1BundleImportsWithItsOutcomesPlacedAndTheUnplacedListed() throws {
        let db = try imported("outcomes-v1.json")
        for (code, outcomes) in placedV1 { XCTAssertEqual(try db.fetch(Recommendation.self, code: code)?.outcomes, outcomes, code) }
        XCTAssertEqual(try db.check(), [], "an unplaced outcome is not an error")
        let toConfirm = try db.outcomesToConfirm()
        XCTAssertEqual(toConfirm, [UnplacedOutcome(recommendation: "KN-2021-0002", row: 1, official: "DT-0003", measure: .buocThoiViec)])
        XCTAssertEqual(toConfirm[0].message(.vi),
                       "KN-2021-0002, kết quả 2 (DT-0003, Buộc thôi việc): chưa xác định diện xử lý (Chính quyền – công chức hay "
                       + "Chính quyền – viên chức); mở kiến nghị, sửa dòng kết quả và chọn diện để xác nhận")
        XCTAssertTrue(toConfirm[0].message(.en).hasPrefix("KN-2021-0002, outcome 2 (DT-0003, Dismissal): the track is not set"))
        // The user confirms it by picking the track (the form's row does this): nothing is left to confirm.
        var record = try XCTUnwrap(try db.fetch(Recommendation.self, code: "KN-2021-0002"))
        record.outcomes[1].track = .congChuc
        record.outcomes[1].decisionNumber = "215/QĐ-UBND"
        XCTAssertNotNil(try db.saveEdit(record, expectedVersion: record.version, by: user))
        XCTAssertEqual(try db.outcomesToConfirm(), [])
        let audit = try db.auditTrail(.recommendation, code: "KN-2021-0002").map(\.new).joined()
        XCTAssertTrue(audit.contains("DT-0003 cong-chuc buoc-thoi-viec 215/QĐ-UBND"), audit)
    }

    func testADatabaseFromBeforeTracksIsMigratedAsTheVersion1FileIsRead() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v6-void")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO commune(id, code, name, district, province) VALUES (1, 'lao-chai', 'Xã Lao Chải', '', '');
                INSERT INTO official(code, family_name, middle_name, given_name, position, unit, category, party_member, party_cell, status, sort_key)
                  VALUES ('DT-0001', 'Giàng', 'A', 'Dình', '', '', 'nguoi-dung-dau', 1, '', 'dang-cong-tac', 'a'),
                         ('DT-0002', 'Lò', 'Văn', 'Páo', '', '', 'can-bo-dang-vien', 1, '', 'dang-cong-tac', 'b'),
                         ('DT-0003', 'Sùng', 'Thị', 'Mai', '', '', 'can-bo-chu-chot', 0, '', 'dang-cong-tac', 'c');
                INSERT INTO recommendation(code, to_body, sent_on, content, response)
                  VALUES ('KN-2021-0001', 'Ủy ban Kiểm tra Huyện ủy', '2021-03-10', '', 'da-tra-loi'),
                         ('KN-2021-0002', 'Ban Thường vụ Huyện ủy', '2021-04-02', '', 'da-khac-phuc');
                INSERT INTO recommendation_outcome(recommendation, position, official, measure, decided_on, decided_by)
                  VALUES ('KN-2021-0001', 0, 'DT-0001', 'khien-trach', '2021-05-20', 'Ủy ban Kiểm tra Huyện ủy'),
                         ('KN-2021-0002', 0, 'DT-0002', 'khai-tru', '2021-06-01', 'Ban Thường vụ Huyện ủy'),
                         ('KN-2021-0002', 1, 'DT-0003', 'buoc-thoi-viec', '2021-06-15', 'UBND huyện'),
                         ('KN-2021-0002', 2, 'DT-0003', 'nhac-nho', '2021-06-16', 'UBND xã');
                """)
        }
        XCTAssertThrowsError(try queue.read { try $0.execute(sql: "SELECT track FROM recommendation_outcome") }, "no track before v7")
        let db = try AppDatabase(queue, path: nil)
        XCTAssertTrue(try db.read { try Schema.migrator.appliedIdentifiers($0).contains("v7-outcome-tracks") })
        for (code, outcomes) in placedV1 { XCTAssertEqual(try db.fetch(Recommendation.self, code: code)?.outcomes, outcomes, code) }
        XCTAssertEqual(try db.outcomesToConfirm().map(\.recommendation), ["KN-2021-0002"])
        // The Party's figures are what they were: khiển trách and khai trừ; buộc thôi việc waits on its own line.
        let tally = try db.tally(TallyPeriod(year: 2021, kind: .year), today: Fixtures.date("2022-01-01"))
        XCTAssertEqual(tally.disciplineByMeasure, ["khien-trach": 1, "khai-tru": 1])
        XCTAssertEqual(tally.headsTotal, 1)
        XCTAssertEqual(tally.discipline(.unplaced), DisciplineCounts(total: 1, byMeasure: ["buoc-thoi-viec": 1]))
        // The migrated database and the imported version-1 file export the same outcomes.
        let fromFile = try imported("outcomes-v1.json")
        XCTAssertEqual(try outcomes(db), try outcomes(fromFile))
    }

    // MARK: Tally

    func testATallyPutsEachOutcomeInTheLineOfItsTrack() throws {
        let db = try imported("outcomes-v2-tracks.json")
        let year = TallyPeriod(year: 2024, kind: .year)
        let t = try db.tally(year, today: Fixtures.date("2025-01-01"))
        XCTAssertEqual(t.discipline(.track(.dang)), DisciplineCounts(total: 1, byMeasure: ["khien-trach": 1], headsTotal: 1,
                                                                     headsByMeasure: ["khien-trach": 1]), "nhắc nhở is not discipline")
        XCTAssertEqual(t.discipline(.track(.canBo)), DisciplineCounts(total: 1, byMeasure: ["canh-cao": 1], headsTotal: 1,
                                                                      headsByMeasure: ["canh-cao": 1]))
        XCTAssertEqual(t.discipline(.track(.congChuc)), DisciplineCounts(total: 2, byMeasure: ["ha-bac-luong": 1, "giang-chuc": 1]))
        XCTAssertEqual(t.discipline(.track(.vienChuc)), DisciplineCounts(total: 1, byMeasure: ["buoc-thoi-viec": 1]))
        XCTAssertEqual(t.discipline(.track(.doanThe)), DisciplineCounts(total: 1, byMeasure: ["khai-tru-to-chuc": 1]))
        XCTAssertEqual(t.discipline(.unplaced), DisciplineCounts(total: 1, byMeasure: ["buoc-thoi-viec": 1], headsTotal: 1,
                                                                 headsByMeasure: ["buoc-thoi-viec": 1]))
        XCTAssertEqual(t.disciplineTotal, 1, "the Party's line is the seeds' “party members disciplined”")
        // The report's rows: each line in its section, with every measure of its track.
        let rows = t.figures()
        func value(_ drill: TallyDrill) -> Int? { rows.first { $0.drill == drill }?.value }
        XCTAssertEqual(value(.discipline(.track(.congChuc), measure: .haBacLuong, headsOnly: false)), 1)
        XCTAssertEqual(value(.discipline(.track(.vienChuc), measure: .buocThoiViec, headsOnly: false)), 1)
        XCTAssertEqual(value(.discipline(.track(.congChuc), measure: .buocThoiViec, headsOnly: false)), 0)
        XCTAssertNil(value(.discipline(.track(.dang), measure: .buocThoiViec, headsOnly: false)), "not a Party measure: no line")
        XCTAssertEqual(Set(rows.filter { if case .discipline(.track(.canBo), _, _)? = $0.drill { return true } else { return false } }.map(\.section)),
                       [.administrativeDiscipline])
        XCTAssertEqual(rows.first { $0.drill == .discipline(.track(.doanThe), measure: nil, headsOnly: false) }?.section, .organisationDiscipline)
        XCTAssertEqual(rows.first { $0.drill == .discipline(.track(.congChuc), measure: nil, headsOnly: false) }?.item.vi, "Số công chức bị kỷ luật")
        // The drill-down lists the records each figure counts.
        let drilled = try db.records(for: .discipline(.track(.congChuc), measure: nil, headsOnly: false), in: year)
        XCTAssertEqual(drilled.map(\.measure), [.haBacLuong, .giangChuc])
        XCTAssertEqual(try db.records(for: .discipline(.unplaced, measure: nil, headsOnly: true), in: year).map(\.text), ["Đặng Văn Sáu"])
        // The JSON contract carries each line, reads back, and merges.
        let json = TallyJSON.json(t)
        XCTAssertEqual(json["disciplineByTrack"]?["cong-chuc"]?["byMeasure"]?["giang-chuc"], .int(1))
        XCTAssertEqual(json["disciplineByTrack"]?["can-bo"]?["heads"]?["total"], .int(1))
        XCTAssertNil(json["disciplineByTrack"]?["dang"], "the Party's line is `discipline`, as in version 1")
        let back = try TallyJSON.read(Data(json.serialized().utf8), file: "t.json")
        XCTAssertEqual(TallyJSON.json(back), json)
        var other = back
        other.communes = ["xa-khac"]
        XCTAssertEqual(try TallyJSON.merge([("a.json", back), ("b.json", other)]).discipline(.track(.congChuc)).total, 4)
        let bad = json.serialized().replacingOccurrences(of: #""doan-the""#, with: #""hoi-doan""#)
        XCTAssertThrowsError(try TallyJSON.read(Data(bad.utf8), file: "bad.json")) {
            XCTAssertEqual($0 as? GiamSatError, .badTallyField(file: "bad.json", field: "disciplineByTrack.hoi-doan"))
        }
    }

    // MARK: Bundle version 2

    func testVersion2RoundTripIsLosslessAndVersion1StillImports() throws {
        let first = try imported("outcomes-v2-tracks.json")
        let exported = try export(first)
        // The keys of one outcome, in their documented order, whatever the layout.
        func compact(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "") }
        XCTAssertTrue(compact(exported).contains(#""version":2"#))
        XCTAssertTrue(compact(exported).contains(#""track":"vien-chuc","measure":"buoc-thoi-viec","decisionNumber":"08/QĐ-TYT""#), exported)
        XCTAssertTrue(compact(exported).contains(#""track":"chua-xac-dinh","measure":"buoc-thoi-viec""#), "the unplaced stays unplaced")
        let second = try AppDatabase.inMemory()
        _ = try second.importBundles([("e.json", try BundleReader.read(Data(exported.utf8), file: "e.json"))], by: user)
        XCTAssertEqual(try export(second), exported, "export → import → export gives the same bytes")
        XCTAssertEqual(try outcomes(second), try outcomes(first))
        XCTAssertEqual(try second.importBundles([("e.json", try BundleReader.read(Data(exported.utf8), file: "e.json"))], by: user).total.updated,
                       0, "importing it again changes nothing")
        // A version-1 file exported again is a version-2 file with the tracks it was given.
        let old = try imported("outcomes-v1.json")
        let again = try export(old)
        XCTAssertTrue(compact(again).contains(#""official":"DT-0001","track":"dang","measure":"khien-trach""#), again)
        let third = try AppDatabase.inMemory()
        _ = try third.importBundles([("v.json", try BundleReader.read(Data(again.utf8), file: "v.json"))], by: user)
        XCTAssertEqual(try third.outcomesToConfirm(), try old.outcomesToConfirm())
    }
}
