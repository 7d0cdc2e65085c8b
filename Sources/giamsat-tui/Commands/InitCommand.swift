import ArgumentParser
import GiamSatCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Tạo dữ liệu cho một xã / create the data of a commune.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Tên xã, phường, thị trấn / commune name, e.g. \"Xã Lao Chải\".") var communeName: String
    @Option(help: "Mã xã (mặc định lấy từ tên) / commune code (default: from the name).") var communeCode: String?
    @Option(help: "Huyện cũ (trước 01/7/2025, lưu làm lịch sử) / former district (before 1 July 2025, kept as history).") var district: String = ""
    @Option(help: "Tỉnh / province.") var province: String = ""
    @Option(help: "Tên cán bộ ghi trong nhật ký thay đổi / staff name for the audit trail.") var staff: String?

    func run() throws {
        let name = VietnameseText.clean(communeName)
        guard !name.isEmpty else { throw CLIError.usage("--commune-name không được để trống", "--commune-name must not be empty") }
        let code = communeCode.map(VietnameseText.clean) ?? Commune.code(fromName: name)
        // The code names files (reports, exports): a slug, checked before anything is created.
        let commune = Commune(code: code, name: name, district: VietnameseText.clean(district), province: VietnameseText.clean(province))
        if let invalid = commune.validationErrors().first { throw GiamSatError.record(invalid) }
        let database = try global.open(create: true)
        if try database.commune() != nil { throw GiamSatError.alreadyInitialized(path: global.directory.path) }
        if let staff { try database.setStaffName(staff) }
        try database.setCommune(commune, by: global.user(database))
        print(global.language == .vi ? "Đã tạo dữ liệu cho \(name) (mã \(code)) ở \(global.directory.path)"
                                     : "Created the data of \(name) (code \(code)) in \(global.directory.path)")
    }
}
