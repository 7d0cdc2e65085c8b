import GiamSatCore
import TerminalUI

/// Officials under supervision (section 3), sorted the Vietnamese way: given name, middle, family.
/// Filters: typed text, category and status (cycles), unit and residence (pickers of what is on file), party
/// member (cycle), and the archive (archived officials are left out unless asked for).
struct OfficialListSource: ListSource {
    var request = OfficialListRequest()
    /// The name of the locality filtered by (the request holds its code).
    private(set) var residenceName: String?
    /// Which picker to open when the filter's choices come back.
    private(set) var choosing: String?

    enum Field {
        static let unit = "unit", residence = "residence", importPath = "import"
    }

    var keymap: Keymap { .officialList }
    var title: Localized { T.sectionOfficials }
    var emptyText: Localized { request.archived ? T.noArchivedOfficials : T.noOfficials }
    var hasFilters: Bool {
        request.category != nil || request.status != nil || request.unit != nil || request.residence != nil
            || request.partyMember != nil || request.archived
    }

    mutating func clearFilters() {
        request.category = nil
        request.status = nil
        request.unit = nil
        request.residence = nil
        request.partyMember = nil
        request.archived = false
        residenceName = nil
    }

    func columns(wide: Bool, _ env: ScreenEnv) -> [Column] {
        [Column(env.text(T.code), width: 9), Column(env.text(T.fullName), width: wide ? 26 : 20), Column(env.text(T.position), flex: 2),
         Column(env.text(T.categoryShort), width: wide ? 18 : 12), Column(env.text(T.partyMemberShort), width: 3)]
    }

    func cells(_ row: OfficialRow, wide: Bool, _ env: ScreenEnv) -> [String] {
        [row.code, row.name, row.unit.isEmpty ? row.position : "\(row.position), \(row.unit)", env.text(row.category.label),
         row.partyMember ? "✓" : ""]
    }

    func role(_ row: OfficialRow) -> Role { row.status == .dangCongTac && !row.archived ? .normal : .muted }

    func filterSummary(_ env: ScreenEnv) -> [String] {
        // Only what is set (the line is short), or "all" for the two cycles when nothing is.
        var parts: [String] = []
        if let category = request.category { parts.append("\(env.text(T.categoryShort)): \(env.text(category.label))") }
        if let status = request.status { parts.append("\(env.text(T.status)): \(env.text(status.label))") }
        if !hasFilters {
            parts = ["\(env.text(T.category)): \(env.text(T.all))", "\(env.text(T.status)): \(env.text(T.all))"]
        }
        if let unit = request.unit { parts.append("\(env.text(T.unit)): \(unit)") }
        if let residence = request.residence { parts.append("\(env.text(T.residence)): \(residenceName ?? residence)") }
        if let party = request.partyMember { parts.append("\(env.text(T.partyMember)): \(env.text(party ? T.yes : T.no))") }
        if request.archived { parts.append(env.text(T.archivedOnly)) }
        return parts
    }

    func preview(_ row: OfficialRow, _ env: ScreenEnv) -> String? {
        "\(row.code): \(row.name) — \(row.position)\(row.unit.isEmpty ? "" : ", " + row.unit) · \(env.text(row.status.label))"
            + (row.archived ? " " + env.text(T.archivedMark) : "")
    }

    mutating func handle(_ command: CommandID, _ env: ScreenEnv) -> ListAction? {
        switch command {
        case .new: return .outcome(.navigate(.push(FormScreen(spec: OfficialFormSpec(new: env.today)))))
        case .cycleCategory: request.category = cycle(request.category, OfficialCategory.allCases)
        case .cycleStatus: request.status = cycle(request.status, OfficialStatus.allCases)
        case .cycleParty: request.partyMember = cycle(request.partyMember, [true, false])
        case .toggleArchived: request.archived.toggle()
        case .filterUnit, .filterLocality:
            // The choices are what is on file now: ask the store, then open the picker.
            choosing = command == .filterUnit ? Field.unit : Field.residence
            return .outcome(.effects(.ask(OfficialFilters())))
        case .importFile:
            return .outcome(.navigate(.push(PromptScreen(field: Field.importPath, title: T.importTitle, label: T.importPathLabel,
                                                         hint: T.importPathHint, telex: false))))
        default: return nil
        }
        return .reload
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> ListAction? {
        guard let (_, choices) = result.answer(to: OfficialFilters.self), let field = choosing else { return nil }
        choosing = nil
        let fold: @Sendable (String) -> String = { VietnameseText.fold($0) }
        let picker: Picker
        if field == Field.unit {
            let items = [Picker.Item(id: "", label: env.text(T.anyUnit), searchKey: "")]
                + choices.units.map { Picker.Item(id: $0, label: $0, searchKey: VietnameseText.fold($0)) }
            picker = Picker(title: env.text(T.unit), items: items, current: request.unit ?? "", fold: fold)
        } else {
            let items = [Picker.Item(id: "", label: env.text(T.anyLocality), searchKey: "")] + choices.localities.map {
                Picker.Item(id: $0.code, label: "\($0.name) (\($0.code))", searchKey: VietnameseText.fold("\($0.name) \($0.code)"), name: $0.name)
            }
            picker = Picker(title: env.text(T.residence), items: items, current: request.residence ?? "", fold: fold)
        }
        return .outcome(.navigate(.push(PickerScreen(field: field, picker: picker))))
    }

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> ListAction? {
        switch delivery {
        case .picked(Field.unit, let ids, _):
            request.unit = ids.first.flatMap { $0.isEmpty ? nil : $0 }
        case .picked(Field.residence, let ids, let names):
            request.residence = ids.first.flatMap { $0.isEmpty ? nil : $0 }
            residenceName = request.residence.flatMap { names[$0] }
        case .entered(Field.importPath, let path):
            return .outcome(.navigate(.push(ImportOfficialsScreen(path: PastedPath.clean(path)))))
        case .changed:
            return .reload
        default:
            return nil
        }
        return .reload
    }

    func open(_ row: OfficialRow, _ env: ScreenEnv) -> Outcome {
        Registry.page(.official, code: row.code).map { .navigate(.push($0)) } ?? .say(.error(T.noPageYet, row.code))
    }
}
