import GiamSatCore
import TerminalUI

/// The general settings as a form: commune, province, former district, staff name, due days, language,
/// input method, report periods, the worklist's answer days and review season. Saved in one transaction (`AppDatabase.saveGeneralSettings`), each change audited; the app
/// then uses the new language, input method, staff name and due days at once.
struct SettingsFormSpec: FormSpec {
    /// As last loaded (the values the form started from).
    private(set) var general: GeneralSettings
    let isNew = false
    var code: String { "" }

    let initialFocus: String?

    init(_ general: GeneralSettings, focus: String? = nil) {
        self.general = general
        initialFocus = focus
    }

    enum ID {
        static let commune = "communeName", province = "province", district = "district", staff = "staffName"
        static let dueDays = "dueDays", language = "language", input = "inputMethod", periods = "reportPeriods"
        static let answerDays = "answerDays", season = "reviewSeason"
        static let exportFolder = "exportFolder"
        static let duplicateDays = "duplicateDays"
    }

    static func languageLabel(_ lang: Lang?) -> Localized {
        switch lang {
        case .vi?: return T.vietnamese
        case .en?: return T.english
        case nil: return T.followSystem
        }
    }

    static func inputLabel(_ method: String?) -> Localized {
        switch method {
        case "vni"?: return T.vni
        case "off"?: return T.inputOff
        default: return T.telex
        }
    }

    func title(_ env: ScreenEnv) -> String { env.text(T.editSettingsTitle) }

    func fields(_ values: FormValues, _ env: ScreenEnv) -> [FormField] {
        let languages = Lang.allCases.map { Picker.Item(id: $0.rawValue, label: env.text(Self.languageLabel($0)), searchKey: $0.rawValue) }
        let methods = GeneralSettings.inputMethods.map {
            Picker.Item(id: $0, label: env.text(Self.inputLabel($0)), searchKey: VietnameseText.fold(env.text(Self.inputLabel($0))))
        }
        let schemes = TallyPeriod.Scheme.allCases.map {
            Picker.Item(id: $0.rawValue, label: env.text(T.periodsLabel($0)), searchKey: VietnameseText.fold(env.text(T.periodsLabel($0))))
        }
        return [
            FormField(id: ID.commune, label: T.communeName, kind: .text),
            FormField(id: ID.province, label: T.province, kind: .text),
            FormField(id: ID.district, label: T.formerDistrictShort, kind: .text),
            FormField(id: ID.staff, label: T.staffNameShort, kind: .text),
            FormField(id: ID.dueDays, label: T.dueDaysShort, kind: .text),
        ] + Self.clockFields + [
            FormField(id: ID.language, label: T.language, kind: .choice(languages, none: T.followSystem)),
            FormField(id: ID.input, label: T.inputMethodLabel, kind: .choice(methods, none: nil)),
            FormField(id: ID.periods, label: T.reportPeriodsShort, kind: .choice(schemes, none: nil)),
            FormField(id: ID.answerDays, label: T.answerDaysShort, kind: .text),
            FormField(id: ID.season, label: T.reviewSeasonShort, kind: .text),
            FormField(id: ID.exportFolder, label: T.exportFolderShort, kind: .text),
            FormField(id: ID.duplicateDays, label: T.duplicateDaysShort, kind: .text),
        ]
    }

    func load() -> [Effect] { [.ask(LoadSettings())] }

