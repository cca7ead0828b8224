import Foundation
import Testing
@testable import PlanCycleKit

/// `plancycle new`: files from the scaffolds that build at once, and the ids it refuses.
@Suite struct NewTests {
    static let todo = "this value is still to be filled in."

    static func new(_ file: NewFile, _ fixture: Fixture, asOf: String? = nil) -> PlanCycle.Result {
        var options = fixture.options
        options.asOf = asOf.flatMap(Day.init(iso:))
        return PlanCycle.new(file, options)
    }

    @Test func startingFromNothingWithNewAloneGivesABuildingSite() throws {
        let fixture = try Fixture(files: [:])
        defer { fixture.remove() }
        #expect(Self.new(.year(2027), fixture).written == [fixture.path("content/site.yaml"), fixture.path("content/2027/year.md")])
        #expect(Self.new(.activity(id: "wsis-forum-2027", year: nil), fixture).written == [fixture.path("content/2027/activities/wsis-forum-2027.md")])
        #expect(Self.new(.letter(name: "forum-call", activity: "wsis-forum-2027"), fixture, asOf: "2027-02-01").written
            == [fixture.path("content/2027/letters/forum-call.md")])
        #expect(Self.new(.outcome(id: "wsis-forum-2027", year: 2027), fixture).written == [fixture.path("content/2027/outcomes/wsis-forum-2027.md")])
        let result = PlanCycle.build(fixture.options)
        #expect(!result.hasErrors, "\(result.diagnostics.filter { $0.severity == .error }.map(\.description))")
        #expect(result.diagnostics.allSatisfy { $0.message == Self.todo }, "\(result.diagnostics.map(\.description))")
        #expect(result.written.contains("2027/plan.html"))
        #expect(try fixture.read("site/2027/plan.html").contains("TODO Title of the activity"))
        #expect(!result.written.contains { $0.contains("forum-call") }, "the new letter is a draft")
    }

    @Test func checkWarnsAtEachValueStillToFillIn() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(!Self.new(.activity(id: "igf-2026", year: 2026), fixture).hasErrors)
        let path = fixture.path("content/2026/activities/igf-2026.md")
        let found = fixture.check().filter { $0.location.path == path }
        #expect(found.first?.location == SourceLocation(path: path, line: 4, column: 8))
        #expect(found.allSatisfy { $0.severity == .warning && $0.message == Self.todo })
        #expect(found.count == 8)
    }

    @Test func invalidIdIsRefusedWithASuggestion() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = Self.new(.activity(id: "IGF 2026", year: 2026), fixture)
        #expect(result.written.isEmpty)
        #expect(result.diagnostics.first?.hint?.hasPrefix("did you mean `igf-2026`?") == true)
        #expect(!FileManager.default.fileExists(atPath: fixture.path("content/2026/activities/IGF 2026.md")))
    }

    @Test func takenIdIsRefusedAndTheFileLeftAsItWas() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let before = try fixture.read(ContentDiagnosticsTests.activity)
        let result = Self.new(.activity(id: "wsis-forum", year: nil), fixture)
        #expect(result.diagnostics.map(\.location) == [SourceLocation(path: fixture.path(ContentDiagnosticsTests.activity))])
        #expect(result.diagnostics.first?.hint?.contains("`wsis-forum-2`") == true)
        #expect(try fixture.read(ContentDiagnosticsTests.activity) == before)
        #expect(Self.new(.year(2026), fixture).diagnostics.first?.hint?.hasPrefix("did you mean `plancycle new year 2027`?") == true)
        #expect(Self.new(.letter(name: "forum-call", activity: "wsis-forum"), fixture, asOf: "2026-02-01").hasErrors)
    }

    @Test func unknownActivityIsRefusedWithDidYouMean() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let letter = Self.new(.letter(name: "second-call", activity: "wsis-forun"), fixture, asOf: "2026-02-01")
        #expect(letter.diagnostics.first?.hint?.hasPrefix("did you mean `wsis-forum`?") == true)
        let outcome = Self.new(.outcome(id: "wsis-forun", year: nil), fixture)
        #expect(outcome.diagnostics.first?.hint?.hasPrefix("did you mean `wsis-forum`?") == true)
        #expect(outcome.written.isEmpty)
    }

    @Test func newLetterAndOutcomeBuildAtOnce() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(Self.new(.letter(name: "second-call", activity: "wsis-forum"), fixture, asOf: "2026-02-01").written.count == 1)
        #expect(Self.new(.outcome(id: "wsis-forum", year: 2026), fixture).written.count == 1)
        let letter = try fixture.read("content/2026/letters/second-call.md")
        #expect(letter.contains("date: 2026-02-01"))
        #expect(letter.contains("deadline: 2026-03-15"))
        let outcome = try fixture.read("content/2026/outcomes/wsis-forum.md")
        #expect(outcome.contains("participation: [host, contribute]"))
        let result = PlanCycle.build(fixture.options)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.allSatisfy { $0.message == Self.todo })
    }

    @Test func newYearCarriesOverActivitiesAsCommentedSuggestions() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/2026/outcomes/wsis-forum.md", ReportTests.outcome(replies: "  []").replacingOccurrences(
            of: "staff_days: 120", with: "staff_days: 120\ncarry_over: true"))
        #expect(!Self.new(.year(2027), fixture).hasErrors)
        let year = try fixture.read("content/2027/year.md")
        #expect(year.contains("  number: 45 "))
        #expect(year.contains("#   wsis-forum  (2026: wsis-forum, WSIS Forum 2026, held)"))
        #expect(fixture.check().allSatisfy { $0.message == Self.todo })
    }

    @Test func aScaffoldThatNoLongerMatchesTheFormatIsReported() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/scaffolds/activity.md", "format: in-person", with: "format: inperson")
        let errors = fixture.check().filter { $0.severity == .error }
        #expect(errors.map(\.location) == [SourceLocation(path: fixture.path("Templates/scaffolds/activity.md"), line: 10, column: 9)])
        #expect(errors.first?.message.hasPrefix("the scaffold no longer matches the content format") == true)
        let refused = Self.new(.activity(id: "igf-2026", year: 2026), fixture)
        #expect(refused.written.isEmpty)
        #expect(refused.diagnostics.map(\.location) == errors.map(\.location))
    }

    // `serve` keeps the scaffold checks with the templates; a changed site.yaml must still be checked.
    @Test func aRebuildWithTheSameTemplatesChecksTheScaffoldsAgainAgainstAChangedSite() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let scaffold = fixture.path("Templates/scaffolds/activity.md")
        func scaffoldErrors(_ preview: PlanCycle.Preview) -> [Diagnostic] {
            preview.result.diagnostics.filter { $0.location.path == scaffold && $0.severity == .error }
        }
        let first = PlanCycle.preview(fixture.options)
        #expect(scaffoldErrors(first).isEmpty)
        try fixture.replace("content/site.yaml", "  - id: wsis\n", with: "  - id: wsis-process\n")
        let second = PlanCycle.preview(fixture.options, reusing: first.templates)
        #expect(!scaffoldErrors(second).isEmpty, "the scaffold names `wsis`, which site.yaml no longer has")
        let third = PlanCycle.preview(fixture.options, reusing: second.templates)
        #expect(scaffoldErrors(third) == scaffoldErrors(second))
    }

    @Test func newTranslationCopiesTheTextToTranslateWithItsSourceHash() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("content/site.yaml", "signatory:", with: "languages: [en, fr]\nsignatory:")
        let made = Self.new(.translation(original: "2026/activities/wsis-forum.md", language: "fr"), fixture)
        #expect(made.written == [fixture.path(TranslationTests.translation)], "\(made.diagnostics.map(\.description))")
        let text = try fixture.read(TranslationTests.translation)
        #expect(text.contains("title: \"WSIS Forum 2026\""))
        #expect(text.contains("  itu:\n    - roles: \"Organisation\"\n      unit: \"General Secretariat (SG)\""))
        #expect(text.hasSuffix("---\nThe forum.\n"))
        #expect(fixture.check().isEmpty, "the copy reads as a translation and records the current version")
        #expect(PlanCycle.translations(fixture.options).statuses.first?.current == [fixture.path(TranslationTests.translation)])
        let again = Self.new(.translation(original: "2026/activities/wsis-forum.md", language: "fr"), fixture)
        #expect(again.diagnostics.first?.message == "this translation already exists; it is left as it is.")
        let language = Self.new(.translation(original: "2026/activities/wsis-forum.md", language: "fx"), fixture)
        #expect(language.diagnostics.first?.hint?.hasPrefix("did you mean `fr`?") == true)
        let original = Self.new(.translation(original: "2026/activities/wsis-forun.md", language: "ar"), fixture)
        #expect(original.diagnostics.first?.message == "this is not a content file PlanCycle translates.")
    }
}
