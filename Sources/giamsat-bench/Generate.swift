import Foundation
import GiamSatCore

/// A large commune as a `giamsat-bundle`, written with the store's own writer so that the app's
/// export of the imported data must come out byte for byte the same. Every record follows the
/// lifecycle (tiếp nhận → … → an end), so `check` passes on it.
enum Generate {
    static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
                           "Dương", "Lý", "Giàng", "Sùng", "Lò"]
    static let middles = ["Văn", "Thị", "Minh", "Hữu", "Quốc", "Ngọc", "Thanh", "A", "Đức", "Thị Kim"]
    static let givens = ["Đình", "Dinh", "Hùng", "Lan", "Hoa", "Tâm", "Phúc", "Dũng", "Hòa", "Thảo", "Nam", "Sơn", "Trường", "Hạnh",
                         "Khánh", "Linh", "Bình", "Mai", "Dình", "Chứ"]
    static let summaries = ["Người dân gọi đường dây nóng phản ánh việc thu tiền sai quy định", "Phản ánh cán bộ uống rượu trong giờ làm việc",
                            "Kiến nghị công khai danh sách hộ nghèo", "Tố cáo vi phạm xây dựng trên đất nông nghiệp",
                            "Phản ánh chậm giải quyết hồ sơ đất đai", "Khiếu nại việc xét trợ cấp", "Ít tham gia sinh hoạt chi bộ nơi cư trú"]
    static let localityCount = 50
    static let first = LocalDate(year: 2016, month: 1, day: 1)!
    static let last = LocalDate(year: 2026, month: 10, day: 1)!

    static func officialCode(_ i: Int) -> String { String(format: "DT-%06d", i) }
    static func localityCode(_ i: Int) -> String { String(format: "TH%02d", i) }

    static func official(_ i: Int) -> Official {
        Official(code: officialCode(i), familyName: families[i % families.count], middleName: middles[(i / 7) % middles.count],
                 givenName: givens[(i / 3) % givens.count], gender: i % 2 == 0 ? .nam : .nu, birthYear: 1960 + i % 40,
                 position: "Cán bộ", unit: "UBND xã", category: OfficialCategory.allCases[i % 3], partyMember: true,
                 partyCell: "Chi bộ \(i % 12 + 1)", residence: localityCode(i % localityCount + 1), status: .dangCongTac)
    }

    /// Record `i` of `count`: received dates spread evenly over ten years, statuses over every end.
    static func feedback(_ i: Int, of count: Int, officials: Int) -> Feedback {
        let received = first.adding(days: Int(Int64(i) * Int64(first.days(until: last)) / Int64(count)))
        let code = String(format: "PA-%04d-%07d", received.year, i)
        let by = "Cán bộ tiếp nhận"
        func step(_ status: FeedbackStatus, _ days: Int, to: String = "") -> Feedback.StatusChange {
            Feedback.StatusChange(status: status, on: received.adding(days: days), by: by, to: to)
        }
        var history = [step(.tiepNhan, 0)]
        switch i % 6 {
        case 0: break
        case 1: history.append(step(.xemXet, 3))
        case 2: history += [step(.xemXet, 3), step(.coKetQua, 12), step(.daTraLoi, 15)]
        case 3: history.append(step(.luu, 5))
        case 4: history += [step(.xemXet, 3), step(.khongCoCoSo, 20)]
        default: history += [step(.daChuyen, 4, to: "Ủy ban Kiểm tra Đảng ủy"), step(.coKetQua, 25)]
        }
        return Feedback(code: code, receivedOn: received, channel: FeedbackChannel.allCases[i % FeedbackChannel.allCases.count],
                        kind: FeedbackKind.allCases[i % FeedbackKind.allCases.count], anonymous: true,
                        officials: [officialCode((i * 7919) % officials + 1)], locality: localityCode(i % localityCount + 1),
                        content: ContentArea.allCases[i % ContentArea.allCases.count], summary: summaries[i % summaries.count],
                        dueOn: received.adding(days: Feedback.defaultDueDays), history: history)
    }

    /// Writes the bundle; returns its size in bytes. `shuffled`: the same feedback records in a random order (a fixed
    /// permutation, the same every run), as a bundle put together from several desks' files would come (issue 19:
    /// the import then took twice as long as the sorted one).
    static func bundle(to path: String, feedback count: Int, officials: Int, shuffled: Bool = false) throws -> Int {
        let out = try BundleStreamWriter(sink: try TextSink(path: path))
        try out.commune(Commune(code: "bench", name: "Xã Thử Tải", district: "", province: ""))
        try out.begin(.locality)
        for l in 1...localityCount {
            try out.record(BundleWriter.locality(Locality(code: localityCode(l), name: "Thôn \(l)", kind: .thon)))
        }
        try out.end()
        try out.begin(.official)
        for i in 1...officials { try out.record(BundleWriter.official(official(i))) }
        try out.end()
        try out.begin(.plan)
        try out.end()
        try out.begin(.feedback)
        for i in shuffled ? permutation(count) : Array(1...count) {
            try out.record(BundleWriter.feedback(feedback(i, of: count, officials: officials), includeIdentities: false))
        }
        try out.end()
        try out.begin(.recommendation)
        try out.end()
        try out.begin(.residenceReview)
        try out.end()
        try out.finish()
        return ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
    }

    /// 1...count in a random order, the same for every run (Fisher–Yates driven by a fixed 64-bit LCG).
    static func permutation(_ count: Int) -> [Int] {
        var order = Array(1...count)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in stride(from: count - 1, to: 0, by: -1) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            order.swapAt(i, Int((state >> 33) % UInt64(i + 1)))
        }
        return order
    }

    /// The same summaries as taskwarrior tasks, for `task import`.
    static func tasks(to path: String, count: Int) throws {
        let sink = try TextSink(path: path)
        try sink.write("[\n")
        for i in 1...count {
            let f = feedback(i, of: count, officials: max(1, count / 10))
            let entry = f.receivedOn.iso.replacingOccurrences(of: "-", with: "") + "T080000Z"
            var text = ""
            JSONValue.object([("description", .string("\(f.code) \(f.summary)")), ("status", .string("pending")),
                              ("entry", .string(entry)), ("project", .string("bench"))]).write(to: &text, indent: 0)
            try sink.write(text + (i < count ? ",\n" : "\n"))
        }
        try sink.write("]\n")
        try sink.finish()
    }
}
