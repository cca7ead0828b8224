import Foundation
import Testing

/// `plancycle new`: a content file from its scaffold, where the README says, never overwriting.
@Suite struct NewCommandTests {
    static let next = "Fill in the values marked TODO; `plancycle check` lists them.\n"

    @Test func anActivityIsCreatedInTheLatestYearAndCheckWarnsAtItsTodos() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let file = "content/2026/activities/test-forum.md"
        try await assertExecute(["new", "activity", "test-forum"], in: workspace.root,
                                stdout: .exactly("Created \(file)\n" + Self.next), stderr: .empty)
        #expect(try workspace.read(file).contains("\ntitle: TODO Title of the activity"))
        try await assertExecute(["check"] + CheckCommandTests.asOf, in: workspace.root, stderr: .containing(
            file + ":4:8: warning: this value is still to be filled in. Hint: replace it with the real value and remove the `TODO`.\n",
            "0 errors and 8 warnings.\n"))
    }

    @Test func anExistingActivityIsNotOverwritten() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let file = "content/2026/activities/wsis-forum-2026.md"
        let before = try workspace.read(file)
        try await assertExecute(["new", "activity", "wsis-forum-2026"], in: workspace.root, exitCode: 1, stdout: .empty, stderr: .exactly(
            file + ":1:1: error: there is already an activity named `wsis-forum-2026`; it is left as it is. "
                + "Hint: open \(file) to change it, or did you mean a new one such as `wsis-forum-2026-2`?\n1 error and 0 warnings.\n"))
        #expect(try workspace.read(file) == before)
    }

    @Test func anInvalidIdIsRefusedWithADidYouMeanAndNothingIsWritten() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.files(under: "content")
        try await assertExecute(["new", "activity", "Test_Forum"], in: workspace.root, exitCode: 1, stdout: .empty, stderr: .containing(
            "content/2026/activities/Test_Forum.md:1:1: error: `Test_Forum` cannot be used as an id: the file name is the activity's id. "
                + "Hint: did you mean `test-forum`?"))
        #expect(try workspace.files(under: "content") == before)
    }

    @Test func aYearIsCreatedWithItsFoldersAndTheNextMeetingNumberOnlyOnce() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try await assertExecute(["new", "year", "2027"], in: workspace.root, stdout: .exactly("Created content/2027/year.md\n" + Self.next))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url("content/2027").path).sorted()
            == ["activities", "letters", "outcomes", "year.md"])
        #expect(try workspace.read("content/2027/year.md").contains("\n  number: 45 "))
        let before = try workspace.read("content/2027/year.md")
        try await assertExecute(["new", "year", "2027"], in: workspace.root, exitCode: 1, stderr: .containing(
            "content/2027/year.md:1:1: error: the year 2027 already exists. Hint: did you mean `plancycle new year 2028`?"))
        #expect(try workspace.read("content/2027/year.md") == before)
    }

    @Test func aLetterIsADraftDatedAsOfInItsActivitysYear() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let file = "content/2026/letters/igf-call.md"
        try await assertExecute(["new", "letter", "igf-call", "--activity", "igf-2026", "--as-of", "2026-03-02"], in: workspace.root,
                                stdout: .exactly("Created \(file)\n" + Self.next))
        let letter = try workspace.read(file)
        #expect(letter.contains("\nactivity: igf-2026 "))
        #expect(letter.contains("\nstatus: draft "))
        #expect(letter.contains("\ndate: 2026-03-02 "))
    }

    @Test func anOutcomeIsCreatedForAnActivityOfThePlan() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try await assertExecute(["new", "outcome", "igf-2026", "--year", "2026"], in: workspace.root,
                                stdout: .exactly("Created content/2026/outcomes/igf-2026.md\n" + Self.next))
        #expect(workspace.exists("content/2026/outcomes/igf-2026.md"))
    }

    @Test func aTranslationIsWrittenBesideItsOriginalOnce() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let file = "content/2026/activities/igf-2026.fr.md"
        try await assertExecute(["new", "translation", "content/2026/activities/igf-2026.md", "--lang", "fr"], in: workspace.root,
                                stdout: .exactly("Created \(file)\nTranslate its text; it is marked current, so review it before it is published.\n"))
        #expect(try workspace.read(file).contains("\nsource_hash: "))
        try await assertExecute(["new", "translation", "2026/activities/igf-2026.md", "--lang", "fr"], in: workspace.root, exitCode: 1,
                                stderr: .containing(file + ":1:1: error: this translation already exists; it is left as it is."))
    }
}
