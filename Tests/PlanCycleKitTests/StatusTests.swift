import Foundation
import Testing
@testable import PlanCycleKit

/// `plancycle status`: what is due, one line each with the file to open.
@Suite struct StatusTests {
    static func lines(_ fixture: Fixture, asOf: String) throws -> [String] {
        var options = fixture.options
        options.asOf = Day(iso: asOf)
        #expect(options.asOf != nil)
        let (items, result) = PlanCycle.status(options)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.description))")
        return items.map { $0.line.replacingOccurrences(of: fixture.root.path + "/", with: "") }
    }

    @Test func deadlinesNearTodayAreListedAndFarOnesAreNot() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try Self.lines(fixture, asOf: "2026-02-25") == [
            "2026-03-02  reply deadline of CL-26/6 in 5 days: Open consultation for the WSIS Forum 2026  (content/2026/letters/forum-call.md)",
            "            the report on 2026 is not started: draft it (`status: draft`, see the README)  (content/2026/report.md)",
        ])
        #expect(try Self.lines(fixture, asOf: "2026-03-10").first?.contains("reply deadline of CL-26/6 8 days ago") == true)
        #expect(try Self.lines(fixture, asOf: "2026-01-05").allSatisfy { !$0.contains("reply deadline") })
    }

    @Test func urgentActivityWithoutASentLetterIsListed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(ContentDiagnosticsTests.letter, "status: sent\nnumber: 6\n", with: "status: draft\n")
        #expect(try Self.lines(fixture, asOf: "2026-01-10").first
            == "2026-01-20  clear the draft letter \"Open consultation for the WSIS Forum 2026\" (WSIS Forum 2026)  (content/2026/letters/forum-call.md)")
        try FileManager.default.removeItem(atPath: fixture.path(ContentDiagnosticsTests.letter))
        #expect(try Self.lines(fixture, asOf: "2026-01-10").first
            == "2026-07-06  WSIS Forum 2026 is urgent and has no circular letter: write it (plancycle new letter)  (content/2026/activities/wsis-forum.md)")
    }

    @Test func activityThatEndedWithoutOutcomeAndTheReportAreListed() throws {
        let fixture = try ReportTests.make()
        defer { fixture.remove() }
        try fixture.replace("content/2026/report.md", "status: final", with: "status: draft")
        try FileManager.default.removeItem(atPath: fixture.path("content/2026/outcomes/wsis-forum.md"))
        let lines = try Self.lines(fixture, asOf: "2026-08-01")
        #expect(lines.contains(
            "2026-07-10  WSIS Forum 2026 has ended and has no outcome record: record what happened  (content/2026/outcomes/wsis-forum.md)"))
        #expect(lines.contains(
            "2027-01-14  the report on 2026 is a draft: complete it and set `status: final`  (content/2026/report.md)"))
    }

    @Test func translationsMissingAndStaleArePerLanguage() throws {
        let fixture = try TranslationTests.make()
        defer { fixture.remove() }
        let lines = try Self.lines(fixture, asOf: "2026-02-25")
        #expect(lines.contains {
            $0.hasPrefix("            fr: stale translation") && $0.hasSuffix("(content/2026/activities/wsis-forum.fr.md)")
        })
        #expect(lines.contains { $0.hasPrefix("            ar: 4 translations missing") })
    }

    @Test func shippedContentStatusMatchesTheGoldenFile() throws {
        var options = ShippedContentTests.options(output: "unused")
        options.asOf = Day(iso: "2026-02-20")
        let (items, result) = PlanCycle.status(options)
        #expect(!result.hasErrors)
        let root = Fixture.projectRoot.path + "/"
        let text = items.map { $0.line.replacingOccurrences(of: root, with: "") + "\n" }.joined()
        try Snapshot.expectMatches(text, named: "status-2026-02-20.txt")
    }
}
