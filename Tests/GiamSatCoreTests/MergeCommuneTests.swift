import Foundation
import GRDB
import XCTest
@testable import GiamSatCore

/// Issue 12: three former communes with overlapping codes and one official who served in two of them, merged
/// into a new commune (sample-data/former-communes).
final class MergeCommuneTests: XCTestCase {
    static let folder = Fixtures.sampleBundleURL.deletingLastPathComponent().appendingPathComponent("former-communes")
    static let units = ["tan-an", "tan-binh", "tan-cuong"]
    static let today = Fixtures.date("2026-11-29")
    static let year2024 = TallyPeriod(year: 2024, kind: .year)

    func sources() throws -> [MergeSource] {
        try Self.units.map { try MergeSource.load(Self.folder.appendingPathComponent("\($0).json").path, dueDays: 30) }
    }

    func joins() throws -> AppDatabase.MergeOptions {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("joins.txt"), encoding: .utf8)
        let (joins, problems) = OfficialJoin.parse(text)
        XCTAssertEqual(problems, [])
        return AppDatabase.MergeOptions(mergedOn: Fixtures.date("2025-07-01"), resolution: "1234/NQ-UBTVQH15", joins: joins)
    }

    func newCommune() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.setCommune(Commune(code: "tan-hoa", name: "Xã Tân Hòa", province: "Tỉnh Cần Thơ"), by: Fixtures.user)
        return database
    }

    func count(_ database: AppDatabase, _ table: String) throws -> Int {
        try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)")! }
    }

    func testMergedCommuneHoldsEveryRecordOnceWithCodesAsTheDryRunListed() throws {
        let database = try newCommune()
        let options = try joins()
        let dry = try database.mergeCommunes(try sources(), options: options, by: Fixtures.user, dryRun: true)
        XCTAssertEqual(dry.refused, [])
        XCTAssertFalse(dry.applied)
        XCTAssertEqual(try count(database, "feedback"), 0, "a dry run writes nothing")
        XCTAssertEqual(try count(database, "former_unit"), 0)

        let plan = try database.mergeCommunes(try sources(), options: options, by: Fixtures.user, dryRun: false)
        XCTAssertTrue(plan.applied)
        XCTAssertEqual(plan.recoded, dry.recoded, "the real run gives the codes the dry run listed")
        XCTAssertEqual(plan.joins, [MergePlan.Join(unit: "tan-binh", code: "DT-0003", into: "DT-0002")])

        // Every record once: three communes' records, less the official joined into another.
        let bundles = try sources().map(\.bundle)
        XCTAssertEqual(try count(database, "feedback"), bundles.map(\.feedback.count).reduce(0, +))
        XCTAssertEqual(try count(database, "plan"), bundles.map(\.plans.count).reduce(0, +))
        XCTAssertEqual(try count(database, "recommendation"), bundles.map(\.recommendations.count).reduce(0, +))
        XCTAssertEqual(try count(database, "locality"), bundles.map(\.localities.count).reduce(0, +))
        XCTAssertEqual(try count(database, "residence_review"), bundles.map(\.residenceReviews.count).reduce(0, +))
        XCTAssertEqual(try count(database, "official"), bundles.map(\.officials.count).reduce(0, +) - 1)
        XCTAssertEqual(try database.check(), [], "no reference broken")

        // Each recode listed is where the record now is, and where it came from is kept.
        for recode in plan.recoded where recode.entity == .feedback {
            let origins = try database.origins(.feedback, code: recode.to)
            XCTAssertEqual(origins, [RecordOrigin(formerUnit: recode.unit, formerCode: recode.from)])
        }
        XCTAssertTrue(plan.recoded.contains(MergePlan.Recode(unit: "tan-binh", entity: .feedback, from: "PA-2024-0001", to: "PA-2024-0004")))
        // References moved with their records: tan-binh's duplicate points to tan-binh's original, its
        // recommendation to tan-binh's record, and the joined official's record to the one person.
        let duplicate = try XCTUnwrap(database.fetch(Feedback.self, code: "PA-2024-0005"))
        XCTAssertEqual(duplicate.history.last?.duplicateOf, "PA-2024-0004")
        XCTAssertEqual(duplicate.officials, ["DT-0004"])
        let recommendation = try XCTUnwrap(database.fetch(Recommendation.self, code: "KN-2024-0003"))
        XCTAssertEqual(recommendation.source, "PA-2024-0004")
        XCTAssertEqual(try database.fetch(Feedback.self, code: "PA-2024-0006")?.officials, ["DT-0002"])
        XCTAssertEqual(try database.fetch(Feedback.self, code: "PA-2024-0006")?.plan, "KH-2024-02")
        XCTAssertEqual(try database.origins(.official, code: "DT-0002"),
                       [RecordOrigin(formerUnit: "tan-an", formerCode: "DT-0002"), RecordOrigin(formerUnit: "tan-binh", formerCode: "DT-0003")])
        // Same-named localities are not joined; each keeps its former commune and name.
        XCTAssertEqual(try database.origins(.locality, code: "AP2-2"), [RecordOrigin(formerUnit: "tan-binh", formerCode: "AP2", formerName: "Ấp Tân Phú")])
        XCTAssertEqual(try database.formerUnits().map(\.code), Self.units)
        XCTAssertEqual(try database.formerUnits().first?.mergedOn, Fixtures.date("2025-07-01"))

        // One audit row per record saying where it came from; the joined official's row names the joined one.
        let trail = try database.auditTrail(.feedback, code: "PA-2024-0004")
        XCTAssertTrue(trail.contains { $0.field == AuditEntry.mergedFromField && $0.new == "tan-binh/PA-2024-0001" })
        XCTAssertTrue(try database.auditTrail(.official, code: "DT-0002").contains { $0.field == AuditEntry.joinedField && $0.new == "tan-binh/DT-0003" })
    }

    func testTheNewCommunesTallyFor2024IsTheSumOfTheFormerCommunesTallies() throws {
        let merged = try newCommune()
        _ = try merged.mergeCommunes(try sources(), options: try joins(), by: Fixtures.user, dryRun: false)
        var sum: Tally?
        let split = try merged.tallyByFormerUnit(Self.year2024, today: Self.today)
        for (index, source) in try sources().enumerated() {
            let own = try AppDatabase.inMemory()
            _ = try own.importBundles([(source.file, source.bundle)], by: Fixtures.user)
            let tally = try own.tally(Self.year2024, today: Self.today)
            XCTAssertGreaterThan(tally.feedbackReceived, 0)
            sum = sum.map { $0 + tally } ?? tally
            // `tally --by-former-unit`: each former commune's part is its own tally.
            var part = split.units[index].tally
            XCTAssertEqual(split.units[index].unit.code, Self.units[index])
            part.communes = tally.communes
            part.formerUnits = tally.formerUnits
            part.mergedInto = tally.mergedInto
            XCTAssertEqual(part, tally, Self.units[index])
        }
        var expected = try XCTUnwrap(sum)
        let tally = try merged.tally(Self.year2024, today: Self.today)
        XCTAssertEqual(tally.formerUnits, Self.units, "the scope names the former units it includes")
        expected.communes = tally.communes
        expected.formerUnits = tally.formerUnits
        XCTAssertEqual(tally, expected, "figure by figure")
        XCTAssertEqual(tally.disciplineTotal, 3)
    }

    func testMergingTheSameFilesAgainChangesNothing() throws {
        let database = try newCommune()
        _ = try database.mergeCommunes(try sources(), options: try joins(), by: Fixtures.user, dryRun: false)
        let audit = try count(database, "audit")
        let before = try database.exportBundle()
        let again = try database.mergeCommunes(try sources(), options: try joins(), by: Fixtures.user, dryRun: false)
        XCTAssertEqual(again.refused, [])
        XCTAssertTrue(again.isEmpty)
        XCTAssertEqual(again.counts[.feedback]?.alreadyMerged, 12)
        XCTAssertEqual(again.counts[.residenceReview]?.alreadyMerged, 6)
        XCTAssertEqual(try database.exportBundle(), before)
        XCTAssertEqual(try count(database, "audit"), audit)
    }

    func testSameNameAndBirthYearIsListedNeverJoinedWithoutAMappingLine() throws {
        let database = try newCommune()
        let plan = try database.mergeCommunes(try sources(), options: AppDatabase.MergeOptions(), by: Fixtures.user, dryRun: false)
        XCTAssertEqual(plan.candidates.map(\.officials), [["tan-an/DT-0002", "tan-binh/DT-0003"]])
        XCTAssertEqual(plan.candidates.first?.suggestedLines, ["tan-binh/DT-0003 = tan-an/DT-0002"])
        XCTAssertEqual(try count(database, "official"), 9, "both kept apart")
        // A later merge of one more file finds the candidate among the officials already here.
        XCTAssertEqual(OfficialJoin.parse(plan.candidates[0].suggestedLines[0]).joins.first?.target, .former(unit: "tan-an", code: "DT-0002"))
    }

    func testProblemsRefuseTheWholeMergeAndWriteNothing() throws {
        let database = try newCommune()
        var broken = try sources()
        broken[1].bundle.feedback[0].officials = ["DT-0099"]
        var own = broken[0]
        own.bundle.commune?.code = "tan-hoa"
        own.file = "own.json"
        let (joins, problems) = OfficialJoin.parse("tan-binh/DT-0003 = tan-an/DT-0002\nnot a line\ntan-cuong/DT-0042 = DT-0001\n")
        let plan = try database.mergeCommunes(broken + [broken[2], own], options: AppDatabase.MergeOptions(joins: joins, joinProblems: problems),
                                              by: Fixtures.user, dryRun: false)
        XCTAssertFalse(plan.applied)
        XCTAssertTrue(plan.refused.contains(.ownCommune(file: "own.json")))
        XCTAssertTrue(plan.refused.contains(.unitTwice(file: broken[2].file, other: broken[2].file, unit: "tan-cuong")))
        XCTAssertTrue(plan.refused.contains(.badJoin(line: 2, text: "not a line")))
        XCTAssertTrue(plan.refused.contains(.noSuchJoinOfficial(line: 3, text: "tan-cuong/DT-0042 = DT-0001", official: "tan-cuong/DT-0042", unitKnown: true)))
        XCTAssertTrue(plan.refused.contains { if case .unknownReference(let e) = $0 { return e.field == "officials[0]" && e.code == "PA-2023-0001" }; return false })
        for table in ["feedback", "official", "former_unit", "record_origin", "locality"] {
            XCTAssertEqual(try count(database, table), 0, table)
        }
        XCTAssertEqual(try count(database, "audit"), 1, "only the commune's creation")
    }

    func testAMappingLineNamingNoOneIsTheOneProblemNamedAsSuch() throws {
        let database = try newCommune()
        // tan-binh's DT-0003 is named by feedback and a review: a wrong target must not make those look broken too.
        let (joins, problems) = OfficialJoin.parse("tan-binh/DT-0003 = tan-an/DT-0099\ntan-binh/DT-0001 = tan-xyz/DT-0001\n")
        XCTAssertEqual(problems, [])
        let plan = try database.mergeCommunes(try sources(), options: AppDatabase.MergeOptions(joins: joins), by: Fixtures.user, dryRun: true)
        XCTAssertEqual(plan.refused, [
            .noSuchJoinOfficial(line: 1, text: "tan-binh/DT-0003 = tan-an/DT-0099", official: "tan-an/DT-0099", unitKnown: true),
            .noSuchJoinOfficial(line: 2, text: "tan-binh/DT-0001 = tan-xyz/DT-0001", official: "tan-xyz/DT-0001", unitKnown: false),
        ], "in the order of the file's lines")
        XCTAssertTrue(plan.refused[1].message(.vi).contains("không có xã cũ “tan-xyz”"), plan.refused[1].message(.vi))
        XCTAssertTrue(plan.refused[0].message(.en).contains("there is no official tan-an/DT-0099"), plan.refused[0].message(.en))
    }

    func testOneOfficialJoinedIntoTwoPeopleIsRefusedNotTheLastLineTaken() throws {
        let (joins, problems) = OfficialJoin.parse("tan-binh/DT-0003 = tan-an/DT-0002\ntan-binh/DT-0003 = tan-an/DT-0001\ntan-binh/DT-0003 = tan-an/DT-0002\n")
        XCTAssertEqual(joins.map(\.line), [1], "the same line twice is harmless")
        XCTAssertEqual(problems, [.joinTwice(line: 2, text: "tan-binh/DT-0003 = tan-an/DT-0001", firstLine: 1)])
        let plan = try newCommune().mergeCommunes(try sources(), options: AppDatabase.MergeOptions(joins: joins, joinProblems: problems),
                                                  by: Fixtures.user, dryRun: false)
        XCTAssertFalse(plan.applied)
        XCTAssertTrue(plan.refused[0].message(.vi).contains("đã được ghép vào người khác ở dòng 1"), plan.refused[0].message(.vi))
    }

    func testACsvOrATallyIsNamedAsNoFormerCommunesExport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("merge-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in [("ds.csv", "\u{FEFF}Mã,Họ và tên,Đối tượng\nDT-0001,Nguyễn Văn A,Người đứng đầu\n"),
                             ("so-lieu.json", "{\"format\": \"giamsat-tally\", \"version\": 1}")] {
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try MergeSource.load(path, dueDays: 30)) { error in
                XCTAssertEqual(error as? GiamSatError, .notAMergeSource(path: path))
                XCTAssertTrue((error as? GiamSatError)?.message(.vi).contains("dùng import") == true)
            }
        }
        XCTAssertNoThrow(try sources(), "the sample bundles still read")
    }

    func testTwoReviewsOfOneJoinedPersonInOneYearAreRefused() throws {
        let database = try newCommune()
        var given = try sources()
        given[1].bundle.residenceReviews.append(ResidenceReview(year: 2024, locality: "AP1", official: "DT-0003", assessment: .tot, opinions: ""))
        let plan = try database.mergeCommunes(given, options: try joins(), by: Fixtures.user, dryRun: true)
        XCTAssertEqual(plan.refused, [.reviewTwice(unit: "tan-binh", year: 2024, official: "DT-0002")])
    }

    func testAFormerCommunesDataDirectoryMergesLikeItsBundle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("merge-dir-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let directory = DataDirectory(path: folder.path)
        try directory.prepare()
        let former = try AppDatabase.open(directory, create: true)
        let bundle = try sources()[2]
        _ = try former.importBundles([(bundle.file, bundle.bundle)], by: Fixtures.user)
        try former.close()

        let fromDirectory = try newCommune(), fromFile = try newCommune()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: directory.databasePath))
        _ = try fromDirectory.mergeCommunes([try MergeSource.load(folder.path, dueDays: 30)], options: .init(), by: Fixtures.user, dryRun: false)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: directory.databasePath)), bytes, "the former commune's file is only read")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("giamsat") }, ["giamsat.sqlite"])
        _ = try fromFile.mergeCommunes([bundle], options: .init(), by: Fixtures.user, dryRun: false)
        var a = try fromDirectory.exportBundle(), b = try fromFile.exportBundle()
        a.commune = nil
        b.commune = nil
        XCTAssertEqual(a, b)
        XCTAssertEqual(try fromDirectory.check(), [])
    }
}

