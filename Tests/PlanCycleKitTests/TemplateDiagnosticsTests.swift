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
        try fixture.replace("Templates/plan.md.mustache", "{{totals.activities}}", with: "{{totals.activites}}")
        let (line, column) = try position(of: "{{totals.activites}}", in: "plan.md.mustache", fixture: fixture)
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.location == SourceLocation(path: fixture.path("Templates/plan.md.mustache"), line: line, column: column))
        #expect(diagnostic.message == "`{{totals.activites}}` names no field of the plan.")
        #expect(diagnostic.hint?.hasPrefix("did you mean `totals.activities`?") == true)
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

    @Test func missingLabelIsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/labels/en.yaml", "  hybrid: Hybrid\n", with: "")
        let diagnostic = try #require(only(fixture))
        #expect(diagnostic.location.path == fixture.path("Templates/labels/en.yaml"))
        #expect(diagnostic.message == "`format` is missing the field `hybrid`.")
    }
}
