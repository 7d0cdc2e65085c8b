import Foundation
@testable import GiamSatCore

/// Small, readable records for store tests.
enum Fixtures {
    static let user = "Cán bộ thử"

    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    static var commune: Commune { Commune(code: "lao-chai", name: "Xã Lao Chải", district: "Huyện Mù Cang Chải", province: "Tỉnh Yên Bái") }

    static var locality: Locality { Locality(code: "TH01", name: "Thôn Háng Đề Dê", kind: .thon) }

    static func official(_ code: String, _ family: String, _ middle: String, _ given: String,
                         category: OfficialCategory = .nguoiDungDau) -> Official {
        Official(code: code, familyName: family, middleName: middle, givenName: given, gender: .nam, birthYear: 1978,
                 position: "Bí thư Đảng ủy xã", unit: "Đảng ủy xã Lao Chải", category: category, partyMember: true,
                 partyCell: "Chi bộ cơ quan", residence: "TH01")
    }

    static func feedback(_ code: String, received: String = "2021-03-02", summary: String = "Phản ánh qua đường dây nóng",
                         officials: [String] = ["DT-0001"]) -> Feedback {
        Feedback(code: code, receivedOn: date(received), channel: .duongDayNong, kind: .toCao, anonymous: false,
                 reporter: Feedback.Reporter(name: "Người Báo Tin", address: "Thôn 1", phone: "0912345678"),
                 officials: officials, locality: "TH01", content: .suyThoaiTW4, summary: summary)
    }

    /// An in-memory database with a commune, a locality and two officials.
    static func database() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.setCommune(commune, by: user)
        try database.save(locality, by: user)
        try database.save(official("DT-0001", "Giàng", "A", "Dình"), by: user)
        try database.save(official("DT-0002", "Nguyễn", "Văn", "Đình", category: .canBoChuChot), by: user)
        return database
    }

    static var sampleBundleURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("sample-data/vi-trung-2021-2026.json")
    }
}
