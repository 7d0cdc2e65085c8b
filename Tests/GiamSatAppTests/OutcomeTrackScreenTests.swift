import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

/// The recommendation form's outcome rows and page with tracks (issue 21), as values: the measure's picker offers the
/// chosen track's measures only, a track change clears a measure it does not have, and the page shows track and
/// decision number, an outcome whose track is not set standing out.
final class OutcomeTrackScreenTests: XCTestCase {
    let env = testEnv()

    func rowForm(_ values: FormValues? = nil) -> FormScreen<RowFormSpec> {
        let spec = RecommendationFormSpec.outcomeRows(env)
        return FormScreen(spec: RowFormSpec(spec: spec, index: nil), values: values ?? spec.blank)
    }

    func measureItems(_ form: FormScreen<RowFormSpec>) -> [String] {
        guard case .choice(let items, _)? = form.spec.fields(form.values, env).first(where: { $0.id == "measure" })?.kind else { return [] }
        return items.map(\.id)
    }

    func pick(_ field: String, _ id: String, _ form: inout FormScreen<RowFormSpec>) {
        _ = form.receive(.picked(field: field, ids: [id], names: [:]), env)
    }

    func testTheMeasurePickerOffersTheTracksMeasuresOnly() {
        var form = rowForm()
        XCTAssertEqual(form.spec.fields(form.values, env).map(\.id), ["official", "track", "measure", "decisionNumber", "decidedOn", "decidedBy"])
        XCTAssertEqual(measureItems(form), [], "no track yet: no measure to pick")
        pick("track", "dang", &form)
        XCTAssertEqual(measureItems(form), ["khong-vi-pham", "nhac-nho", "kiem-diem", "khien-trach", "canh-cao", "cach-chuc", "khai-tru", "khac"])
        pick("track", "cong-chuc", &form)
        XCTAssertEqual(measureItems(form), ["khong-vi-pham", "nhac-nho", "kiem-diem", "khien-trach", "canh-cao", "ha-bac-luong",
                                            "giang-chuc", "cach-chuc", "buoc-thoi-viec", "khac"])
        pick("measure", "ha-bac-luong", &form)
        XCTAssertEqual(form.values.choice("measure"), "ha-bac-luong")
        // Another track without hạ bậc lương: the measure is cleared rather than kept out of its list.
        pick("track", "vien-chuc", &form)
        XCTAssertNil(form.values.choice("measure"))
        // One both tracks have stays.
        pick("measure", "canh-cao", &form)
        pick("track", "dang", &form)
        XCTAssertEqual(form.values.choice("measure"), "canh-cao")
    }

    /// Walkthrough finding: before a track is chosen the measure's picker was empty, saying nothing. The field and its
    /// picker say to choose the track first; once chosen, the track's measures are listed as before.
    func testTheMeasureSaysToChooseTheTrackFirst() {
        var form = rowForm()
        guard case .choice(let items, let none)? = form.spec.fields(form.values, env).first(where: { $0.id == "measure" })?.kind else {
            return XCTFail("measure is a choice")
        }
        XCTAssertEqual(items, [])
        XCTAssertEqual(none, T.chooseTrackFirst)
        var canvas = Canvas(width: 80, height: 24)
        _ = form.render(into: &canvas, Rect(x: 0, y: 2, width: 80, height: 19), env)
        XCTAssertTrue(canvas.text.contains(T.chooseTrackFirst.vi), canvas.text)
        _ = form.handle(.nextField, key: .tab, env)
        _ = form.handle(.nextField, key: .tab, env)
        guard case .push(let picker)? = form.handle(.choose, key: .enter, env).navigation, let screen = picker as? PickerScreen else {
            return XCTFail("Enter on the measure opens its picker")
        }
        XCTAssertEqual(screen.picker.items.map(\.label), [T.chooseTrackFirst.vi], "the picker says why it lists nothing")
        pick("track", "dang", &form)
        guard case .choice(let chosen, let hint)? = form.spec.fields(form.values, env).first(where: { $0.id == "measure" })?.kind else {
            return XCTFail()
        }
        XCTAssertEqual(chosen.count, 8)
        XCTAssertNil(hint, "a track chosen: a measure is required, no empty choice")
    }

