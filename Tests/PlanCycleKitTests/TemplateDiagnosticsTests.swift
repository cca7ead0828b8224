import Foundation
import Testing
@testable import PlanCycleKit

/// Template problems are reported in the template file, at the tag.
@Suite struct TemplateDiagnosticsTests {
    /// The 1-based line and column of the first occurrence of `text` in a template of the fixture.
    func position(of text: String, in template: String, fixture: Fixture) throws -> (Int, Int) {
        let source = try fixture.read("Templates/" + template)
        let lines = source.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            if let range = line.range(of: text) {
                return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        throw Fixture.FixtureError.notFound(text, template)
    }

    func only(_ fixture: Fixture) -> Diagnostic? {
        let found = fixture.check()
        #expect(found.count == 1, "got: \(found.map(\.description))")
        return found.first
    }

    @Test func misspeltFieldIsAnErrorAtTheTag() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/plan.md.mustache", "{{processes_text}}", with: "{{processes_txt}}")
        let (line, column) = try position(of: "{{processes_txt}}", in: "plan.md.mustache", fixture: fixture)
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.location == SourceLocation(path: fixture.path("Templates/plan.md.mustache"), line: line, column: column))
        #expect(diagnostic.message == "`{{processes_txt}}` names no field of the plan.")
        #expect(diagnostic.hint?.hasPrefix("did you mean `processes_text`?") == true)
    }

    /// The fixture with `{{totals.activities}}` misspelt in the French wording of the plan.
    static func misspeltInFrench() throws -> Fixture {
        let fixture = try Fixture()
        do {
            try fixture.replace("Templates/labels/fr.yaml", "{{totals.activities}}", with: "{{totals.activites}}")
        } catch {
            fixture.remove()
            throw error
        }
        return fixture
    }

    @Test func misspeltFieldInATranslatedPhraseIsReportedInItsLabelFile() throws {
        let fixture = try Self.misspeltInFrench()
        defer { fixture.remove() }
        let (line, _) = try position(of: "{{totals.activites}}", in: "labels/fr.yaml", fixture: fixture)
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.location.path == fixture.path("Templates/labels/fr.yaml"))
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.message == "`{{totals.activites}}` names no field of the plan.")
        #expect(diagnostic.hint?.hasPrefix("did you mean `totals.activities`?") == true)
    }

    // Found by fuzzing the label files (Tests/Fuzz, target labels): YAML also breaks lines at a
    // lone `\r`, so a phrase's line lay past the file's last `\n`, and finding the tag inside it
    // made a range whose start passed its end: a crash of `check`.
    @Test func aLabelFileWithOldMacLineBreaksIsCheckedWithoutACrash() throws {
        let fixture = try Self.misspeltInFrench()
        defer { fixture.remove() }
        let french = try fixture.read("Templates/labels/fr.yaml")
        try fixture.write("Templates/labels/fr.yaml", french.replacingOccurrences(of: "\n", with: "\r"))
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.location.path == fixture.path("Templates/labels/fr.yaml"))
        #expect(diagnostic.message == "`{{totals.activites}}` names no field of the plan.")
    }

    // A label file saved with Windows line breaks: Foundation's `components(separatedBy: "\n")`
    // kept `\r\n` whole (one character), so the file was one line and the error fell back to the
    // phrase's first line. Cut on bytes, it is placed at the tag, as in the same file with `\n`.
    @Test func aLabelFileWithWindowsLineBreaksPlacesTheErrorAtTheTag() throws {
        let fixture = try Self.misspeltInFrench()
        defer { fixture.remove() }
        let (line, _) = try position(of: "{{totals.activites}}", in: "labels/fr.yaml", fixture: fixture)
        let plain = try #require(only(fixture))
        let french = try fixture.read("Templates/labels/fr.yaml")
        try fixture.write("Templates/labels/fr.yaml", french.replacingOccurrences(of: "\n", with: "\r\n"))
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.location == plain.location)
        #expect(diagnostic.message == "`{{totals.activites}}` names no field of the plan.")
    }

    @Test func fieldInsideASectionIsCheckedAgainstTheSection() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/partials/activity.md.mustache", "{{opportunity}}", with: "{{oportunity}}")
        let (line, column) = try position(of: "{{oportunity}}", in: "partials/activity.md.mustache", fixture: fixture)
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.location == SourceLocation(path: fixture.path("Templates/partials/activity.md.mustache"), line: line, column: column))
        #expect(diagnostic.hint?.hasPrefix("did you mean `opportunity`?") == true)
    }

    @Test func unclosedSectionIsAParseErrorWithPosition() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/letters.md.mustache", "{{/letters}}", with: "{{/letter}}")
        let (line, column) = try position(of: "{{/letter}}", in: "letters.md.mustache", fixture: fixture)
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.location.path == fixture.path("Templates/letters.md.mustache"))
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.location.column >= column)
        #expect(diagnostic.message == "this closing tag does not match the section that is open.")
    }

    /// A tag with one `}` runs on to the next tag's `}}`: one error, the parser's, at that line.
    @Test func tagLeftOpenIsOneErrorAtItsLine() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/letter.md.mustache", "{{subject}}", with: "{{subject}")
        let (line, column) = try position(of: "{{subject}", in: "letter.md.mustache", fixture: fixture)
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.location.path == fixture.path("Templates/letter.md.mustache"))
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.location.column >= column)
        #expect(diagnostic.message == "a tag is not closed with `}}`.")
    }

    @Test func tagMadeOfDotsIsAnErrorNotACrash() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/letters.md.mustache", "{{subject}}", with: "{{..}}")
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.message == "`{{..}}` names no field of the list of letters.")
    }

    @Test func unknownPartialIsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/plan.md.mustache", "{{> partials/activity}}", with: "{{> partials/activty}}")
        let (line, column) = try position(of: "{{> partials/activty}}", in: "plan.md.mustache", fixture: fixture)
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.location == SourceLocation(path: fixture.path("Templates/plan.md.mustache"), line: line, column: column))
        #expect(diagnostic.hint?.hasPrefix("did you mean `partials/activity`?") == true)
    }

    @Test func missingTemplateIsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.removeItem(atPath: fixture.path("Templates/letter.md.mustache"))
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.location == SourceLocation(path: fixture.path("Templates/letter.md.mustache")))
        #expect(diagnostic.message == "the template `letter` is missing.")
    }

    @Test func missingEnglishWordingOfAFixedValueIsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/labels/en.yaml", "  hybrid: Hybrid\n", with: "")
        let errors = fixture.check().filter { $0.severity == .error }
        #expect(errors.map(\.location) == [SourceLocation(path: fixture.path("Templates/labels/en.yaml"))])
        #expect(errors.first?.message == "the label file has no wording for `format.hybrid`.")
    }

    @Test func keyMissingFromALanguageIsAWarningAndFallsBackToEnglish() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let french = try fixture.read("Templates/labels/fr.yaml")
        let line = try #require(french.components(separatedBy: "\n").first { $0.hasPrefix("  skip:") })
        try fixture.replace("Templates/labels/fr.yaml", line + "\n", with: "")
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location == SourceLocation(path: fixture.path("Templates/labels/fr.yaml")))
        #expect(diagnostic.message == "the Français label file has no wording for `page.skip`; English is used.")
        let templates = try #require(TemplateSet.load(from: fixture.templates, diagnostics: Diagnostics()))
        #expect(templates.labels(for: "fr")?.label("page", "skip") == "Skip to the document")
    }

    @Test func everyShippedLabelFileHasEveryKey() throws {
        let diagnostics = Diagnostics()
        let templates = try #require(TemplateSet.load(from: Fixture.projectRoot.appendingPathComponent("Templates").path, diagnostics: diagnostics))
        #expect(diagnostics.sorted.isEmpty, "\(diagnostics.sorted.map(\.description))")
        #expect(Set(templates.labelFiles.keys) == ["ar", "en", "es", "fr", "ru", "zh"])
        let english = try #require(templates.labelFiles["en"])
        for (code, file) in templates.labelFiles {
            #expect(file.missingKeys(comparedWith: english).isEmpty, "\(code)")
            #expect(english.missingKeys(comparedWith: file).isEmpty, "\(code)")
        }
        #expect(templates.labelFiles["ar"]?.language.direction == "rtl")
        #expect(templates.labelFiles["fr"]?.language.letter == "F")
    }
}
