import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

/// The plan, recommendation and residence-review screens, and the feedback page's links: as plain
/// values (a key in, effects and navigation out), then through the app on an in-memory store, then as
/// text at 80×24.
final class RecordScreensTests: XCTestCase {
    let env = testEnv()
    let day = AppFixtures.today

    func plan(_ status: PlanStatus = .dangGiamSat) -> Plan {
        Plan(code: "KH-2021-01", title: "Giám sát năm 2021", year: 2021, type: .chuyenDe, form: .doanGiamSat,
             supervised: [.init(official: "DT-0001", findings: "Ưu điểm: gần dân. Hạn chế: chậm trả lời đơn")], status: status, version: 3)
    }

    func planRecord(_ status: PlanStatus = .dangGiamSat) -> PlanRecord {
        PlanRecord(plan: plan(status), officialNames: ["DT-0001": "Giàng A Dình"], recommendations: [], feedback: [], audit: [])
    }

    func type(_ text: String, into screen: inout some Screen) {
        for character in text { _ = screen.handle(nil, key: .char(character), env) }
    }

    // MARK: Plans

    func testPlanListCyclesYearAndStatusAndOpensANewForm() throws {
        var list = ListScreen(source: PlanListSource(today: day))
        var expected = PlanListRequest()
        expected.limit = 17
        XCTAssertEqual(list.refresh(env), [.page(AnyListRequest(expected))])
        expected.year = 2022
        XCTAssertEqual(list.handle(.cycleYear, key: .char("y"), env).effects, [.page(AnyListRequest(expected))],
                       "the first year of the cycle is next year (plans are drafted ahead)")
        expected.year = 2021
        XCTAssertEqual(list.handle(.cycleYear, key: .char("y"), env).effects, [.page(AnyListRequest(expected))])
        expected.status = .duThao
        XCTAssertEqual(list.handle(.cycleStatus, key: .char("s"), env).effects, [.page(AnyListRequest(expected))])
        guard case .push(let form)? = list.handle(.new, key: .char("n"), env).navigation,
              let planForm = form as? FormScreen<PlanFormSpec> else { return XCTFail("n opens a new plan") }
        XCTAssertEqual(planForm.refresh(env), [.ask(PlanDraft(year: 2021))])
    }

    func testNewPlanFormProposesTheCodeChecksAndSavesTeamTargetsAndOfficials() throws {
        var form = FormScreen(spec: PlanFormSpec(newIn: 2021))
        _ = form.receive(.answer(AnyStoreRequest(PlanDraft(year: 2021)), "KH-2021-04"), env)
        XCTAssertEqual(form.values.text("code"), "KH-2021-04", "the next free code is proposed")
        let refused = form.handle(.save, key: .function(2), env)
        XCTAssertTrue(refused.effects.isEmpty)
        XCTAssertEqual(form.errors["title"], T.required)
        XCTAssertEqual(form.errors["type"], T.required)
        XCTAssertEqual(form.focus, "title")
        type("Giasm sast 2021", into: &form)
        _ = form.receive(.picked(field: "type", ids: ["chuyen-de"], names: [:]), env)
        _ = form.receive(.picked(field: "form", ids: ["doan-giam-sat"], names: [:]), env)
        _ = form.receive(.picked(field: "contents", ids: ["suy-thoai-tw4", "neu-guong"], names: [:]), env)
        var member = PlanFormSpec.memberRows.blank
        member["name"] = .text(TextField("Phùng Quang Huy"))
        member["organization"] = .text(TextField("Ủy ban Kiểm tra"))
        var second = PlanFormSpec.memberRows.blank
        second["name"] = .text(TextField("Lò Văn Sáng"))
        _ = form.receive(.rows(field: "members", rows: [member, second], names: [:]), env)
        var unit = PlanFormSpec.targetRows.blank
        unit["unit"] = .text(TextField("Huyện ủy"))
        _ = form.receive(.rows(field: "targetUnits", rows: [unit], names: [:]), env)
        _ = form.receive(.picked(field: "supervised", ids: ["DT-0001", "DT-0002"], names: ["DT-0001": "Giàng A Dình"]), env)
        _ = form.receive(.picked(field: "form", ids: ["doan-giam-sat"], names: [:]), env)
        // Dates: the end may not come before the start.
        var values = form.values
        values["startOn"] = .text(TextField("22/08/2021"))
        values["endOn"] = .text(TextField("18/08/2021"))
        XCTAssertEqual(form.spec.problems(values, saving: true, env)["endOn"], T.endBeforeStart)
        values["year"] = .text(TextField("21"))
        XCTAssertEqual(form.spec.problems(values, saving: true, env)["year"], T.badYear)
        let saved = form.handle(.save, key: .function(2), env)
        guard case .store(let request)? = saved.effects.first, let save = request.as(SaveNew<Plan>.self) else {
            return XCTFail("saves a new plan: \(saved)")
        }
        XCTAssertEqual(save.record.code, "KH-2021-04")
        XCTAssertEqual(save.record.title, "Giám sát 2021", "typed in Telex")
        XCTAssertEqual(save.record.status, .duThao, "a new plan is a draft")
        XCTAssertEqual(save.record.contents, [.suyThoaiTW4, .neuGuong])
        XCTAssertEqual(save.record.team.members, [.init(name: "Phùng Quang Huy", organization: "Ủy ban Kiểm tra"), .init(name: "Lò Văn Sáng")])
        XCTAssertEqual(save.record.targetUnits, ["Huyện ủy"])
        XCTAssertEqual(save.record.supervised.map(\.official), ["DT-0001", "DT-0002"])
        guard case .replace(let page)? = form.receive(.saved(entity: .plan, code: "KH-2021-04", undo: nil), env).navigation,
              (page as? DetailScreen<PlanDetailSource>)?.source.code == "KH-2021-04" else { return XCTFail("shows the plan") }
    }

