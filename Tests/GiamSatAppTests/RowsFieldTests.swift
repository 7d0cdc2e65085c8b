import XCTest
@testable import GiamSatApp
import GiamSatCore
import TerminalUI

/// A team of members, as a plan form will have it: the repeated sub-rows of the form kit.
private struct TeamSpec: FormSpec {
    static let members = RowsSpec(title: Localized("Thành viên", "Members"), columns: [
        FormField(id: "name", label: Localized("Họ tên", "Name"), kind: .text),
        FormField(id: "organization", label: Localized("Đơn vị", "Organisation"), kind: .text),
    ], required: ["name"])
    var isNew: Bool { true }
    var code: String { "KH-1" }
    func title(_ env: ScreenEnv) -> String { "Đoàn" }
    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        [FormField(id: "members", label: Localized("Thành viên", "Members"), kind: .rows(Self.members))]
    }
    func load() -> [Effect] { [] }
    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? { nil }
    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {}
    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] { [:] }
    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome { .none }
    func afterSave(code: String) -> Navigation { .pop }
}

final class RowsFieldTests: XCTestCase {
    let env = testEnv()

    func testRowsAreAddedEditedAndRemovedInTheirOwnList() throws {
        var form = FormScreen(spec: TeamSpec(), values: FormValues(values: ["members": .rows([])]))
        guard case .push(let pushed)? = form.handle(.choose, key: .enter, env).navigation, var editor = pushed as? RowsEditorScreen else {
            return XCTFail("Enter on the field opens its rows")
        }
        guard case .push(let rowForm)? = editor.handle(.new, key: .char("n"), env).navigation,
              var row = rowForm as? FormScreen<RowFormSpec> else { return XCTFail("n adds a row in a form of its own") }
        XCTAssertTrue(row.acceptsKeys, "nothing to load")
        XCTAssertEqual(row.handle(.save, key: .function(2), env).message, .error(T.fixErrors), "the name is required")
        for key in "Phungf Quang Huy" { _ = row.handle(nil, key: .char(key), env) }
        guard case .popDelivering(let delivery)? = row.handle(.save, key: .function(2), env).navigation else { return XCTFail("saved") }
        _ = editor.receive(delivery, env)
        XCTAssertEqual(editor.rows.map { $0.text("name") }, ["Phùng Quang Huy"])
        _ = editor.receive(.row(index: nil, values: TeamSpec.members.blank), env)
        _ = editor.handle(.deleteRow, key: .delete, env)
        XCTAssertEqual(editor.rows.count, 1, "Del removes the selected (last added) row")
        guard case .popDelivering(let rows)? = editor.handle(.save, key: .escape, env).navigation else { return XCTFail("Esc hands back") }
        _ = form.receive(rows, env)
        XCTAssertEqual(form.values.rows("members").map { $0.text("name") }, ["Phùng Quang Huy"])
        XCTAssertTrue(form.isDirty)
        var canvas = Canvas(width: 80, height: 24)
        _ = form.render(into: &canvas, Rect(x: 0, y: 2, width: 80, height: 19), env)
        XCTAssertTrue(canvas.text.contains("1. Phùng Quang Huy"), canvas.text)
    }

    /// Walkthrough finding: a row added then removed before saving still asked "Bỏ các thay đổi chưa lưu?" on leaving.
    /// The form is dirty when its values differ from those it loaded, not because something was touched.
    func testAFormBackToItsLoadedValuesLeavesWithoutAsking() {
        func leaves(_ form: inout FormScreen<TeamSpec>) -> Bool {
            if case .pop? = form.handle(.cancel, key: .escape, env).navigation { return true }
            return false
        }
        var form = FormScreen(spec: TeamSpec(), values: FormValues(values: ["members": .rows([])]))
        var row = TeamSpec.members.blank
        row["name"] = .text(TextField("Phùng Quang Huy"))
        _ = form.receive(.rows(field: "members", rows: [row], names: [:]), env)
        XCTAssertTrue(form.isDirty, "a row added")
        XCTAssertFalse(leaves(&form), "asks first")
        _ = form.receive(.rows(field: "members", rows: [], names: ["DT-0001": "Giàng A Dình"]), env)
        XCTAssertFalse(form.isDirty, "the row removed again: nothing to lose")
        XCTAssertTrue(leaves(&form), "Esc leaves without asking")
        // A letter typed and erased, likewise (the cursor may have moved: the text is what counts).
        var typed = FormScreen(spec: TeamSpec(), values: FormValues(values: ["members": .rows([row])]))
        var edited = row
        edited["name"] = .text(TextField("Phùng Quang Huyx"))
        _ = typed.receive(.rows(field: "members", rows: [edited], names: [:]), env)
        XCTAssertTrue(typed.isDirty)
        _ = typed.receive(.rows(field: "members", rows: [row], names: [:]), env)
        XCTAssertFalse(typed.isDirty)
    }
}