extension MergeCommuneTests {
    func testAMergedCommunesExportKeepsFormerUnitsAndOriginsThroughAnImport() throws {
        let database = try newCommune()
        _ = try database.mergeCommunes(try sources(), options: try joins(), by: Fixtures.user, dryRun: false)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("merge-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tan-hoa.json").path
        try database.exportBundle(includeIdentities: true, to: try TextSink(path: file))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(text.contains("\"formerUnits\""))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let record = try XCTUnwrap((json["feedback"] as? [[String: Any]])?.first { $0["code"] as? String == "PA-2024-0004" })
        XCTAssertEqual(record["former"] as? [[String: String]], [["unit": "tan-binh", "code": "PA-2024-0001"]], "a merged record names its origin")

        let copy = try AppDatabase.inMemory()
        _ = try copy.importFiles([file], by: Fixtures.user)
        XCTAssertEqual(try copy.formerUnits(), try database.formerUnits())
        XCTAssertEqual(try copy.origins(.official, code: "DT-0002"), try database.origins(.official, code: "DT-0002"))
        XCTAssertEqual(try copy.exportBundle(), try database.exportBundle())
        // The copy knows what was merged: merging the same files into it changes nothing.
        XCTAssertTrue(try copy.mergeCommunes(try sources(), options: try joins(), by: Fixtures.user, dryRun: true).isEmpty)
    }
}

