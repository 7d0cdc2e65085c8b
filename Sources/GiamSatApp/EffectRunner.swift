import Foundation
import GiamSatCore
import TerminalUI

/// Carries out effects against the store and says what happened as messages.
/// The only part of the app that touches the database.
public struct EffectRunner {
    public let database: AppDatabase
    /// Where reports exported from the screen are written.
    public let exportDirectory: String

    public init(database: AppDatabase, exportDirectory: String) {
        self.database = database
        self.exportDirectory = exportDirectory
    }

    public func run(_ effect: Effect, _ state: AppState) -> [Msg] {
        do {
            return try perform(effect, state)
        } catch let error as GiamSatError {
            return [.failed(error.message(state.lang))]
        } catch let error as RecordError {
            return [.failed(error.message(state.lang))]
        } catch {
            return [.failed("\(error)")]
        }
    }

    private func perform(_ effect: Effect, _ state: AppState) throws -> [Msg] {
        switch effect {
        case .loadList:
            let filter = state.list.filter(today: state.today, limit: state.pageSize)
            let records = try database.feedback(filter)
            let names = try database.officialNames(records.flatMap(\.officials))
            let rows = records.map { f in
                FeedbackRow(code: f.code, received: f.receivedOn, channel: f.channel,
                            officials: f.officials.map { names[$0] ?? $0 }.joined(separator: ", "),
                            summary: f.summary, status: f.status, due: f.dueOn, overdue: f.isOverdue(on: state.today))
            }
            // A search over a million records can match most of them: count up to a cap, and say so.
            let cap = state.list.query.text.isEmpty ? nil : FeedbackListState.countCap
            let total = try database.countFeedback(filter, cap: cap)
            return [.listLoaded(rows: rows, total: min(total, cap ?? total), moreThanTotal: cap.map { total > $0 } ?? false)]
        case .openDetail(let code):
            guard let feedback = try database.fetch(Feedback.self, code: code) else {
                throw GiamSatError.notFound(entity: .feedback, code: code)
            }
            let locality = try feedback.locality.flatMap { try database.fetch(Locality.self, code: $0)?.name }
            return [.detailLoaded(FeedbackDetailState(feedback: feedback, officialNames: try database.officialNames(feedback.officials),
                                                      localityName: locality, audit: try database.auditTrail(.feedback, code: code)))]
        case .newForm:
            let code = try database.nextCode(prefix: "PA", year: state.today.year)
            return [.formReady(FeedbackFormState(code: code, today: state.today, dueDays: state.settings.dueDays,
                                                 localities: try database.localities()))]
        case .editForm(let code):
            guard let feedback = try database.fetch(Feedback.self, code: code) else {
                throw GiamSatError.notFound(entity: .feedback, code: code)
            }
            return [.formReady(FeedbackFormState(editing: feedback, officialNames: try database.officialNames(feedback.officials),
                                                 dueDays: state.settings.dueDays, localities: try database.localities()))]
        case .searchOfficials(let query):
            let officials = try database.officials(ListFilter(query: query, limit: 50))
            return [.officialsFound(officials.map {
                AppState.officialItem(code: $0.code, name: $0.fullName, position: $0.position)
            })]
        case .save(var feedback, let expectedVersion):
            if expectedVersion == nil, try database.fetch(Feedback.self, code: feedback.code) != nil {
                // Someone else took this code meanwhile: take the next one rather than overwrite.
                feedback.code = try database.nextCode(prefix: "PA", year: feedback.receivedOn.year)
            }
            try database.save(feedback, expectedVersion: expectedVersion ?? 0, by: state.user)
            return [.saved(code: feedback.code, message: "\(state.text(T.saved)) \(feedback.code)")]
        case .advance(let code, let version, let change):
            guard var feedback = try database.fetch(Feedback.self, code: code) else {
                throw GiamSatError.notFound(entity: .feedback, code: code)
            }
            if feedback.version != version { throw GiamSatError.staleWrite(entity: .feedback, code: code) }
            if let original = change.duplicateOf, try database.fetch(Feedback.self, code: original) == nil {
                throw GiamSatError.notFound(entity: .feedback, code: original)
            }
            try feedback.advance(to: change)
            try database.save(feedback, expectedVersion: version, by: state.user)
            return [.saved(code: code, message: "\(state.text(T.statusChanged)): \(change.status.label(state.lang))")]
        case .reveal(let code):
            return [.revealed(try database.revealReporter(of: code, by: state.user))]
        case .loadReport:
            guard let report = state.report else { return [] }
            let tallies = try database.tallies(report.periods, today: state.today)
            let months = try database.feedbackByMonth(report.period).map { ReportState.MonthCount(month: $0.month, count: $0.count) }
            return [.reportLoaded(tallies: tallies, months: months)]
        case .drill(let drill, let title):
            guard let report = state.report else { return [] }
            return [.drillLoaded(title: title, records: try database.records(for: drill, in: report.period, today: state.today, lang: state.lang))]
        case .exportReport(let format):
            guard let report = state.report, !report.tallies.isEmpty else { return [] }
            let commune = try database.commune()
            let document = format.render(report.tallies, communeName: commune?.name ?? "", lang: state.lang)
            let first = report.tallies.first!.period, last = report.tallies.last!.period
            let name = "so-lieu-\(commune?.code ?? "xa")-\(first.from.iso)-\(last.to.iso).\(format.fileExtension)"
            try DataDirectory(path: exportDirectory).prepare()
            let path = exportDirectory + "/" + name
            try Files.write(document, to: path)
            return [.exported(path: path)]
        }
    }
}
