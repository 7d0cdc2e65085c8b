import ArgumentParser
import GiamSatCore

/// `giamsat-tui` with no subcommand. The terminal interface comes in the next release;
/// until then this says so and shows what the data directory holds.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Mở giao diện bàn phím (mặc định) / open the keyboard interface (default).")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Nếu chưa có dữ liệu, nhập tệp này trước (make run dùng dữ liệu mẫu) / import this file first when there is no data yet.",
                               valueName: "FILE"))
    var importIfEmpty: String?

    func run() throws {
        let lang = global.language
        if let importIfEmpty, !global.directory.databaseExists {
            var importer = try ImportCommand.parse(["--data", global.directory.path, importIfEmpty])
            importer.global.lang = global.lang
            try importer.run()
        }
        let database = try global.open()
        let commune = try database.commune()
        let count = try database.countFeedback(ListFilter())
        let overdue = try database.countFeedback(ListFilter(overdue: true))
        let name = commune?.name ?? "?"
        print(lang == .vi
              ? "Giao diện bàn phím đang được xây dựng; hiện dùng các lệnh con (giamsat-tui --help).\n\(name): \(count) phản ánh, \(overdue) quá hạn."
              : "The keyboard interface is being built; use the subcommands for now (giamsat-tui --help).\n\(name): \(count) feedback records, \(overdue) overdue.")
    }
}
