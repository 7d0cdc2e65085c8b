import Foundation
import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

/// A terminal that plays a script of keys and keeps the last screen: the test backend.
final class ScriptedTerminal: TerminalBackend {
    var size: (width: Int, height: Int)
    var keys: [Key]
    var screen = Canvas(width: 0, height: 0)
    var cursor: (x: Int, y: Int)?

    init(width: Int = 80, height: Int = 24, keys: [Key] = []) {
        size = (width, height)
        self.keys = keys
    }

    func draw(_ canvas: Canvas, cursor: (x: Int, y: Int)?) {
        screen = canvas
        self.cursor = cursor
    }

    func readKey() -> Key? { keys.isEmpty ? nil : keys.removeFirst() }
}

enum AppFixtures {
    static let today = LocalDate(iso: "2021-06-30")!

    /// A small commune: two villages, three officials, six feedback records.
    static func database() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        let user = "Cán bộ thử"
        try db.setCommune(Commune(code: "lao-chai", name: "Xã Lao Chải", district: "Huyện Mù Cang Chải", province: "Tỉnh Yên Bái"), by: user)
        try db.save(Locality(code: "TH01", name: "Thôn Háng Đề Dê", kind: .thon), by: user)
        try db.save(Locality(code: "TH02", name: "Bản Lìm Mông", kind: .ban), by: user)
        try db.save(Official(code: "DT-0001", familyName: "Giàng", middleName: "A", givenName: "Dình", position: "Bí thư Đảng ủy xã",
                             category: .nguoiDungDau, residence: "TH01"), by: user)
        try db.save(Official(code: "DT-0002", familyName: "Nguyễn", middleName: "Văn", givenName: "Đình", position: "Chủ tịch UBND xã",
                             category: .canBoChuChot), by: user)
        try db.save(Official(code: "DT-0003", familyName: "Lò", middleName: "Thị", givenName: "Mai", position: "Kế toán",
                             category: .canBoDangVien), by: user)
        let items: [(String, String, FeedbackChannel, String, [String], FeedbackStatus?)] = [
            ("PA-2021-0001", "2021-03-02", .duongDayNong, "Gọi đường dây nóng phản ánh thu tiền sai quy định", ["DT-0001"], .xemXet),
            ("PA-2021-0002", "2021-04-10", .homThu, "Hòm thư: cán bộ uống rượu trong giờ làm việc", ["DT-0002"], .luu),
            ("PA-2021-0003", "2021-05-05", .vanBan, "Đơn kiến nghị công khai danh sách hộ nghèo", ["DT-0003"], nil),
            ("PA-2021-0004", "2021-06-01", .trucTiep, "Phản ánh chậm giải quyết hồ sơ đất đai", ["DT-0002"], nil),
            ("PA-2021-0005", "2021-06-20", .thuDienTu, "Thư điện tử tố cáo vi phạm xây dựng", [], nil),
            ("PA-2021-0006", "2021-06-28", .hoiNghi, "Ý kiến tại hội nghị thôn về nêu gương", ["DT-0001"], nil),
        ]
        for (code, received, channel, summary, officials, status) in items {
            var f = Feedback(code: code, receivedOn: LocalDate(iso: received)!, channel: channel, kind: .phanAnh,
                             anonymous: code != "PA-2021-0001",
                             reporter: code == "PA-2021-0001" ? Feedback.Reporter(name: "Sùng A Tủa", address: "Thôn Háng Đề Dê", phone: "0912000111") : nil,
                             officials: officials, locality: "TH01", content: .suyThoaiTW4, summary: summary, receivedBy: user)
            if let status { try f.advance(to: .init(status: status, on: f.receivedOn.adding(days: 2), by: user)) }
            try db.save(f, by: user)
        }
        return db
    }

    /// The small commune plus a plan past its end, a recommendation unanswered for two months and a
    /// residence review: something in every section and on the worklist.
    static func fullDatabase() throws -> AppDatabase {
        let db = try database()
        let user = "Cán bộ thử"
        try db.save(Plan(code: "KH-2021-01", documentNumber: "171/KH-MTTQ-BTT", title: "Giám sát việc thực hiện Quy định 124-QĐ/TW",
                         year: 2021, type: .chuyenDe, form: .doanGiamSat, contents: [.suyThoaiTW4],
                         startOn: LocalDate(iso: "2021-06-01"), endOn: LocalDate(iso: "2021-06-20"),
                         supervised: [.init(official: "DT-0001")], status: .dangGiamSat), by: user)
        try db.save(Recommendation(code: "KN-2021-0001", source: "PA-2021-0001", to: "Ban Thường vụ Đảng ủy xã",
                                   sentOn: LocalDate(iso: "2021-04-20")!, content: "Đề nghị kiểm tra việc thu tiền"), by: user)
        try db.save(ResidenceReview(year: 2021, locality: "TH01", official: "DT-0001", assessment: .tot), by: user)
        // The review came out of the village's meeting of the year (issue 21): the village counts as reviewed.
        try db.save(ResidenceMeeting(code: "HN-2021-01", year: 2021, locality: "TH01", heldOn: LocalDate(iso: "2021-06-12")!,
                                     chair: "Giàng A Lử", present: 38, invited: 42), by: user)
        return db
    }

    /// The full commune with DT-0001 and DT-0002 party members living in TH01: the residence grid lists them.
    static func residenceDatabase() throws -> AppDatabase {
        let db = try fullDatabase()
        for code in ["DT-0001", "DT-0002"] {
            guard var official = try db.fetch(Official.self, code: code) else { continue }
            official.partyMember = true
            official.residence = "TH01"
            try db.save(official, by: "t")
        }
        return db
    }

    /// The app on a section (feedback unless told), with keys to play when `run` is called.
    static func app(_ db: AppDatabase, width: Int = 80, height: Int = 24, keys: [Key] = [], lang: Lang = .vi,
                    section: Section = .feedback, today: LocalDate = AppFixtures.today) throws -> (App, ScriptedTerminal) {
        let terminal = ScriptedTerminal(width: width, height: height, keys: keys)
        let app = try App(state: AppState(lang: lang, today: today, user: "Cán bộ thử"), database: db, terminal: terminal)
        app.start(on: section)
        return (app, terminal)
    }
}

