import XCTest
@testable import TerminalUI

/// Issue 17: Telex and VNI as Unikey types them with its spelling check off, typed key by key into a
/// `TextField` (so words end where the field ends them: at any character that is not a letter).
final class UnikeyTableTests: XCTestCase {
    func typed(_ keys: String, _ method: InputMethod) -> String {
        var field = TextField()
        for key in keys { _ = field.handle(.char(key), method: method) }
        return field.text
    }

    /// (Telex keys, VNI keys, text): positions, names and units from the forms and the sample, document
    /// numbers and phrases from the seed documents.
    static let table: [(telex: String, vni: String, text: String)] = [
        ("Phos Chur tichj HDDND xax", "Pho1 Chu3 tich5 HD9ND xa4", "Phó Chủ tịch HĐND xã"),
        ("Phos Chur tichj UBND xax", "Pho1 Chu3 tich5 UBND xa4", "Phó Chủ tịch UBND xã"),
        ("Phos Chur tichj Thuwowngf truwcj Uyr ban MTTQ", "Pho1 Chu3 tich5 Thu7o7ng2 tru7c5 Uy3 ban MTTQ", "Phó Chủ tịch Thường trực Ủy ban MTTQ"),
        ("Truwowngr ban Tuyeen giaos", "Tru7o7ng3 ban Tuye6n giao1", "Trưởng ban Tuyên giáo"),
        ("Truwowngr Tramj Y tees", "Tru7o7ng3 Tram5 Y te61", "Trưởng Trạm Y tế"),
        ("Phos Truwowngr Coong an xax", "Pho1 Tru7o7ng3 Co6ng an xa4", "Phó Trưởng Công an xã"),
        ("Phos Chir huy truwowngr Quaan suwj", "Pho1 Chi3 huy tru7o7ng3 Qua6n su75", "Phó Chỉ huy trưởng Quân sự"),
        ("Phos Bis thuw Thuwowngf truwcj DDangr uyr", "Pho1 Bi1 thu7 Thu7o7ng2 tru7c5 D9ang3 uy3", "Phó Bí thư Thường trực Đảng ủy"),
        ("Bis thuw Chi booj aaps", "Bi1 thu7 Chi bo65 a6p1", "Bí thư Chi bộ ấp"),
        ("Cans booj khoong chuyeen trachs", "Can1 bo65 kho6ng chuye6n trach1", "Cán bộ không chuyên trách"),
        ("Phos truwowngr aaps", "Pho1 tru7o7ng3 a6p1", "Phó trưởng ấp"),
        ("Hieeuj truwowngr", "Hie6u5 tru7o7ng3", "Hiệu trưởng"),
        ("DDangr vieen", "D9ang3 vie6n", "Đảng viên"),
        ("Giaos vieen", "Giao1 vie6n", "Giáo viên"),
        ("Y six", "Y si4", "Y sĩ"),
        ("Kees toans", "Ke61 toan1", "Kế toán"),
        ("Nguyeenx Vawn DDinhf", "Nguye6n4 Va8n D9inh2", "Nguyễn Văn Đình"),
        ("Traanf Thij Thuyr", "Tra6n2 Thi5 Thuy3", "Trần Thị Thủy"),
        ("Lee Quoocs Vieetj", "Le6 Quo6c1 Vie6t5", "Lê Quốc Việt"),
        ("Phamj Thij Hoongf Nhung", "Pham5 Thi5 Ho6ng2 Nhung", "Phạm Thị Hồng Nhung"),
        ("Huynhf Ngocj Anhs", "Huynh2 Ngoc5 Anh1", "Huỳnh Ngọc Ánh"),
        ("Vox Minh DDuwcs", "Vo4 Minh D9u7c1", "Võ Minh Đức"),
        ("DDawngj Thij Ngocj Haan", "D9a8ng5 Thi5 Ngoc5 Ha6n", "Đặng Thị Ngọc Hân"),
        ("Duwowng Vawn Khair", "Du7o7ng Va8n Khai3", "Dương Văn Khải"),
        ("Uyr ban Mawtj traanj Toor quoocs Vieetj Nam", "Uy3 ban Ma8t5 tra6n5 To63 quo6c1 Vie6t5 Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
        ("Hooij Lieen hieepj Phuj nuwx", "Ho6i5 Lie6n hie6p5 Phu5 nu74", "Hội Liên hiệp Phụ nữ"),
        ("DDoanf Thanh nieen", "D9oan2 Thanh nie6n", "Đoàn Thanh niên"),
        ("Hooij Cuwuj chieens binh", "Ho6i5 Cu7u5 chie6n1 binh", "Hội Cựu chiến binh"),
        ("Ban Thanh tra nhaan daan", "Ban Thanh tra nha6n da6n", "Ban Thanh tra nhân dân"),
        ("Ban Giams sats ddaauf tuw coongj ddoongf", "Ban Giam1 sat1 d9a6u2 tu7 co6ng5 d9o6ng2", "Ban Giám sát đầu tư cộng đồng"),
        ("Coong an xax", "Co6ng an xa4", "Công an xã"),
        ("Xax Taan An", "Xa4 Ta6n An", "Xã Tân An"),
        ("AAps Taan Lowij", "A6p1 Ta6n Lo7i5", "Ấp Tân Lợi"),
        ("Tinhr uyr Haauj Giang", "Tinh3 uy3 Ha6u5 Giang", "Tỉnh ủy Hậu Giang"),
        ("Thij xax Ngax Bayr", "Thi5 xa4 Nga4 Bay3", "Thị xã Ngã Bảy"),
        ("12/QDD-MTTQ", "12/QD9-MTTQ", "12/QĐ-MTTQ"),
        ("171/KH-MTTQ-BTT", "171/KH-MTTQ-BTT", "171/KH-MTTQ-BTT"),
        ("209/QDD-MTTQ-BTT", "209/QD9-MTTQ-BTT", "209/QĐ-MTTQ-BTT"),
        ("2017/NQ-HDDND", "2017/NQ-HD9ND", "2017/NQ-HĐND"),
        ("2016/NDD-CP", "2016/ND9-CP", "2016/NĐ-CP"),
        ("61/KH-BDV", "61/KH-BDV", "61/KH-BDV"),
        ("PA-2026-0001", "PA-2026-0001", "PA-2026-0001"),
        ("KH-2021-01", "KH-2021-01", "KH-2021-01"),
        ("DDU", "D9U", "ĐU"),
        ("QDD", "QD9", "QĐ"),
        ("HDDND", "HD9ND", "HĐND"),
        ("UBMTTQ", "UBMTTQ", "UBMTTQ"),
        ("giams sats", "giam1 sat1", "giám sát"),
        ("phanr bieenj xax hooij", "phan3 bie6n5 xa4 ho6i5", "phản biện xã hội"),
        ("nguwowif dduwngs ddaauf", "ngu7o7i2 d9u7ng1 d9a6u2", "người đứng đầu"),
        ("cans booj chur choots", "can1 bo65 chu3 cho6t1", "cán bộ chủ chốt"),
        ("tu duwowngx renf luyeenj ddaoj dduwcs", "tu du7o7ng4 ren2 luye6n5 d9ao5 d9u7c1", "tu dưỡng rèn luyện đạo đức"),
        ("loois soongs", "lo6i1 so6ng1", "lối sống"),
        ("Ban Bis thuw", "Ban Bi1 thu7", "Ban Bí thư"),
        ("baos caos keets quar", "bao1 cao1 ke6t1 qua3", "báo cáo kết quả"),
        ("khieeus naij", "khie6u1 nai5", "khiếu nại"),
        ("toos caos", "to61 cao1", "tố cáo"),
        ("kieens nghij", "kie6n1 nghi5", "kiến nghị"),
        ("phanr anhs", "phan3 anh1", "phản ánh"),
        ("dduwowngf daay nongs", "d9u7o7ng2 da6y nong1", "đường dây nóng"),
        ("Thuw ddieenj tuwr", "Thu7 d9ie6n5 tu73", "Thư điện tử"),
        ("nghij quyeets", "nghi5 quye6t1", "nghị quyết"),
        ("quyeets ddinhj", "quye6t1 d9inh5", "quyết định"),
        ("kees hoachj", "ke61 hoach5", "kế hoạch"),
        ("ddoanf giams sats", "d9oan2 giam1 sat1", "đoàn giám sát"),
        ("xaay duwngj cow sowr haj taangf", "xa6y du7ng5 co7 so73 ha5 ta6ng2", "xây dựng cơ sở hạ tầng"),
        ("chuyeenr dichj cow caaus kinh tees", "chuye6n3 dich5 co7 ca6u1 kinh te61", "chuyển dịch cơ cấu kinh tế"),
        ("tuyeen truyeenf", "tuye6n truye6n2", "tuyên truyền"),
        ("huwowngs daanx thuwcj hieenj", "hu7o7ng1 da6n4 thu7c5 hie6n5", "hướng dẫn thực hiện"),
        ("nhieemj vuj giair phaps", "nhie6m5 vu5 giai3 phap1", "nhiệm vụ giải pháp"),
        ("nguwowif daan phanr anhs", "ngu7o7i2 da6n phan3 anh1", "người dân phản ánh"),
        ("10/TTr-MTTWW-BTT", "10/TTr-MTTW-BTT", "10/TTr-MTTW-BTT"),
        ("124-QDD/TWW", "124-QD9/TW", "124-QĐ/TW"),
    ]

    func testTableInBothMethods() {
        XCTAssertGreaterThanOrEqual(Self.table.count, 60)
        for row in Self.table {
            XCTAssertEqual(typed(row.telex, .telex), row.text, "Telex \(row.telex)")
            XCTAssertEqual(typed(row.vni, .vni), row.text, "VNI \(row.vni)")
        }
    }

    func testDBarInAnyWord() {
        for (keys, text) in [("HDDND", "HĐND"), ("QDD", "QĐ"), ("DDU", "ĐU"), ("UBMTTQ", "UBMTTQ"), ("BCDD", "BCĐ"),
                             ("ddinhf", "đình"), ("dinhd", "đinh"), ("ddd", "dd"), ("HDDNDD", "HĐNĐ")] {
            XCTAssertEqual(typed(keys, .telex), text, keys)
        }
        XCTAssertEqual(typed("HD9ND", .vni), "HĐND")
    }

    func testCaseIsKept() {
        for (keys, text) in [("W", "Ư"), ("Uw", "Ư"), ("UW", "Ư"), ("TW", "TƯ"), ("tw", "tư"), ("TWW", "TW"), ("ww", "w"),
                             ("THUWOWNGF", "THƯỜNG"), ("Aa", "Â"), ("AAA", "AA")] {
            XCTAssertEqual(typed(keys, .telex), text, keys)
        }
    }

    func testDoubledKeyUndoesItsMark() {
        for (keys, text) in [("ass", "as"), ("hoass", "hoas"), ("aww", "aw"), ("oww", "ow"), ("uoww", "uow"),
                             ("aaa", "aa"), ("ddd", "dd"), ("ww", "w")] {
            XCTAssertEqual(typed(keys, .telex), text, keys)
        }
        for (keys, text) in [("a11", "a1"), ("o77", "o7"), ("a88", "a8"), ("a66", "a6"), ("AP11", "AP1")] {
            XCTAssertEqual(typed(keys, .vni), text, keys)
        }
    }

    func testCodesComeOutAsTyped() {
        for code in ["PA-2026-0001", "KH-2021-01", "AP1-2", "DT-0012", "0912 345 678", "2026"] {
            XCTAssertEqual(typed(code, .telex), code, code)
        }
        for code in ["PA-2026-0001", "KH-2021-01", "DT-0012", "0912 345 678", "12/2026"] {
            XCTAssertEqual(typed(code, .vni), code, code)
        }
    }
}
