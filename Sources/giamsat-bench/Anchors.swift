import Foundation
import GiamSatCore

/// What the same work costs in other tools, measured in the same run on the same machine.
enum Anchors {
    /// Runs `sql` `runs` times in the sqlite3 CLI with `.timer on`; returns the "real" times (ms).
    static func sqlite3(_ database: String, _ sql: String, runs: Int, folder: String) throws -> [Double] {
        let script = folder + "/anchor.sql", out = folder + "/anchor.out"
        let body = ".timer on\n.output /dev/null\n" + String(repeating: sql.trimmingCharacters(in: .whitespacesAndNewlines) + "\n", count: runs)
        try body.write(toFile: script, atomically: true, encoding: .utf8)
        try Processes.must(["sqlite3", "-readonly", database], stdin: script, stdout: out, log: folder + "/anchor.log")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> Double? in
            guard line.hasPrefix("Run Time: real ") else { return nil }
            return Double(line.dropFirst("Run Time: real ".count).split(separator: " ")[0]).map { $0 * 1000 }
        }
    }

    /// The best single-pass SQL we could write for a year's feedback figures, two ways: one GROUP BY
    /// over the combinations (what the store runs), and one row of conditional sums.
    static func tallyQueries(from: LocalDate, to: LocalDate, asOf: LocalDate) -> [(name: String, sql: String)] {
        let statusThen = """
            CASE WHEN f.status_on <= '\(asOf.iso)' THEN f.status ELSE (SELECT h.status FROM feedback_history h
              WHERE h.feedback = f.code AND h.on_date <= '\(asOf.iso)' ORDER BY h.seq DESC LIMIT 1) END
            """
        let range = "f.received_on BETWEEN '\(from.iso)' AND '\(to.iso)'"
        let grouped = """
            SELECT f.channel, f.kind, f.content, f.anonymous, \(statusThen) AS s, f.due_on < '\(asOf.iso)', COUNT(*)
            FROM feedback f WHERE \(range) GROUP BY 1, 2, 3, 4, 5, 6;
            """
        func sums(_ column: String, _ slugs: [String]) -> [String] { slugs.map { "SUM(\(column) = '\($0)')" } }
        let open = FeedbackStatus.allCases.filter { !$0.isEnded }.map { "'\($0.slug)'" }.joined(separator: ", ")
        let columns = ["COUNT(*)", "SUM(anonymous)"] + sums("channel", FeedbackChannel.allSlugs) + sums("kind", FeedbackKind.allSlugs)
            + sums("content", ContentArea.allSlugs) + sums("s", FeedbackStatus.allSlugs) + ["SUM(s IN (\(open)) AND late)"]
        let summed = """
            SELECT \(columns.joined(separator: ", ")) FROM (SELECT f.channel, f.kind, f.content, f.anonymous,
              \(statusThen) AS s, f.due_on < '\(asOf.iso)' AS late FROM feedback f WHERE \(range));
            """
        return [("GROUP BY", grouped), ("conditional sums", summed)]
    }

    /// The store's page query for a typed text, as SQL the sqlite3 CLI can run.
    static func searchQuery(_ typed: String, page: Int) -> String {
        let match = VietnameseText.searchTokens(typed).map { "\"\($0)\"*" }.joined(separator: " ")
        return """
            SELECT f.* FROM feedback_search s CROSS JOIN feedback f ON f.recency = s.rowid
            WHERE feedback_search MATCH '\(match)' ORDER BY s.rowid DESC LIMIT \(page);
            """
    }

    /// A taskwarrior with `count` pending tasks of the same summaries, in its own folder.
    struct Taskwarrior {
        let rc: String
        let importTime: Double

        init(count: Int, folder: String) throws {
            let data = folder + "/task"
            try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
            rc = folder + "/taskrc"
            try """
                data.location=\(data)
                confirmation=off
                hooks=off
                detection=off
                defaultwidth=160
                """.write(toFile: rc, atomically: true, encoding: .utf8)
            let tasks = folder + "/tasks.json"
            try Generate.tasks(to: tasks, count: count)
            importTime = try Processes.must(["task", "rc:" + rc, "import", tasks], log: folder + "/task.log").milliseconds
        }

        func command(_ arguments: String) -> String { "task rc:\(rc) \(arguments)" }
    }

    /// Peak memory of the terminal app open on the database while a filter is typed (tmux, 80×24).
    static func tuiPeakMB(binary: String, data: String, typing: String, folder: String) throws -> Double? {
        guard Processes.available("tmux") else { return nil }
        let session = "giamsat-bench-\(getpid())"
        let log = folder + "/tmux.log"
        try Processes.must(["tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "24", binary, "--data", data], log: log,
                           extraEnvironment: ["GIAMSAT_USER": "bench"])
        defer { _ = try? Processes.run(["tmux", "kill-session", "-t", session]) }
        Thread.sleep(forTimeInterval: 1.5)
        let panes = folder + "/panes"
        try Processes.must(["tmux", "list-panes", "-t", session, "-F", "#{pane_pid}"], stdout: panes, log: log)
        guard let pid = Int((try String(contentsOfFile: panes, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            return nil
        }
        try Processes.must(["tmux", "send-keys", "-t", session, "/"], log: log)
        for character in typing {
            try Processes.must(["tmux", "send-keys", "-t", session, "-l", String(character)], log: log)
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 1.0)
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kb / 1024
    }
}
