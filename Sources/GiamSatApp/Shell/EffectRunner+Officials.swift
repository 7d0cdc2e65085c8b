import Foundation
import GiamSatCore

/// The name written in the audit trail. Saving a staff name in settings changes it for the rest of the
/// session; the runner owns it (it reads no app state), behind a lock because it runs on its own thread.
final class StaffName: @unchecked Sendable {
    private let lock = NSLock()
    private var value: String

    init(_ name: String) { value = name }

    var name: String {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

extension EffectRunner {
    /// The officials' effects (Screens/Officials): their page, form, archive and CSV import.
    func performOfficials(_ effect: Effect) throws -> EffectResult {
        switch effect {
        case .loadOfficialPage(let code):
            return .officialPage(try database.officialPage(code: code))
        case .officialFilterChoices:
            return .officialChoices(try database.officialFilterChoices())
        case .newOfficialDraft:
            return .officialDraft(code: try database.nextOfficialCode(), localities: try database.localities())
        case .editOfficial(let code):
            guard let official = try database.fetch(Official.self, code: code) else {
                throw GiamSatError.notFound(entity: .official, code: code)
            }
            return .officialToEdit(official, localities: try database.localities())
        case .saveNewOfficial(let official):
            let code = try database.saveNew(official, by: user)
            return .saved(entity: .official, code: code, undo: try database.creationStep(.official, code: code))
        case .saveOfficialEdit(let official, let version):
            return .saved(entity: .official, code: official.code, undo: try database.saveEdit(official, expectedVersion: version, by: user))
        case .archiveOfficial(let code, let version, let archived):
            return .saved(entity: .official, code: code, undo: try database.setArchived(archived, official: code, version: version, by: user))
        case .importOfficials(let path, let dryRun):
            // A file dragged into the terminal arrives quoted: '/home/lan/ds.csv'.
            var path = path
            if path.count > 1, let first = path.first, first == path.last, first == "'" || first == "\"" {
                path = String(path.dropFirst().dropLast())
            }
            let expanded = (path as NSString).expandingTildeInPath
            guard (expanded as NSString).pathExtension.lowercased() == "csv" else { throw GiamSatError.unknownFileType(file: path) }
            var bundle = CaseBundle()
            bundle.officials = try database.keepingStoredFlags(try OfficialsCSV.read(try Files.read(expanded), file: path))
            let report = try database.importBundles([(path, bundle)], by: user, dryRun: dryRun)
            return .officialsImported(report, path: path, dryRun: dryRun)
        default:
            throw AppFailure.other("\(effect)")
        }
    }

    /// The settings' effects (Screens/Settings): general settings, localities, holidays.
    func performSettings(_ effect: Effect) throws -> EffectResult {
        switch effect {
        case .loadSettings:
            return .settings(try overview())
        case .saveSettings(let settings):
            try database.saveGeneralSettings(settings, by: user)
            let saved = try database.generalSettings()
            if !saved.staffName.isEmpty { staff.name = saved.staffName }
            return .settingsSaved(saved)
        case .newLocalityDraft:
            return .localityDraft(kind: try database.localities().last?.kind ?? .thon)
        case .editLocality(let code):
            guard let locality = try database.fetch(Locality.self, code: code) else {
                throw GiamSatError.notFound(entity: .locality, code: code)
            }
            return .localityToEdit(locality, use: try database.localityUse(code))
        case .saveNewLocality(let locality):
            return .saved(entity: .locality, code: try database.addLocality(locality, by: user), undo: nil)
        case .saveLocalityEdit(let locality, let version):
            return .saved(entity: .locality, code: locality.code, undo: try database.editLocality(locality, expectedVersion: version, by: user))
        case .deleteLocality(let code):
            try database.deleteLocality(code: code, by: user)
            return .localityDeleted(code: code)
        case .addHoliday(let date):
            try database.addHoliday(date, by: user)
            return .holidays(try database.settings().holidays)
        case .removeHoliday(let date):
            try database.removeHoliday(date, by: user)
            return .holidays(try database.settings().holidays)
        default:
            throw AppFailure.other("\(effect)")
        }
    }

    private func overview() throws -> SettingsOverview {
        let settings = try database.settings()
        return SettingsOverview(general: try database.generalSettings(), localities: try database.localities().count,
                                holidays: settings.holidays, formerUnits: settings.formerUnits)
    }
}