    func testEditingAPlanKeepsItsStatusAndFindings() throws {
        var form = FormScreen(spec: PlanFormSpec(editing: "KH-2021-01"))
        XCTAssertEqual(form.refresh(env), [.ask(LoadPlan(code: "KH-2021-01"))])
        _ = form.receive(.answer(AnyStoreRequest(LoadPlan(code: "KH-2021-01")), planRecord()), env)
        XCTAssertEqual(form.focus, "documentNumber", "an edit keeps its code")
        type("171/KH", into: &form)
        guard case .store(let request)? = form.handle(.save, key: .function(2), env).effects.first,
              let save = request.as(SaveEdit<Plan>.self) else { return XCTFail("saves the edit") }
        XCTAssertEqual(save.expectedVersion, 3)
        XCTAssertEqual(save.record.status, .dangGiamSat)
        XCTAssertEqual(save.record.supervised, plan().supervised)
    }

    func testPlanPageStepsTheStatusForwardOnly() throws {
        var page = DetailScreen(source: PlanDetailSource(code: "KH-2021-01"))
        XCTAssertEqual(page.refresh(env), [.ask(LoadPlan(code: "KH-2021-01")), .ask(LoadVoidReason(entity: .plan, code: "KH-2021-01")),
                                           .ask(CountAttachments(entity: .plan, code: "KH-2021-01"))])
        _ = page.receive(.answer(AnyStoreRequest(LoadPlan(code: "KH-2021-01")), planRecord()), env)
        let text = page.lines(env, width: 76).map(\.0).joined(separator: "\n")
        XCTAssertTrue(text.contains("Ưu điểm") && text.contains("gần dân."), text)
        XCTAssertTrue(text.contains("chậm trả lời đơn"))
        guard case .push(let screen)? = page.handle(.changeStatus, key: .char("s"), env).navigation,
              var dialog = screen as? PlanStatusScreen else { return XCTFail("s opens the status step") }
        XCTAssertEqual(dialog.options, [.daBaoCao, .huy], "only forward")
        _ = dialog.handle(.down, key: .down, env)
        _ = dialog.handle(.up, key: .up, env)
        XCTAssertEqual(dialog.handle(.save, key: .function(2), env).effects,
                       [.write(AdvancePlan(code: "KH-2021-01", version: 3, status: .daBaoCao, on: day))])
        _ = dialog.handle(.nextField, key: .tab, env)
        _ = dialog.handle(nil, key: .ctrl("u"), env)
        type("31/12/2099", into: &dialog)
        XCTAssertTrue(dialog.handle(.save, key: .function(2), env).effects.isEmpty)
        XCTAssertEqual(dialog.error, T.dateInFuture)
        guard case .popDelivering(.changed)? = dialog.receive(.saved(entity: .plan, code: "KH-2021-01", undo: nil), env).navigation else {
            return XCTFail("the page below reloads")
        }
        var ended = DetailScreen(source: PlanDetailSource(code: "KH-2021-01"))
        _ = ended.receive(.answer(AnyStoreRequest(LoadPlan(code: "KH-2021-01")), planRecord(.hoanThanh)), env)
        XCTAssertFalse(ended.offers(.changeStatus), "a completed plan has no next step (not in the key bar)")
        XCTAssertEqual(ended.handle(.changeStatus, key: .char("s"), env).message, .error(T.planEnded))
    }

