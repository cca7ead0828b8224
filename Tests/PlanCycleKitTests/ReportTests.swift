import Foundation
import Testing
@testable import PlanCycleKit

/// The summary report's figures against values computed by hand from a small fixture:
/// 10 Member States, two letters in 2026 with 3 and 2 replies from 4 distinct States, and one
/// letter in 2025 with 1 reply.
@Suite struct ReportTests {
    static let memberStates = """
        - {code: AAA, name: Aland, region: Europe}
        - {code: BBB, name: Bland, region: Europe}
        - {code: CCC, name: Cland, region: Europe}
        - {code: DDD, name: Dland, region: Europe}
        - {code: EEE, name: Eland, region: Europe}
        - {code: FFF, name: Fland, region: Africa}
        - {code: GGG, name: Gland, region: Africa}
        - {code: HHH, name: Hland, region: Americas}
        - {code: III, name: Iland, region: Arab States}
        - {code: JJJ, name: Jland, region: Asia and the Pacific}

        """

    static func outcome(replies: String, status: String = "held") -> String {
        """
        ---
        status: \(status)
        participation: [host]
        staff_days: 120
        replies:
        \(replies)
        ---
        It went well.

        """
    }

    static let report = """
        ---
        report:
          number: 5
          date: 2027-01-05
          status: final
          title: Summary report on 2026
          summary: The year.
          action_required: Take note.
        advice:
          - from: [AAA, FFF]
            text: Send letters earlier.
        ---
        How the figures are made.

        """

