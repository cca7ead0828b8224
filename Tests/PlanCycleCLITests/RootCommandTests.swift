import Foundation
import Testing

/// `plancycle` itself: its help and what it does with a subcommand it does not know.
@Suite struct RootCommandTests {
    static let subcommands = ["check", "build", "serve", "letter", "translations", "status", "new"]

    @Test func helpListsEverySubcommand() async throws {
        let workspace = try Workspace(copying: [])
        defer { workspace.remove() }
        try await assertExecute(["--help"], in: workspace.root, stdout: .containing(
            ["USAGE: plancycle <subcommand>\n", "SUBCOMMANDS:\n"] + Self.subcommands.map { "\n  \($0) " }), stderr: .empty)
    }

    @Test func helpOfNewListsWhatItCreates() async throws {
        let workspace = try Workspace(copying: [])
        defer { workspace.remove() }
        try await assertExecute(["new", "--help"], in: workspace.root, stdout: .containing(
            "USAGE: plancycle new <subcommand>", "  year ", "  activity ", "  letter ", "  outcome ", "  translation "))
    }

    @Test func anUnknownSubcommandIsAUsageError() async throws {
        let workspace = try Workspace(copying: [])
        defer { workspace.remove() }
        try await assertExecute(["frobnicate"], in: workspace.root, exitCode: 64, stdout: .empty, stderr: .exactly(
            "Error: Unexpected argument 'frobnicate'\nUsage: plancycle <subcommand>\n  See 'plancycle --help' for more information.\n"))
        try await assertExecute(["build", "--outptu", "x"], in: workspace.root, exitCode: 64,
                                stderr: .containing("Error: Unknown option '--outptu'. Did you mean '--output'?"))
        #expect(try workspace.entries().isEmpty, "nothing is written")
    }
}