    func testFindingsAreEnteredPerOfficialFromThePage() throws {
        var page = DetailScreen(source: PlanDetailSource(code: "KH-2021-01"))
        _ = page.receive(.answer(AnyStoreRequest(LoadPlan(code: "KH-2021-01")), planRecord()), env)
        guard case .push(let picker)? = page.handle(.findings, key: .char("f"), env).navigation, picker is PickerScreen else {
            return XCTFail("f asks which official")
        }
        guard case .push(let screen)? = page.receive(.picked(field: PlanDetailSource.findingsField, ids: ["DT-0001"], names: [:]), env).navigation,
              var form = screen as? FormScreen<FindingsFormSpec> else { return XCTFail("the findings form") }
        XCTAssertEqual(form.values.text("strengths"), "gần dân.")
        XCTAssertEqual(form.values.text("shortcomings"), "chậm trả lời đơn")
        _ = form.handle(.nextField, key: .tab, env)
        type(", thieeus gaanf dana", into: &form)
        XCTAssertEqual(form.handle(.save, key: .function(2), env).effects, [.write(SaveFindings(
            plan: "KH-2021-01", version: 3, official: "DT-0001", findings: "Ưu điểm: gần dân.\nHạn chế: chậm trả lời đơn, thiếu gần dân"))])
    }

    func testLinkedRecordsOpenFromThePages() throws {
        var page = DetailScreen(source: PlanDetailSource(code: "KH-2021-01"))
        var record = planRecord()
        record.recommendations = [LinkedRecord(entity: .recommendation, code: "KN-2021-0002", date: day, text: "Đảng ủy", state: "cho-tra-loi")]
        _ = page.receive(.answer(AnyStoreRequest(LoadPlan(code: "KH-2021-01")), record), env)
        guard case .push(let screen)? = page.handle(.openLinked, key: .char("o"), env).navigation,
              let picker = (screen as? PickerScreen)?.picker else { return XCTFail("o lists the linked records") }
        XCTAssertEqual(picker.items.map(\.id), ["recommendation KN-2021-0002", "official DT-0001"])
        guard case .push(let opened)? = page.receive(.picked(field: PlanDetailSource.linkedField, ids: ["recommendation KN-2021-0002"],
                                                             names: [:]), env).navigation,
              (opened as? DetailScreen<RecommendationDetailSource>)?.source.code == "KN-2021-0002" else { return XCTFail("its page") }
        var recommendation = DetailScreen(source: RecommendationDetailSource(code: "KN-2021-0002"))
        let source = LinkedRecord(entity: .plan, code: "KH-2021-01", date: nil, text: "Giám sát", state: "ban-hanh")
        _ = recommendation.receive(.answer(AnyStoreRequest(LoadRecommendation(code: "KN-2021-0002")), RecommendationRecord(
            recommendation: Recommendation(code: "KN-2021-0002", source: "KH-2021-01", to: "Đảng ủy", sentOn: day),
            officialNames: [:], source: source, audit: [])), env)
        guard case .push(let back)? = recommendation.handle(.openLinked, key: .char("o"), env).navigation,
              (back as? DetailScreen<PlanDetailSource>)?.source.code == "KH-2021-01" else { return XCTFail("o opens the source") }
    }

    func testFindingsPartsReadBackWhatTheFormWrites() {
        let written = Plan.SupervisedOfficial(official: "X", strengths: "Gương mẫu.\nGần dân.", shortcomings: "")
        XCTAssertEqual(written.findings, "Ưu điểm: Gương mẫu.\nGần dân.")
        XCTAssertEqual(written.parts.strengths, "Gương mẫu.\nGần dân.")
        XCTAssertEqual(Plan.SupervisedOfficial(official: "X", findings: "Nhận xét chung").parts.strengths, "Nhận xét chung",
                       "findings without the heads are kept whole")
    }

    // MARK: Recommendations

