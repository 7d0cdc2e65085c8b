import ArgumentParser
import Foundation
import GiamSatCore
import GiamSatDocuments

/// `doc meeting HN-…`: a residence review meeting's summary (issue 21).
struct DocMeeting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Báo cáo tổng hợp hội nghị góp ý đảng viên nơi cư trú / a residence meeting's summary.")
    @Argument(help: "HN-…") var code: String
    @OptionGroup var options: DocOptions
    func run() throws { try options.publish { db, date in try db.meetingSummaryDraft(code: code, today: date) } }
}

/// `doc meeting-letters HN-…`: one letter per member reviewed at the meeting to the party cell where they work, each
/// with its number in the outgoing register; a letter written before keeps its number (written again, corrected).
struct DocMeetingLetters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting-letters",
        abstract: "Văn bản nhận xét gửi chi bộ nơi công tác, mỗi đảng viên một văn bản / one letter per member to their workplace party cell.")
    @Argument(help: "HN-…") var code: String
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Ngày văn bản / the documents' date (mặc định hôm nay).", valueName: "DATE")) var date: String?

    func run() throws {
        try DocOptions.worded(global.language) {
            let database = try global.open()
            var day = LocalDate.today()
            if let date {
                guard let parsed = LocalDate(parsing: date) else { throw GiamSatError.invalidDate(date) }
                day = parsed
            }
            let writer = DocumentWriter(database: database, settings: try database.documentSettings(),
                                        templates: TemplateStore(folder: global.directory.path + "/templates"), user: global.user(database))
            let folder = DocumentWriter.folder(writer.settings, data: global.directory)
            for outcome in try writer.writeLetters(try database.meetingLetterDrafts(code: code, today: day), folder: folder) {
                guard case .written(let path, let number, _) = outcome else { continue }
                FileHandle.standardError.write(Data((DocCLIText.numbered(path, number).text(global.language) + "\n").utf8))
            }
        }
    }
}
