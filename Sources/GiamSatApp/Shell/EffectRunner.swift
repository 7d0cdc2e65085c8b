import Foundation
import GiamSatCore
import TerminalUI

/// Carries out effects against the store. It reads no app state and words nothing: each effect
/// says all it needs and the result goes back, typed, to the screen that asked.
public struct EffectRunner: Sendable {
    public let database: AppDatabase
    /// Written in the audit trail of every change; the staff name saved in settings from then on.
    public var user: String { staff.name }
    let staff: StaffName
    public let today: LocalDate

    public init(database: AppDatabase, user: String, today: LocalDate) {
        self.database = database
        staff = StaffName(user)
        self.today = today
    }

    public func run(_ effect: Effect) -> EffectResult {
        do {
            return try perform(effect)
        } catch {
            return .failed(AppFailure(error))
        }
    }

    private func perform(_ effect: Effect) throws -> EffectResult {
        switch effect {
        case .page(let request):
            return .page(request, try request.page(in: database))
        case .loadFeedback(let code):
            return .feedback(try feedbackRecord(code))
        case .newFeedbackDraft(let year):
            return .feedbackDraft(code: try database.nextCode(prefix: "PA", year: year), localities: try database.localities())
        case .editFeedback(let code):
            return .feedbackToEdit(try feedbackRecord(code), localities: try database.localities())
        case .searchOfficials(let query):
            var request = OfficialListRequest()
            request.query = query
            request.limit = 50
            return .officialsFound(query: query, try request.page(in: database).rows)
        case .saveNewFeedback(let feedback):
            let code = try database.saveNew(feedback, by: user)
            return .saved(entity: .feedback, code: code, undo: try database.creationStep(.feedback, code: code))
        case .saveFeedbackEdit(let feedback, let version):
            return .saved(entity: .feedback, code: feedback.code, undo: try database.saveEdit(feedback, expectedVersion: version, by: user))
        case .advance(let code, let version, let change):
            return .saved(entity: .feedback, code: code, undo: try database.advance(code: code, version: version, change: change, by: user))
        case .reveal(let code, let passphrase):
            return .revealed(try database.revealReporter(of: code, by: user, passphrase: passphrase))
        case .tally(let periods):
            let tallies = try database.tallies(periods, today: today)
            let months = try periods.last.map { try database.feedbackByMonth($0) } ?? []
            return .tallied(tallies, months: months.map { MonthCount(month: $0.month, count: $0.count) })
        case .drill(let drill, let period):
            return .drilled(try database.records(for: drill, in: period, today: today))
        case .dashboard(let year):
            let settings = try database.settings()
            return .dashboard(try database.dashboard(year: year, today: today, calendar: settings.calendar, periods: settings.reportPeriods))
        case .findRecord(let code):
            let code = code.trimmingCharacters(in: .whitespaces).uppercased()
            let found = try database.findRecords(code: code)
            if found.count > 1 { return .foundSeveral(found, code: code) }
            // One record, perhaps by the code it had in a former commune: its page opens under its code here.
            return .found(found.first?.entity, code: found.first?.code ?? code)
        case .undo(let step):
            try database.undo(step, by: user)
            return .undone(step.entity, code: step.code)
        case .loadOfficialPage, .officialFilterChoices, .newOfficialDraft, .editOfficial, .saveNewOfficial, .saveOfficialEdit,
             .archiveOfficial, .importOfficials:
            return try performOfficials(effect)
        case .loadSettings, .saveSettings, .newLocalityDraft, .editLocality, .saveNewLocality, .saveLocalityEdit, .deleteLocality,
             .addHoliday, .removeHoliday:
            return try performSettings(effect)
        case .store(let request):
            return try request.run(StoreContext(database: database, user: user, today: today))
        }
    }

    private func feedbackRecord(_ code: String) throws -> FeedbackRecord {
        guard let feedback = try database.fetch(Feedback.self, code: code) else {
            throw GiamSatError.notFound(entity: .feedback, code: code)
        }
        let locality = try feedback.locality.flatMap { try database.fetch(Locality.self, code: $0)?.name }
        return FeedbackRecord(feedback: feedback, officialNames: try database.officialNames(feedback.officials),
                              localityName: locality, audit: try database.auditTrail(.feedback, code: code))
    }
}
