import Foundation
import Testing

/// `plancycle build`: the site written, or nothing written and the previous output kept.
@Suite struct BuildCommandTests {
    /// `build`'s summary line with its time taken out, which differs from run to run.
    static func summary(_ stdout: String) -> String {
        stdout.replacing(#/ in \d+\.\d\d s/#, with: " in <time> s")
    }

    static let draftsLine = "Left out 2 drafts (--drafts publishes them, marked): "
        + "content/2026/letters/gdc-follow-up-questionnaire.md, content/2026/letters/sdg-digital-2026-case-studies.md\n"

    @Test func theSiteIsWrittenWithItsLettersAndTranslations() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let run = try await assertExecute(["build", "--output", "out/site"] + CheckCommandTests.asOf, in: workspace.root, stderr: .empty)
        #expect(Self.summary(run.stdout) == "Wrote 157 files (90 pages, 60 Word files) to out/site in <time> s.\n" + Self.draftsLine)
        for page in ["index.html", "2026/plan.html", "2026/letters/cl-26-06.html", "fr/2026/plan.html", "manifest.json"] {
            #expect(workspace.exists("out/site/" + page), "\(page)")
        }
        #expect(try workspace.read("out/site/fr/2026/plan.html").contains("<html lang=\"fr\" dir=\"ltr\">"))
        #expect(!workspace.exists("out/site/2026/letters/draft-gdc-follow-up-questionnaire.html"), "drafts stay drafts")
        #expect(!workspace.exists("out/site/2026/letters/draft-gdc-follow-up-questionnaire.docx"), "and so do their Word files")
        #expect(workspace.exists("out/site/ar/2026/letters/cl-26-06.docx"))
        #expect(try workspace.entries() == ["Templates", "content", "out"], "no staging folder is left beside the output")
    }

    @Test func verboseListsEveryFileAndQuietPrintsNothing() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let verbose = try await assertExecute(["build", "--verbose", "--drafts"] + CheckCommandTests.asOf, in: workspace.root)
        let listed = verbose.stdout.split(separator: "\n").filter { $0.hasPrefix("site/") }
        #expect(listed.count == 181)
        #expect(Self.summary(verbose.stdout).hasSuffix("\nWrote 181 files (102 pages, 72 Word files) to site in <time> s.\n"), "no drafts left out")
        #expect(listed.contains("site/2026/letters/draft-gdc-follow-up-questionnaire.docx"), "a draft's Word file follows its page")
        #expect(listed.contains("site/2026/letters/draft-gdc-follow-up-questionnaire.html"))
        try await assertExecute(["build", "--quiet"] + CheckCommandTests.asOf, in: workspace.root, stdout: .empty, stderr: .empty)
        #expect(!workspace.exists("site/2026/letters/draft-gdc-follow-up-questionnaire.html"), "the build without --drafts replaced the review copy")
    }

    @Test func aFailingBuildWritesNothingAndLeavesTheOutputAsItWas() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try await assertExecute(["build"] + CheckCommandTests.asOf, in: workspace.root)
        let before = try workspace.files(under: "site")
        try CheckCommandTests.misspellField(workspace)
        try await assertExecute(["build"] + CheckCommandTests.asOf, in: workspace.root, exitCode: 1, stdout: .empty, stderr: .exactly(
            CheckCommandTests.misspeltField + "1 error and 0 warnings.\nNothing was written; site is unchanged.\n"))
        #expect(try workspace.files(under: "site") == before)
        try await assertExecute(["build", "--output", "fresh"] + CheckCommandTests.asOf, in: workspace.root, exitCode: 1,
                                stderr: .containing("Nothing was written; fresh was not created.\n"))
        #expect(try workspace.entries() == ["Templates", "content", "site"], "no new output or staging folder")
    }

    @Test func anOutputThatIsAUsersFileIsRefusedAndKept() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("notes.txt", "my notes\n")
        try await assertExecute(["build", "--output", "notes.txt", "--force"] + CheckCommandTests.asOf, in: workspace.root, exitCode: 1,
                                stderr: .containing("notes.txt:1:1: error: the output notes.txt is a file, not a folder; "
                                    + "PlanCycle will not replace it"))
        #expect(try workspace.read("notes.txt") == "my notes\n")
    }

    @Test func aFolderWithFilesPlanCycleDidNotWriteIsRefusedUnlessForced() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("mine/thesis.md", "# Chapter 1\n")
        try await assertExecute(["build", "--output", "mine"] + CheckCommandTests.asOf, in: workspace.root, exitCode: 1, stderr: .containing(
            "mine:1:1: error: the output folder holds files PlanCycle did not write (`thesis.md`); building would delete them. "
                + "Hint: choose another `--output` folder, or pass `--force` to replace it."))
        #expect(try workspace.read("mine/thesis.md") == "# Chapter 1\n")
        try await assertExecute(["build", "--output", "mine", "--force"] + CheckCommandTests.asOf, in: workspace.root)
        #expect(!workspace.exists("mine/thesis.md"))
        #expect(workspace.exists("mine/2026/plan.html"))
    }

    @Test func theContentFolderIsRefusedAsOutput() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.files(under: "content")
        try await assertExecute(["build", "--output", "content", "--force"] + CheckCommandTests.asOf, in: workspace.root, exitCode: 1,
                                stderr: .containing("content:1:1: error: the output folder would replace the content folder content."))
        #expect(try workspace.files(under: "content") == before)
    }

    @Test func aBaseURLThatIsNotAnAddressIsAUsageError() async throws {
        let workspace = try Workspace(copying: [])
        defer { workspace.remove() }
        try await assertExecute(["build", "--base-url", "www.itu.int"], in: workspace.root, exitCode: 64,
                                stderr: .containing("Error: --base-url must be a web address starting with https:// or http://, not `www.itu.int`."))
    }
}
