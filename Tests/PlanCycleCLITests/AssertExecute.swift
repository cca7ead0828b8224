import Foundation
import Testing

/// What a test expects a stream (standard output or error) to hold.
enum Expected {
    /// Exactly this text.
    case exactly(String)
    /// Each of these pieces, anywhere.
    case containing([String])
    /// Nothing at all.
    static let empty = Expected.exactly("")

    /// Each of these pieces, anywhere.
    static func containing(_ pieces: String...) -> Expected { .containing(pieces) }

    /// Records an issue for each way `actual` differs from what is expected.
    func check(_ actual: String, stream: String, command: [String], sourceLocation: SourceLocation) {
        let command = "plancycle " + command.joined(separator: " ")
        switch self {
        case .exactly(let text):
            #expect(actual == text, "\(stream) of `\(command)`", sourceLocation: sourceLocation)
        case .containing(let pieces):
            for piece in pieces {
                #expect(actual.contains(piece), "\(stream) of `\(command)` lacks \(piece)\n---\n\(actual)", sourceLocation: sourceLocation)
            }
        }
    }
}

/// Runs `plancycle arguments` in `folder`, as swift-argument-parser's `AssertExecuteCommand`
/// does, and expects its exit code and, when given, what it printed.
///
/// - Parameters:
///   - arguments: the arguments after `plancycle`.
///   - folder: the current folder of the run, where `content/` and `Templates/` are.
///   - exitCode: the exit code expected (0, 1 for problems, 64 for a usage error).
///   - stdout: what standard output should hold; `nil` for anything.
///   - stderr: what standard error should hold; `nil` for anything.
/// - Returns: the run, for further checks.
/// - Throws: when the program is missing, cannot start or does not end in time.
@discardableResult
func assertExecute(
    _ arguments: [String], in folder: URL, exitCode: Int32 = 0, stdout: Expected? = nil, stderr: Expected? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) async throws -> Execution {
    let run = try await run(arguments, in: folder)
    #expect(run.exitCode == exitCode, "exit code of `plancycle \(arguments.joined(separator: " "))`; stderr:\n\(run.stderr)",
            sourceLocation: sourceLocation)
    stdout?.check(run.stdout, stream: "stdout", command: arguments, sourceLocation: sourceLocation)
    stderr?.check(run.stderr, stream: "stderr", command: arguments, sourceLocation: sourceLocation)
    return run
}
