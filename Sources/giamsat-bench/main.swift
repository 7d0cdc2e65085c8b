// giamsat-bench: builds a large commune (100,000 officials, 1,000,000 feedback records by default)
// in a temporary directory, then times what the screens and the reports do, and prints a table.
// Sizes: BENCH_OFFICIALS, BENCH_FEEDBACK. Not a test: numbers depend on the machine.
import Foundation
import GiamSatCore
import GRDB

let environment = ProcessInfo.processInfo.environment
let officialCount = Int(environment["BENCH_OFFICIALS"] ?? "") ?? 100_000
let feedbackCount = Int(environment["BENCH_FEEDBACK"] ?? "") ?? 1_000_000
let folder = NSTemporaryDirectory() + "giamsat-bench-\(ProcessInfo.processInfo.processIdentifier)"
// BENCH_KEEP=1 leaves the database there, for looking at query plans with sqlite3.
defer { if environment["BENCH_KEEP"] != "1" { try? FileManager.default.removeItem(atPath: folder) } }

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

// MARK: Build the data (straight SQL in one transaction: the store's per-record audit is not what is measured)

let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Giàng", "Sùng", "Lò"]
let middles = ["Văn", "Thị", "Minh", "Hữu", "Quốc", "Ngọc", "Thanh", "A", "Đức", "Thị Kim"]
let givens = ["Đình", "Dinh", "Hùng", "Lan", "Hoa", "Tâm", "Phúc", "Dũng", "Hòa", "Thảo", "Nam", "Sơn", "Trường", "Hạnh", "Khánh", "Linh", "Bình", "Mai", "Dình", "Chứ"]
let summaries = ["Người dân gọi đường dây nóng phản ánh việc thu tiền sai quy định", "Phản ánh cán bộ uống rượu trong giờ làm việc",
                 "Kiến nghị công khai danh sách hộ nghèo", "Tố cáo vi phạm xây dựng trên đất nông nghiệp",
                 "Phản ánh chậm giải quyết hồ sơ đất đai", "Khiếu nại việc xét trợ cấp", "Ít tham gia sinh hoạt chi bộ nơi cư trú"]
let channels = FeedbackChannel.allSlugs, kinds = FeedbackKind.allSlugs
let categories = OfficialCategory.allSlugs, contents = ContentArea.allSlugs
let endings = ["da-tra-loi", "luu", "khong-co-co-so", "tiep-nhan", "xem-xet"]

print("giamsat-bench: \(officialCount) officials, \(feedbackCount) feedback records (\(folder))")
let directory = DataDirectory(path: folder)
let database = try AppDatabase.open(directory, create: true)
try database.setCommune(Commune(code: "bench", name: "Xã Thử Tải"), by: "bench")
let buildTime = try seconds {
    try database.write { db in
        for l in 1...50 {
            try db.execute(sql: "INSERT INTO locality(code, name, kind, sort_key) VALUES (?, ?, 'thon', ?)",
                           arguments: ["TH\(l)", "Thôn \(l)", VietnameseCollation.key("Thôn \(l)")])
        }
        let official = try db.makeStatement(sql: """
            INSERT INTO official(code, family_name, middle_name, given_name, position, unit, category, party_member, party_cell,
              residence, status, sort_key) VALUES (?, ?, ?, ?, 'Cán bộ', 'UBND xã', ?, 1, '', ?, 'dang-cong-tac', ?)
            """)
        let officialSearch = try db.makeStatement(sql: "INSERT INTO official_search(rowid, text) VALUES (?, ?)")
        for i in 1...officialCount {
            let (f, m, g) = (families[i % families.count], middles[(i / 7) % middles.count], givens[(i / 3) % givens.count])
            let code = String(format: "DT-%06d", i)
            try official.execute(arguments: [code, f, m, g, categories[i % 3], "TH\(i % 50 + 1)",
                                             VietnameseCollation.personKey(family: f, middle: m, given: g)])
            try officialSearch.execute(arguments: [db.lastInsertedRowID, VietnameseText.searchTokens("\(code) \(f) \(m) \(g)").joined(separator: " ")])
        }
        let feedback = try db.makeStatement(sql: """
            INSERT INTO feedback(code, received_on, channel, kind, anonymous, locality, content, summary, notes, due_on, status, is_open)
            VALUES (?, ?, ?, ?, 1, ?, ?, ?, '', ?, ?, ?)
            """)
        let link = try db.makeStatement(sql: "INSERT INTO feedback_official(feedback, position, official) VALUES (?, 0, ?)")
        let history = try db.makeStatement(sql: "INSERT INTO feedback_history(feedback, seq, status, on_date, by, note, to_body) VALUES (?, ?, ?, ?, 'bench', '', '')")
        let feedbackSearch = try db.makeStatement(sql: "INSERT INTO feedback_search(rowid, text) VALUES (?, ?)")
        let setRecency = try db.makeStatement(sql: "UPDATE feedback SET recency = ? WHERE id = ?")
        let first = LocalDate(year: 2016, month: 1, day: 1)!
        let span = first.days(until: LocalDate(year: 2026, month: 11, day: 1)!)
        for i in 1...feedbackCount {
            let received = first.adding(days: i * span / feedbackCount)
            let code = String(format: "PA-%04d-%07d", received.year, i)
            let status = endings[i % endings.count]
            let officialIndex = (i * 7919) % officialCount + 1
            let summary = summaries[i % summaries.count]
            try feedback.execute(arguments: [code, received, channels[i % channels.count], kinds[i % kinds.count], "TH\(i % 50 + 1)",
                                             contents[i % contents.count], summary, received.adding(days: 30), status,
                                             !FeedbackStatus(rawValue: status)!.isEnded])
            // As the store does: recency = received day << 32 | id, also the search rowid.
            let id = Int64(received.dayNumber) << 32 | db.lastInsertedRowID
            try setRecency.execute(arguments: [id, db.lastInsertedRowID])
            let officialCode = String(format: "DT-%06d", officialIndex)
            try link.execute(arguments: [code, officialCode])
            try history.execute(arguments: [code, 0, "tiep-nhan", received])
            if status != "tiep-nhan" {
                if status != "xem-xet" { try history.execute(arguments: [code, 1, "xem-xet", received.adding(days: 3)]) }
                try history.execute(arguments: [code, 2, status, received.adding(days: 12)])
            }
            let (f, m, g) = (families[officialIndex % families.count], middles[(officialIndex / 7) % middles.count], givens[(officialIndex / 3) % givens.count])
            try feedbackSearch.execute(arguments: [id, VietnameseText.searchTokens("\(code) \(summary) \(f) \(m) \(g) Thôn \(i % 50 + 1)").joined(separator: " ")])
        }
    }
}
let size = ((try? FileManager.default.attributesOfItem(atPath: directory.databasePath)[.size]) as? NSNumber)?.intValue ?? 0

