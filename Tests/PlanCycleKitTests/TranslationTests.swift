import Foundation
import Testing
@testable import PlanCycleKit

/// Translations: fallback to the original with a note, staleness, marking current, checks.
@Suite struct TranslationTests {
    static let translation = "content/2026/activities/wsis-forum.fr.md"

    static func make(hash: String = "pending") throws -> Fixture {
        let fixture = try Fixture()
        try fixture.replace("content/site.yaml", "signatory:", with: "languages: [en, fr, ar]\nsignatory:")
        try fixture.write(translation, """
            ---
            source_hash: \(hash)
            title: Forum du SMSI 2026
            impact:
              reasons: Cela compte.
            resources:
              itu:
                - roles: Organisation de la manifestation
            ---
            Le Forum.

            """)
        return fixture
    }

    func markCurrent(_ fixture: Fixture) throws {
        let result = PlanCycle.markCurrent(fixture.path(Self.translation), fixture.options)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.description))")
    }

    @Test func unmarkedTranslationIsReportedAndMarkingMakesItCurrent() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        let before = fixture.check()
        #expect(before.map(\.location) == [SourceLocation(path: fixture.path(Self.translation), line: 2, column: 14)])
        #expect(before.first?.severity == .warning)
        try markCurrent(fixture)
        #expect(fixture.check().isEmpty)
        #expect(try fixture.read(Self.translation).hasPrefix("---\nsource_hash: "))
        let status = PlanCycle.check(fixture.options).translations
        #expect(status.map(\.language) == ["fr", "ar"])
        #expect(status.first?.current == [fixture.path(Self.translation)])
    }

    @Test func changingASentenceOfTheOriginalMakesTheTranslationStale() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        try markCurrent(fixture)
        try fixture.replace(ContentDiagnosticsTests.activity, "start: 2026-07-06", with: "start: 2026-07-05")
        #expect(fixture.check().isEmpty, "a date is not translated: the translation stays current")
        try fixture.replace(ContentDiagnosticsTests.activity, "reasons: It matters.", with: "reasons: It matters a lot.")
        let stale = fixture.check()
        #expect(stale.count == 1)
        #expect(stale.first?.message.contains("was made from an earlier version of") == true)
        #expect(PlanCycle.check(fixture.options).translations.first?.stale == [fixture.path(Self.translation)])
    }

    @Test func translatedPageUsesTheTranslationAndFallsBackWithANote() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        try markCurrent(fixture)
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let french = try fixture.read("site/fr/2026/plan.html")
        #expect(french.contains("<h3 id=\"activity-wsis-forum\">3.1&ensp;<span lang=\"fr\" dir=\"ltr\">Forum du SMSI 2026</span></h3>"))
        #expect(french.contains("Organisation de la manifestation"))
        #expect(french.contains("<p>Cela compte.</p>"))
        #expect(!french.contains("</span></h3>\n<p class=\"untranslated\""), "the activity is translated: no note under its heading")
        #expect(french.contains("<p class=\"untranslated\" role=\"note\">"), "the introduction is not translated")
        let arabic = try fixture.read("site/ar/2026/plan.html")
        #expect(arabic.contains("<h3 id=\"activity-wsis-forum\">3.1&ensp;<span lang=\"en\" dir=\"ltr\">WSIS Forum 2026</span></h3>"),
                "no Arabic translation: the original is shown, never a blank, marked as English")
        #expect(arabic.contains("<div lang=\"en\" dir=\"ltr\"><p>It matters.</p></div>"))
        #expect(arabic.contains("</span></h3>\n<p class=\"untranslated\" role=\"note\">"))
        #expect(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(arabic.contains("CWG-WSIS-44/3-A"))
    }

    @Test func aStaleTranslationSaysWhichFieldsChanged() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        try markCurrent(fixture)
        #expect(try fixture.read(Self.translation).contains("\nsource_fields: [body="))
        try fixture.replace(ContentDiagnosticsTests.activity, "reasons: It matters.", with: "reasons: It matters a lot.")
        try fixture.replace(ContentDiagnosticsTests.activity, "The forum.", with: "The forum, in Geneva.")
        let stale = fixture.check()
        #expect(stale.map(\.message) == [
            "this fr translation was made from an earlier version of \(fixture.path(ContentDiagnosticsTests.activity)); changed since: `body`, `impact.reasons`.",
        ])
        let status = PlanCycle.translations(fixture.options).statuses.first
        #expect(status?.changed == [fixture.path(Self.translation): ["body", "impact.reasons"]])
        try markCurrent(fixture)
        #expect(fixture.check().isEmpty, "marking again records the new version")
    }

    @Test func textFromAStaleTranslationIsMarkedOnThePage() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        let note = "<p class=\"untranslated\" role=\"note\">Cette partie est traduite d'une version antérieure"
        try markCurrent(fixture)
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        #expect(!(try fixture.read("site/fr/2026/plan.html")).contains(note), "a current translation has no note")
        try fixture.replace(ContentDiagnosticsTests.activity, "reasons: It matters.", with: "reasons: It matters a lot.")
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let french = try fixture.read("site/fr/2026/plan.html")
        #expect(french.contains("Forum du SMSI 2026</span></h3>\n" + note), "the note is under the activity's heading")
        #expect(french.components(separatedBy: note).count == 2, "only the activity from the stale translation is marked")
        #expect(!(try fixture.read("site/ar/2026/plan.html")).contains("earlier version"), "an untranslated text is not called stale")
    }

    @Test func translationOfAnItemTheOriginalDoesNotHaveIsAnError() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        try fixture.replace(Self.translation, "    - roles: Organisation de la manifestation\n",
                            with: "    - roles: Organisation de la manifestation\n    - roles: En trop\n")
        let errors = fixture.check().filter { $0.severity == .error }
        #expect(errors.map(\.location) == [SourceLocation(path: fixture.path(Self.translation), line: 9, column: 7)])
        #expect(errors.first?.message == "the original has nothing at `resources.itu.1.roles` to translate.")
    }

    @Test func translationOfAFileThatDoesNotExistIsAnError() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        try fixture.write("content/2026/activities/wsis-forun.fr.md", try fixture.read(Self.translation))
        let errors = fixture.check().filter { $0.severity == .error }
        #expect(errors.map(\.location) == [SourceLocation(path: fixture.path("content/2026/activities/wsis-forun.fr.md"))])
    }

    @Test func aFieldThatIsNotTranslatableIsAnError() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        try fixture.replace(Self.translation, "title: Forum du SMSI 2026\n", with: "title: Forum du SMSI 2026\nstart: 2026-07-07\n")
        let errors = fixture.check().filter { $0.severity == .error }
        #expect(errors.map(\.location) == [SourceLocation(path: fixture.path(Self.translation), line: 4, column: 1)])
        #expect(errors.first?.message == "the translation has no field `start`.")
    }
}

