import ArgumentParser
import GiamSatCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Tạo dữ liệu cho một xã / create the data of a commune.",
        discussion: """
            Ví dụ / example: giamsat-tui init --commune-name "Xã Tân Hòa" --province "Tỉnh Cần Thơ" \
            --former-commune "Xã Tân An" --former-commune "Xã Tân Bình" --locality "Ấp 1" --locality "Ấp 2" --staff "Nguyễn Văn A"
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Tên xã, phường, thị trấn / commune name, e.g. \"Xã Lao Chải\".") var communeName: String
    @Option(help: "Mã xã (mặc định lấy từ tên) / commune code (default: from the name).") var communeCode: String?
    @Option(help: "Huyện cũ (trước 01/7/2025, lưu làm lịch sử) / former district (before 1 July 2025, kept as history).") var district: String = ""
    @Option(help: "Tỉnh / province.") var province: String = ""
    @Option(help: "Tên cán bộ ghi trong nhật ký thay đổi / staff name for the audit trail.") var staff: String?
    @Option(help: ArgumentHelp("Xã cũ đã hợp nhất vào xã này (lặp lại được) / a former commune merged into this one (repeatable).",
                               valueName: "NAME"))
    var formerCommune: [String] = []
    @Option(help: ArgumentHelp("Thôn, ấp, bản… (lặp lại được); loại theo chữ đầu của tên / a village (repeatable); its kind from the name's first word.",
                               valueName: "NAME"))
    var locality: [String] = []
    @Option(help: ArgumentHelp("Loại khi tên không nói rõ / the kind when the name does not say: ap | thon | ban | khu-vuc | to-dan-pho.",
                               valueName: "KIND"))
    var localityKind: String = LocalityKind.thon.rawValue

    func run() throws {
        let name = VietnameseText.clean(communeName)
        guard !name.isEmpty else { throw CLIError.usage("--commune-name không được để trống", "--commune-name must not be empty") }
        guard let kind = LocalityKind(rawValue: localityKind) else {
            throw CLIError.usage("--locality-kind: ap | thon | ban | khu-vuc | to-dan-pho", "--locality-kind: ap | thon | ban | khu-vuc | to-dan-pho")
        }
        let code = communeCode.map(VietnameseText.clean) ?? Commune.code(fromName: name)
        // The code names files (reports, exports): a slug, checked before anything is created.
        let commune = Commune(code: code, name: name, district: VietnameseText.clean(district), province: VietnameseText.clean(province))
        if let invalid = commune.validationErrors().first { throw GiamSatError.record(invalid) }
        let setup = CommuneSetup(commune: commune, formerUnits: formerCommune.map(CommuneSetup.formerUnit(named:)), staffName: staff ?? "",
                                 localities: locality.map { CommuneSetup.locality(named: $0, kind: kind) })
        // A folder whose database has no commune yet (an interrupted start) is filled in place.
        if global.directory.databaseExists {
            let database = try global.open()
            if try database.commune() != nil { throw GiamSatError.alreadyInitialized(path: global.directory.path) }
            try database.setUp(setup, by: global.user(database, staff: setup.staffName))
        } else {
            try AppDatabase.create(in: global.directory) { try $0.setUp(setup, by: global.user($0, staff: setup.staffName)) }
        }
        print(global.language == .vi ? "Đã tạo dữ liệu cho \(name) (mã \(code)) ở \(global.directory.path)"
                                     : "Created the data of \(name) (code \(code)) in \(global.directory.path)")
    }
}