    func testRecommendationFromFeedbackIsPrefilledAndRowsMustBeComplete() throws {
        var form = FormScreen(spec: RecommendationFormSpec(newOn: day, source: "PA-2021-0001"))
        XCTAssertEqual(form.refresh(env), [.ask(RecommendationDraft(year: 2021, source: "PA-2021-0001"))])
        let source = LinkedRecord(entity: .feedback, code: "PA-2021-0001", date: day, text: "Thu tiền sai", state: "xem-xet")
        let draft = RecommendationDraft.Answer(code: "KN-2021-0005", plans: [], source: source, officials: ["DT-0001": "Giàng A Dình"])
        _ = form.receive(.answer(AnyStoreRequest(RecommendationDraft(year: 2021, source: "PA-2021-0001")), draft), env)
        XCTAssertEqual(form.values.choice("source"), "PA-2021-0001", "the source is set")
        XCTAssertEqual(form.values.rows("outcomes"), [], "no outcome yet: it comes with the answer")
        _ = form.handle(.nextField, key: .tab, env)
        type("Ddarng uyr xax", into: &form)
        var started = RecommendationFormSpec.outcomeRows(env).blank
        started["official"] = .choice("DT-0001")
        _ = form.receive(.rows(field: "outcomes", rows: [started], names: [:]), env)
        XCTAssertTrue(form.handle(.save, key: .function(2), env).effects.isEmpty)
        XCTAssertNotNil(form.errors["outcomes"], "a row without its measure: named, not dropped")
        var row = form.values.rows("outcomes")[0]
        row["track"] = .choice("dang")
        row["measure"] = .choice("khai-tru")
        var second = RecommendationFormSpec.outcomeRows(env).blank
        second["official"] = .choice("DT-0002")
        second["track"] = .choice("cong-chuc")
        second["measure"] = .choice("buoc-thoi-viec")
        // Sent today (30/06/2021): a decision is not dated before the sending (nor after today), said naming the row.
        for (date, problem) in [("20/06/2021", RecordProblem.decisionBeforeSent(day)), ("15/12/2027", .dateAfterToday(day))] {
            second["decidedOn"] = .text(TextField(date))
            _ = form.receive(.rows(field: "outcomes", rows: [row, second], names: [:]), env)
            XCTAssertTrue(form.handle(.save, key: .function(2), env).effects.isEmpty, date)
            XCTAssertEqual(form.errors["outcomes"], T.onOutcomeRow(1, problem.localized), date)
        }
        second["decidedOn"] = .text(TextField("30/06/2021"))
        _ = form.receive(.rows(field: "outcomes", rows: [row, second], names: [:]), env)
        guard case .store(let request)? = form.handle(.save, key: .function(2), env).effects.first,
              let save = request.as(SaveNew<Recommendation>.self) else { return XCTFail("saves") }
        XCTAssertEqual(save.record.source, "PA-2021-0001")
        XCTAssertEqual(save.record.to, "Đảng ủy xã")
        XCTAssertEqual(save.record.outcomes.map(\.measure), [.khaiTru, .buocThoiViec])
        XCTAssertEqual(save.record.outcomes.map(\.track), [.dang, .congChuc])
        XCTAssertEqual(save.record.outcomes[1].decidedOn, LocalDate(iso: "2021-06-30"))
        // The store refuses expulsion for a non-member: said on the outcomes field, naming the row.
        let refusal = RecordError(entity: .recommendation, code: "KN-2021-0005", field: "outcomes[1].measure",
                                  problem: .partyMeasureForNonMember(measure: "khai-tru", official: "DT-0002"))
        let outcome = form.receive(.failed(.record(refusal)), env)
        XCTAssertEqual(outcome.message, .failure(.record(refusal)))
        XCTAssertEqual(form.focus, "outcomes")
        XCTAssertTrue(form.errors["outcomes"]?.vi.hasPrefix("dòng 2:") ?? false, "\(String(describing: form.errors["outcomes"]))")
        XCTAssertTrue(form.isDirty, "the edits are kept")
    }

    /// Walk-through finding ("Đã lưu KN-…" twice): F2 pressed again while the save was on its way saved again — a
    /// second new record. The form asks once, and again only after the store answered.
    func testF2AgainWhileTheSaveIsOnItsWayDoesNotSaveTwice() throws {
        var form = FormScreen(spec: RecommendationFormSpec(newOn: day, source: nil))
        let draft = RecommendationDraft.Answer(code: "KN-2021-0005", plans: [], source: nil, officials: [:])
        _ = form.receive(.answer(AnyStoreRequest(RecommendationDraft(year: 2021, source: nil)), draft), env)
        _ = form.handle(.nextField, key: .tab, env)
        type("Ddarng uyr xax", into: &form)
        _ = form.handle(.nextField, key: .tab, env)
        _ = form.handle(.nextField, key: .tab, env)
        type("Ddeef nghij", into: &form)
        XCTAssertEqual(form.handle(.save, key: .function(2), env).effects.count, 1, "one write")
        XCTAssertEqual(form.handle(.save, key: .function(2), env).effects, [], "F2 again before the answer: nothing")
        _ = form.receive(.failed(.other("đĩa đầy")), env)
        XCTAssertEqual(form.handle(.save, key: .function(2), env).effects.count, 1, "answered (here refused): F2 asks again")
        let saved = form.receive(.saved(entity: .recommendation, code: "KN-2021-0005", undo: nil), env)
        XCTAssertEqual(saved.message, .info(T.saved, "KN-2021-0005"))
    }

