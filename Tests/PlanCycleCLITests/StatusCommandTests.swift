import Foundation
import Testing

/// `plancycle status`: what is due relative to `--as-of`, one line each with the file to open.
@Suite struct StatusCommandTests {
    /// The library's golden file for the same day, which the command must print as it is.
    static let golden = Workspace.projectRoot.appendingPathComponent("Tests/PlanCycleKitTests/Snapshots/status-2026-02-20.txt")

    @Test func theShippedContentsStatusIsTheGoldenFile() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(expected.hasPrefix("2026-02-16  send CL-26/7, cleared: "))
        try await assertExecute(["status"] + CheckCommandTests.asOf, in: workspace.root, stdout: .exactly(expected), stderr: .empty)
    }

    @Test func aDeadlineMovesFromAheadToBehindWithTheDate() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let letter = "(content/2026/letters/wsis-forum-2026-open-consultation.md)"
        try await assertExecute(["status", "--as-of", "2026-03-02"], in: workspace.root, stdout: .containing(
            "2026-03-02  reply deadline of CL-26/6 today: Open consultation process for the WSIS Forum 2026  \(letter)\n"))
        try await assertExecute(["status", "--as-of", "2026-03-05"], in: workspace.root, stdout: .containing(
            "2026-03-02  reply deadline of CL-26/6 3 days ago: Open consultation process for the WSIS Forum 2026  \(letter)\n"))
    }

    @Test func contentWithAnErrorPrintsItAndExitsOne() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try CheckCommandTests.misspellField(workspace)
        try await assertExecute(["status"] + CheckCommandTests.asOf, in: workspace.root, exitCode: 1, stdout: .empty,
                                stderr: .exactly(CheckCommandTests.misspeltField + "1 error and 0 warnings.\n"))
    }
}
