import Foundation
import Testing
@testable import PlanCycleKit

/// `serve` renders pages as they are asked for; they must be the very bytes `build` writes.
struct SiteOnDemandTests {
    let options = Options(
        content: Fixture.projectRoot.appendingPathComponent("content").path,
        templates: Fixture.projectRoot.appendingPathComponent("Templates").path,
        asOf: Day(iso: "2026-03-01"))

    @Test func pagesAskedForOneByOneAreTheBytesThatBuildWrites() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plancycle-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var options = self.options
        options.output = root.appendingPathComponent("site").path
        let built = PlanCycle.build(options)
        #expect(!built.hasErrors)
        let site = try #require(PlanCycle.preview(options).site)
        // One by one, in an order unlike the build's, each from a fresh start.
        for path in built.written.reversed() {
            let written = try Data(contentsOf: URL(fileURLWithPath: options.output + "/" + path))
            #expect(site.file(path) == written, "\(path)")
        }
        let all = try #require(PlanCycle.preview(options).site).all()
        #expect(all.keys.sorted() == built.written)
        #expect(site.file("nothing/here.html") == nil)
        #expect(site.file("2026/nothing.html") == nil)
        #expect(site.file("de/index.html") == nil)
    }

    @Test func aPageIsServedWithoutMakingItsWordFileUntilThatIsAskedFor() throws {
        let site = try #require(PlanCycle.preview(options).site)
        let page = String(decoding: try #require(site.file("2026/plan.html")), as: UTF8.self)
        #expect(page.contains("<a href=\"plan.docx\""), "the page links to its Word file")
        #expect(site.made("2026/plan.html"))
        #expect(!site.made("2026/plan.docx"))
        #expect(!site.made("2026/letters/index.html"), "only the page asked for is made")
        let word = try #require(site.file("2026/plan.docx"))
        #expect(word.starts(with: Data("PK".utf8)))
        #expect(site.made("2026/plan.docx"))
        #expect(site.file("2026/plan.html").map { String(decoding: $0, as: UTF8.self) } == page, "the same page either way")
    }

    @Test func jobsAreFoundFromThePathAlone() throws {
        let loaded = PlanCycle.load(options)
        let content = try #require(loaded.content)
        let templates = try #require(loaded.templates)
        let jobs = SiteJobs(content, templates: templates, settings: .init())
        let english = try #require(jobs.languages.firstIndex { $0.language.code == "en" })
        let french = try #require(jobs.languages.firstIndex { $0.language.code == "fr" })
        let year2026 = try #require(content.years.firstIndex { $0.year == 2026 })
        #expect(jobs.job(for: "index.html") == .init(language: english, year: nil))
        #expect(jobs.job(for: "2026/plan.html") == .init(language: english, year: year2026))
        #expect(jobs.job(for: "fr/2026/letters/index.html") == .init(language: french, year: year2026))
        #expect(jobs.job(for: "fr/index.html") == .init(language: french, year: nil))
        #expect(jobs.job(for: "1999/plan.html") == nil)
        #expect(jobs.job(for: "style.css") == nil)
    }
}
