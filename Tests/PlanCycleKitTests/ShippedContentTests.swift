import Foundation
import Testing
@testable import PlanCycleKit

/// End to end on the shipped content/ and Templates/: clean check, golden pages, a complete site.
@Suite(.serialized) struct ShippedContentTests {
    static let root = Fixture.projectRoot

    static func options(output: String) -> Options {
        Options(content: root.appendingPathComponent("content").path,
                templates: root.appendingPathComponent("Templates").path, output: output)
    }

    /// Builds the shipped content as published (drafts left out), or with `drafts` for review.
    static func build(drafts: Bool = false) throws -> (folder: URL, result: PlanCycle.Result) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plancycle-site-\(UUID().uuidString)")
        var options = options(output: folder.path)
        options.drafts = drafts
        let result = PlanCycle.build(options)
        return (folder, result)
    }

    static func page(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func shippedContentChecksClean() {
        let result = PlanCycle.check(Self.options(output: "unused"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    }

    @Test func shippedContentMeetsTheSampleRequirements() throws {
        let diagnostics = Diagnostics()
        let content = try #require(ContentLoader.load(from: Self.options(output: "").content, diagnostics: diagnostics))
        let year = try #require(content.year(2026))
        #expect(year.activities.count >= 12)
        #expect(year.activities.filter(\.urgent).count >= 3)
        #expect(year.activities.filter { !$0.thirdParties.isEmpty }.count >= 2)
        #expect(year.activities.contains { !$0.milestones.isEmpty })
        #expect(content.year(2025)?.activities.isEmpty == false)
        #expect(year.letters.count >= 3)
        #expect(year.letters.contains { $0.consultation.form == .meeting })
        #expect(year.letters.contains { $0.consultation.form == .questionnaire && !$0.annexes.isEmpty })
        #expect(year.letters.contains { $0.status == .sent && $0.fixedNumber != nil })
    }

    @Test func planPageMatchesTheGoldenFile() throws {
        let (folder, result) = try Self.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(!result.hasErrors)
        try Snapshot.expectMatches(try Self.page(folder, "2026/plan.html"), named: "plan-2026.html")
    }

    @Test func sentLetterMatchesTheGoldenFile() throws {
        let (folder, _) = try Self.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Snapshot.expectMatches(try Self.page(folder, "2026/letters/cl-26-06.html"), named: "letter-cl-26-06.html")
    }

    @Test func draftLetterWithQuestionnaireMatchesTheGoldenFile() throws {
        let (folder, _) = try Self.build(drafts: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.page(folder, "2026/letters/draft-gdc-follow-up-questionnaire.html")
        #expect(page.contains("DRAFT"))
        #expect(page.contains("Annex 1"))
        try Snapshot.expectMatches(page, named: "letter-draft-gdc-follow-up-questionnaire.html")
    }

    @Test func arabicLetterMatchesTheGoldenFile() throws {
        let (folder, _) = try Self.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.page(folder, "ar/2026/letters/cl-26-06.html")
        #expect(page.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(page.contains("رسالة معممة"))
        try Snapshot.expectMatches(page, named: "letter-ar-cl-26-06.html")
    }

    @Test func frenchPlanMatchesTheGoldenFile() throws {
        let (folder, _) = try Self.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.page(folder, "fr/2026/plan.html")
        #expect(page.contains("<html lang=\"fr\" dir=\"ltr\">"))
        #expect(page.contains("CWG-WSIS-44/3-F Rev. 1"))
        #expect(page.contains("Original\u{00A0}: anglais") || page.contains("Original : anglais"))
        try Snapshot.expectMatches(page, named: "plan-fr-2026.html")
    }

    @Test func letterCommandShowsAnActivitysLettersInAnyLanguage() throws {
        let (english, result) = PlanCycle.letters(about: "gdc-follow-up", Self.options(output: "unused"))
        #expect(!result.hasErrors)
        #expect(english?.contains("Circular Letter (number to be assigned)") == true)
        let (french, _) = PlanCycle.letters(about: "2026/gdc-follow-up", language: "fr", Self.options(output: "unused"))
        #expect(french?.contains("<html lang=\"fr\" dir=\"ltr\">") == true)
        #expect(french?.contains("Lettre circulaire") == true)
        let (missing, failed) = PlanCycle.letters(about: "gdc-folow-up", Self.options(output: "unused"))
        #expect(missing == nil)
        #expect(failed.diagnostics.first?.hint?.hasPrefix("did you mean `gdc-follow-up`?") == true)
    }

    @Test func everyPageLinksToItsTranslations() throws {
        let (folder, result) = try Self.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = try Self.page(folder, "2026/plan.html")
        for code in ["fr", "ar", "es", "ru", "zh"] {
            #expect(english.contains("href=\"../\(code)/2026/plan.html\" hreflang=\"\(code)\""), "\(code)")
            #expect(result.written.contains("\(code)/2026/plan.html"))
        }
        #expect(try Self.page(folder, "ar/2026/plan.html").contains("href=\"../../2026/plan.html\" hreflang=\"en\""))
    }

    @Test func reportMatchesTheGoldenFile() throws {
        let (folder, _) = try Self.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Snapshot.expectMatches(try Self.page(folder, "2025/report.html"), named: "report-2025.html")
    }

    @Test func shippedOutcomesMeetTheSampleRequirements() throws {
        let diagnostics = Diagnostics()
        let content = try #require(ContentLoader.load(from: Self.options(output: "").content, diagnostics: diagnostics))
        let year = try #require(content.year(2025))
        #expect(year.report != nil)
        #expect(year.outcomes.count >= 10)
        #expect(year.outcomes.contains { $0.unplanned != nil })
        #expect(year.outcomes.contains { $0.status == .postponed || $0.status == .heldWithChanges })
        #expect(ReportFigures(year: year, content: content).contributors.count >= 20)
        #expect(content.memberStates.count == 194)
        #expect(content.year(2026)?.outcomes.isEmpty == false)
    }

    @Test func everyYearHasItsPagesAndTheIndexLinksThem() throws {
        let (folder, result) = try Self.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = try Self.page(folder, "index.html")
        for year in [2025, 2026] {
            #expect(result.written.contains("\(year)/plan.html"))
            #expect(result.written.contains("\(year)/letters/index.html"))
            #expect(index.contains("href=\"\(year)/plan.html\""))
        }
        #expect(result.written.contains("style.css"))
        let plan = try Self.page(folder, "2026/plan.html")
        #expect(plan.contains("href=\"letters/cl-26-06.html\""), "the plan links the activity's letter")
    }

    @Test(arguments: [false, true]) func everyRelativeLinkPointsToAWrittenFile(drafts: Bool) throws {
        let (folder, result) = try Self.build(drafts: drafts)
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in result.written where path.hasSuffix(".html") {
            let html = try Self.page(folder, path)
            let base = URL(fileURLWithPath: folder.appendingPathComponent(path).path).deletingLastPathComponent()
            for link in Self.links(in: html) where !link.contains(":") && !link.hasPrefix("#") {
                let target = String(link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
                let file = base.appendingPathComponent(target).standardizedFileURL.path
                #expect(FileManager.default.fileExists(atPath: file), "\(path) links to missing \(link)")
            }
        }
    }

    static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }
}
