import Foundation
import Testing
@testable import PlanCycleKit

/// `plancycle letter`: a letter found by name, number or activity, as a page that stands alone,
/// with only the diagnostics that concern it.
@Suite struct LetterPreviewTests {
    static let letter = ContentDiagnosticsTests.letter

    /// The fixture with a second letter about the forum, a draft.
    static func make() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.write("content/2026/letters/forum-reminder.md", try fixture.read(letter)
            .replacingOccurrences(of: "status: sent\nnumber: 6\n", with: "status: draft\n")
            .replacingOccurrences(of: "Open consultation for the WSIS Forum 2026", with: "Reminder about the forum"))
        return fixture
    }

    @Test(arguments: ["forum-call", "2026/forum-call", "CL-26/6", "cl-26-06", "CL-26/06"])
    func aLetterIsFoundByNameOrNumber(reference: String) throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        let (html, result) = PlanCycle.letters(about: reference, fixture.options)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let page = try #require(html)
        #expect(page.contains("Open consultation for the WSIS Forum 2026"))
        #expect(!page.contains("Reminder about the forum"))
    }

    @Test func anActivityGivesAllItsLettersDraftsMarked() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        let page = try #require(PlanCycle.letters(about: "wsis-forum", fixture.options).html)
        #expect(page.contains("Open consultation for the WSIS Forum 2026"))
        #expect(page.contains("Reminder about the forum"))
        #expect(page.contains("DRAFT – not cleared for dispatch"))
        let byDraftPage = try #require(PlanCycle.letters(about: "draft-forum-reminder", fixture.options).html)
        #expect(byDraftPage.contains("Reminder about the forum"))
    }

    @Test func unknownReferenceSuggestsALetterOrActivity() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        let (html, result) = PlanCycle.letters(about: "forum-cal", fixture.options)
        #expect(html == nil)
        #expect(result.diagnostics.map(\.message) == ["no circular letter or activity is named `forum-cal`."])
        #expect(result.diagnostics.first?.hint?.hasPrefix("did you mean `forum-call`?") == true)
    }

    @Test func thePageStandsAloneWithItsStylesheetAndAbsoluteLinks() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let page = try #require(PlanCycle.letters(about: "forum-call", fixture.options).html)
        let css = try fixture.read("Templates/assets/style.css")
        #expect(page.contains("<style>\n" + css))
        #expect(!page.contains("<link rel=\"stylesheet\""))
        let links = ShippedContentTests.links(in: page).filter { !$0.hasPrefix("#") && !$0.hasPrefix("mailto:") && !$0.hasPrefix("https:") }
        #expect(!links.isEmpty)
        for link in links {
            let url = try #require(URL(string: link), "\(link)")
            #expect(url.isFileURL, "\(link) is relative")
            #expect(FileManager.default.fileExists(atPath: url.path), "\(link) points to no file of the built site")
        }
        var published = fixture.options
        published.baseURL = "https://www.example.org/plancycle"
        let online = try #require(PlanCycle.letters(about: "forum-call", published).html)
        #expect(online.contains("href=\"https://www.example.org/plancycle/2026/plan.html#activity-wsis-forum\""))
    }

    @Test func theLetterIsShownInAnotherLanguageWithLinksIntoThatLanguage() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        var options = fixture.options
        options.baseURL = "https://www.example.org/"
        let page = try #require(PlanCycle.letters(about: "CL-26/6", language: "fr", options).html)
        #expect(page.contains("<html lang=\"fr\" dir=\"ltr\">"))
        #expect(page.contains("href=\"https://www.example.org/fr/2026/plan.html#activity-wsis-forum\""))
    }

    @Test func onlyDiagnosticsAboutTheLetterArePrinted() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        try fixture.write("content/2026/activities/broken.md", "---\ntitle: Broken\n---\n")
        try fixture.replace(Self.letter, "deadline: 2026-03-02", with: "deadline: 2026-02-01")
        let (html, result) = PlanCycle.letters(about: "forum-call", fixture.options)
        #expect(html != nil, "an error in another activity does not stop the preview")
        #expect(result.diagnostics.map(\.location) == [SourceLocation(path: fixture.path(Self.letter), line: 7, column: 11)])
        #expect(result.diagnostics.first?.severity == .warning)
    }

    @Test func aLetterWithAnErrorShowsItsOwnErrors() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        try fixture.replace(Self.letter, "status: sent", with: "status: snet")
        let (html, result) = PlanCycle.letters(about: "forum-call", fixture.options)
        #expect(html == nil)
        #expect(result.diagnostics.map(\.location.path) == [fixture.path(Self.letter)])
        #expect(result.diagnostics.first?.severity == .error)
    }
}