    /// The fixture with outcomes, a second 2026 letter, a 2025 year and a 2027 year.
    static func make() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.write("content/member-states.yaml", memberStates)
        let letter = try fixture.read(ContentDiagnosticsTests.letter)
        try fixture.write("content/2026/letters/second-call.md", letter
            .replacingOccurrences(of: "number: 6", with: "number: 7")
            .replacingOccurrences(of: "date: 2026-01-20", with: "date: 2026-02-01")
            .replacingOccurrences(of: "deadline: 2026-03-02", with: "deadline: 2026-04-01"))
        try fixture.write("content/2026/outcomes/wsis-forum.md", outcome(replies: """
              - letter: forum-call
                channel: online
                member_states: [AAA, BBB, FFF]
              - letter: CL-26/7
                channel: online
                member_states: [AAA, HHH]
            """))
        for (year, next) in [("2025", "2024"), ("2027", "2026")] {
            try fixture.write("content/\(year)/year.md", try fixture.read("content/2026/year.md")
                .replacingOccurrences(of: "2026", with: year).replacingOccurrences(of: "2025-12", with: "\(next)-12"))
        }
        try fixture.write("content/2025/activities/wsis-forum.md", try fixture.read(ContentDiagnosticsTests.activity)
            .replacingOccurrences(of: "2026", with: "2025"))
        try fixture.write("content/2025/letters/forum-call.md", letter.replacingOccurrences(of: "2026", with: "2025"))
        try fixture.write("content/2025/outcomes/wsis-forum.md", outcome(replies: """
              - letter: forum-call
                channel: online
                member_states: [CCC]
            """))
        try fixture.write("content/2026/report.md", report)
        return fixture
    }

    static func load(_ fixture: Fixture) throws -> Content {
        let diagnostics = Diagnostics()
        let content = try #require(ContentLoader.load(from: fixture.content, diagnostics: diagnostics))
        #expect(diagnostics.sorted.isEmpty, "\(diagnostics.sorted.map(\.description))")
        return content
    }

    @Test func figuresEqualHandComputedValues() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        let content = try Self.load(fixture)
        let figures = ReportFigures(year: try #require(content.year(2026)), content: content)
        #expect(figures.memberStateCount == 10)
        #expect(figures.letters.map(\.replies) == [3, 2])
        #expect(figures.totalReplies == 5)
        #expect(figures.contributors == ["AAA", "BBB", "FFF", "HHH"])
        #expect(figures.contributorShare.percent == "40.0%")
        #expect(figures.responseRate.percent == "25.0%")  // 5 replies / (2 letters × 10 States)
        let regions = Dictionary(uniqueKeysWithValues: figures.regions.map { ($0.region, "\($0.contributed)/\($0.members)") })
        #expect(regions == ["Europe": "2/5", "Africa": "1/2", "Americas": "1/1", "Arab States": "0/1", "Asia and the Pacific": "0/1", "CIS": "0/0"])
        let host = try #require(figures.forms.first { $0.form == .host })
        #expect((host.planned, host.delivered) == (1, 1))
        let contribute = try #require(figures.forms.first { $0.form == .contribute })
        #expect((contribute.planned, contribute.delivered) == (1, 0))
    }

    @Test func yearOverYearChangeIsComputed() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        let content = try Self.load(fixture)
        let templates = try #require(TemplateSet.load(from: fixture.templates, diagnostics: Diagnostics()))
        let scope = Scope(content: content, labels: try #require(templates.labels(for: "en")))
        let context = ReportDocument.context(
            of: (try #require(content.year(2026)), try #require(content.year(2026)?.report)), scope: scope)
        let previous = try #require(context.previous)
        #expect(previous.contributors.value == 1)
        #expect(previous.contributorsChange == "+3")
        #expect(previous.responseRate == "10.0%")  // 1 reply / (1 letter × 10)
        #expect(previous.responseRateChange == "+15.0")
    }

    @Test func ratiosRoundHalfUpInTenthsOfAPercent() {
        #expect(Ratio(1, 3).percent == "33.3%")
        #expect(Ratio(2, 3).percent == "66.7%")
        #expect(Ratio(1, 194).percent == "0.5%")
        #expect(Ratio(0, 0).percent == "0.0%")
        #expect(ReportDocument.pointsChange(from: Ratio(1, 4), to: Ratio(1, 10)) == "−15.0")
    }

    @Test func chartNumbersEqualTheTableNumbers() throws {
        let fixture = try Self.make()
        defer { fixture.remove() }
        let result = PlanCycle.build(fixture.options)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.description))")
        let page = try fixture.read("site/2026/report.html")
        let chartValues = page.components(separatedBy: "data-value=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        let table = try #require(page.components(separatedBy: "<table class=\"letter-replies\">").last?.components(separatedBy: "</table>").first)
        let tableValues = table.components(separatedBy: "<td class=\"number\">").dropFirst().enumerated()
            .filter { $0.offset % 2 == 0 }.compactMap { Int($0.element.prefix { $0.isNumber }) }
        #expect(chartValues == [3, 2])
        #expect(tableValues == chartValues)
        #expect(page.contains("aria-labelledby=\"chart-replies-2026-caption\""))
        #expect(page.contains("id=\"chart-replies-2026-caption\""))
        #expect(page.contains("<strong>Aland and Fland</strong>"))
        #expect(page.contains("CWG-WSIS-44/5-E"), "the report is a document of the next year's meeting")
    }

    // MARK: - Diagnostics

    func diagnostics(_ change: (Fixture) throws -> Void, strict: Bool = false) throws -> (Fixture, [Diagnostic]) {
        let fixture = try Self.make()
        try change(fixture)
        var options = fixture.options
        options.strict = strict
        return (fixture, PlanCycle.check(options).diagnostics)
    }

    @Test func unknownMemberStateSuggestsTheRightOne() throws {
        let (fixture, found) = try diagnostics { try $0.replace("content/2026/outcomes/wsis-forum.md", "[AAA, HHH]", with: "[AAA, HHJ]") }
        defer { fixture.remove() }
        #expect(found.map(\.description) == [
            "\(fixture.path("content/2026/outcomes/wsis-forum.md")):11:26: error: `HHJ` is not the code of a Member State of ITU. Hint: did you mean `HHH` (Hland)? Codes are ISO 3166-1 alpha-3, as listed in \(fixture.path("content/member-states.yaml")).",
        ])
    }

    @Test func outcomeForAnActivityThatDoesNotExistIsAnError() throws {
        let (fixture, found) = try diagnostics {
            try $0.write("content/2026/outcomes/wsis-forun.md", Self.outcome(replies: "  []"))
        }
        defer { fixture.remove() }
        let diagnostic = try #require(found.first)
        #expect(found.count == 1, "\(found.map(\.description))")
        #expect(diagnostic.location == SourceLocation(path: fixture.path("content/2026/outcomes/wsis-forun.md"), line: 2, column: 1))
        #expect(diagnostic.message == "no activity `wsis-forun` is in the 2026 plan.")
        #expect(diagnostic.hint?.hasPrefix("did you mean `wsis-forum`?") == true)
    }

    @Test func unknownOutcomeStatusIsAnError() throws {
        let (fixture, found) = try diagnostics { try $0.replace("content/2026/outcomes/wsis-forum.md", "status: held", with: "status: hold") }
        defer { fixture.remove() }
        #expect(found.map(\.location) == [SourceLocation(path: fixture.path("content/2026/outcomes/wsis-forum.md"), line: 2, column: 9)])
        #expect(found.first?.hint?.hasPrefix("did you mean `held`?") == true)
    }

    @Test func replyToAnUnknownLetterIsAnError() throws {
        let (fixture, found) = try diagnostics { try $0.replace("content/2026/outcomes/wsis-forum.md", "letter: forum-call", with: "letter: forum-cal") }
        defer { fixture.remove() }
        #expect(found.map(\.location) == [SourceLocation(path: fixture.path("content/2026/outcomes/wsis-forum.md"), line: 6, column: 13)])
        #expect(found.first?.hint?.hasPrefix("did you mean `forum-call`?") == true)
    }

    // Seen trying a misspelt activity in a letter: the reply to it also said the letter "is about
    // `2026/wsis-foru`", repeating the letter's own error as a second, misleading problem.
    @Test func aReplyToALetterAboutNoActivityAddsNoSecondProblem() throws {
        let (fixture, found) = try diagnostics { try $0.replace("content/2026/letters/forum-call.md", "activity: wsis-forum", with: "activity: wsis-foru") }
        defer { fixture.remove() }
        #expect(found.contains { $0.message.contains("no activity `wsis-foru` exists") })
        #expect(!found.contains { $0.message.contains("is about") }, "\(found)")
    }

    @Test func missingOutcomeIsAWarningInADraftAndAnErrorWithStrict() throws {
        let change = { (fixture: Fixture) throws in
            try fixture.replace("content/2026/report.md", "status: final", with: "status: draft")
            try FileManager.default.removeItem(atPath: fixture.path("content/2026/outcomes/wsis-forum.md"))
        }
        let (draft, warnings) = try diagnostics(change)
        defer { draft.remove() }
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.first?.location == SourceLocation(path: draft.path(ContentDiagnosticsTests.activity)))
        let (strict, errors) = try diagnostics(change, strict: true)
        defer { strict.remove() }
        #expect(errors.map(\.severity) == [.error])
        #expect(errors.first?.message.contains("has no outcome record") == true)
    }
}