extension MergeCommuneTests {
    /// The candidate left apart at the merge, joined later (the officials screen's "join" and the store's joinOfficials).
    func testJoiningTwoOfficialsLaterMovesEveryReferenceAndIsAudited() throws {
        let database = try newCommune()
        let plan = try database.mergeCommunes(try sources(), options: .init(), by: Fixtures.user, dryRun: false)
        let duplicate = try XCTUnwrap(plan.recoded.first { $0.unit == "tan-binh" && $0.from == "DT-0003" }?.to)
        XCTAssertEqual(try database.fetch(Feedback.self, code: "PA-2024-0006")?.officials, [duplicate])
        let before = try database.tally(Self.year2024, today: Self.today)

        try database.joinOfficials(duplicate, into: "DT-0002", by: Fixtures.user)
        XCTAssertNil(try database.fetch(Official.self, code: duplicate))
        XCTAssertEqual(try database.fetch(Feedback.self, code: "PA-2024-0006")?.officials, ["DT-0002"])
        XCTAssertEqual(try database.origins(.official, code: "DT-0002").map(\.formerUnit), ["tan-an", "tan-binh"])
        XCTAssertEqual(try database.check(), [])
        XCTAssertTrue(try database.auditTrail(.official, code: "DT-0002").contains { $0.field == AuditEntry.joinedField && $0.new.hasPrefix(duplicate) })
        XCTAssertTrue(try database.auditTrail(.feedback, code: "PA-2024-0006").contains { $0.field == "officials" })
        XCTAssertEqual(try database.tally(Self.year2024, today: Self.today).feedbackReceived, before.feedbackReceived)
        // Merging the files again still finds the joined official where it now is.
        XCTAssertTrue(try database.mergeCommunes(try sources(), options: .init(), by: Fixtures.user, dryRun: true).isEmpty)
    }

    func testJoiningOfficialsWithAReviewInTheSameYearIsRefusedWhole() throws {
        let database = try newCommune()
        let plan = try database.mergeCommunes(try sources(), options: .init(), by: Fixtures.user, dryRun: false)
        // tan-an's Hùng (DT-0002) and tan-binh's DT-0002 (Võ Thị Lan, recoded) both have a 2024 review.
        let lan = try XCTUnwrap(plan.recoded.first { $0.unit == "tan-binh" && $0.from == "DT-0002" }?.to)
        XCTAssertThrowsError(try database.joinOfficials(lan, into: "DT-0002", by: Fixtures.user)) { error in
            XCTAssertEqual(error as? GiamSatError, .joinReviewTwice(year: 2024, duplicate: lan, target: "DT-0002"))
            XCTAssertEqual((error as? GiamSatError)?.message(.vi),
                           "Không ghép được: \(lan) và DT-0002 đều có góp ý nơi cư trú năm 2024 (mỗi người mỗi năm một lần góp ý); chưa thay đổi gì",
                           "says what stops it, not \"duplicate code in the file\"")
        }
        XCTAssertNotNil(try database.fetch(Official.self, code: lan), "nothing changed")
    }
}
