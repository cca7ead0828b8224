import Foundation
import Testing

/// `plancycle letter`: one self-contained page of circular letters, piped or written to a file.
@Suite struct LetterCommandTests {
    @Test func aLetterByNumberIsPipedAsOnePageWithAbsoluteLinksIntoTheSite() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let run = try await assertExecute(["letter", "CL-26/6"] + CheckCommandTests.asOf, in: workspace.root, stderr: .empty)
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"))
        #expect(run.stdout.contains("<title>CL-26/6: Open consultation process for the WSIS Forum 2026 – ITU</title>"))
        #expect(run.stdout.contains("<style>"), "the stylesheet is inlined")
        #expect(run.stdout.contains("href=\"" + workspace.url("site/2026/plan.html").absoluteString + "#activity-wsis-forum-2026\""))
        #expect(!run.stdout.contains("DRAFT"))
    }

    @Test func theNumberTheFileNameAndOutputGiveTheSamePage() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let piped = try await assertExecute(["letter", "CL-26/6"] + CheckCommandTests.asOf, in: workspace.root).stdout
        try await assertExecute(["letter", "cl-26-06"] + CheckCommandTests.asOf, in: workspace.root, stdout: .exactly(piped))
        try await assertExecute(["letter", "wsis-forum-2026-open-consultation", "--output", "cl.html"] + CheckCommandTests.asOf,
                                in: workspace.root, stdout: .exactly("Wrote cl.html.\n"), stderr: .empty)
        #expect(try workspace.read("cl.html") == piped)
    }

    @Test func onATerminalThePageGoesToATemporaryFileWhosePathIsPrinted() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let piped = try await assertExecute(["letter", "CL-26/6"] + CheckCommandTests.asOf, in: workspace.root).stdout
        try FileManager.default.createDirectory(at: workspace.url("tmp"), withIntermediateDirectories: true)
        let shown = try await RunningCommand(["letter", "CL-26/6"] + CheckCommandTests.asOf, in: workspace.root,
                                             environment: ["TMPDIR": workspace.url("tmp").path], onTerminal: true).wait()
        let file = workspace.url("tmp/plancycle-letter-CL-26-6-en.html").path
        #expect(shown.exitCode == 0)
        #expect(shown.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "Wrote the preview to \(file); open it in a browser.\n")
        #expect(try workspace.read("tmp/plancycle-letter-CL-26-6-en.html") == piped)
    }

    @Test func anActivitysDraftLetterIsShownMarkedInTheLanguageAsked() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let english = try await assertExecute(["letter", "gdc-follow-up"] + CheckCommandTests.asOf, in: workspace.root, stderr: .empty)
        #expect(english.stdout.contains("DRAFT – not cleared for dispatch"))
        let french = try await assertExecute(["letter", "gdc-follow-up", "--lang", "fr"] + CheckCommandTests.asOf, in: workspace.root)
        #expect(french.stdout.contains("<html lang=\"fr\" dir=\"ltr\">"))
        #expect(french.stdout.contains("PROJET – non approuvé pour envoi"))
    }

    @Test func theBaseURLReplacesTheSiteFolderInLinks() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let run = try await assertExecute(["letter", "CL-26/6", "--base-url", "https://www.itu.int/plancycle/"] + CheckCommandTests.asOf,
                                          in: workspace.root)
        #expect(run.stdout.contains("href=\"https://www.itu.int/plancycle/2026/plan.html#activity-wsis-forum-2026\""))
        #expect(!run.stdout.contains("file://"))
    }

    @Test func anUnknownLetterIsAnErrorWithADidYouMean() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try await assertExecute(["letter", "wsis-forum-2026-open-consultaton"] + CheckCommandTests.asOf, in: workspace.root, exitCode: 1,
                                stdout: .empty, stderr: .containing(
                                    "content:1:1: error: no circular letter or activity is named `wsis-forum-2026-open-consultaton`. "
                                        + "Hint: did you mean `wsis-forum-2026-open-consultation`? Letters and activities: CL-25/12, ",
                                    "\n1 error and 0 warnings.\n"))
        try await assertExecute(["letter", "CL-26/99"] + CheckCommandTests.asOf, in: workspace.root, exitCode: 1,
                                stderr: .containing("no circular letter or activity is named `CL-26/99`. Hint: did you mean `CL-26/6`?"))
        #expect(try workspace.entries() == ["Templates", "content"], "nothing is written")
    }

    @Test func anErrorElsewhereInTheContentDoesNotStopThePreview() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try CheckCommandTests.misspellField(workspace)
        let run = try await assertExecute(["letter", "CL-26/6"] + CheckCommandTests.asOf, in: workspace.root, stderr: .empty)
        #expect(run.stdout.contains("CL-26/6"))
    }

    @Test func aLanguageThatIsNotPublishedIsAUsageError() async throws {
        let workspace = try Workspace(copying: [])
        defer { workspace.remove() }
        try await assertExecute(["letter", "CL-26/6", "--lang", "de"], in: workspace.root, exitCode: 64, stdout: .empty,
                                stderr: .containing("Error: --lang must be one of ar, en, es, fr, ru, zh, not `de`."))
    }
}