// MARK: Measure

struct Result { let name: String; let median: Double; let worst: Double; let runs: Int; let target: Double; let note: String }
var results: [Result] = []

@MainActor func measure(_ name: String, target milliseconds: Double, runs: Int = 7, note: String = "", _ body: () throws -> Int) rethrows {
    var times: [Double] = []
    var count = 0
    for _ in 0..<runs { times.append(try seconds { count = try body() } * 1000) }
    times.sort()
    results.append(Result(name: name, median: times[times.count / 2], worst: times.last!, runs: runs, target: milliseconds,
                          note: note.isEmpty ? "\(count) rows" : note))
}

let today = LocalDate(year: 2026, month: 11, day: 23)!
let page = 18
try measure("open the database", target: 200) { _ = try AppDatabase.open(directory, create: false); return 1 }
try measure("feedback list: first page", target: 50) { try database.feedback(ListFilter(today: today, limit: page)).count }
try measure("feedback list: count", target: 100) { try database.countFeedback(ListFilter(today: today)) }
try measure("feedback list: page 20,000 (PgDn far down)", target: 200) {
    try database.feedback(ListFilter(today: today, limit: page, offset: 20_000 * page % max(1, feedbackCount - page))).count
}
// What the list screen does per keystroke: the page and the count (capped at 1,000 as the screen does).
for prefix in ["d", "du", "duong", "duong day", "duong day nong", "pa 2021 05"] {
    try measure("filter keystroke “\(prefix)”: page + count", target: 100) {
        let filter = ListFilter(query: prefix, today: today, limit: page)
        _ = try database.countFeedback(filter, cap: 1_000)
        return try database.feedback(filter).count
    }
}
try measure("exact count of “duong day nong” (CLI)", target: 500, runs: 3) { try database.countFeedback(ListFilter(query: "duong day nong")) }
try measure("search + status filter: page + count", target: 100) {
    let filter = ListFilter(query: "duong day nong", status: "xem-xet", today: today, limit: page)
    _ = try database.countFeedback(filter, cap: 1_000)
    return try database.feedback(filter).count
}
try measure("overdue only: page + count", target: 100) {
    let filter = ListFilter(overdue: true, today: today, limit: page)
    _ = try database.countFeedback(filter, cap: 1_000)
    return try database.feedback(filter).count
}
try measure("officials search “dinh” (picker)", target: 50) { try database.officials(ListFilter(query: "dinh", limit: 50)).count }
try measure("officials list: first page", target: 50) { try database.officials(ListFilter(limit: page)).count }
try measure("open one record", target: 20) { try database.fetch(Feedback.self, code: String(format: "PA-%04d-%07d", 2021, feedbackCount / 2)) == nil ? 0 : 1 }
try measure("tally: one year", target: 2000, runs: 3) { try database.tally(TallyPeriod(year: 2024, kind: .year), today: today).feedbackReceived }
try measure("tally: first half", target: 2000, runs: 3) { try database.tally(TallyPeriod(year: 2024, kind: .h1), today: today).feedbackReceived }
try measure("tally: four years side by side", target: 8000, runs: 3) {
    try database.tallies((2021...2024).map { TallyPeriod(year: $0, kind: .year) }, today: today).count
}

// MARK: Table

func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
}
print(String(format: "built in %.1f s; database %.0f MB\n", buildTime, Double(size) / 1e6))
print(pad("operation", 46) + pad("median ms", 11, right: true) + pad("worst ms", 10, right: true) + pad("target", 9, right: true) + "  ok   result")
print(String(repeating: "-", count: 100))
var missed = 0
for r in results {
    let ok = r.median <= r.target
    if !ok { missed += 1 }
    print(pad(r.name, 46) + pad(String(format: "%.1f", r.median), 11, right: true) + pad(String(format: "%.1f", r.worst), 10, right: true)
          + pad(String(format: "%.0f", r.target), 9, right: true) + "  " + (ok ? "yes " : "NO  ") + " " + r.note)
}
print("\n\(results.count - missed) of \(results.count) within target")
