import Foundation
import XCTest
@testable import GiamSatApp
@testable import GiamSatCore
import TerminalUI

/// The report screen follows the `report-periods` setting and says which periods it used (issue 12).
final class ReportPeriodsTests: XCTestCase {
    func testTheReportUsesCutOffPeriodsWhenSetAndSaysSo() throws {
        let db = try AppFixtures.database()
        var general = try db.generalSettings()
        general.reportPeriods = .cutOff
        try db.saveGeneralSettings(general, by: "t")
        // Received 20/12/2020: in the cut-off year 2021 (15/12/2020 – 14/12/2021), not in the calendar one.
        try db.save(Feedback(code: "PA-2020-0009", receivedOn: LocalDate(iso: "2020-12-20")!, channel: .homThu, kind: .phanAnh,
                             summary: "Cuối năm"), by: "t")
        let (app, _) = try AppFixtures.app(db, keys: [.char("r")])
        app.run()
        let report = try XCTUnwrap(app.state.report)
        XCTAssertEqual(report.period(app.state.env), TallyPeriod(year: 2021, kind: .year, scheme: .cutOff))
        XCTAssertEqual(report.tallies.first?.feedbackReceived, 7, "the six of 2021 and the one of 20/12/2020")
        let screen = app.state.render().0.text
        XCTAssertTrue(screen.contains("Báo cáo số liệu: năm 2021"), screen)
        XCTAssertTrue(screen.contains("Kỳ báo cáo: 15/12/2020 – 14/12/2021 (kỳ chốt số liệu)"), screen)
        // Saved back to calendar periods in the settings, the report is cut by the calendar when it is shown again.
        general.reportPeriods = .calendar
        app.send(.result(screen: -1, answer(SaveGeneralSettings(settings: general), general)))
        app.send(.key(.char("p")))
        XCTAssertEqual(app.state.report?.period(app.state.env), TallyPeriod(year: 2021, kind: .h1))
        XCTAssertTrue(app.state.render().0.text.contains("Kỳ báo cáo: 01/01/2021 – 30/06/2021 (theo năm dương lịch)"))
    }

    func testTheOverviewCountsTheSameCutOffYearAsTheReport() throws {
        let db = try AppDatabase.inMemory()
        try db.setCommune(Commune(code: "xa-a", name: "Xã A"), by: "t")
        var general = try db.generalSettings()
        general.reportPeriods = .cutOff
        try db.saveGeneralSettings(general, by: "t")
        for (code, day) in [("PA-1", "2020-12-20"), ("PA-2", "2021-12-20")] {
            try db.save(Feedback(code: code, receivedOn: LocalDate(iso: day)!, channel: .homThu, kind: .phanAnh, summary: code), by: "t")
        }
        let (app, _) = try AppFixtures.app(db, section: .dashboard)
        app.run()
        let screen = app.state.render().0.text
        XCTAssertTrue(screen.contains("(15/12/2020 – 14/12/2021)"), screen)
        let tally = try XCTUnwrap(app.state.screen(DashboardScreen.self)?.dashboard?.tally)
        XCTAssertEqual(tally.feedbackReceived, 1, "20/12/2020 is in the cut-off year 2021, 20/12/2021 is not")
        XCTAssertEqual(tally.period, TallyPeriod(year: 2021, kind: .year, scheme: .cutOff))
    }

    func testTheSettingsFormSavesTheChosenPeriods() {
        let general = GeneralSettings(communeName: "Xã A")
        let env = ScreenEnv.placeholder
        let spec = SettingsFormSpec(general)
        XCTAssertTrue(spec.fields(FormValues(), env).contains { $0.id == SettingsFormSpec.ID.periods }, "a choice on the form")
        var values = FormValues()
        values[SettingsFormSpec.ID.commune] = .text(TextField("Xã A"))
        values[SettingsFormSpec.ID.dueDays] = .text(TextField("30"))
        values[SettingsFormSpec.ID.input] = .choice("telex")
        values[SettingsFormSpec.ID.periods] = .choice("cut-off")
        guard let saved = spec.save(values, env).effects.first?.store(SaveGeneralSettings.self)?.settings else { return XCTFail("saves") }
        XCTAssertEqual(saved.reportPeriods, .cutOff)
    }
}
