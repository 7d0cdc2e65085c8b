import Foundation
import GiamSatCore
import GiamSatDocuments
import OfficeFiles

/// What a page offers documents for: a record, or section 7's period.
public enum DocumentSource: Equatable, Sendable {
    case plan(String), recommendation(String), feedback(String), report(TallyPeriod)
    /// A residence review meeting (issue 21): its summary, and its letters (one per member, written together).
    case meeting(String)

    /// The documents that apply, in menu order (the receipt and reply name the sender: the command line only, with
    /// --include-identity).
    var choices: [DocumentChoice] {
        switch self {
        case .plan: return [.document(.plan), .document(.team), .document(.results)]
        case .recommendation: return [.document(.recommendation), .document(.reminder), .document(.reportUpward)]
        case .feedback: return [.document(.forward)]
        case .meeting: return [.document(.meetingSummary), .document(.meetingLetter)]
        case .report: return [.document(.report), .sheet(.tally), .sheet(.letters), .sheet(.officials), .sheet(.plans),
                               .sheet(.recommendations), .sheet(.register)]
        }
    }
}

public enum SheetChoice: String, Equatable, Sendable { case tally, letters, officials, plans, recommendations, register }

public enum DocumentChoice: Equatable, Sendable {
    case document(DocumentTemplate), sheet(SheetChoice)
}

/// Where the app writes: the data folder beside the database (`templates/`, and `van-ban/` unless the settings name a
/// folder); an in-memory store (tests) writes under the temporary folder.
extension StoreContext {
    var dataFolder: String {
        (database.path as NSString?)?.deletingLastPathComponent ?? NSTemporaryDirectory() + "giamsat-\(getpid())"
    }

    func writer() throws -> DocumentWriter {
        DocumentWriter(database: database, settings: try database.documentSettings(),
                       templates: TemplateStore(folder: dataFolder + "/templates"), user: user)
    }

    func draft(_ source: DocumentSource, _ template: DocumentTemplate) throws -> Draft {
        switch source {
        case .plan(let code): return try database.planDraft(template, code: code, today: today)
        case .recommendation(let code):
            let letter = try database.previousOutgoing(purpose: DocumentTemplate.recommendation.purpose + ":" + code, year: today.year)
            return try database.recommendationDraft(template, code: code, today: today, letterNumber: letter?.symbol ?? "")
        case .feedback(let code): return try database.forwardDraft(code: code, today: today)
        case .report(let period): return try database.reportDraft(period, today: today)
        case .meeting(let code):
            guard template == .meetingLetter else { return try database.meetingSummaryDraft(code: code, today: today) }
            // The preview shows the first member's letter; writing writes them all (`WriteDocument`).
            guard let first = try database.meetingLetterDrafts(code: code, today: today).first else { throw DocumentError.noLetters }
            return first
        }
    }
}

/// The first page of a document as text, before anything is written or numbered.
struct PreviewDocument: StoreRequest {
    let source: DocumentSource
    let choice: DocumentChoice

    func run(_ context: StoreContext) throws -> DocumentAnswer {
        guard case .document(let template) = choice else { return .preview("") }
        return try DocumentAnswer.catching { .preview(try context.writer().preview(try context.draft(source, template))) }
    }
}

/// Writes the document (numbered in the register) or the spreadsheet into the documents folder.
struct WriteDocument: StoreRequest {
    let source: DocumentSource
    let choice: DocumentChoice
    var numbering: DocumentWriter.Numbering = .ask
    var overwrite = false

    func run(_ context: StoreContext) throws -> DocumentAnswer {
        try DocumentAnswer.catching {
            let writer = try context.writer()
            let folder = DocumentWriter.folder(writer.settings, data: DataDirectory(path: context.dataFolder))
            if case .meeting(let code) = source, choice == .document(.meetingLetter) {
                // One letter per member, each numbered; written again, each keeps its number.
                let outcomes = try writer.writeLetters(try context.database.meetingLetterDrafts(code: code, today: context.today), folder: folder)
                let numbers = outcomes.compactMap { outcome -> String? in
                    guard case .written(_, let number, _) = outcome else { return nil }
                    return number
                }
                guard !numbers.isEmpty else { throw DocumentError.noLetters }
                return .written(path: folder, number: numbers.count == 1 ? numbers[0] : "\(numbers[0]) … \(numbers[numbers.count - 1]) (\(numbers.count))")
            }
            switch choice {
            case .document(let template):
                let draft = try context.draft(source, template)
                let path = folder + "/" + Files.safeName(draft.fileStem) + ".docx"
                if !overwrite, FileManager.default.fileExists(atPath: path) { return .exists(path) }
                switch try writer.write(draft, to: path, overwrite: true, numbering: numbering) {
                case .written(let path, let number, _): return .written(path: path, number: number)
                case .needsChoice(let previous): return .needsChoice(previous.symbol)
                }
            case .sheet(let sheet):
                let path = folder + "/" + Files.safeName(sheetStem(sheet)) + ".xlsx"
                if !overwrite, FileManager.default.fileExists(atPath: path) { return .exists(path) }
                try DocumentWriter.write(try workbook(sheet, context), to: path, overwrite: true)
                return .written(path: path, number: "")
            }
        }
    }

    func sheetStem(_ sheet: SheetChoice) -> String {
        guard case .report(let period) = source else { return sheet.rawValue }
        return sheet == .tally ? "so-lieu-" + period.label(.vi) : "danh-sach-" + sheet.rawValue
    }

    func workbook(_ sheet: SheetChoice, _ context: StoreContext) throws -> Workbook {
        let db = context.database
        let name = try db.commune()?.name ?? ""
        let units = Dictionary(try db.formerUnits().map { ($0.code, $0.name) }) { a, _ in a }
        switch sheet {
        case .tally:
            guard case .report(let period) = source else { return Workbook(sheets: []) }
            return Spreadsheets.tally([try db.tally(period, today: context.today)],
                                      before: [try db.tally(ReportDraft.yearBefore(period), today: context.today)],
                                      communeName: name, unitNames: units, lang: .vi)
        case .letters: return Spreadsheets.letters(try db.feedback(), communeName: name, lang: .vi)
        case .officials: return Spreadsheets.officials(try db.officials(), communeName: name, lang: .vi)
        case .plans: return Spreadsheets.plans(try db.plans(), communeName: name, lang: .vi)
        case .recommendations: return Spreadsheets.recommendations(try db.recommendations(), communeName: name, lang: .vi)
        case .register: return Spreadsheets.register(try db.outgoingRegister(), communeName: name, unitNames: units, lang: .vi)
        }
    }
}

/// What the documents dialog hears back. The documents module's refusals come back worded, not thrown, so the dialog
/// can say them (a template's file and line, a recommendation already answered).
enum DocumentAnswer: Equatable, Sendable {
    case preview(String)
    case written(path: String, number: String)
    case exists(String)
    /// Numbered before this year as …: keep that number (a reprint) or take a new one?
    case needsChoice(String)
    case refused(Localized)

    static func catching(_ body: () throws -> DocumentAnswer) throws -> DocumentAnswer {
        do {
            return try body()
        } catch let error as DocumentError {
            return .refused(error.message)
        } catch let error as TemplateStore.Broken {
            return .refused(Localized(error.message(.vi), error.message(.en)))
        }
    }
}

/// The outgoing register, for its list.
struct LoadRegister: StoreRequest {
    var year: Int?
    func run(_ context: StoreContext) throws -> [OutgoingDocument] { try context.database.outgoingRegister(year: year) }
}
