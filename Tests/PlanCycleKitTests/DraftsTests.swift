import Foundation
import Testing
@testable import PlanCycleKit

/// Draft letters and draft reports stay off the published site unless `--drafts` is given, and
/// an urgent activity whose letter is still to be written says so in the plan.
@Suite struct DraftsTests {
    static let draftLetter = "content/2026/letters/forum-reminder.md"

    /// The report fixture with its 2026 report in draft, a final 2025 report, and a draft letter.
    static func make() throws -> Fixture {
        let fixture = try ReportTests.make()
        try fixture.replace("content/2026/report.md", "status: final", with: "status: draft")
        try fixture.write("content/2025/report.md", ReportTests.report
            .replacingOccurrences(of: "2027-01-05", with: "2026-01-05").replacingOccurrences(of: "2026", with: "2025"))
        try fixture.write(draftLetter, """
            ---
            activity: wsis-forum
            status: draft
            date: 2026-02-10
            subject: Reminder about the forum
            deadline: 2026-04-10
            consultation:
              form: online
              link: https://www.itu.int/forum
            ---
            A reminder.

            """)
        return fixture
    }

    static func texts(in folder: String) throws -> [String: String] {
        try BuildTests().files(in: folder).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func draftsAreLeftOutAndNothingPublishedLinksToThem() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        let result = PlanCycle.build(fixture.options)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.description))")
        #expect(result.draftsLeftOut == [fixture.path("content/2026/letters/forum-reminder.md"), fixture.path("content/2026/report.md")])
        let files = try Self.texts(in: fixture.output)
        #expect(files["2025/report.html"] != nil)
        #expect(files["2026/report.html"] == nil)
        #expect(files["2026/letters/draft-forum-reminder.html"] == nil)
        #expect(files["2026/letters/cl-26-06.html"] != nil)
        for (path, text) in files {
            #expect(!text.contains("forum-reminder"), "\(path) names the draft letter")
            #expect(!text.contains("Reminder about the forum"), "\(path) shows the draft letter")
            #expect(!text.contains("2026/report"), "\(path) links to the draft report")
            #expect(!text.contains("Summary report on 2026"), "\(path) shows the draft report")
        }
    }

    @Test func withDraftsTheyArePublishedAndMarked() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        var options = fixture.options
        options.drafts = true
        #expect(!PlanCycle.build(options).hasErrors)
        let files = try Self.texts(in: fixture.output)
        #expect(files["2026/report.html"]?.contains("DRAFT – figures may change") == true)
        #expect(files["2026/letters/draft-forum-reminder.html"]?.contains("DRAFT – not cleared for dispatch") == true)
        #expect(files["2026/letters/index.html"]?.contains("Reminder about the forum") == true)
        #expect(files["2026/plan.json"]?.contains("forum-reminder") == true)
        #expect(files["manifest.json"]?.contains("content/2026/letters/forum-reminder.md") == true)
        let front = try #require(files["index.html"])
        #expect(front.contains("[2026](2026/index.html)") || front.contains("href=\"2026/report.html\""))
        #expect(front.contains("(draft)"))
    }

    @Test func frontPageNeverPresentsADraftReportAsTheLatest() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        var options = fixture.options
        options.drafts = true
        #expect(!PlanCycle.build(options).hasErrors)
        let front = try #require(try Self.texts(in: fixture.output)["index.html"])
        let latest = try #require(front.components(separatedBy: "\n").first { $0.contains("Latest report") })
        #expect(latest.contains("2025/report.html"))
        #expect(!latest.contains("2026/report.html"))
    }

    @Test func urgentActivityWhoseOnlyLetterIsADraftShowsLetterToFollow() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(ContentDiagnosticsTests.letter, "status: sent\nnumber: 6\n", with: "status: draft\n")
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let published = try fixture.read("site/2026/plan.html")
        #expect(published.contains("<dd>Yes (letter to follow)</dd>"))
        var options = fixture.options
        options.drafts = true
        #expect(!PlanCycle.build(options).hasErrors)
        let withDrafts = try fixture.read("site/2026/plan.html")
        #expect(!withDrafts.contains("letter to follow"))
        #expect(withDrafts.contains("draft-forum-call.html"))
    }

    @Test func everyLanguageHasTheLetterToFollowWording() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.removeItem(atPath: fixture.path(ContentDiagnosticsTests.letter))
        try fixture.replace("content/site.yaml", "signatory:", with: "languages: [en, fr, ar, es, ru, zh]\nsignatory:")
        let result = PlanCycle.build(fixture.options)
        #expect(result.diagnostics.map(\.severity) == [.warning], "\(result.diagnostics.map(\.description))")
        let english = try fixture.read("site/2026/plan.html")
        for code in ["fr", "ar", "es", "ru", "zh"] {
            let page = try fixture.read("site/\(code)/2026/plan.html")
            #expect(!page.contains("letter to follow"), "\(code) uses the English wording")
            #expect(page.components(separatedBy: "<dd>").count == english.components(separatedBy: "<dd>").count)
        }
    }
}
