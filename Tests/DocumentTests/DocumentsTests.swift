import Foundation
import XCTest
@testable import GiamSatCore
@testable import GiamSatDocuments
import OfficeFiles

/// The documents from the records: their words and figures, what they must never say, and their numbers.
final class DocumentsTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    let today = LocalDate(iso: "2026-12-02")!
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "giamsat-docs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func database(_ fixture: String) throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        _ = try database.importFiles([Self.fixtures.appendingPathComponent(fixture).path], by: "thử")
        return database
    }

    func writer(_ database: AppDatabase, templates: TemplateStore = .shippedOnly) throws -> DocumentWriter {
        DocumentWriter(database: database, settings: try database.documentSettings(), templates: templates, user: "thử")
    }

    func text(_ draft: Draft, _ database: AppDatabase) throws -> String {
        try draft.render(settings: try database.documentSettings(), templates: .shippedOnly, number: 12).text
    }

    func testDateLineHasLeadingZerosForDaysOneToNineAndMonthsOneAndTwo() {
        XCTAssertEqual(DocumentFormat.placeAndDate("Tân Hòa", LocalDate(iso: "2026-12-02")!), "Tân Hòa, ngày 02 tháng 12 năm 2026")
        XCTAssertEqual(DocumentFormat.placeAndDate("Tân Hòa", LocalDate(iso: "2026-01-15")!), "Tân Hòa, ngày 15 tháng 01 năm 2026")
        XCTAssertEqual(DocumentFormat.placeAndDate("Tân Hòa", LocalDate(iso: "2026-02-09")!), "Tân Hòa, ngày 09 tháng 02 năm 2026")
        XCTAssertEqual(DocumentFormat.placeAndDate("Tân Hòa", LocalDate(iso: "2026-03-10")!), "Tân Hòa, ngày 10 tháng 3 năm 2026")
        XCTAssertEqual(DocumentKind.report.number(12, suffix: "MTTQ-BTT"), "12/BC-MTTQ-BTT")
        XCTAssertEqual(DocumentKind.report.number(5, suffix: "MTTQ-BTT"), "05/BC-MTTQ-BTT")
        XCTAssertEqual(DocumentKind.letter.number(45, suffix: "MTTQ-BTT"), "45/MTTQ-BTT", "a letter has no kind in its symbol")
        XCTAssertEqual(DocumentFormat.count(25208), "25.208")
    }

    func testHeaderBlockNumberAndSignatureComeFromTheSettings() throws {
        let db = try database("tan-hoa-documents.json")
        let text = try self.text(try db.planDraft(.plan, code: "KH-2026-01", today: today), db)
        for line in ["ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN HÒA", "BAN THƯỜNG TRỰC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-MTTQ-BTT", "Tân Hòa, ngày 02 tháng 12 năm 2026", "KẾ HOẠCH",
                     "Nơi nhận:", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Ngô Văn Khải, Hội Cựu chiến binh xã"] {
            XCTAssertTrue(text.contains(line), line)
        }
        var settings = try db.documentSettings()
        settings.signerName = "Nguyễn Thị Lan"
        settings.symbolSuffix = "MTTQ"
        try db.saveDocumentSettings(settings, by: "thử")
        let again = try self.text(try db.planDraft(.plan, code: "KH-2026-01", today: today), db)
        XCTAssertTrue(again.contains("Nguyễn Thị Lan"))
        XCTAssertTrue(again.contains("Số: 12/KH-MTTQ"))
    }

    func testTheReportWritesTheSeedFiguresOfMuCangChai() throws {
        let db = try database("mu-cang-chai-2019-2021.json")
        let period = TallyPeriod(from: LocalDate(iso: "2019-01-01")!, to: LocalDate(iso: "2021-06-30")!)
        let text = try self.text(try db.reportDraft(period, today: today), db)
        XCTAssertTrue(text.contains("tiếp nhận 151 phản ánh, đơn thư"), text)
        XCTAssertTrue(text.contains("106 đảng viên bị xử lý kỷ luật đảng"))
        XCTAssertTrue(text.contains("30 người đứng đầu"))
        XCTAssertTrue(text.contains("khiển trách 16, cảnh cáo 8, cách chức 1, khai trừ khỏi Đảng 5"))
        XCTAssertTrue(text.contains("so với cùng kỳ"))
        for heading in ["I. ĐẶC ĐIỂM TÌNH HÌNH", "III. KẾT QUẢ THỰC HIỆN", "IV. ĐÁNH GIÁ CHUNG", "V. PHƯƠNG HƯỚNG, KIẾN NGHỊ",
                        "[Nêu ưu điểm.]", "PHỤ LỤC"] {
            XCTAssertTrue(text.contains(heading), heading)
        }
    }

    /// Issue 21: the report states discipline by track and measure, each line with its heads of units; the Party's
    /// sentence stays as it was; a track with nothing now or a year before says nothing.
    func testTheReportStatesDisciplineByTrackAndMeasure() throws {
        let db = try database("outcomes-v2-tracks.json")
        let text = try self.text(try db.reportDraft(TallyPeriod(year: 2024, kind: .year), today: today), db)
        let expected = [
            "1 đảng viên bị xử lý kỷ luật đảng (tăng 1 so với cùng kỳ): khiển trách 1",
            "Diện chính quyền – cán bộ: 1 trường hợp bị xử lý kỷ luật (tăng 1 so với cùng kỳ): cảnh cáo 1; trong đó 1 người đứng đầu.",
            "Diện chính quyền – công chức: 2 trường hợp bị xử lý kỷ luật (tăng 2 so với cùng kỳ): hạ bậc lương 1, giáng chức 1.",
            "Diện chính quyền – viên chức: 1 trường hợp bị xử lý kỷ luật (tăng 1 so với cùng kỳ): buộc thôi việc 1.",
            "Diện đoàn thể: 1 trường hợp bị xử lý kỷ luật (tăng 1 so với cùng kỳ): khai trừ khỏi tổ chức 1.",
            "Chưa xác định diện: 1 trường hợp bị xử lý kỷ luật (tăng 1 so với cùng kỳ): buộc thôi việc 1; trong đó 1 người đứng đầu.",
        ]
        for line in expected { XCTAssertTrue(text.contains(line), "\(line)\n\(text)") }
        XCTAssertFalse(text.contains("Xử lý hành chính"), "the special case for buộc thôi việc is gone")
        // The appendix lists every line of the tally, the administration's section among them.
        XCTAssertTrue(text.contains("KỶ LUẬT CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"), text)
        let quiet = try self.text(try db.reportDraft(TallyPeriod(year: 2026, kind: .year), today: today), db)
        XCTAssertFalse(quiet.contains("Diện chính quyền"), "no figure now or a year before: no sentence")
        // The tally spreadsheet carries the same lines, one row each.
        let book = Spreadsheets.tally([try db.tally(TallyPeriod(year: 2024, kind: .year), today: today)], before: [],
                                      communeName: "Xã Tân Hòa", lang: .vi)
        let rows = book.sheets[0].rows.map { $0.map(\.value) }
        func row(_ item: String) -> [Workbook.Value]? { rows.first { $0.count > 1 && $0[1] == .text(item) } }
        XCTAssertEqual(row("Số công chức bị kỷ luật")?.last, .number(2))
        XCTAssertEqual(row("Công chức, theo hình thức: Hạ bậc lương")?.last, .number(1))
        XCTAssertEqual(row("Số cán bộ bị kỷ luật")?.first, .text("Kỷ luật cán bộ, công chức, viên chức"), "its section named on its first row")
        XCTAssertEqual(row("Số đoàn viên, hội viên bị kỷ luật")?.last, .number(1))
        XCTAssertEqual(row("Số trường hợp chưa xác định diện")?.last, .number(1))
    }

    func testComparedWithTheSamePeriodAYearBefore() throws {
        XCTAssertEqual(ReportDraft.compare(43, 38), "tăng 5 so với cùng kỳ")
        XCTAssertEqual(ReportDraft.compare(3, 5), "giảm 2 so với cùng kỳ")
        XCTAssertEqual(ReportDraft.compare(4, 4), "bằng cùng kỳ")
        let h1 = TallyPeriod(year: 2026, kind: .h1)
        XCTAssertEqual(ReportDraft.yearBefore(h1), TallyPeriod(year: 2025, kind: .h1))
        let five = TallyPeriod(from: LocalDate(iso: "2019-01-01")!, to: LocalDate(iso: "2023-12-31")!)
        XCTAssertEqual(ReportDraft.yearBefore(five).to, LocalDate(iso: "2018-12-31")!, "a long span is compared with the one before it")
    }

    func testTheForwardingSlipNeverNamesTheSender() throws {
        let db = try database("tan-hoa-documents.json")
        let draft = try db.forwardDraft(code: "PA-2026-0001", today: today)
        let rendered = try draft.render(settings: try db.documentSettings(), templates: .shippedOnly, number: 3)
        let document = rendered.word.package().parts.map(\.text).joined()
        for secret in ["Võ Thị Quyên", "Quyên", "Rạch Sậy", "0918", "456 789", "456789", "918456789"] {
            XCTAssertFalse(rendered.text.contains(secret), secret)
            XCTAssertFalse(document.contains(secret), secret)
        }
        XCTAssertTrue(rendered.text.contains("Kính gửi: Ủy ban Kiểm tra Đảng ủy xã"), "the body of the forwarding step")
        XCTAssertTrue(rendered.text.contains("Lê Thị Cúc"), "the official concerned is named")
        XCTAssertThrowsError(try db.forwardDraft(code: "PA-2026-0002", today: today)) { error in
            XCTAssertEqual(error as? DocumentError, .noForwardBody)
        }
        XCTAssertTrue(try text(try db.forwardDraft(code: "PA-2026-0002", to: "UBND xã", today: today), db).contains("Kính gửi: UBND xã"))
    }

    func testTheReceiptNeedsAnExplicitAuditedRequest() throws {
        let db = try database("tan-hoa-documents.json")
        XCTAssertThrowsError(try db.reporterDraft(.receipt, code: "PA-2026-0001", includeIdentity: false, by: "thử")) {
            XCTAssertEqual($0 as? DocumentError, .identityNeeded)
        }
        XCTAssertFalse(try db.auditTrail(.feedback, code: "PA-2026-0001").contains { $0.field == AuditEntry.revealField })
        let receipt = try text(try db.reporterDraft(.receipt, code: "PA-2026-0001", includeIdentity: true, by: "thử", today: today), db)
        XCTAssertTrue(receipt.contains("Võ Thị Quyên"))
        XCTAssertTrue(receipt.contains("GIẤY BIÊN NHẬN"))
        XCTAssertTrue(try db.auditTrail(.feedback, code: "PA-2026-0001").contains { $0.field == AuditEntry.revealField && $0.by == "thử" })
        XCTAssertThrowsError(try db.reporterDraft(.reply, code: "PA-2026-0002", includeIdentity: true, by: "thử")) {
            XCTAssertEqual($0 as? DocumentError, .anonymous)
        }
    }

    func testDecisionNamesTheTeamAndResultsTheFindings() throws {
        let db = try database("tan-hoa-documents.json")
        let team = try text(try db.planDraft(.team, code: "KH-2026-01", today: today), db)
        XCTAssertTrue(team.contains("QUYẾT ĐỊNH"))
        XCTAssertTrue(team.contains("Phạm Thị Hoa, Trưởng đoàn"))
        XCTAssertTrue(team.contains("Đặng Thị Mai, đại diện Hội Liên hiệp Phụ nữ xã"))
        let results = try text(try db.planDraft(.results, code: "KH-2026-01", today: today), db)
        XCTAssertTrue(results.contains("Trần Văn Bình, Bí thư Đảng ủy xã"))
        XCTAssertTrue(results.contains("Hạn chế: Chưa kịp thời trả lời kiến nghị của cử tri ấp 2."))
        XCTAssertTrue(results.contains("Kiến nghị Ban Thường vụ Đảng ủy xã Tân Hòa"))
        let reminder = try text(try db.recommendationDraft(.reminder, code: "KN-2026-0001", today: today), db)
        XCTAssertTrue(reminder.contains("V/v đôn đốc trả lời kiến nghị"))
        XCTAssertThrowsError(try db.recommendationDraft(.reminder, code: "KN-2026-0002", today: today)) {
            XCTAssertEqual($0 as? DocumentError, .answered)
        }
    }

    /// Issue 21: a recommendation without a written answer past `answer-days` is reported to the Front one level up.
    func testTheReportToTheLevelAboveNamesTheProvinceTheDaysAndTheReminder() throws {
        let db = try database("tan-hoa-documents.json")
        let writer = try writer(db)
        _ = try writer.write(try db.recommendationDraft(.reminder, code: "KN-2026-0001", today: LocalDate(iso: "2026-05-20")!),
                             to: folder + "/don-doc.docx", overwrite: false, numbering: .new)
        let report = try text(try db.recommendationDraft(.reportUpward, code: "KN-2026-0001", today: today), db)
        XCTAssertTrue(report.contains("BÁO CÁO"), report)
        XCTAssertTrue(report.contains("Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long"), report)
        XCTAssertTrue(report.contains("Đến nay đã 221 ngày, quá thời hạn 20 ngày"), report)
        XCTAssertTrue(report.contains("Ngày 20/05/2026, Ban Thường trực đã có văn bản đôn đốc số 01/MTTQ-BTT."), report)
        XCTAssertTrue(report.contains("đã có văn bản kiến nghị gửi Ban Thường vụ"), "no empty number: \(report)")
        XCTAssertThrowsError(try db.recommendationDraft(.reportUpward, code: "KN-2026-0002", today: today)) {
            XCTAssertEqual($0 as? DocumentError, .answered)
        }
    }

    func testNumbersFollowOnAReprintKeepsItsOwnAndNoneIsUsedTwice() throws {
        let db = try database("tan-hoa-documents.json")
        let writer = try writer(db)
        func write(_ draft: Draft, _ name: String, _ numbering: DocumentWriter.Numbering, overwrite: Bool = false) throws -> DocumentWriter.Outcome {
            try writer.write(draft, to: folder + "/" + name, overwrite: overwrite, numbering: numbering)
        }
        let report = try db.reportDraft(TallyPeriod(year: 2026, kind: .year), today: today)
        let half = try db.reportDraft(TallyPeriod(year: 2026, kind: .h1), today: today)
        guard case .written(_, let first, _) = try write(report, "a.docx", .ask),
              case .written(_, let second, _) = try write(half, "b.docx", .ask) else { return XCTFail() }
        XCTAssertEqual([first, second], ["01/BC-MTTQ-BTT", "02/BC-MTTQ-BTT"], "two documents of one kind: consecutive numbers")
        // The same report again: the writer asks; a reprint keeps 01, a new number takes 03.
        guard case .needsChoice(let previous) = try write(report, "c.docx", .ask) else { return XCTFail() }
        XCTAssertEqual(previous.symbol, "01/BC-MTTQ-BTT")
        guard case .written(_, let kept, _) = try write(report, "c.docx", .keep) else { return XCTFail() }
        XCTAssertEqual(kept, "01/BC-MTTQ-BTT")
        guard case .written(_, let third, _) = try write(report, "d.docx", .new) else { return XCTFail() }
        XCTAssertEqual(third, "03/BC-MTTQ-BTT")
        // A file is never overwritten unless asked.
        XCTAssertThrowsError(try write(half, "b.docx", .new)) { XCTAssertEqual($0 as? DocumentError, .exists(self.folder + "/b.docx")) }
        let register = try db.outgoingRegister(year: 2026)
        XCTAssertEqual(register.map(\.number), [1, 2, 3])
        XCTAssertEqual(register[0].file, folder + "/c.docx", "the reprint's file")
        XCTAssertEqual(Set(register.map(\.number)).count, register.count)
        XCTAssertFalse(try db.auditTrail(.commune, code: "tan-hoa").isEmpty || register.isEmpty)
        // Importing the same bundle again takes no number and changes no line.
        _ = try db.importFiles([Self.fixtures.appendingPathComponent("tan-hoa-documents.json").path], by: "thử")
        XCTAssertEqual(try db.outgoingRegister(year: 2026), register)
        // A draft takes none.
        guard case .written(_, _, let line) = try write(report, "e.docx", .draft) else { return XCTFail() }
        XCTAssertNil(line)
        XCTAssertEqual(try db.outgoingRegister(year: 2026).count, 3)
        let permissions = try FileManager.default.attributesOfItem(atPath: folder + "/a.docx")[.posixPermissions] as? Int
        XCTAssertEqual(permissions, 0o600)
    }

    func testABrokenTemplateNamesItsFileAndLineAndTheShippedOneStillWorks() throws {
        let db = try database("tan-hoa-documents.json")
        let templates = TemplateStore(folder: folder + "/templates")
        let draft = try db.planDraft(.plan, code: "KH-2026-01", today: today)
        _ = try draft.render(settings: try db.documentSettings(), templates: templates, number: 1)
        let file = folder + "/templates/ke-hoach-giam-sat.mustache"
        XCTAssertTrue(FileManager.default.fileExists(atPath: file), "copied on first use")
        try Files.write("KẾ HOẠCH\n{{title}}\n---\nDòng một\n{{#contents}}\nnội dung\n", to: file)
        XCTAssertThrowsError(try draft.render(settings: try db.documentSettings(), templates: templates, number: 1)) { error in
            guard let broken = error as? TemplateStore.Broken else { return XCTFail("\(error)") }
            XCTAssertEqual(broken.file, file)
            XCTAssertGreaterThanOrEqual(broken.line, 5)
            XCTAssertTrue(broken.message(.vi).contains("ke-hoach-giam-sat.mustache, dòng"), broken.message(.vi))
        }
        XCTAssertNoThrow(try draft.render(settings: try db.documentSettings(), templates: .shippedOnly, number: 1))
        // The office's own words are used.
        try Files.write("KẾ HOẠCH\n{{title}}\n---\nLời của văn phòng.\n", to: file)
        let own = try draft.render(settings: try db.documentSettings(), templates: templates, number: 1).text
        XCTAssertTrue(own.contains("Lời của văn phòng."))
    }

    func testSpreadsheetsHoldNoIdentityUnlessAsked() throws {
        let db = try database("tan-hoa-documents.json")
        let book = Spreadsheets.letters(try db.feedback(), communeName: "Xã Tân Hòa", lang: .vi)
        let xml = book.package().parts.map(\.text).joined()
        for secret in ["Võ Thị Quyên", "Rạch Sậy", "0918 456 789"] { XCTAssertFalse(xml.contains(secret), secret) }
        XCTAssertTrue(xml.contains("(giữ bí mật)"))
        let tally = Spreadsheets.tally([try db.tally(TallyPeriod(year: 2026, kind: .year), today: today)],
                                       before: [try db.tally(TallyPeriod(year: 2025, kind: .year), today: today)],
                                       communeName: "Xã Tân Hòa", lang: .vi)
        let sheet = tally.package().parts.first { $0.path == "xl/worksheets/sheet1.xml" }!.text
        XCTAssertTrue(sheet.contains("Cùng kỳ (năm 2025)"))
        XCTAssertTrue(sheet.contains("fitToHeight=\"1\""))
        for secret in ["Võ Thị Quyên", "Rạch Sậy", "0918"] { XCTAssertFalse(sheet.contains(secret), secret) }
    }

    /// The register is a kind of record: in the bundle, imported by code (again: nothing changes), and after a merge a
    /// former commune's lines keep their numbers apart from this office's series, so no number is used twice.
    func testTheRegisterTravelsInTheBundleAndStaysApartAfterAMerge() throws {
        let db = try database("tan-hoa-documents.json")
        let first = try self.writer(db)
        _ = try first.write(try db.planDraft(.plan, code: "KH-2026-01", today: today), to: folder + "/kh.docx", overwrite: false, numbering: .ask)
        _ = try first.write(try db.planDraft(.team, code: "KH-2026-01", today: today), to: folder + "/qd.docx", overwrite: false, numbering: .ask)
        let register = try db.outgoingRegister()
        XCTAssertEqual(register.map(\.symbol), ["01/KH-MTTQ-BTT", "02/QĐ-MTTQ-BTT"])
        XCTAssertTrue(try db.auditTrail(.outgoingDocument, code: register[0].code).contains { $0.field == AuditEntry.createdField })

        let bundle = folder + "/tan-hoa.json"
        let sink = try TextSink(path: bundle)
        _ = try db.exportBundle(includeIdentities: false, to: sink)
        XCTAssertTrue(String(decoding: try Files.read(bundle), as: UTF8.self).contains("\"outgoingDocuments\""))
        let copy = try AppDatabase.inMemory()
        _ = try copy.importFiles([bundle], by: "thử")
        XCTAssertEqual(try copy.outgoingRegister(), register)
        _ = try copy.importFiles([bundle], by: "thử")
        XCTAssertEqual(try copy.outgoingRegister(), register, "the same bundle again changes nothing")

        // A new commune that already sent a document merges Tân Hòa in.
        let merged = try AppDatabase.inMemory()
        try merged.setCommune(Commune(code: "tan-hoa-moi", name: "Xã Tân Hòa Mới"), by: "thử")
        let own = try self.writer(merged)
        _ = try own.write(try merged.reportDraft(TallyPeriod(year: 2026, kind: .year), today: today), to: folder + "/bc.docx",
                          overwrite: false, numbering: .ask)
        _ = try merged.mergeCommunes([try MergeSource.load(bundle, dueDays: 30)],
                                     options: AppDatabase.MergeOptions(mergedOn: LocalDate(iso: "2026-07-01")!, resolution: "1/NQ"),
                                     by: "thử", dryRun: false)
        _ = try own.write(try merged.planDraft(.results, code: "KH-2026-01", today: today), to: folder + "/kq.docx",
                          overwrite: false, numbering: .ask)
        let lines = try merged.outgoingRegister(year: 2026)
        let ownLines = lines.filter { $0.formerUnit == nil }, formerLines = lines.filter { $0.formerUnit == "tan-hoa" }
        XCTAssertEqual(ownLines.map(\.symbol), ["01/BC-MTTQ-BTT", "02/BC-MTTQ-BTT"], "this office's series goes on from its own numbers")
        XCTAssertEqual(formerLines.map(\.symbol), ["01/KH-MTTQ-BTT", "02/QĐ-MTTQ-BTT"], "the former commune's lines keep theirs")
        XCTAssertEqual(Set(lines.map(\.code)).count, lines.count)
        XCTAssertEqual(Set(ownLines.map(\.number)).count, ownLines.count)
        XCTAssertEqual(formerLines.first?.source, "KH-2026-01")
    }
}
