// giamsat-bench (`make bench`): generates a commune at each size (100,000 and 1,000,000 feedback records by
// default, a tenth as many officials), imports it with the app, and times what users wait for, next to
// the same work in sqlite3, Python's sqlite3 module and taskwarrior, in the same run. Prints one table per
// size and writes .build/bench/results.json. How each figure is measured: docs/performance.md.
// BENCH_SIZES=100000,1000000 · BENCH_FEEDBACK=N (one size) · BENCH_OFFICIALS=N · BENCH_KEEP=1 keeps the files.
// BENCH_RANDOM_ORDER=0 skips importing the same records in random order (import.N.random, next to import.N).
// BENCH_ONLY=import stops after the import rows (and, with BENCH_KEEP=1, keeps both bundles to import again by hand).
// Not a test: numbers depend on the machine and on what else runs on it.
import Foundation
import GiamSatCore

let environment = ProcessInfo.processInfo.environment
let sizes = environment["BENCH_FEEDBACK"].flatMap(Int.init).map { [$0] }
    ?? (environment["BENCH_SIZES"] ?? "100000,1000000").split(separator: ",").compactMap { Int($0) }
let keep = environment["BENCH_KEEP"] == "1"
// The import alone takes minutes at 1M: working on it, the other rows are not worth the wait.
let importOnly = environment["BENCH_ONLY"] == "import"
let binDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
let app = binDirectory + "/giamsat-tui"
let repository = FileManager.default.currentDirectoryPath
let today = LocalDate(year: 2026, month: 11, day: 23)!
Processes.environment["GIAMSAT_TODAY"] = today.iso
Processes.environment["GIAMSAT_USER"] = "bench"
Processes.environment["LANG"] = "C.UTF-8"

func label(_ size: Int) -> String { size % 1_000_000 == 0 ? "\(size / 1_000_000)m" : size % 1000 == 0 ? "\(size / 1000)k" : "\(size)" }

func samples(_ runs: Int, _ body: () throws -> Void) rethrows -> [Double] {
    try (0..<runs).map { _ in try milliseconds(body) }
}

var allRows: [(size: String, row: Measurement)] = []
let root = NSTemporaryDirectory() + "giamsat-bench-\(getpid())"
try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
for tool in ["sqlite3", "task", "hyperfine", "python3"] where !Processes.available(tool) {
    print("(\(tool) is missing: its anchor is left out; `make bench` installs it)")
}

// taskwarrior with 10,000 tasks: the anchor for printing a 10k-row list.
let listRows = 10_000
let taskwarrior = Processes.available("task") ? try? Anchors.Taskwarrior(count: listRows, folder: root) : nil

