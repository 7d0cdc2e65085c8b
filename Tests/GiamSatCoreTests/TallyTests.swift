import Foundation
import XCTest
@testable import GiamSatCore

final class TallyTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    func database(_ name: String) throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
        _ = try db.importBundles([(name, try BundleReader.read(data, file: name))], by: "test")
        return db
    }

    func testMuCangChaiSeedFigures() throws {
        let db = try database("mu-cang-chai-2019-2021.json")
        let period = TallyPeriod(from: LocalDate(iso: "2019-01-01")!, to: LocalDate(iso: "2021-06-30")!)
        let tally = try db.tally(period, today: LocalDate(iso: "2021-12-31")!)
        XCTAssertEqual(tally.feedbackReceived, 151)
        XCTAssertEqual(tally.disciplineTotal, 106)
        XCTAssertEqual(tally.headsTotal, 30)
        XCTAssertEqual(tally.headsByMeasure, ["khien-trach": 16, "canh-cao": 8, "cach-chuc": 1, "khai-tru": 5])
        // The fixture is a version-1 bundle: its buộc thôi việc has no track (công chức or viên chức), as the migration leaves it.
        XCTAssertEqual(tally.discipline(.unplaced), DisciplineCounts(total: 1, byMeasure: ["buoc-thoi-viec": 1], headsTotal: 1,
                                                                     headsByMeasure: ["buoc-thoi-viec": 1]))
        XCTAssertEqual(DisciplineLine.all.filter { $0 != .track(.dang) && $0 != .unplaced }.map { tally.discipline($0).total }, [0, 0, 0, 0])
        // The JSON contract shows exactly those numbers.
        let json = TallyJSON.json(tally)
        XCTAssertEqual(json["feedback"]?["received"], .int(151))
        XCTAssertEqual(json["discipline"]?["total"], .int(106))
        XCTAssertEqual(json["discipline"]?["heads"]?["total"], .int(30))
        XCTAssertEqual(json["discipline"]?["heads"]?["byMeasure"], .object([
            ("khien-trach", .int(16)), ("canh-cao", .int(8)), ("cach-chuc", .int(1)), ("khai-tru", .int(5)),
        ]))
        XCTAssertEqual(json["version"], .int(2))
        XCTAssertEqual(json["disciplineByTrack"]?["chua-xac-dinh"]?["total"], .int(1))
        XCTAssertEqual(json["disciplineByTrack"]?["cong-chuc"]?["byMeasure"]?["ha-bac-luong"], .int(0), "every measure of the track, zeros included")
        XCTAssertNil(json["administrativeDiscipline"])
        let back = try TallyJSON.read(Data(json.serialized().utf8), file: "t.json")
        XCTAssertEqual(TallyJSON.json(back), json, "the contract reads back")
        XCTAssertEqual([back.disciplineTotal, back.discipline(.unplaced).total], [106, 1])
        // A version-1 file written before administrativeDiscipline existed: its buộc thôi việc (in discipline) is unplaced.
        let old = #"{"format": "giamsat-tally", "version": 1, "scope": {"communes": ["x"], "from": "2021-01-01", "to": "2021-12-31"}, "#
            + #""plans": {"total": 0, "byForm": {}, "byType": {}}, "supervisedOfficials": {"total": 0, "byCategory": {}}, "#
            + #""feedback": {"received": 0, "anonymous": 0, "byChannel": {}, "byKind": {}, "byContent": {}, "resolved": 0, "pending": 0, "overdue": 0, "byStatus": {}}, "#
            + #""recommendations": {"total": 0, "answered": 0}, "#
            + #""discipline": {"total": 5, "byMeasure": {"khien-trach": 3, "buoc-thoi-viec": 2}, "heads": {"total": 2, "byMeasure": {"khien-trach": 1, "buoc-thoi-viec": 1}}}, "#
            + #""residenceReviews": {"localities": 0, "localitiesTotal": 0, "officials": 0}}"#
        let converted = try TallyJSON.read(Data(old.utf8), file: "old.json")
        XCTAssertEqual([converted.disciplineTotal, converted.headsTotal], [3, 1])
        XCTAssertEqual(converted.disciplineByMeasure, ["khien-trach": 3])
        XCTAssertEqual(converted.discipline(.unplaced), DisciplineCounts(total: 2, byMeasure: ["buoc-thoi-viec": 2], headsTotal: 1,
                                                                         headsByMeasure: ["buoc-thoi-viec": 1]))
        // A version-1 file with buộc thôi việc counted apart in administrativeDiscipline: unplaced too.
        let apart = old.replacingOccurrences(of: #""byMeasure": {"khien-trach": 3, "buoc-thoi-viec": 2}, "heads": {"total": 2, "byMeasure": {"khien-trach": 1, "buoc-thoi-viec": 1}}}"#,
                                             with: #""byMeasure": {"khien-trach": 3}, "heads": {"total": 1, "byMeasure": {"khien-trach": 1}}}, "administrativeDiscipline": {"total": 2, "byMeasure": {"buoc-thoi-viec": 2}}"#)
            .replacingOccurrences(of: #""discipline": {"total": 5"#, with: #""discipline": {"total": 3"#)
        let separate = try TallyJSON.read(Data(apart.utf8), file: "apart.json")
        XCTAssertEqual([separate.disciplineTotal, separate.headsTotal], [3, 1])
        XCTAssertEqual(separate.discipline(.unplaced), DisciplineCounts(total: 2, byMeasure: ["buoc-thoi-viec": 2]))
        // Merging a version-1 file with a version-2 one adds the Party's lines and keeps the unplaced apart.
        var now = back
        now.communes = ["y"]
        now.period = converted.period
        let merged = try TallyJSON.merge([("old.json", converted), ("new.json", now)])
        XCTAssertEqual(merged.disciplineTotal, 3 + 106)
        XCTAssertEqual(merged.discipline(.unplaced).total, 2 + 1)
        XCTAssertEqual(json["scope"]?["communes"], .array([.string("mu-cang-chai")]))
        XCTAssertFalse(json.serialized().contains("reporter"))
    }

    /// A commune built by hand so that every figure is known.
    static func smallCommune() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        let u = "t"
        func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }
        try db.setCommune(Commune(code: "xa-a", name: "Xã A"), by: u)
        for code in ["L1", "L2", "L3"] { try db.save(Locality(code: code, name: "Ấp \(code)", kind: .ap), by: u) }
        try db.save(Official(code: "H1", familyName: "Lê", givenName: "Hùng", category: .nguoiDungDau), by: u)
        try db.save(Official(code: "K1", familyName: "Trần", givenName: "Khánh", category: .canBoChuChot), by: u)
        try db.save(Official(code: "M1", familyName: "Phạm", givenName: "Mai", category: .canBoDangVien), by: u)
        // Plans: by start date, else issue date; cancelled ones do not count.
        try db.save(Plan(code: "KH-1", title: "A", year: 2024, type: .thuongXuyen, form: .doanGiamSat, startOn: d("2024-06-30"),
                         supervised: [.init(official: "H1"), .init(official: "K1")], status: .hoanThanh), by: u)
        try db.save(Plan(code: "KH-2", issuedOn: d("2024-07-01"), title: "B", year: 2024, type: .chuyenDe, form: .hoiNghi,
                         supervised: [.init(official: "H1"), .init(official: "M1")], status: .dangGiamSat), by: u)
        try db.save(Plan(code: "KH-3", title: "C", year: 2024, type: .dotXuat, form: .phanAnh, startOn: d("2024-03-01"),
                         supervised: [.init(official: "M1")], status: .huy), by: u)
        // Feedback: 29/02/2024 (leap day), 30/06 (last day of h1), 01/07 (first day of h2).
        var a = Feedback(code: "PA-1", receivedOn: d("2024-02-29"), channel: .homThu, kind: .toCao, content: .suyThoaiTW4, summary: "a")
        try a.advance(to: .init(status: .xemXet, on: d("2024-03-01")))
        try a.advance(to: .init(status: .coKetQua, on: d("2024-07-15")))
        var b = Feedback(code: "PA-2", receivedOn: d("2024-06-30"), channel: .duongDayNong, kind: .phanAnh, anonymous: false,
                         reporter: .init(name: "Người Gửi"), summary: "b")
        try b.advance(to: .init(status: .luu, on: d("2024-07-02")))
        let c = Feedback(code: "PA-3", receivedOn: d("2024-07-01"), channel: .duongDayNong, kind: .kienNghi, content: .neuGuong, summary: "c")
        for f in [a, b, c] { try db.save(f, by: u) }
        // Outcomes by decision date; heads are the nguoi-dung-dau.
        try db.save(Recommendation(code: "KN-1", to: "X", sentOn: d("2024-05-01"), response: .daTraLoi,
                                   outcome: .init(official: "H1", measure: .canhCao, decidedOn: d("2024-06-10"))), by: u)
        try db.save(Recommendation(code: "KN-2", to: "X", sentOn: d("2024-05-02"),
                                   outcome: .init(official: "M1", measure: .khienTrach, decidedOn: d("2024-08-10"))), by: u)
        try db.save(Recommendation(code: "KN-3", to: "X", sentOn: d("2024-09-02"),
                                   outcome: .init(official: "K1", measure: .nhacNho, decidedOn: d("2024-09-10"))), by: u)
        // One recommendation, two decisions: a công chức's dismissal for H1 (its own line) and a reprimand for K1.
        try db.save(Recommendation(code: "KN-4", to: "X", sentOn: d("2024-10-01"),
                                   outcomes: [.init(official: "H1", track: .congChuc, measure: .buocThoiViec, decisionNumber: "15/QĐ-UBND",
                                                    decidedOn: d("2024-10-20")),
                                              .init(official: "K1", measure: .khienTrach, decidedOn: d("2024-10-21"))]), by: u)
        try db.save(ResidenceReview(year: 2024, locality: "L1", official: "H1", assessment: .tot), by: u)
        try db.save(ResidenceReview(year: 2024, locality: "L1", official: "K1", assessment: .coHanChe), by: u)
        try db.save(ResidenceReview(year: 2023, locality: "L2", official: "M1", assessment: .tot), by: u)
        // A village counts as reviewed by its meeting (issue 21): L1's of 2024; L2 has a 2023 review but no meeting.
        try db.save(ResidenceMeeting(code: "HN-2024-01", year: 2024, locality: "L1", heldOn: d("2024-10-05"), present: 30, invited: 35), by: u)
        return db
    }

    func testEveryFigureOfAYear() throws {
        let db = try Self.smallCommune()
        let t = try db.tally(TallyPeriod(year: 2024, kind: .year), today: LocalDate(iso: "2025-03-01")!)
        XCTAssertEqual(t.communes, ["xa-a"])
        XCTAssertEqual(t.plansTotal, 2)
        XCTAssertEqual(t.plansByForm, ["doan-giam-sat": 1, "hoi-nghi": 1])
        XCTAssertEqual(t.plansByType, ["thuong-xuyen": 1, "chuyen-de": 1])
        XCTAssertEqual(t.supervisedTotal, 3, "H1 counted once though in two plans")
        XCTAssertEqual(t.supervisedByCategory, ["nguoi-dung-dau": 1, "can-bo-chu-chot": 1, "can-bo-dang-vien": 1])
        XCTAssertEqual(t.feedbackReceived, 3)
        XCTAssertEqual(t.feedbackAnonymous, 2)
        XCTAssertEqual(t.feedbackByChannel, ["hom-thu": 1, "duong-day-nong": 2])
        XCTAssertEqual(t.feedbackByKind, ["to-cao": 1, "phan-anh": 1, "kien-nghi": 1])
        XCTAssertEqual(t.feedbackByContent, ["suy-thoai-tw4": 1, "neu-guong": 1])
        XCTAssertEqual(t.feedbackByStatus, ["co-ket-qua": 1, "luu": 1, "tiep-nhan": 1])
        XCTAssertEqual(t.feedbackResolved, 1)
        XCTAssertEqual(t.feedbackPending, 1)
        XCTAssertEqual(t.feedbackOverdue, 1, "PA-3 was due 31/07/2024 and is still open on 31/12")
        XCTAssertEqual(t.recommendationsTotal, 4)
        XCTAssertEqual(t.recommendationsAnswered, 1)
        XCTAssertEqual(t.disciplineTotal, 3, "nhắc nhở is not discipline; buộc thôi việc is on the công chức line")
        XCTAssertEqual(t.disciplineByMeasure, ["canh-cao": 1, "khien-trach": 2])
        XCTAssertEqual(t.headsTotal, 1)
        XCTAssertEqual(t.headsByMeasure, ["canh-cao": 1])
        XCTAssertEqual(t.discipline(.track(.congChuc)), DisciplineCounts(total: 1, byMeasure: ["buoc-thoi-viec": 1], headsTotal: 1,
                                                                         headsByMeasure: ["buoc-thoi-viec": 1]))
        XCTAssertEqual(t.discipline(.unplaced), DisciplineCounts())
        XCTAssertEqual(t.reviewLocalities, 1)
        XCTAssertEqual(t.reviewLocalitiesTotal, 3)
        XCTAssertEqual(t.reviewOfficials, 2)
    }

    func testPeriodBoundariesAndStatusAsOfTheEnd() throws {
        let db = try Self.smallCommune()
        let today = LocalDate(iso: "2025-03-01")!
        let h1 = try db.tally(TallyPeriod(year: 2024, kind: .h1), today: today)
        let h2 = try db.tally(TallyPeriod(year: 2024, kind: .h2), today: today)
        XCTAssertEqual(h1.feedbackReceived, 2, "29/02 and 30/06 are in h1")
        XCTAssertEqual(h2.feedbackReceived, 1, "01/07 is in h2")
        XCTAssertEqual(h1.plansTotal, 1, "a plan starting 30/06 is in h1")
        XCTAssertEqual(h2.plansTotal, 1, "a plan issued 01/07 (no start) is in h2")
        // On 30/06 PA-1 was still under review and PA-2 had just arrived: both pending, none resolved.
        XCTAssertEqual(h1.feedbackByStatus, ["xem-xet": 1, "tiep-nhan": 1])
        XCTAssertEqual(h1.feedbackPending, 2)
        XCTAssertEqual(h1.feedbackResolved, 0)
        XCTAssertEqual(h1.feedbackOverdue, 1, "PA-1 was due 30/03")
        XCTAssertEqual(h1.disciplineTotal, 1)
        XCTAssertEqual(h2.disciplineTotal, 2, "khiển trách in August and October")
        XCTAssertEqual(h2.discipline(.track(.congChuc)).total, 1)
        XCTAssertEqual(h1.discipline(.track(.congChuc)).total, 0)
        XCTAssertEqual(try db.tally(TallyPeriod(year: 2024, kind: .q1), today: today).feedbackReceived, 1, "29/02/2024 in q1")
        XCTAssertEqual(try db.tally(TallyPeriod(year: 2024, kind: .nineMonths), today: today).feedbackReceived, 3)
        // A period still running is judged as of today.
        let running = try db.tally(TallyPeriod(year: 2024, kind: .year), today: LocalDate(iso: "2024-07-01")!)
        XCTAssertEqual(running.feedbackByStatus, ["xem-xet": 1, "tiep-nhan": 2])
        XCTAssertEqual(TallyPeriod(year: 2024, kind: .q1).to.iso, "2024-03-31")
        XCTAssertEqual(TallyPeriod(year: 2023, kind: .h1).to.iso, "2023-06-30")
        XCTAssertEqual(TallyPeriod(year: 2024, kind: .h2).from.iso, "2024-07-01")
    }

    func testJSONRoundTripAndMerge() throws {
        let db = try Self.smallCommune()
        let year = TallyPeriod(year: 2024, kind: .year)
        let a = try db.tally(year, today: LocalDate(iso: "2025-01-01")!)
        let read = try TallyJSON.read(Data(TallyJSON.json(a).serialized().utf8), file: "a.json")
        XCTAssertEqual(read.feedbackReceived, a.feedbackReceived)
        XCTAssertEqual(TallyJSON.json(read), TallyJSON.json(a))
        var b = a
        b.communes = ["xa-b"]
        let sum = try TallyJSON.merge([("a.json", a), ("b.json", b)])
        XCTAssertEqual(sum.communes, ["xa-a", "xa-b"])
        XCTAssertEqual(sum.feedbackReceived, 6)
        XCTAssertEqual(sum.headsByMeasure, ["canh-cao": 2])
        XCTAssertEqual(sum.reviewLocalitiesTotal, 6)
        var other = b
        other.communes = ["xa-c"]
        other.period = TallyPeriod(year: 2024, kind: .h1)
        XCTAssertThrowsError(try TallyJSON.merge([("a.json", a), ("c.json", other)])) {
            guard case GiamSatError.periodMismatch(let file, _, _) = $0 else { return XCTFail("\($0)") }
            XCTAssertEqual(file, "c.json")
        }
        XCTAssertThrowsError(try TallyJSON.merge([("a.json", a), ("a2.json", a)])) {
            XCTAssertEqual($0 as? GiamSatError, .communeTwice(file: "a2.json", commune: "xa-a", other: "a.json"))
        }
        let bundle = Data("{\"format\": \"giamsat-bundle\", \"version\": 1}".utf8)
        XCTAssertThrowsError(try TallyJSON.read(bundle, file: "x.json")) { XCTAssertEqual($0 as? GiamSatError, .notATally(file: "x.json")) }
        var broken = TallyJSON.json(a).serialized()
        broken = broken.replacingOccurrences(of: "\"received\": 3", with: "\"received\": \"ba\"")
        XCTAssertThrowsError(try TallyJSON.read(Data(broken.utf8), file: "y.json")) {
            XCTAssertEqual($0 as? GiamSatError, .badTallyField(file: "y.json", field: "feedback.received"))
        }
    }

    func testCSVAndMarkdown() throws {
        let db = try Self.smallCommune()
        let tallies = try db.tallies([TallyPeriod(year: 2023, kind: .year), TallyPeriod(year: 2024, kind: .year)],
                                     today: LocalDate(iso: "2025-01-01")!)
        let csv = TallyReport.csv(tallies, lang: .vi)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}Mục,Chỉ tiêu,năm 2023,năm 2024\r\n"))
        let rows = try CSV.parse(Data(csv.utf8), file: "t.csv")
        XCTAssertEqual(rows.count, tallies[0].figures().count + 2, "a heading row, then the period of each column")
        XCTAssertEqual(rows[1].cells, ["Kỳ báo cáo", "", "01/01/2023 – 31/12/2023 (theo năm dương lịch)",
                                       "01/01/2024 – 31/12/2024 (theo năm dương lịch)"])
        XCTAssertTrue(rows.allSatisfy { $0.cells.count == 4 })
        XCTAssertTrue(rows.contains { $0.cells == ["Tiếp nhận phản ánh, đơn thư", "Theo kênh: Đường dây nóng", "0", "2"] })
        let md = TallyReport.markdown(tallies, communeName: "Xã A", lang: .en)
        XCTAssertTrue(md.hasPrefix("# Supervision figures under Quy định 124-QĐ/TW\n\n**Xã A** — year 2023 – year 2024"))
        XCTAssertTrue(md.contains("| **Feedback received** | 0 | 3 |"))
        XCTAssertTrue(md.contains("|---|---:|---:|"))
    }
}