    /// Walkthrough finding: "Cơ quan quyết định" was cut to "Cơ quan quyết đ…" at 80 columns. Every label of the outcome
    /// row and of the recommendation form fits the form's label column, in both languages.
    func testTheOutcomeLabelsFitTheLabelColumn() {
        let width = FormScreen<RowFormSpec>.labelWidth - 2  // "▸ " before the focused label
        let form = FormScreen(spec: RecommendationFormSpec(newOn: LocalDate(iso: "2021-06-30")!, source: nil))
        let labels = RecommendationFormSpec.outcomeRows(env).columns.map(\.label) + form.spec.fields(FormValues(), env).map(\.label)
        for label in labels {
            XCTAssertLessThanOrEqual(DisplayWidth.of(label.vi), width, label.vi)
            XCTAssertLessThanOrEqual(DisplayWidth.of(label.en), width, label.en)
        }
        var row = rowForm()
        var canvas = Canvas(width: 80, height: 24)
        _ = row.render(into: &canvas, Rect(x: 0, y: 2, width: 80, height: 19), env)
        XCTAssertTrue(canvas.text.contains(T.decidingBody.vi), canvas.text)
        _ = row.handle(.cancel, key: .escape, env)
    }

    func testARowNeedsItsTrackAndAMeasureOfIt() {
        var values = RecommendationFormSpec.outcomeRows(env).blank
        values["official"] = .choice("DT-0001")
        values["measure"] = .choice("khien-trach")
        var form = rowForm(values)
        XCTAssertTrue(form.handle(.save, key: .function(2), env).navigation == nil, "no track: not handed back")
        XCTAssertEqual(form.errors["track"], T.required)
        // A row of a file (or a stored outcome) with a measure its track does not have is named, not saved.
        values["track"] = .choice("dang")
        values["measure"] = .choice("buoc-thoi-viec")
        form = rowForm(values)
        XCTAssertNil(form.handle(.save, key: .function(2), env).navigation)
        XCTAssertEqual(form.errors["measure"], T.measureNotOnTrack)
        values["track"] = .choice("cong-chuc")
        values["decisionNumber"] = .text(TextField("215/QĐ-UBND"))
        form = rowForm(values)
        guard case .popDelivering(.row(nil, let handed))? = form.handle(.save, key: .function(2), env).navigation else {
            return XCTFail("the row is handed back")
        }
        XCTAssertEqual(handed.choice("measure"), "buoc-thoi-viec")
        XCTAssertEqual(handed.text("decisionNumber"), "215/QĐ-UBND")
    }

