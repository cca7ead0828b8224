import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `plancycle` process that runs on in the background (as `serve` does), its output going to files.
final class RunningCommand {
    let process = Process()
    let arguments: [String]
    private let stdoutFile: URL
    private let stderrFile: URL
    /// Yields once when the program has ended (and all it wrote to a terminal is copied).
    private let ended: AsyncStream<Void>
    private let terminal: PseudoTerminal?
    private let timedOut = Flag()

    /// Starts `plancycle arguments` with `folder` as its current folder, and a timer that kills
    /// it if it still runs after `Executable.timeout`.
    ///
    /// Output goes to files rather than pipes, so that a long output (a letter's HTML) cannot
    /// fill a pipe and block the program while the test waits for it to end.
    /// - Parameters:
    ///   - environment: variables to set or replace in the program's environment.
    ///   - onTerminal: whether standard output is a terminal, as in a user's shell, rather than a file.
    init(_ arguments: [String], in folder: URL, environment: [String: String] = [:], onTerminal: Bool = false) throws {
        guard FileManager.default.isExecutableFile(atPath: Executable.url.path) else { throw Executable.Failure.missing(Executable.url) }
        self.arguments = arguments
        let name = "plancycle-cli-output-\(UUID().uuidString)"
        stdoutFile = FileManager.default.temporaryDirectory.appendingPathComponent(name + ".out")
        stderrFile = FileManager.default.temporaryDirectory.appendingPathComponent(name + ".err")
        try Data().write(to: stdoutFile)
        try Data().write(to: stderrFile)
        process.executableURL = Executable.url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        terminal = onTerminal ? try PseudoTerminal() : nil
        process.standardOutput = try terminal?.programSide ?? FileHandle(forWritingTo: stdoutFile)
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        let (ended, ending) = AsyncStream<Void>.makeStream()
        self.ended = ended
        process.terminationHandler = { [terminal] _ in
            _ = terminal?.waitForCopy(timeout: Executable.timeout)
            ending.yield()
            ending.finish()
        }
        try process.run()
        try terminal?.startCopying(to: stdoutFile)
        // A Dispatch timer, not a task: tests that keep the test threads busy must not delay it.
        DispatchQueue.global().asyncAfter(deadline: .now() + Executable.timeout) { [process, timedOut] in
            guard process.isRunning else { return }
            timedOut.set()
            kill(process.processIdentifier, SIGKILL)
        }
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: stdoutFile)
        try? FileManager.default.removeItem(at: stderrFile)
    }

    /// What the program has printed to standard output so far.
    var stdout: String { (try? String(contentsOf: stdoutFile, encoding: .utf8)) ?? "" }

    /// What the program has printed to standard error so far.
    var stderr: String { (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? "" }

    /// Waits for the program to end; throws if the timer had to kill it.
    ///
    /// The wait suspends rather than blocks, so that tests waiting for programs do not hold the
    /// threads that other tests need to go on.
    func wait() async throws -> Execution {
        for await _ in ended {}
        if timedOut.isSet { throw Executable.Failure.timedOut(arguments) }
        // A signal that ended the program is not an exit code: report it as one no program returns.
        let code = process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
        return Execution(stdout: stdout, stderr: stderr, exitCode: code)
    }
}

/// A flag that one thread sets and another reads.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }

    var isSet: Bool { lock.withLock { value } }
}