    func testAnsweredRecommendationGetsItsAnswerDate() throws {
        var form = FormScreen(spec: RecommendationFormSpec(newOn: day, source: nil))
        let draft = RecommendationDraft.Answer(code: "KN-2021-0005", plans: [], source: nil, officials: [:])
        _ = form.receive(.answer(AnyStoreRequest(RecommendationDraft(year: 2021, source: nil)), draft), env)
        XCTAssertNil(form.values.choice("source"), "standalone")
        _ = form.receive(.picked(field: "response", ids: ["da-tra-loi"], names: [:]), env)
        XCTAssertEqual(form.values.text("respondedOn"), day.vietnamese)
        var values = form.values
        values["sentOn"] = .text(TextField("30/06/2021"))
        values["respondedOn"] = .text(TextField("01/06/2021"))
        XCTAssertEqual(form.spec.problems(values, saving: false, env)["respondedOn"], T.answeredBeforeSent)
    }

    /// Walk-through finding: after a save the page kept its scroll, and the new audit line (the last) stayed hidden.
    func testAfterASaveThePageShowsTheNewAuditLineAtItsEnd() throws {
        var page = DetailScreen(source: FeedbackDetailSource(code: "PA-2021-0001"))
        var feedback = Feedback(code: "PA-2021-0001", receivedOn: day, channel: .homThu, kind: .toCao, summary: "x", version: 1)
        var audit = (1...30).map { AuditEntry(at: "2021-03-02T09:00:00+07:00", by: "Cán bộ thử", entity: .feedback, code: "PA-2021-0001",
                                              field: "notes", old: "", new: "ghi chú \($0)") }
        func load() -> EffectResult {
            answer(LoadFeedback(code: "PA-2021-0001"), FeedbackRecord(feedback: feedback, officialNames: [:], localityName: nil, audit: audit))
        }
        func shown() -> String {
            var canvas = Canvas(width: 80, height: 24)
            _ = page.render(into: &canvas, Rect(x: 0, y: 2, width: 80, height: env.bodyHeight), env)
            return canvas.text
        }
        _ = page.receive(load(), env)
        XCTAssertEqual(page.scroll, 0, "a page opens at its top")
        XCTAssertFalse(shown().contains("ghi chú 30"))
        _ = page.receive(load(), env)
        XCTAssertEqual(page.scroll, 0, "loaded again unchanged (back from another screen): where it was")

        // Saved (the form popped, the page loads again): version 2, one more line in the trail.
        feedback.version = 2
        audit.append(AuditEntry(at: "2021-03-03T09:00:00+07:00", by: "Cán bộ thử", entity: .feedback, code: "PA-2021-0001",
                                field: "notes", old: "", new: "ghi chú mới"))
        _ = page.receive(load(), env)
        XCTAssertTrue(shown().contains("ghi chú mới"), "the new audit line is in view: \(shown())")
        // A line that comes later (the files' count, above) does not push it out of view.
        _ = page.receive(.answer(AnyStoreRequest(CountAttachments(entity: .feedback, code: "PA-2021-0001")), AttachmentTally(live: 1)), env)
        XCTAssertTrue(shown().contains("ghi chú mới"), shown())
        _ = page.handle(.top, key: .home, env)
        XCTAssertEqual(page.scroll, 0, "the user scrolls as before")
        _ = page.receive(load(), env)
        XCTAssertEqual(page.scroll, 0, "and it stays where they put it")
    }

    // MARK: Feedback links

    func testFeedbackPageLinksAPlanAndStartsARecommendation() throws {
        var page = DetailScreen(source: FeedbackDetailSource(code: "PA-2021-0001"))
        let feedback = Feedback(code: "PA-2021-0001", receivedOn: day, channel: .homThu, kind: .toCao, summary: "x", version: 2)
        _ = page.receive(answer(LoadFeedback(code: "PA-2021-0001"), FeedbackRecord(feedback: feedback, officialNames: [:], localityName: nil, audit: [])), env)
        let links = FeedbackLinks.Answer(plan: nil, recommendations: [
            LinkedRecord(entity: .recommendation, code: "KN-2021-0001", date: day, text: "Đảng ủy xã", state: "cho-tra-loi")])
        _ = page.receive(.answer(AnyStoreRequest(FeedbackLinks(code: "PA-2021-0001")), links), env)
        XCTAssertTrue(page.lines(env, width: 76).contains { $0.0.contains("KN-2021-0001 → Đảng ủy xã") }, "the recommendations from it")
        XCTAssertEqual(page.handle(.linkPlan, key: .char("l"), env).effects, [.ask(PlanChoices())])
        let plans = [LinkedRecord(entity: .plan, code: "KH-2021-01", date: nil, text: "Giám sát", state: "ban-hanh")]
        guard case .push(let picker)? = page.receive(.answer(AnyStoreRequest(PlanChoices()), plans), env).navigation,
              (picker as? PickerScreen)?.picker.items.map(\.id) == ["", "KH-2021-01"] else { return XCTFail("a plan picker, none first") }
        XCTAssertEqual(page.receive(.picked(field: "plan", ids: ["KH-2021-01"], names: [:]), env).effects,
                       [.write(LinkFeedbackToPlan(code: "PA-2021-0001", version: 2, plan: "KH-2021-01"))])
        XCTAssertEqual(Commands.command(for: .char("n"), keymaps: page.keymaps, typing: false), .newRecommendation)
        XCTAssertEqual(Commands.command(for: .char("k"), keymaps: page.keymaps, typing: false), .up, "k scrolls, as on every page")
        guard case .push(let form)? = page.handle(.newRecommendation, key: .char("n"), env).navigation,
              (form as? FormScreen<RecommendationFormSpec>)?.spec.sourceCode == "PA-2021-0001" else {
            return XCTFail("n: a recommendation from this record")
        }
    }

