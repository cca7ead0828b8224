import Foundation
import Testing
@testable import PlanCycleKit

/// Errors point at the fix: where a quote or bracket opens, at a tab, once per misspelt key, with
/// the paths the user passed, and every independent mistake of a file in one run.
@Suite struct ErrorPlacementTests {
    typealias Expected = Fixture.Expected
    static let activity = "content/2026/activities/wsis-forum.md"

    /// A change to the fixture's activity and the one error it must give: (old, new, line, column, message).
    static let unclosed: [(String, String, Int, Int, String)] = [
        ("title: WSIS Forum 2026", "title: \"WSIS Forum 2026", 2, 8, "the quote `\"` that opens here is never closed"),
        ("processes: [wsis, sdgs]", "processes: [wsis, sdgs", 3, 12, "the list that opens here with `[` is never closed"),
        ("impact:\n  rating: high", "impact: {rating: high", 9, 9, "the block that opens here with `{` is never closed"),
    ]

    @Test(arguments: unclosed.indices)
    func unclosedQuoteOrBracketIsReportedWhereItOpens(_ index: Int) throws {
        let (old, new, line, column, message) = Self.unclosed[index]
        try Fixture.expectDiagnostics([Expected(file: Self.activity, line: line, column: column, message: message)]) {
            try $0.replace(Self.activity, old, with: new)
        }
    }

    @Test func singleQuoteClosedByALaterApostropheIsReportedWhereItOpens() throws {
        try Fixture.expectDiagnostics([Expected(file: Self.activity, line: 7, column: 8, message: "the quote `'` that opens here is not closed on its line")]) {
            try $0.replace(Self.activity, "place: Geneva", with: "place: 'Geneva")
            try $0.replace(Self.activity, "reasons: It matters.", with: "reasons: It is ITU's forum.")
        }
    }

    @Test func quotedValueOverTwoLinesIsNotBlamedForALaterMistake() throws {
        try Fixture.expectDiagnostics([Expected(file: Self.activity, line: 8, column: 14, message: "a `:` followed by a space appears inside a value")]) {
            try $0.replace(Self.activity, "title: WSIS Forum 2026", with: "title: \"WSIS Forum\n  2026\"")
            try $0.replace(Self.activity, "place: Geneva", with: "place: Geneva: Palexpo")
        }
    }

    @Test func tabIndentationIsExplainedAsATab() throws {
        try Fixture.expectDiagnostics([Expected(file: Self.activity, line: 10, column: 1, message: "indented with a tab")]) {
            try $0.replace(Self.activity, "  rating: high", with: "\trating: high")
        }
        try Fixture.expectDiagnostics([Expected(file: Self.activity, line: 16, column: 5, message: "indented with a tab")]) {
            try $0.replace(Self.activity, "      staff_days: 100", with: "    \t  staff_days: 100")
        }
    }

    @Test func misspeltKeyIsOneErrorWithoutAMissingFieldError() throws {
        try Fixture.expectDiagnostics([Expected(file: Self.activity, line: 8, column: 1, message: "did you mean `format`?")]) {
            try $0.replace(Self.activity, "format: hybrid", with: "formt: hybrid")
        }
    }

    @Test func misspeltKeyInTheYearFileIsNotReportedAsAMissingYearFile() throws {
        try Fixture.expectDiagnostics([Expected(file: "content/2026/year.md", line: 3, column: 3, message: "did you mean `number`?")]) {
            try $0.replace("content/2026/year.md", "  number: 44", with: "  numbr: 44")
            try $0.write("content/2025/year.md", try $0.read("content/2026/year.md").replacingOccurrences(of: "2026", with: "2025")
                .replacingOccurrences(of: "numbr: 44", with: "number: 43"))
            try $0.write("content/2025/report.md", """
                ---
                report:
                  number: 5
                  date: 2026-01-05
                  title: Report on 2025
                  summary: The year.
                  action_required: Take note.
                ---
                The year.

                """)
        }
    }

    @Test func emptyFileIsCalledEmpty() throws {
        try Fixture.expectDiagnostics([Expected(file: "content/2026/activities/new.md", line: 1, column: 1, message: "the file is empty")]) {
            try $0.write("content/2026/activities/new.md", "")
        }
        try Fixture.expectDiagnostics([Expected(file: "content/site.yaml", line: 1, column: 1, message: "the file is empty")]) {
            try $0.write("content/site.yaml", "\n")
        }
        try Fixture.expectDiagnostics([Expected(file: "Templates/labels/en.yaml", line: 1, column: 1, message: "the file is empty")]) {
            try $0.write("Templates/labels/en.yaml", "")
        }
    }

    @Test func hintsNameTheContentFolderTheUserPassed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(Self.activity, "start: 2026-07-06\nend: 2026-07-10", with: "start: 2027-07-06\nend: 2027-07-10")
        let found = fixture.check()
        let hint = try #require(found.first { $0.message.contains("takes place in 2027") }?.hint)
        #expect(hint.contains(fixture.path("content/2027/activities") + "/"), "\(hint)")
        #expect(!hint.contains(" content/2027"))
    }

    @Test func everyIndependentMistakeOfAFileIsReportedInOneRun() throws {
        try Fixture.expectDiagnostics([
            Expected(file: Self.activity, line: 3, column: 19, message: "did you mean `sdgs`?"),
            Expected(file: Self.activity, line: 4, column: 13, message: "`high_level` should be `true` or `false`, not `yes`"),
            Expected(file: Self.activity, line: 6, column: 6, message: "has no day 31"),
            Expected(file: Self.activity, line: 8, column: 1, message: "did you mean `format`?"),
            Expected(file: Self.activity, line: 10, column: 11, message: "did you mean `high`?"),
            Expected(file: Self.activity, line: 16, column: 19, message: "should be a whole number"),
            Expected(file: Self.activity, line: 17, column: 23, message: "did you mean `attend`?"),
        ]) {
            try $0.replace(Self.activity, "processes: [wsis, sdgs]", with: "processes: [wsis, sdg]")
            try $0.replace(Self.activity, "end: 2026-07-10", with: "end: 2026-06-31")
            try $0.replace(Self.activity, "high_level: true", with: "high_level: yes")
            try $0.replace(Self.activity, "format: hybrid", with: "formt: hybrid")
            try $0.replace(Self.activity, "rating: high", with: "rating: hihg")
            try $0.replace(Self.activity, "staff_days: 100", with: "staff_days: lots")
            try $0.replace(Self.activity, "participation: [host, contribute]", with: "participation: [host, atend]")
        }
    }

    @Test func aMissingFieldOfSiteYAMLHidesNoOther() throws {
        try Fixture.expectDiagnostics([
            Expected(file: "content/site.yaml", line: 2, column: 3, message: "`organisation` is missing the field `name`"),
            Expected(file: "content/site.yaml", line: 7, column: 3, message: "`working_group` is missing the field `short_name`"),
        ]) {
            try $0.replace("content/site.yaml", "  name: International Telecommunication Union\n", with: "")
            try $0.replace("content/site.yaml", "  short_name: CWG-WSIS&SDG\n", with: "")
        }
    }

    @Test func unknownKeyInALetterBlockIsReportedOnce() throws {
        try Fixture.expectDiagnostics([Expected(file: "content/2026/letters/forum-call.md", line: 11, column: 3, message: "did you mean `link`?")]) {
            try $0.replace("content/2026/letters/forum-call.md", "  link: https://www.itu.int/forum", with: "  link: https://www.itu.int/forum\n  lnk: x")
        }
    }
}