    func testTheFormSavesTrackAndDecisionNumberAndKeepsAnUnplacedOutcomeUntilConfirmed() {
        let original = Recommendation(code: "KN-2021-0002", to: "Ban Thường vụ Huyện ủy", sentOn: LocalDate(iso: "2021-04-02")!,
                                      response: .daTraLoi, respondedOn: LocalDate(iso: "2021-05-01"),
                                      outcomes: [.init(official: "DT-0001", track: .dang, measure: .khienTrach, decisionNumber: "12-QĐ/UBKT",
                                                       decidedOn: LocalDate(iso: "2021-05-20"), decidedBy: "UBKT Huyện ủy"),
                                                 .init(official: "DT-0003", track: nil, measure: .buocThoiViec)], version: 4)
        var form = FormScreen(spec: RecommendationFormSpec(editing: "KN-2021-0002"))
        let record = RecommendationRecord(recommendation: original, officialNames: [:], source: nil, audit: [])
        _ = form.receive(.answer(AnyStoreRequest(RecommendationToEdit(code: "KN-2021-0002")),
                                 RecommendationToEdit.Answer(record: record, plans: [])), env)
        let rows = form.values.rows("outcomes")
        XCTAssertEqual(rows.map { $0.choice("track") }, ["dang", nil])
        XCTAssertEqual(rows[0].text("decisionNumber"), "12-QĐ/UBKT")
        // Saved as it is, the unplaced outcome stays unplaced (nothing is guessed for the user).
        guard case .store(let request)? = form.handle(.save, key: .function(2), env).effects.first,
              let save = request.as(SaveEdit<Recommendation>.self) else { return XCTFail("saves") }
        XCTAssertEqual(save.record.outcomes, original.outcomes)
        _ = form.receive(.failed(.other("—")), env) // answered (F2 again does nothing while a save is on its way)
        // The user picks its track in the row: that is the confirmation.
        var confirmed = rows
        confirmed[1]["track"] = .choice("vien-chuc")
        confirmed[1]["decisionNumber"] = .text(TextField("08/QĐ-TYT"))
        _ = form.receive(.rows(field: "outcomes", rows: confirmed, names: [:]), env)
        guard case .store(let again)? = form.handle(.save, key: .function(2), env).effects.first,
              let edit = again.as(SaveEdit<Recommendation>.self) else { return XCTFail("saves") }
        XCTAssertEqual(edit.record.outcomes[1], .init(official: "DT-0003", track: .vienChuc, measure: .buocThoiViec, decisionNumber: "08/QĐ-TYT"))
        XCTAssertEqual(edit.expectedVersion, 4)
        // The store's refusal of a measure not of its track is said on the outcomes field, naming the row.
        let refusal = RecordError(entity: .recommendation, code: "KN-2021-0002", field: "outcomes[1].measure",
                                  problem: .measureNotOnTrack(measure: "ha-bac-luong", track: "vien-chuc"))
        _ = form.receive(.failed(.record(refusal)), env)
        XCTAssertEqual(form.errors["outcomes"]?.vi,
                       "dòng 2: “Hạ bậc lương” không phải hình thức xử lý của diện Chính quyền – viên chức; diện này có: khiển trách, "
                       + "cảnh cáo, cách chức, buộc thôi việc (và không vi phạm, nhắc nhở, kiểm điểm, khác)")
    }

    func testThePageShowsTrackAndDecisionNumberAndFlagsAnUnplacedOutcome() {
        var source = RecommendationDetailSource(code: "KN-2021-0002")
        source.record = RecommendationRecord(
            recommendation: Recommendation(code: "KN-2021-0002", to: "Ban Thường vụ Huyện ủy", sentOn: LocalDate(iso: "2021-04-02")!,
                                           outcomes: [.init(official: "DT-0001", track: .dang, measure: .khienTrach, decisionNumber: "12-QĐ/UBKT",
                                                            decidedOn: LocalDate(iso: "2021-05-20"), decidedBy: "UBKT Huyện ủy"),
                                                      .init(official: "DT-0003", track: nil, measure: .buocThoiViec)]),
            officialNames: ["DT-0001": "Giàng A Dình"], source: nil, audit: [])
        let lines = source.sections(env).flatMap(\.lines).compactMap { line -> (String, Role)? in
            if case .paragraph(let text, let role) = line { return (text, role) } else { return nil }
        }
        XCTAssertTrue(lines.contains { $0.0 == "1. Giàng A Dình (DT-0001): Khiển trách · Đảng · QĐ số 12-QĐ/UBKT · 20/05/2021 · UBKT Huyện ủy" && $0.1 == .normal },
                      "\(lines)")
        XCTAssertTrue(lines.contains { $0.0 == "2. DT-0003: Buộc thôi việc · Chưa xác định diện  ! sửa (e) dòng kết quả để chọn diện" && $0.1 == .overdue },
                      "\(lines)")
        let english = source.sections(testEnv(lang: .en)).flatMap(\.lines).compactMap { line -> String? in
            if case .paragraph(let text, _) = line { return text } else { return nil }
        }
        XCTAssertTrue(english.contains("1. Giàng A Dình (DT-0001): Reprimand · Party · decision 12-QĐ/UBKT · 20/05/2021 · UBKT Huyện ủy"), "\(english)")
    }
}
