import Foundation
import Testing
@testable import PlanCycleKit

/// A new kind of document is a declaration, a template and its wording: nothing else in
/// PlanCycle changes. This toy kind, a page per year listing its activities, proves it.
enum ToyDocument: DocumentKind {
    struct Context: TemplateContext {
        var common: CommonFields
        var year: Int
        var activityTitles: [String]

        static let fields = TemplateFields<Self>(
            [.field("year", \.year), .field("activity_titles", \.activityTitles)], parts: [TemplateFields.part(\.common)])
    }

    static let template = "toy"
    static let name = "toy summary"

    static func subjects(in unit: SiteUnit, scope: Scope) -> [Year] { unit.year.map { [$0] } ?? [] }
    static func path(of year: Year) -> String { "\(year.year)/toy.html" }
    static func title(of year: Year, scope: Scope) -> String { "Toy \(year.year)" }
    static func crumbs(of year: Year, scope: Scope) -> [Page.Crumb] { [.home(scope), .year(year.year)] }

    static func context(of year: Year, scope: Scope) -> Context {
        Context(common: scope.common, year: year.year, activityTitles: year.activities.map(\.title))
    }
}

@Suite struct DocumentKindTests {
    static let documents: [any DocumentKind.Type] = DocumentKinds.shipped + [ToyDocument.self]

    /// The toy template: the year, the site's name and a label from the label files, each activity.
    static let template = """
        # {{l.page.circular_letters}}: {{year}}

        {{site.working_group_short}}

        {{#activity_titles}}
        - {{.}}
        {{/activity_titles}}

        """

    /// Loads the fixture's templates with the toy kind, and checks them.
    static func load(_ fixture: Fixture) -> (templates: TemplateSet?, diagnostics: [Diagnostic]) {
        let diagnostics = Diagnostics()
        let templates = TemplateSet.load(from: fixture.templates, documents: documents, diagnostics: diagnostics)
        if let templates { TemplateChecker(templates: templates).check(documents: documents, diagnostics: diagnostics) }
        return (templates, diagnostics.all)
    }

    @Test func aToyKindIsCheckedAndRenderedFromItsDeclarationAlone() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("Templates/toy.md.mustache", Self.template)
        let (loaded, diagnostics) = Self.load(fixture)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let templates = try #require(loaded)
        let content = try #require(ContentLoader.load(from: fixture.content, diagnostics: Diagnostics()))

        let settings = SiteRenderer.Settings(documents: Self.documents)
        let files = SiteRenderer.render(content, templates: templates, settings: settings)
        let page = String(decoding: try #require(files["2026/toy.html"]), as: UTF8.self)
        #expect(page.contains("<title>Toy 2026"))
        #expect(page.contains("<h1>Circular letters: 2026</h1>"))
        #expect(page.contains("<li>WSIS Forum 2026</li>"))
        #expect(page.contains("href=\"index.html\">2026</a>"), "the year's breadcrumb")
        // The shipped kinds are still made beside it.
        #expect(files["2026/plan.html"] != nil)
        #expect(SiteRenderer.render(content, templates: templates, settings: settings)["2026/toy.html"] == files["2026/toy.html"], "deterministic")
    }

    @Test func aMisspeltFieldOfTheToyKindIsReportedWithASuggestion() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("Templates/toy.md.mustache", Self.template.replacingOccurrences(of: "{{year}}", with: "{{yaer}}"))
        let errors = Self.load(fixture).diagnostics.filter { $0.severity == .error }
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.location.path.hasSuffix("Templates/toy.md.mustache"))
        #expect(error.location.line == 1)
        #expect(error.message == "`{{yaer}}` names no field of the toy summary.")
        #expect(error.hint?.hasPrefix("did you mean `year`?") == true)
    }

    @Test func theToyKindsTemplateIsRequired() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let errors = Self.load(fixture).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["the template `toy` is missing."])
        #expect(errors.first?.location.path.hasSuffix("Templates/toy.md.mustache") == true)
    }

    @Test func eachShippedKindHasItsOwnTemplate() {
        let templates = DocumentKinds.shipped.map { $0.template }
        #expect(Set(templates).count == templates.count)
        #expect(templates.sorted() == ["index", "letter", "letters", "plan", "report", "year"])
    }
}