    mutating func loaded(_ result: EffectResult, _ env: ScreenEnv) -> FormValues? {
        guard let (_, overview) = result.answer(to: LoadSettings.self) else { return nil }
        let g = overview.general
        general = g
        var values = FormValues()
        values[ID.commune] = .text(TextField(g.communeName))
        values[ID.province] = .text(TextField(g.province))
        values[ID.district] = .text(TextField(g.district))
        values[ID.staff] = .text(TextField(g.staffName))
        values[ID.dueDays] = .text(TextField(String(g.dueDays)))
        Self.clockValues(g.clocks, into: &values)
        values[ID.language] = .choice(g.language?.rawValue)
        values[ID.input] = .choice(g.inputMethod ?? "telex")
        values[ID.periods] = .choice(g.reportPeriods.rawValue)
        values[ID.answerDays] = .text(TextField(String(g.answerDays)))
        values[ID.season] = .text(TextField(GeneralSettings.seasonText(g.reviewSeason)))
        values[ID.exportFolder] = .text(TextField(g.exportFolder ?? Settings.defaultExportFolder))
        values[ID.duplicateDays] = .text(TextField(String(g.duplicateDays)))
        return values
    }

    mutating func adjust(_ values: inout FormValues, changed field: String, _ env: ScreenEnv) {}

    func problems(_ values: FormValues, saving: Bool, _ env: ScreenEnv) -> [String: Localized] {
        var problems: [String: Localized] = [:]
        let days = VietnameseText.clean(values.text(ID.dueDays))
        if !days.isEmpty || saving, Int(days).map({ !GeneralSettings.dueDaysRange.contains($0) }) ?? true {
            problems[ID.dueDays] = T.badDueDays
        }
        let answer = VietnameseText.clean(values.text(ID.answerDays))
        if !answer.isEmpty || saving, Int(answer).map({ !GeneralSettings.answerDaysRange.contains($0) }) ?? true {
            problems[ID.answerDays] = T.badAnswerDays
        }
        clockProblems(values, saving: saving, into: &problems)
        if saving, Settings.season(VietnameseText.clean(values.text(ID.season))) == nil { problems[ID.season] = T.badReviewSeason }
        let window = VietnameseText.clean(values.text(ID.duplicateDays))
        if !window.isEmpty || saving, Int(window).map({ !DuplicateMatching.Rules.windowRange.contains($0) }) ?? true {
            problems[ID.duplicateDays] = T.badAnswerDays
        }
        for id in [ID.commune, ID.province, ID.district, ID.staff] where values.text(id).count > FieldLimit.name {
            problems[id] = T.tooLongName
        }
        if saving && VietnameseText.clean(values.text(ID.commune)).isEmpty { problems[ID.commune] = T.required }
        return problems
    }

    func save(_ values: FormValues, _ env: ScreenEnv) -> Outcome {
        var settings = GeneralSettings(communeName: values.text(ID.commune), province: values.text(ID.province),
                                      district: values.text(ID.district), staffName: values.text(ID.staff),
                                      dueDays: Int(VietnameseText.clean(values.text(ID.dueDays))) ?? general.dueDays,
                                      language: values.choice(ID.language).flatMap(Lang.init(rawValue:)),
                                      // Telex is what "not set" means: choosing it again changes nothing.
                                      inputMethod: values.choice(ID.input) == "telex" && general.inputMethod == nil ? nil : values.choice(ID.input),
                                      reportPeriods: values.choice(ID.periods).flatMap(TallyPeriod.Scheme.init(rawValue:)) ?? general.reportPeriods,
                                      answerDays: Int(VietnameseText.clean(values.text(ID.answerDays))) ?? general.answerDays,
                                      reviewSeason: Settings.season(VietnameseText.clean(values.text(ID.season))) ?? general.reviewSeason,
                                      // The default shown and left as it is stays "not set".
                                      exportFolder: Self.folder(values.text(ID.exportFolder), was: general.exportFolder))
        settings.clocks = clocks(values)
        settings.duplicateDays = Int(VietnameseText.clean(values.text(ID.duplicateDays))) ?? general.duplicateDays
        return .effects(.ask(SaveGeneralSettings(settings: settings)))
    }

    static func folder(_ typed: String, was: String?) -> String? {
        let folder = VietnameseText.line(typed)
        return folder.isEmpty || (folder == Settings.defaultExportFolder && was == nil) ? nil : folder
    }

    func afterSave(code: String) -> Navigation { .pop }
}