    func testDuplicateOriginalIsChosenFromAList() throws {
        let feedback = Feedback(code: "PA-2021-0001", receivedOn: day, channel: .homThu, kind: .toCao, summary: "x")
        var dialog = StatusChangeScreen(feedback: feedback, options: feedback.status.allowedNext, today: day)
        _ = dialog.handle(.down, key: .down, env)
        _ = dialog.handle(.down, key: .down, env) // trùng
        _ = dialog.handle(.nextField, key: .tab, env)
        _ = dialog.handle(.nextField, key: .tab, env)
        XCTAssertEqual(dialog.focus, .duplicateOf)
        guard case .push(let screen)? = dialog.handle(.choose, key: .enter, env).navigation,
              var picker = screen as? PickerScreen, picker.search == .feedback(excluding: "PA-2021-0001") else {
            return XCTFail("Enter opens the list of records")
        }
        XCTAssertEqual(picker.refresh(env), [.ask(FeedbackChoices(query: "", excluding: "PA-2021-0001"))])
        XCTAssertEqual(picker.handle(nil, key: .char("t"), env).effects, [.ask(FeedbackChoices(query: "t", excluding: "PA-2021-0001"))])
        let found = [LinkedRecord(entity: .feedback, code: "PA-2021-0002", date: day, text: "Thu tiền", state: "luu")]
        _ = picker.receive(.answer(AnyStoreRequest(FeedbackChoices(query: "t", excluding: "PA-2021-0001")), found), env)
        guard case .popDelivering(let delivery)? = picker.handle(.choose, key: .enter, env).navigation else { return XCTFail("chooses") }
        _ = dialog.receive(delivery, env)
        XCTAssertEqual(dialog.duplicateOf.text, "PA-2021-0002")
        guard let change = dialog.handle(.save, key: .function(2), env).effects.first?.store(AdvanceFeedback.self)?.change else { return XCTFail("saves") }
        XCTAssertEqual(change.duplicateOf, "PA-2021-0002")
    }

    // MARK: Residence reviews

    func member(_ code: String, lives: String = "TH01", review: ResidenceReview? = nil) -> ResidenceMember {
        ResidenceMember(code: code, name: "Người \(code)", position: "", residence: lives, exempt: false, review: review)
    }

    func testGridEntersAVillageMeetingFast() throws {
        let th01 = Locality(code: "TH01", name: "Thôn Háng Đề Dê", kind: .thon)
        var grid = ResidenceGridScreen(year: 2024, locality: th01)
        XCTAssertEqual(grid.refresh(env), [.ask(LoadResidenceGrid(year: 2024, locality: "TH01"))])
        let answer = ResidenceGrid(year: 2024, locality: th01, members: [member("DT-0001"), member("DT-0002")],
                                   exempt: [member("DT-0009")], visitors: [])
        _ = grid.receive(.answer(AnyStoreRequest(LoadResidenceGrid(year: 2024, locality: "TH01")), answer), env)
        XCTAssertEqual(grid.handle(.opinions, key: .char("o"), env).message, .error(T.assessFirst))
        XCTAssertEqual(Commands.command(for: .char("t"), keymaps: grid.keymaps, typing: grid.isTyping), .assessGood)
        XCTAssertEqual(Commands.command(for: .enter, keymaps: grid.keymaps, typing: grid.isTyping), .down, "Enter moves down")
        XCTAssertEqual(Commands.command(for: .char("2"), keymaps: grid.keymaps, typing: grid.isTyping), .section(.feedback),
                       "a section key is a section key here too: it never records a review")
        XCTAssertEqual(Commands.command(for: .char("k"), keymaps: grid.keymaps, typing: grid.isTyping), .up, "k is up, never an assessment")
        let good = ResidenceReview(year: 2024, locality: "TH01", official: "DT-0001", assessment: .tot)
        XCTAssertEqual(grid.handle(.assessGood, key: .char("t"), env).effects, [.write(SaveReview(review: good, expectedVersion: 0))])
        var changed = good
        changed.assessment = .coHanChe
        changed.version = 1
        XCTAssertEqual(grid.handle(.assessShortcomings, key: .char("h"), env).effects,
                       [.write(SaveReview(review: changed, expectedVersion: 1))], "a second key on the row carries the version the first left")
        _ = grid.handle(.opinions, key: .tab, env)
        XCTAssertTrue(grid.isTyping)
        type("Chuaw gaanf dana", into: &grid)
        guard case .store(let request)? = grid.handle(.save, key: .enter, env).effects.first,
              let save = request.as(SaveReview.self) else { return XCTFail("Enter saves the opinions") }
        XCTAssertEqual(save.review.opinions, "Chưa gần dân")
        XCTAssertEqual(save.expectedVersion, 2)
        XCTAssertEqual(grid.selected?.code, "DT-0002", "and goes down to the next person")
        XCTAssertEqual(grid.reviewedCount, 1)
        XCTAssertEqual(grid.memberCount, 2, "the exempt member is not counted")
    }

