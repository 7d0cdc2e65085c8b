import Foundation
import XCTest
@testable import GiamSatCore

/// Tallies across a merger (issue 12): the former units in the scope, the split by former commune, the JSON's
/// optional fields, and the roll-up to the province that refuses to count a commune twice.
final class FormerUnitTallyTests: XCTestCase {
    func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }
    let year = TallyPeriod(year: 2024, kind: .year)
    let today = LocalDate(iso: "2025-03-01")!

    /// "Xã Mới" carries two former communes: records of its own, of Xã A cũ and of Xã B cũ, one or more of every kind,
    /// with no official or locality shared between them (so distinct counts add up too).
    func mergedCommune() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        let u = "t"
        try db.setCommune(Commune(code: "xa-moi", name: "Xã Mới"), by: u)
        var origins: [(Entity, String, String)] = [] // entity, code, former unit
        func from(_ unit: String?, _ entity: Entity, _ code: String) { if let unit { origins.append((entity, code, unit)) } }
        let groups: [(unit: String?, suffix: String, category: OfficialCategory)] = [
            (nil, "O", .nguoiDungDau), ("xa-a", "A", .canBoChuChot), ("xa-b", "B", .nguoiDungDau),
        ]
        for (index, group) in groups.enumerated() {
            let s = group.suffix, unit = group.unit
            try db.save(Locality(code: "L\(s)", name: "Ấp \(s)", kind: .ap), by: u); from(unit, .locality, "L\(s)")
            try db.save(Official(code: "DT-\(s)", familyName: "Lê", givenName: s, category: group.category, partyMember: true), by: u)
            from(unit, .official, "DT-\(s)")
            try db.save(Plan(code: "KH-\(s)", title: s, year: 2024, type: .chuyenDe, form: index == 0 ? .doanGiamSat : .hoiNghi,
                             startOn: d("2024-0\(index + 3)-01"), supervised: [.init(official: "DT-\(s)")], status: .hoanThanh), by: u)
            from(unit, .plan, "KH-\(s)")
            for n in 0...index {
                let code = "PA-\(s)\(n)"
                var f = Feedback(code: code, receivedOn: d("2024-0\(n + 2)-1\(index)"), channel: n == 0 ? .homThu : .duongDayNong,
                                 kind: .toCao, officials: ["DT-\(s)"], locality: "L\(s)", content: .suyThoaiTW4, summary: code)
                if n == 1 {
                    try f.advance(to: .init(status: .xemXet, on: d("2024-04-01")))
                    try f.advance(to: .init(status: .coKetQua, on: d("2024-05-01")))
                }
                try db.save(f, by: u); from(unit, .feedback, code)
            }
            try db.save(Recommendation(code: "KN-\(s)", to: "X", sentOn: d("2024-06-0\(index + 1)"), response: index == 1 ? .daTraLoi : .choTraLoi,
                                       outcomes: [.init(official: "DT-\(s)", measure: index == 2 ? .cachChuc : .khienTrach,
                                                        decidedOn: d("2024-07-0\(index + 1)"))]), by: u)
            from(unit, .recommendation, "KN-\(s)")
            try db.save(ResidenceReview(year: 2024, locality: "L\(s)", official: "DT-\(s)", assessment: .tot), by: u)
            from(unit, .residenceReview, "2024/DT-\(s)")
            try db.save(ResidenceMeeting(code: "HN-2024-\(s)", year: 2024, locality: "L\(s)", heldOn: d("2024-10-1\(index)")), by: u)
            from(unit, .residenceMeeting, "HN-2024-\(s)")
        }
        // A locality of Xã B cũ with no review, so the localities' total differs from those reviewed.
        try db.save(Locality(code: "LB2", name: "Ấp B2", kind: .ap), by: u); from("xa-b", .locality, "LB2")
        try db.write { db in
            try AppDatabase.saveFormerUnit(FormerUnit(code: "xa-b", name: "Xã B cũ", mergedOn: d("2025-07-01")), by: u, at: "now", in: db)
            try AppDatabase.saveFormerUnit(FormerUnit(code: "xa-a", name: "Xã A cũ", mergedOn: d("2025-07-01")), by: u, at: "now", in: db)
            for (entity, code, unit) in origins {
                try AppDatabase.addOrigin(RecordOrigin(formerUnit: unit, formerCode: code), entity: entity, code: code, db)
            }
        }
        return db
    }

    func testTheScopeNamesEveryFormerUnit() throws {
        let db = try mergedCommune()
        let tally = try db.tally(year, today: today)
        XCTAssertEqual(tally.communes, ["xa-moi"])
        XCTAssertEqual(tally.formerUnits, ["xa-a", "xa-b"])
        XCTAssertEqual(tally.feedbackReceived, 6)
        XCTAssertEqual(try TallyTests.smallCommune().tally(year, today: today).formerUnits, [], "a commune with no former units")
    }

    func testTheSplitByFormerUnitAddsUpToTheTotalFigureByFigure() throws {
        let db = try mergedCommune()
        let split = try db.tallyByFormerUnit(year, today: today)
        XCTAssertEqual(split.units.map(\.unit.name), ["Xã A cũ", "Xã B cũ"], "in the order of their names")
        XCTAssertEqual(split.units.map(\.tally.communes), [["xa-a"], ["xa-b"]])
        XCTAssertEqual(split.units.map(\.tally.mergedInto), ["xa-moi", "xa-moi"])
        XCTAssertEqual(split.own.communes, ["xa-moi"])
        XCTAssertEqual(split.own.formerUnits, [])
        XCTAssertEqual(split.total, try db.tally(year, today: today), "the total is the plain tally")
        let parts = [split.own] + split.units.map(\.tally)
        let values = parts.map { $0.figures().map(\.value) }
        let sums = values.dropFirst().reduce(values[0]) { zip($0, $1).map(+) }
        let total = split.total.figures()
        XCTAssertEqual(sums, total.map(\.value), "every figure of the parts adds up to the total's")
        for (index, figure) in total.enumerated() where sums[index] != figure.value { XCTFail("\(figure.itemText(.en))") }
        // Each part counts its own records, of every kind.
        let own = split.own, a = split.units[0].tally, b = split.units[1].tally
        XCTAssertEqual([own.plansTotal, a.plansTotal, b.plansTotal], [1, 1, 1])
        XCTAssertEqual([own.supervisedTotal, a.supervisedTotal, b.supervisedTotal], [1, 1, 1])
        XCTAssertEqual([own.feedbackReceived, a.feedbackReceived, b.feedbackReceived], [1, 2, 3])
        XCTAssertEqual([own.feedbackResolved, a.feedbackResolved, b.feedbackResolved], [0, 1, 1])
        XCTAssertEqual([own.recommendationsAnswered, a.recommendationsAnswered, b.recommendationsAnswered], [0, 1, 0])
        XCTAssertEqual([own.disciplineTotal, a.disciplineTotal, b.disciplineTotal], [1, 1, 1], "outcomes by their recommendation")
        XCTAssertEqual([own.headsTotal, a.headsTotal, b.headsTotal], [1, 0, 1])
        XCTAssertEqual([own.reviewLocalities, a.reviewLocalities, b.reviewLocalities], [1, 1, 1])
        XCTAssertEqual([own.reviewLocalitiesTotal, a.reviewLocalitiesTotal, b.reviewLocalitiesTotal], [1, 1, 2])
        XCTAssertEqual(split.total.reviewLocalitiesTotal, 4)
        // The parts added together are the total again, former units aside.
        var added = parts.dropFirst().reduce(parts[0], +)
        added.communes = split.total.communes
        added.mergedInto = nil
        added.formerUnits = split.total.formerUnits
        XCTAssertEqual(added, split.total)
    }

    func testTallyMergeOfTheSplitsArrayFileGivesTheTotal() throws {
        let db = try mergedCommune()
        let split = try db.tallyByFormerUnit(year, today: today)
        let parts = split.units.map(\.tally) + [split.own]
        let file = "[" + parts.map { TallyJSON.json($0).serialized() }.joined(separator: ",") + "]"
        let read = try TallyJSON.readAll(Data(file.utf8), file: "theo-xa-cu.json")
        XCTAssertEqual(read.map(\.file), ["theo-xa-cu.json [1]", "theo-xa-cu.json [2]", "theo-xa-cu.json [3]"])
        XCTAssertEqual(try TallyJSON.merge(read).figures(), split.total.figures(), "what the guide promises")
        let one = TallyJSON.json(split.total).serialized()
        XCTAssertEqual(try TallyJSON.readAll(Data(one.utf8), file: "moi.json").map(\.file), ["moi.json"], "a file of one tally as before")
        XCTAssertThrowsError(try TallyJSON.merge(read + [("xa-a.json", split.units[0].tally)]), "a former commune's own tally with it: refused")
    }

    func testTheJSONNamesFormerUnitsOnlyWhenThereAreAndOldFilesStillRead() throws {
        let db = try mergedCommune()
        let tally = try db.tally(year, today: today)
        let json = TallyJSON.json(tally)
        XCTAssertEqual(json["version"], .int(2), "optional keys: the version is the tracks' (docs/formats.md)")
        XCTAssertEqual(json["scope"]?["formerUnits"], .array([.string("xa-a"), .string("xa-b")]))
        XCTAssertNil(json["scope"]?["mergedInto"])
        let back = try TallyJSON.read(Data(json.serialized().utf8), file: "moi.json")
        XCTAssertEqual(back.formerUnits, ["xa-a", "xa-b"])
        XCTAssertEqual(TallyJSON.json(back), json, "round trip with former units")
        // A part of the split says which commune it was merged into.
        let part = try db.tallyByFormerUnit(year, today: today).units[0].tally
        XCTAssertEqual(TallyJSON.json(part)["scope"]?["mergedInto"], .string("xa-moi"))
        XCTAssertEqual(try TallyJSON.read(Data(TallyJSON.json(part).serialized().utf8), file: "a.json").mergedInto, "xa-moi")
        // Without former units the scope is written exactly as before them…
        let plain = try TallyTests.smallCommune().tally(year, today: today)
        let text = TallyJSON.json(plain).serialized()
        XCTAssertTrue(text.contains("\"scope\": {\n    \"communes\": [\"xa-a\"],\n    \"from\": \"2024-01-01\",\n    \"to\": \"2024-12-31\"\n  },"), text)
        XCTAssertFalse(text.contains("formerUnits"))
        let old = try TallyJSON.read(Data(text.utf8), file: "old.json")
        XCTAssertEqual(old.formerUnits, [], "and a file without them reads")
        XCTAssertEqual(TallyJSON.json(old).serialized(), text)
        // …and a bad value under the new keys names the key.
        let bad = text.replacingOccurrences(of: #""to": "2024-12-31""#, with: #""to": "2024-12-31", "formerUnits": "xa-c""#)
        XCTAssertNotEqual(bad, text)
        XCTAssertThrowsError(try TallyJSON.read(Data(bad.utf8), file: "bad.json")) {
            XCTAssertEqual($0 as? GiamSatError, .badTallyField(file: "bad.json", field: "scope.formerUnits"))
        }
    }

    func testThreeCommunesRollUpToTheProvince() throws {
        let moi = try mergedCommune().tally(year, today: today)
        var second = try TallyTests.smallCommune().tally(year, today: today)
        var third = second
        second.communes = ["xa-hai"]
        third.communes = ["xa-ba"]
        third.formerUnits = ["xa-c"]
        let sum = try TallyJSON.merge([("moi.json", moi), ("hai.json", second), ("ba.json", third)])
        XCTAssertEqual(sum.level, .province, "the province by default")
        XCTAssertEqual(sum.communes, ["xa-ba", "xa-hai", "xa-moi"])
        XCTAssertEqual(sum.formerUnits, ["xa-a", "xa-b", "xa-c"], "former units united")
        XCTAssertEqual(sum.feedbackReceived, moi.feedbackReceived + 2 * second.feedbackReceived)
        XCTAssertEqual(sum.figures().map(\.value), zip(zip(moi.figures(), second.figures()), third.figures()).map { $0.0.value + $0.1.value + $1.value })
        let json = TallyJSON.json(sum)
        XCTAssertEqual(json["scope"]?["level"], .string("tinh"))
        XCTAssertEqual(try TallyJSON.read(Data(json.serialized().utf8), file: "tinh.json").level, .province)
        XCTAssertEqual(try TallyJSON.merge([("moi.json", moi), ("hai.json", second)], level: .upper).level, .upper)
        XCTAssertTrue(TallyReport.title([sum], .vi).hasSuffix("— tổng hợp cấp tỉnh"))
        XCTAssertTrue(TallyReport.markdown([sum], communeName: "Tỉnh X", lang: .en).contains("rolled up at province level"))
        // A former commune split between two new communes is listed by both: that alone is no double count.
        var other = second
        other.formerUnits = ["xa-a"]
        XCTAssertEqual(try TallyJSON.merge([("moi.json", moi), ("hai.json", other)]).formerUnits, ["xa-a", "xa-b"])
    }

    func testAFormerCommunesOwnTallyWithTheNewCommunesIsRefusedNamingBothFiles() throws {
        let moi = try mergedCommune().tally(year, today: today)
        var formerA = try TallyTests.smallCommune().tally(year, today: today)
        formerA.communes = ["xa-a"]
        let refusal = GiamSatError.formerCommuneTwice(commune: "xa-a", ownFile: "xa-a-2024.json", mergedFile: "xa-moi-2024.json")
        // In either order the error names the former commune's own file and the file that already counts it.
        XCTAssertThrowsError(try TallyJSON.merge([("xa-moi-2024.json", moi), ("xa-a-2024.json", formerA)])) { XCTAssertEqual($0 as? GiamSatError, refusal) }
        XCTAssertThrowsError(try TallyJSON.merge([("xa-a-2024.json", formerA), ("xa-moi-2024.json", moi)])) { XCTAssertEqual($0 as? GiamSatError, refusal) }
        XCTAssertEqual(refusal.message(.vi), "xã cũ “xa-a” có số liệu riêng trong xa-a-2024.json và đã được tính trong xa-moi-2024.json "
                       + "(xã mới nhận sáp nhập xã này); cộng cả hai sẽ tính trùng: bỏ bớt một trong hai tệp")
        XCTAssertTrue(refusal.message(.en).contains("xa-a-2024.json"))
        XCTAssertTrue(refusal.message(.en).contains("xa-moi-2024.json"))
        // The same commune twice, and periods that differ, are still refused.
        XCTAssertThrowsError(try TallyJSON.merge([("a.json", moi), ("b.json", moi)])) {
            XCTAssertEqual($0 as? GiamSatError, .communeTwice(file: "b.json", commune: "xa-moi", other: "a.json"))
        }
        formerA.communes = ["xa-c"]
        formerA.period = TallyPeriod(year: 2024, kind: .year, scheme: .cutOff)
        XCTAssertThrowsError(try TallyJSON.merge([("a.json", moi), ("c.json", formerA)])) {
            guard case GiamSatError.periodMismatch(let file, _, _) = $0 else { return XCTFail("\($0)") }
            XCTAssertEqual(file, "c.json", "a cut-off year does not add to a calendar one")
        }
    }
}
