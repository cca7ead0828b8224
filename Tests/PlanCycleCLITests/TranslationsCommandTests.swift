import Foundation
import Testing

/// `plancycle translations`: what is missing or stale per language, and `--mark-current`.
@Suite struct TranslationsCommandTests {
    static let french = "content/2026/activities/wsis-forum-2026.fr.md"

    /// Changes the title of the original that `french` translates.
    static func retitle(_ workspace: Workspace, _ old: String, _ new: String) throws {
        try workspace.replace("content/2026/activities/wsis-forum-2026.md", "\ntitle: \(old)\n", with: "\ntitle: \(new)\n")
    }

    @Test func everyLanguageListsItsMissingTranslationsFileByFile() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let run = try await assertExecute(["translations"], in: workspace.root, stderr: .empty)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { !$0.hasPrefix("  ") } == [
            "fr: 8 current, 0 stale, 34 missing", "ar: 8 current, 0 stale, 34 missing", "es: 2 current, 0 stale, 40 missing",
            "ru: 2 current, 0 stale, 40 missing", "zh: 2 current, 0 stale, 40 missing", "",
        ])
        let missing = lines.filter { $0.hasPrefix("  missing: ") }
        #expect(missing.count == 188, "34 + 34 + 40 + 40 + 40")
        #expect(lines.contains("  missing: content/2025/year.fr.md  (translates content/2025/year.md)"))
        #expect(!lines.contains { $0.hasPrefix("  stale:") })
    }

    @Test func aChangedOriginalMakesItsTranslationsStaleAndLangFilters() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.retitle(workspace, "WSIS Forum 2026", "WSIS Forum 2026 (revised)")
        let run = try await assertExecute(["translations", "--lang", "fr"], in: workspace.root, stderr: .containing(
            Self.french + ":2:14: warning: this fr translation was made from an earlier version of content/2026/activities/wsis-forum-2026.md.",
            "0 errors and 1 warning.\n"))
        #expect(!run.stderr.contains(".ar.md"), "--lang fr shows only the French translations' problems")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1 + 1 + 34)
        #expect(Array(lines.prefix(2)) == ["fr: 7 current, 1 stale, 34 missing", "  stale:   \(Self.french)"])
        #expect(!lines.contains { $0.hasPrefix("ar:") || $0.contains(".ar.md") })
    }

    @Test func markCurrentRecordsTheReviewAndLaterChangesAreNamed() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.retitle(workspace, "WSIS Forum 2026", "WSIS Forum 2026 (revised)")
        try await assertExecute(["translations", "--mark-current", Self.french], in: workspace.root,
                                stdout: .exactly("Marked current: \(Self.french)\n"))
        #expect(try workspace.read(Self.french).contains("\nsource_fields: [body="))
        let marked = try await assertExecute(["translations", "--lang", "fr"], in: workspace.root)
        #expect(marked.stdout.hasPrefix("fr: 8 current, 0 stale, 34 missing\n  missing: "))
        try Self.retitle(workspace, "WSIS Forum 2026 (revised)", "WSIS Forum 2026 (revised again)")
        try await assertExecute(["translations", "--lang", "fr"], in: workspace.root, stdout: .containing(
            "fr: 7 current, 1 stale, 34 missing\n  stale:   \(Self.french) (changed since: title)\n"))
    }

    @Test func markCurrentOfAFileThatIsNotATranslationFails() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try await assertExecute(["translations", "--mark-current", "2026/activities/nothere.fr.md"], in: workspace.root, exitCode: 1,
                                stdout: .empty,
                                stderr: .containing("2026/activities/nothere.fr.md:1:1: error: this is not a translation PlanCycle knows."))
    }
}