    func testReviewingSomeoneFromElsewhereNeedsAConfirmation() throws {
        let th01 = Locality(code: "TH01", name: "Thôn Háng Đề Dê", kind: .thon)
        var grid = ResidenceGridScreen(year: 2024, locality: th01)
        _ = grid.receive(.answer(AnyStoreRequest(LoadResidenceGrid(year: 2024, locality: "TH01")),
                                 ResidenceGrid(year: 2024, locality: th01, members: [member("DT-0001")], exempt: [], visitors: [])), env)
        guard case .push(let picker)? = grid.handle(.addReview, key: .char("a"), env).navigation,
              (picker as? PickerScreen)?.searchesOfficials == true else { return XCTFail("a: the officials picker") }
        XCTAssertEqual(grid.receive(.picked(field: ResidenceGridScreen.addField, ids: ["DT-0001"], names: [:]), env).effects, [],
                       "already in the list: selected, nothing loaded")
        XCTAssertEqual(grid.receive(.picked(field: ResidenceGridScreen.addField, ids: ["DT-0003"], names: [:]), env).effects,
                       [.ask(LoadOfficial(code: "DT-0003"))])
        let elsewhere = Official(code: "DT-0003", familyName: "Lò", middleName: "Thị", givenName: "Mai", category: .canBoDangVien,
                                 partyMember: true, residence: "TH02")
        guard case .push(let confirm)? = grid.receive(.answer(AnyStoreRequest(LoadOfficial(code: "DT-0003")), elsewhere), env).navigation,
              var question = confirm as? ConfirmScreen, question.question == .reviewElsewhere(official: "DT-0003", name: "Lò Thị Mai") else {
            return XCTFail("asks first")
        }
        XCTAssertEqual(grid.rows.count, 1, "not added before the answer")
        guard case .popDelivering(let yes)? = question.handle(.yes, key: .char("y"), env).navigation else { return XCTFail("y") }
        _ = grid.receive(yes, env)
        XCTAssertEqual(grid.rows.map(\.code), ["DT-0001", "DT-0003"])
        XCTAssertEqual(grid.selected?.code, "DT-0003")
        XCTAssertEqual(grid.handle(.assessGood, key: .char("t"), env).effects,
                       [.write(SaveReview(review: ResidenceReview(year: 2024, locality: "TH01", official: "DT-0003", assessment: .tot),
                                          expectedVersion: 0))])
    }

    // MARK: Through the app, on an in-memory store

    /// The fixture commune with party members (the residence grid lists them) and a plan supervising DT-0001.
    func database() throws -> AppDatabase { try AppFixtures.residenceDatabase() }

    func testStatusStepFindingsAndARecommendationFromAPlanReachTheStore() throws {
        let db = try database()
        let (app, _) = try AppFixtures.app(db, section: .plans)
        app.run()
        for key in [Key.enter, .char("s"), .function(2)] { app.send(.key(key)) }
        XCTAssertEqual(try db.fetch(Plan.self, code: "KH-2021-01")?.status, .daBaoCao)
        XCTAssertEqual(try db.fetch(Plan.self, code: "KH-2021-01")?.reportedOn, AppFixtures.today)
        for key in [Key.char("f"), .enter] + .typing("Gaanf dana") + [Key.function(2)] { app.send(.key(key)) }
        XCTAssertEqual(try db.fetch(Plan.self, code: "KH-2021-01")?.supervised.first?.findings, "Ưu điểm: Gần dân")
        app.send(.key(.char("u")))
        XCTAssertEqual(try db.fetch(Plan.self, code: "KH-2021-01")?.supervised.first?.findings, "", "undo takes the findings back")
        for key in [Key.char("n"), .tab] + .typing("Ddarng uyr xax") + [Key.function(2)] { app.send(.key(key)) }
        let saved = try XCTUnwrap(try db.recommendations(from: "KH-2021-01").first)
        XCTAssertEqual(saved.text, "Đảng ủy xã")
        XCTAssertNotNil(app.state.topIs(DetailScreen<RecommendationDetailSource>.self))
        app.send(.key(.escape))
        XCTAssertTrue(app.state.topIs(DetailScreen<PlanDetailSource>.self)?.source.record?.recommendations.map(\.code)
            .contains(saved.code) ?? false, "the plan's page lists it when it comes back on top")
    }

