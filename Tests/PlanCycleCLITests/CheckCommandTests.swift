import Foundation
import Testing

/// `plancycle check`: every problem in one run, as `path:line:col: severity: message`, and the exit code.
@Suite struct CheckCommandTests {
    /// "Today" for every run, so that the overdue-draft checks do not follow the clock.
    static let asOf = ["--as-of", "2026-02-20"]

    /// The line `check` prints on the shipped content's translations.
    static let translationsLine = "Translations: fr: 8 current, 0 stale, 34 missing; ar: 8 current, 0 stale, 34 missing; "
        + "es: 2 current, 0 stale, 40 missing; ru: 2 current, 0 stale, 40 missing; zh: 2 current, 0 stale, 40 missing. "
        + "`plancycle translations` lists them.\n"

    static let misspeltField = "content/2026/activities/igf-2026.md:27:1: error: the activity has no field `participaton`. "
        + "Hint: did you mean `participation`? Fields: title, processes, high_level, start, end, place, format, impact, "
        + "resources, participation, member_state_support, urgent, action_plan, milestones.\n"

    /// Misspells `participation` on line 27 of an activity.
    static func misspellField(_ workspace: Workspace) throws {
        try workspace.replace("content/2026/activities/igf-2026.md", "\nparticipation: [attend", with: "\nparticipaton: [attend")
    }

    @Test func shippedContentChecksCleanAndPrintsTheTranslationsLine() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try await assertExecute(["check"] + Self.asOf, in: workspace.root, stdout: .exactly(Self.translationsLine), stderr: .empty)
        #expect(try workspace.entries() == ["Templates", "content"], "check writes nothing")
    }

    @Test func aMisspeltFieldIsAnErrorAtItsLineWithADidYouMean() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.misspellField(workspace)
        try await assertExecute(["check"] + Self.asOf, in: workspace.root, exitCode: 1,
                                stderr: .exactly(Self.misspeltField + "1 error and 0 warnings.\n"))
    }

    @Test func errorsInTwoFilesAreBothReportedInOneRun() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.misspellField(workspace)
        try workspace.replace("content/2026/activities/wsis-forum-2026.md",
                              "\nplace: Geneva, Switzerland\n", with: "\nplace: \"Geneva, Switzerland\n")
        try await assertExecute(["check"] + Self.asOf, in: workspace.root, exitCode: 1, stderr: .exactly(
            Self.misspeltField
                + "content/2026/activities/wsis-forum-2026.md:7:8: error: the quote `\"` that opens here is never closed. "
                + "Hint: end the value with `\"` on the same line (a value that contains `\"` can be quoted with the other kind of quote).\n"
                + "2 errors and 0 warnings.\n"))
    }

    @Test func warningsAloneExitZeroAndStrictTurnsAMissingLetterIntoAnError() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try FileManager.default.removeItem(at: workspace.url("content/2026/letters/wsis20-follow-up-consultation.md"))
        let place = "content/2026/activities/wsis20-follow-up.md:44:9: "
        let message = "ITU implementation of the WSIS+20 outcome document (A/RES/80/173) is marked urgent, but no circular letter"
        try await assertExecute(["check"] + Self.asOf, in: workspace.root,
                                stderr: .containing(place + "warning: " + message, "With --strict this is an error.", "0 errors and 1 warning.\n"))
        try await assertExecute(["check", "--strict"] + Self.asOf, in: workspace.root, exitCode: 1,
                                stderr: .containing(place + "error: " + message, "1 error and 0 warnings.\n"))
    }

    @Test func diagnosticsNameTheContentFolderPassedAndAMissingOneIsAnError() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try FileManager.default.moveItem(at: workspace.url("content"), to: workspace.url("drafts"))
        try workspace.replace("drafts/2026/activities/igf-2026.md", "\nparticipation: [attend", with: "\nparticipaton: [attend")
        try await assertExecute(["check", "--content", "drafts"] + Self.asOf, in: workspace.root, exitCode: 1,
                                stderr: .containing("drafts/2026/activities/igf-2026.md:27:1: error: the activity has no field `participaton`."))
        try await assertExecute(["check"] + Self.asOf, in: workspace.root, exitCode: 1, stderr: .containing(
            "content:1:1: error: the content folder does not exist. Hint: run from the project folder or pass `--content DIR`."))
    }

    @Test func anAsOfThatIsNotADateIsAUsageError() async throws {
        let workspace = try Workspace(copying: [])
        defer { workspace.remove() }
        try await assertExecute(["check", "--as-of", "2026-02-30"], in: workspace.root, exitCode: 64, stdout: .empty,
                                stderr: .containing("Error: --as-of must be a date written YYYY-MM-DD, not `2026-02-30`."))
    }
}