for size in sizes {
    let name = label(size)
    let officials = Int(environment["BENCH_OFFICIALS"] ?? "") ?? max(10, size / 10)
    let scale = Double(size) / 1_000_000
    let folder = root + "/\(name)"
    let data = folder + "/data"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let log = folder + "/log.txt"
    var rows: [Measurement] = []
    print("\n== \(size) feedback records, \(officials) officials (\(folder)) ==")

    // The data: a bundle that passes `check`, written by the store's writer.
    let bundle = folder + "/bundle.json"
    var bytes = 0
    let generated = try milliseconds { bytes = try Generate.bundle(to: bundle, feedback: size, officials: officials) }
    print(String(format: "generated %.0f MB in %.1f s", Double(bytes) / 1e6, generated / 1000))

    // Import with the app; the floor is Python's sqlite3 bulk-inserting the same rows.
    let imported = try Processes.must([app, "--data", data, "import", bundle], log: log)
    var python: Processes.Run?
    if Processes.available("python3") {
        let floor = folder + "/python"
        try Processes.must([app, "--data", floor, "init", "--commune-name", "Xã Thử Tải"], log: log)
        python = try Processes.must(["python3", repository + "/scripts/bench/bulk-insert.py", bundle, floor + "/giamsat.sqlite"], log: log)
        try? FileManager.default.removeItem(atPath: floor)
    }
    rows.append(Measurement(id: "import.\(name)", operation: "import the bundle (CLI)", samples: [imported.milliseconds],
                            target: 60_000 * scale, anchor: python == nil ? nil : "Python sqlite3 executemany",
                            anchorValue: python?.milliseconds, note: "1 run"))
    if let python {
        rows.append(Measurement(id: "import.\(name).python", operation: "the same rows, bulk-inserted by Python", samples: [python.milliseconds],
                                note: "floor"))
    }
    // The same records in random order: the import's speed must not depend on it (issue 19).
    if environment["BENCH_RANDOM_ORDER"] != "0" {
        let shuffled = folder + "/bundle-random.json"
        _ = try Generate.bundle(to: shuffled, feedback: size, officials: officials, shuffled: true)
        let random = try Processes.must([app, "--data", folder + "/data-random", "import", shuffled], log: log)
        rows.append(Measurement(id: "import.\(name).random", operation: "the same bundle, feedback in random order",
                                samples: [random.milliseconds], anchor: "sorted (import.\(name))", anchorValue: imported.milliseconds,
                                maxRatio: 1.15, note: "1 run"))
        try? FileManager.default.removeItem(atPath: folder + "/data-random")
        // Kept with BENCH_KEEP=1 (and BENCH_ONLY=import) to import both orders again by hand.
        if !(keep && importOnly) { try? FileManager.default.removeItem(atPath: shuffled) }
    }
    rows.append(Measurement(id: "rss.import", operation: "peak memory of the import", samples: [imported.peakMB], target: 300, unit: "MB"))
    let wal = ((try? FileManager.default.attributesOfItem(atPath: data + "/giamsat.sqlite-wal")[.size]) as? NSNumber)?.intValue ?? 0
    let databaseBytes = ((try? FileManager.default.attributesOfItem(atPath: data + "/giamsat.sqlite")[.size]) as? NSNumber)?.intValue ?? 0
    print(String(format: "database %.0f MB, -wal after import %.1f MB", Double(databaseBytes) / 1e6, Double(wal) / 1e6))
    if importOnly {
        finish(rows, name: name, folder: folder, bundle: bundle, keepBundle: true)
        continue
    }

    // Through the store's public API, as the screens call it.
    let database = try AppDatabase.open(DataDirectory(path: data), create: false)
    let page = 18
    rows.append(Measurement(id: "screen.open", operation: "open the database", samples: try samples(7) {
        try AppDatabase.open(DataDirectory(path: data), create: false).close() }, target: 200))
    rows.append(Measurement(id: "screen.first-page", operation: "feedback list: first page", samples: try samples(9) {
        _ = try database.feedback(ListFilter(today: today, limit: page)) }, target: 50))
    rows.append(Measurement(id: "screen.count", operation: "feedback list: exact count", samples: try samples(5) {
        _ = try database.countFeedback(ListFilter(today: today)) }, target: 100))
    rows.append(Measurement(id: "screen.page-far", operation: "feedback list: page 20,000", samples: try samples(5) {
        _ = try database.feedback(ListFilter(today: today, limit: page, offset: 20_000 * page % max(1, size - page))) }, target: 200))
    rows.append(Measurement(id: "screen.overdue", operation: "overdue only: page + count", samples: try samples(7) {
        let filter = ListFilter(overdue: true, today: today, limit: page)
        _ = try database.feedback(filter)
        _ = try database.countFeedback(filter, cap: 1_000) }, target: 100))
    // The dashboard (issue 17): the year's figures with the worklist's counts and first page, then a page far down.
    rows.append(Measurement(id: "screen.dashboard", operation: "dashboard: figures + worklist counts + first page", samples: try samples(5) {
        _ = try database.dashboard(year: today.year, today: today) }, target: 300))
    rows.append(Measurement(id: "screen.worklist-page", operation: "worklist: page at row 1,000", samples: try samples(5) {
        _ = try database.worklist(today: today, offset: 1_000, limit: page) }, target: 200))
    rows.append(Measurement(id: "screen.search-status", operation: "search + status filter: page + count", samples: try samples(7) {
        let filter = ListFilter(query: "duong day nong", status: "xem-xet", today: today, limit: page)
        _ = try database.feedback(filter)
        _ = try database.countFeedback(filter, cap: 1_000) }, target: 100))
    rows.append(Measurement(id: "screen.officials-search", operation: "officials search “dinh” (picker)", samples: try samples(7) {
        _ = try database.officials(ListFilter(query: "dinh", limit: 50)) }, target: 50))
    rows.append(Measurement(id: "screen.open-record", operation: "open one record", samples: try samples(9) {
        _ = try database.fetch(Feedback.self, code: Generate.feedback(size / 2, of: size, officials: officials).code) }, target: 20))

    // Typing a filter: every prefix of each phrase, as the keys arrive. Results = what the list screen asks the
    // store for (FeedbackListRequest.page: the page and the count capped at 1,000); the count alone is shown too.
    let phrases = ["duong day nong", "kien nghi cong khai", "nguyen van dinh", "pa 2021 05", "thu tien sai quy dinh", "ho ngheo", "dat dai"]
    var results: [Double] = [], counts: [Double] = [], typed: [String] = []
    for _ in 0..<3 {
        for phrase in phrases {
            for end in phrase.indices.dropFirst().map({ $0 }) + [phrase.endIndex] {
                let text = String(phrase[..<end])
                var request = FeedbackListRequest(today: today)
                request.query = text
                request.limit = page
                results.append(try milliseconds { _ = try request.page(in: database) })
                counts.append(try milliseconds { _ = try database.countFeedback(ListFilter(query: text, today: today), cap: listCountCap) })
                typed.append(text)
            }
        }
    }
    var searchAnchor: [Double] = []
    if Processes.available("sqlite3") {
        let statements = Set(typed).sorted().map { Anchors.searchQuery($0, page: page) }.joined(separator: "\n")
        searchAnchor = try Anchors.sqlite3(data + "/giamsat.sqlite", statements, runs: 1, folder: folder)
    }
    let searchMeasure = Measurement(id: "", operation: "", samples: searchAnchor)
    // The app as the terminal runs it: Telex off, the filter typed with accents as the user sees them.
    let echoes = Echo.typing(phrases.map { $0 }, database: database, today: today)
    rows.append(Measurement(id: "keystroke.echo", operation: "key to echo: update + render of the list (app)", samples: echoes,
                            target: 10, targetOn: .p99, note: "\(echoes.count) keys"))
    rows.append(Measurement(id: "keystroke.results", operation: "page + capped count for the text typed so far (store API)", samples: results,
                            target: 30, targetOn: .p99, anchor: searchAnchor.isEmpty ? nil : "sqlite3: the page query alone (median)",
                            anchorValue: searchMeasure.median, note: "\(results.count) keys"))
    rows.append(Measurement(id: "keystroke.count", operation: "the capped match count alone (store API)", samples: counts,
                            target: 30, targetOn: .p99, note: "\(counts.count) keys"))

    // Tallies: the store's one pass, next to the best single-pass SQL in the sqlite3 CLI on the same file.
    let year = TallyPeriod(year: 2024, kind: .year)
    var tallyAnchor: (name: String, median: Double)?
    if Processes.available("sqlite3") {
        for (variant, sql) in Anchors.tallyQueries(from: year.from, to: year.to, asOf: year.asOf(today: today)) {
            let times = try Anchors.sqlite3(data + "/giamsat.sqlite", sql, runs: 9, folder: folder)
            let median = Measurement(id: "", operation: "", samples: times).median ?? .infinity
            if median < tallyAnchor?.median ?? .infinity { tallyAnchor = ("sqlite3: " + variant, median) }
            rows.append(Measurement(id: "tally.year.sqlite3", operation: "one year's feedback figures, \(variant), sqlite3 CLI",
                                    samples: times, note: variant))
        }
    }
    rows.append(Measurement(id: "tally.year", operation: "tally: one year (store API)", samples: try samples(9) {
        _ = try database.tally(year, today: today) }, target: 150, anchor: tallyAnchor?.name, anchorValue: tallyAnchor?.median, maxRatio: 1.2))
    rows.append(Measurement(id: "tally.years4", operation: "tally: four years side by side (store API)", samples: try samples(5) {
        _ = try database.tallies((2021...2024).map { TallyPeriod(year: $0, kind: .year) }, today: today) }, target: 400))
    if Processes.available("hyperfine") {
        rows.append(Measurement(id: "tally.year.cli", operation: "giamsat-tui tally --year 2024 --format json (process)",
                                samples: try Processes.hyperfine("\(app) --data \(data) tally --year 2024 --format json", runs: 5, folder: folder)))
    }
    try database.close()

    // Export and check, run as the CLI: time and peak memory.
    let exportFile = folder + "/export.json"
    let exported = try Processes.must([app, "--data", data, "export", "--out", exportFile], log: log)
    rows.append(Measurement(id: "export.\(name)", operation: "export everything (CLI)", samples: [exported.milliseconds],
                            target: 30_000 * scale, note: "1 run"))
    rows.append(Measurement(id: "rss.export", operation: "peak memory of the export", samples: [exported.peakMB], target: 100, unit: "MB"))
    let same = try Processes.run(["cmp", "-s", bundle, exportFile]).status == 0
    print("export byte-identical to the generated bundle: \(same ? "yes" : "NO")")
    try? FileManager.default.removeItem(atPath: exportFile)
    let checked = try Processes.run([app, "--data", data, "check"], stdout: folder + "/check.txt", stderr: log)
    rows.append(Measurement(id: "check.\(name)", operation: "check the data (CLI)", samples: [checked.milliseconds],
                            target: 30_000 * scale, note: checked.status == 0 ? "1 run, no problems" : "1 run, PROBLEMS FOUND"))
    rows.append(Measurement(id: "rss.check", operation: "peak memory of check", samples: [checked.peakMB], target: 100, unit: "MB"))

    // Printing 10,000 rows, next to taskwarrior's `task list` of 10,000 tasks.
    if Processes.available("hyperfine") {
        let listed = try Processes.hyperfine("\(app) --data \(data) list feedback --limit \(listRows)", runs: 10, folder: folder)
        let unlimited = try Processes.run([app, "--data", data, "list", "feedback", "--overdue"], stderr: log)
        var taskList: [Double] = []
        if let taskwarrior {
            taskList = try Processes.hyperfine(taskwarrior.command("list"), runs: 10, folder: folder)
            let count = try Processes.hyperfine(taskwarrior.command("count"), runs: 10, folder: folder)
            let filter = try Processes.hyperfine(taskwarrior.command("/nông/ count"), runs: 10, folder: folder)
            rows.append(Measurement(id: "list.10k.taskwarrior", operation: "task list (10,000 tasks)", samples: taskList, note: "anchor"))
            rows.append(Measurement(id: "count.taskwarrior", operation: "task count (10,000 tasks)", samples: count, note: "anchor"))
            rows.append(Measurement(id: "filter.taskwarrior", operation: "task /nông/ count (10,000 tasks)", samples: filter, note: "anchor"))
            rows.append(Measurement(id: "import.10k.taskwarrior", operation: "task import (10,000 tasks)", samples: [taskwarrior.importTime],
                                    note: "anchor, 1 run"))
        }
        let taskMedian = Measurement(id: "", operation: "", samples: taskList).median
        rows.append(Measurement(id: "list.10k", operation: "giamsat-tui list feedback --limit 10000 (table)", samples: listed,
                                anchor: taskMedian == nil ? nil : "task list", anchorValue: taskMedian, maxRatio: 1.0 / 3))
        rows.append(Measurement(id: "list.overdue", operation: "list feedback --overdue, no limit (CLI)", samples: [unlimited.milliseconds],
                                note: "1 run"))
        rows.append(Measurement(id: "rss.list", operation: "peak memory of list --overdue, no limit", samples: [unlimited.peakMB], target: 100, unit: "MB"))
    }

    // The terminal app on this database while a filter is typed.
    if let peak = try Anchors.tuiPeakMB(binary: app, data: data, typing: "duong day nong", folder: folder) {
        rows.append(Measurement(id: "rss.tui", operation: "peak memory of the app, filter typed (tmux)", samples: [peak], target: 100, unit: "MB"))
    }

    finish(rows, name: name, folder: folder, bundle: bundle, keepBundle: false)
}

/// One size done: its table printed, its rows kept for the JSON, its files removed unless asked to keep them.
@MainActor func finish(_ rows: [Measurement], name: String, folder: String, bundle: String, keepBundle: Bool) {
    print(Report.table(rows))
    allRows += rows.map { (name, $0) }
    if !keep {
        try? FileManager.default.removeItem(atPath: folder)
    } else if !keepBundle {
        try? FileManager.default.removeItem(atPath: bundle)
    }
}

let results = repository + "/.build/bench/results.json"
try FileManager.default.createDirectory(atPath: repository + "/.build/bench", withIntermediateDirectories: true)
try Report.json(allRows).write(to: URL(fileURLWithPath: results))
let missed = allRows.filter { $0.row.ok == false }.map { "\($0.row.id)@\($0.size)" }
print("\nresults: \(results)\n\(allRows.filter { $0.row.ok == true }.count) within target, missed: \(missed.isEmpty ? "none" : missed.joined(separator: ", "))")
if keep { print("kept: \(root)") } else { try? FileManager.default.removeItem(atPath: root) }