    func testResidenceSectionOpensALocalityAndSavesAReviewPerKey() throws {
        let db = try database()
        let (app, _) = try AppFixtures.app(db, section: .residence)
        app.run()
        app.send(.key(.down)) // Thôn Háng Đề Dê (the localities sort the Vietnamese way: Bản before Thôn)
        app.send(.key(.enter))
        let grid = try XCTUnwrap(app.state.topIs(ResidenceGridScreen.self))
        XCTAssertEqual(grid.rows.map(\.code), ["DT-0001", "DT-0002"])
        app.send(.key(.char("h")))
        for key in [Key.char("o")] + .typing("Ddi hopj muoonj") + [Key.enter, .char("n")] { app.send(.key(key)) }
        XCTAssertEqual(try db.fetch(ResidenceReview.self, code: "2021/DT-0001")?.opinions, "Đi họp muộn")
        XCTAssertEqual(try db.fetch(ResidenceReview.self, code: "2021/DT-0001")?.assessment, .coHanChe)
        XCTAssertEqual(try db.fetch(ResidenceReview.self, code: "2021/DT-0002")?.assessment, .khongYKien)
        app.send(.key(.escape))
        XCTAssertTrue(app.state.topIs(ResidenceScreen.self)?.progress?.first { $0.locality.code == "TH01" }?.isDone ?? false)
    }

    // MARK: Snapshots at 80×24

    func testNewScreensAt80x24() throws {
        let db = try database()
        try db.save(Recommendation(code: "KN-2021-0002", source: "KH-2021-01", to: "Ủy ban Kiểm tra Đảng ủy", sentOn: LocalDate(iso: "2021-05-01")!,
                                   response: .daTraLoi, respondedOn: LocalDate(iso: "2021-05-20"),
                                   outcomes: [.init(official: "DT-0001", track: .dang, measure: .khienTrach, decisionNumber: "12-QĐ/UBKT",
                                                    decidedOn: LocalDate(iso: "2021-06-01"), decidedBy: "Ủy ban Kiểm tra Huyện ủy")]), by: "t")
        // Audit times are the clock's: pinned so the pages that show them draw the same every run.
        try db.write { try $0.execute(sql: "UPDATE audit SET at = '2021-06-30T09:00:00+07:00'") }
        func shot(_ section: Section, _ keys: [Key], _ name: String) throws {
            let (app, terminal) = try AppFixtures.app(db, keys: keys, section: section)
            app.run()
            try assertSnapshot(terminal.screen, name)
        }
        try shot(.plans, [.enter], "plan-page-80x24")
        try shot(.plans, [.char("n")], "plan-form-80x24")
        try shot(.plans, [.enter, .char("s")], "plan-status-80x24")
        try shot(.plans, [.enter, .char("f"), .enter], "plan-findings-80x24")
        try shot(.recommendations, [.char("n")], "recommendation-form-80x24")
        try shot(.recommendations, [.enter, .char("e"), .pageDown], "recommendation-outcomes-80x24")
        try shot(.recommendations, [.enter], "recommendation-page-80x24")
        try shot(.residence, [.down, .enter, .char("h"), .char("o")] + .typing("Ddi hopj muoonj"), "residence-grid-80x24")
        // The grid's keys: letters assess, digits stay sections, and the hint line says how to switch.
        try shot(.residence, [.down, .enter], "residence-grid-keys-80x24")
        try shot(.residence, [.down, .enter, .char("a")] + .typing("lo"), "residence-add-80x24")
        try shot(.residence, [.down, .enter, .char("a")] + .typing("lo") + [.enter], "residence-elsewhere-80x24")
        try shot(.feedback, [.enter, .char("s"), .down, .down, .tab, .tab, .enter] + .typing("thu"), "feedback-original-picker-80x24")
        try shot(.feedback, [.enter, .char("l")], "feedback-plan-picker-80x24")
    }
}