extension Array where Element == Key {
    /// Keys for typing a text.
    static func typing(_ text: String) -> [Key] { text.map { .char($0) } }
}

/// Compares a screen with `Snapshots/NAME.txt`; UPDATE_SNAPSHOTS=1 rewrites it, except in CI (`CI=true`),
/// where the variable makes the test fail: a run there compares, it never rewrites the expected screens and passes.
func assertSnapshot(_ canvas: Canvas, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt")
    let text = canvas.text + "\n"
    let environment = ProcessInfo.processInfo.environment
    if let update = environment["UPDATE_SNAPSHOTS"], !update.isEmpty {
        if environment["CI"] == "true" {
            return XCTFail("UPDATE_SNAPSHOTS is set in CI: snapshots are compared there, never rewritten", file: file, line: line)
        }
        if update == "1" { try text.write(to: url, atomically: true, encoding: .utf8) }
    }
    XCTAssertEqual(text, try String(contentsOf: url, encoding: .utf8), "screen differs from Snapshots/\(name).txt", file: file, line: line)
}

/// The screens tests look at, found on the stack.
extension AppState {
    typealias FeedbackList = ListScreen<FeedbackListSource>
    typealias FeedbackDetail = DetailScreen<FeedbackDetailSource>
    typealias FeedbackForm = FormScreen<FeedbackFormSpec>

    var list: FeedbackList? { screen(FeedbackList.self) }
    /// The record shown, when its page is on top.
    var detail: FeedbackDetail? { top as? FeedbackDetail }
    var form: FeedbackForm? { screen(FeedbackForm.self) }
    var report: ReportScreen? { screen(ReportScreen.self) }
    func topIs<S: Screen>(_ type: S.Type) -> S? { top as? S }
    var messageText: String? { message?.text(lang) }
}

/// The result a screen gets for `request` answered with `value`, as the runner sends it.
func answer<R: StoreRequest>(_ request: R, _ value: R.Answer) -> EffectResult { .answer(AnyStoreRequest(request), value) }

/// A screen's environment for plain-value tests: no database, no terminal.
func testEnv(width: Int = 80, height: Int = 24, lang: Lang = .vi) -> ScreenEnv {
    ScreenEnv(lang: lang, today: AppFixtures.today, user: "Cán bộ thử", inputMethod: .telex, settings: .defaults, width: width, height: height)
}
