import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs programs the way a user does and measures them from outside: wall time from spawn to exit,
/// and the peak resident memory the kernel reports for that one child (wait4's rusage).
enum Processes {
    struct Run { var milliseconds: Double; var peakMB: Double; var status: Int32 }

    nonisolated(unsafe) static var environment: [String: String] = ProcessInfo.processInfo.environment

    /// `arguments[0]` is looked up in PATH. Standard output goes to `stdout` (default /dev/null),
    /// standard error to `stderr`, standard input comes from `stdin`.
    @discardableResult
    static func run(_ arguments: [String], stdin: String = "/dev/null", stdout: String = "/dev/null",
                    stderr: String = "/dev/null", extraEnvironment: [String: String] = [:]) throws -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        let env = environment.merging(extraEnvironment) { $1 }.map { "\($0)=\($1)" }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Run(milliseconds: elapsed, peakMB: Double(usage.ru_maxrss) / 1024, status: exit)
    }

    /// Runs and insists on success.
    @discardableResult
    static func must(_ arguments: [String], stdin: String = "/dev/null", stdout: String = "/dev/null", log: String,
                     extraEnvironment: [String: String] = [:]) throws -> Run {
        let run = try run(arguments, stdin: stdin, stdout: stdout, stderr: log, extraEnvironment: extraEnvironment)
        if run.status != 0 {
            let tail = (try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n").suffix(5).joined(separator: "\n") ?? ""
            throw BenchError("\(arguments.joined(separator: " ")) exited \(run.status)\n\(tail)")
        }
        return run
    }

    static func available(_ program: String) -> Bool {
        (try? run(["sh", "-c", "command -v \(program)"]).status) == 0
    }

    /// hyperfine's own statistics for a short command: warm-up runs, then `runs` timed ones, no shell.
    static func hyperfine(_ command: String, runs: Int, folder: String) throws -> [Double] {
        let json = folder + "/hyperfine.json"
        try must(["hyperfine", "-N", "--warmup", "2", "--runs", String(runs), "--export-json", json, command], log: folder + "/hyperfine.log")
        let data = try Data(contentsOf: URL(fileURLWithPath: json))
        guard let top = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let results = top["results"] as? [[String: Any]], let times = results.first?["times"] as? [Double] else {
            throw BenchError("hyperfine wrote no times for \(command)")
        }
        return times.map { $0 * 1000 }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Milliseconds that `body` takes.
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}