/// Names that look like translations but are not, and errors that must not cascade.
@Suite struct TranslationNamingTests {
    typealias Expected = Fixture.Expected

    @Test func translationIntoAnUnknownLanguageIsNamedPlainly() throws {
        try Fixture.expectDiagnostics([
            Expected(file: "content/2026/activities/wsis-forum.de.md", line: 1, column: 1,
                     message: "`de` is not one of the languages PlanCycle translates into"),
        ]) {
            try $0.write("content/2026/activities/wsis-forum.de.md", try $0.read(ContentDiagnosticsTests.activity))
        }
    }

    @Test func uppercaseLanguageCodeAsksForLowercase() throws {
        try Fixture.expectDiagnostics([
            Expected(file: "content/2026/year.FR.md", line: 1, column: 1, message: "rename the file `year.fr.md`"),
        ]) {
            try $0.write("content/2026/year.FR.md", "---\nsource_hash: x\n---\nTexte.\n")
        }
    }

    @Test func aLetterWithAnErrorIsReportedOnceNotAgainByTheChecksThatNeedIt() throws {
        try Fixture.expectDiagnostics([
            Expected(file: ContentDiagnosticsTests.letter, line: 7, column: 11, message: "not a date written YYYY-MM-DD"),
        ]) {
            try $0.replace(ContentDiagnosticsTests.letter, "deadline: 2026-03-02", with: "deadline: 2026-3-2")
            try $0.write("content/2026/letters/forum-call.fr.md", "---\nsource_hash: x\nsubject: Consultation\n---\n")
            try $0.write("content/2026/outcomes/wsis-forum.md", ReportTests.outcome(replies: """
                  - letter: forum-call
                    channel: online
                    member_states: [AAA]
                """))
            try $0.write("content/member-states.yaml", ReportTests.memberStates)
        }
    }
}

/// What `plancycle translations` prints and accepts.
@Suite struct TranslationCommandTests {
    @Test func translationsReportsOnlyProblemsOfTranslations() throws {
        let fixture = try TranslationTests.make()
        defer { fixture.remove() }
        try fixture.write("content/2026/activities/broken.md", "---\ntitle: Broken\n---\n")
        let (statuses, result) = PlanCycle.translations(fixture.options)
        #expect(result.diagnostics.map(\.location.path) == [fixture.path(TranslationTests.translation)])
        #expect(statuses.map(\.language) == ["fr", "ar"])
        #expect(fixture.check().contains { $0.location.path == fixture.path("content/2026/activities/broken.md") })
    }

    @Test func markCurrentAcceptsAPathRelativeToTheContentFolder() throws {
        let fixture = try TranslationTests.make()
        defer { fixture.remove() }
        let result = PlanCycle.markCurrent("2026/activities/wsis-forum.fr.md", fixture.options)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(fixture.check().isEmpty)
        let unknown = PlanCycle.markCurrent("2026/activities/wsis-forun.fr.md", fixture.options)
        #expect(unknown.diagnostics.map(\.message) == ["this is not a translation PlanCycle knows."])
    }
}
