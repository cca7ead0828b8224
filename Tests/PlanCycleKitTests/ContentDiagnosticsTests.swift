import Foundation
import Testing
@testable import PlanCycleKit

/// One test per content diagnostic: each change to the valid fixture gives exactly the expected
/// problems, at the exact file, line and column.
@Suite struct ContentDiagnosticsTests {
    static let activity = "content/2026/activities/wsis-forum.md"
    static let letter = "content/2026/letters/forum-call.md"
    typealias Expected = Fixture.Expected

    func expect(_ expected: [Expected], after change: (Fixture) throws -> Void) throws {
        try Fixture.expectDiagnostics(expected, after: change)
    }

    @Test func theFixtureIsClean() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(fixture.check().isEmpty)
    }

    @Test func misspeltParticipationFormSuggestsTheRightOne() throws {
        try expect([Expected(file: Self.activity, line: 17, column: 23, message: "did you mean `attend`?")]) {
            try $0.replace(Self.activity, "participation: [host, contribute]", with: "participation: [host, atend]")
        }
    }

    @Test func unknownKeySuggestsTheRightOne() throws {
        try expect([Expected(file: Self.activity, line: 4, column: 1, message: "did you mean `high_level`?")]) {
            try $0.replace(Self.activity, "high_level: true", with: "highlevel: true")
        }
    }

    @Test func impossibleDateIsAnError() throws {
        try expect([Expected(file: Self.activity, line: 5, column: 8, message: "there is no month 13")]) {
            try $0.replace(Self.activity, "start: 2026-07-06", with: "start: 2025-13-45")
        }
    }

    @Test func nonISODateIsAnError() throws {
        try expect([Expected(file: Self.activity, line: 6, column: 6, message: "not a date written YYYY-MM-DD")]) {
            try $0.replace(Self.activity, "end: 2026-07-10", with: "end: 10/07/2026")
        }
    }

    // Found by fuzzing site.yaml (Tests/Fuzz, target site): YAML breaks lines at U+0085, U+2028
    // and U+2029 as well, so every position after one was a line further than in the editor.
    @Test func aUnicodeLineSeparatorIsReadAsASpaceAndLaterPositionsStayRight() throws {
        try expect([
            Expected(file: Self.activity, line: 2, column: 12, severity: .warning, message: "a Unicode line separator (U+2028), which is read as a space"),
            Expected(file: Self.activity, line: 6, column: 6, message: "ends (2026-07-01) before it starts"),
        ]) {
            try $0.replace(Self.activity, "title: WSIS Forum 2026", with: "title: WSIS\u{2028}Forum 2026")
            try $0.replace(Self.activity, "end: 2026-07-10", with: "end: 2026-07-01")
        }
    }

    @Test func theLineBreakByteSearchFindsEachSeparatorAndNothingElse() {
        for separator in ["\u{85}", "\u{2028}", "\u{2029}"] {
            #expect(YAMLSource.hasUnicodeLineBreak("title: a\(separator)b"))
            #expect(YAMLSource.hasUnicodeLineBreak(separator))
        }
        for other in ["title: plain", "é…‧\u{2027}\u{202A}\u{84}\u{C5}", "\r\n", ""] {
            #expect(!YAMLSource.hasUnicodeLineBreak(other))
        }
    }

    @Test func endBeforeStartIsAnError() throws {
        try expect([Expected(file: Self.activity, line: 6, column: 6, message: "ends (2026-07-01) before it starts")]) {
            try $0.replace(Self.activity, "end: 2026-07-10", with: "end: 2026-07-01")
        }
    }

    @Test func unknownProcessSuggestsTheRightOne() throws {
        try expect([Expected(file: Self.activity, line: 3, column: 19, message: "did you mean `sdgs`?")]) {
            try $0.replace(Self.activity, "processes: [wsis, sdgs]", with: "processes: [wsis, sgds]")
        }
    }

    @Test func missingFieldIsReportedAtTheFrontMatter() throws {
        try expect([Expected(file: Self.activity, line: 2, column: 1, message: "missing the field `place`")]) {
            try $0.replace(Self.activity, "place: Geneva\n", with: "")
        }
    }

    @Test func mistypedNumberIsAnError() throws {
        try expect([Expected(file: Self.activity, line: 16, column: 19, message: "should be a whole number")]) {
            try $0.replace(Self.activity, "staff_days: 100", with: "staff_days: many")
        }
    }

    /// The hint shows the number the value holds, when it holds just one.
    @Test func mistypedNumberIsShownAsItShouldBeWritten() throws {
        for (written, example) in [("about 25", "25"), ("2.5", "1"), ("many", "1")] {
            let fixture = try Fixture()
            defer { fixture.remove() }
            try fixture.replace(Self.activity, "staff_days: 100", with: "staff_days: \(written)")
            let hints = fixture.check().filter { $0.message.contains("should be a whole number") }.map(\.hint)
            #expect(hints == ["write the number alone, in digits, e.g. `staff_days: \(example)`."], "\(written)")
        }
    }

    @Test func yesIsNotABoolean() throws {
        try expect([Expected(file: Self.activity, line: 4, column: 13, message: "should be `true` or `false`")]) {
            try $0.replace(Self.activity, "high_level: true", with: "high_level: yes")
        }
    }

    @Test func listWhereTextIsExpectedIsAnError() throws {
        try expect([Expected(file: Self.activity, line: 7, column: 8, message: "`place` should be text, not a list")]) {
            try $0.replace(Self.activity, "place: Geneva", with: "place: [Geneva, Paris]")
        }
    }

    @Test func malformedYAMLIsReportedWhereItIs() throws {
        try expect([Expected(file: Self.activity, line: 2, column: 18, message: "a `:` followed by a space appears inside a value")]) {
            try $0.replace(Self.activity, "title: WSIS Forum 2026", with: "title: WSIS Forum: 2026")
        }
    }

    @Test func duplicateKeyIsAnError() throws {
        try expect([Expected(file: Self.activity, line: 2, column: 1, message: "`title` is written more than once")]) {
            try $0.replace(Self.activity, "title: WSIS Forum 2026\n", with: "title: WSIS Forum 2026\ntitle: Again\n")
        }
    }

    /// A key that is a list has no text to name: it is described, not shown as a placeholder.
    @Test func aRepeatedKeyWrittenAsAListIsDescribed() throws {
        try expect([Expected(file: Self.activity, line: 3, column: 3, message: "a key written as a list or a block is written more than once")]) {
            try $0.replace(Self.activity, "title: WSIS Forum 2026\n", with: "title: WSIS Forum 2026\n? [a, b]\n: 1\n? [a, b]\n: 2\n")
        }
        // At the first repeated key as Yams orders them (text keys sorted, the others where they are).
        try expect([Expected(file: Self.activity, line: 3, column: 3,
                             message: "the key `title` and a key written as a list or a block are each written more than once")]) {
            try $0.replace(Self.activity, "title: WSIS Forum 2026\n", with: "title: WSIS Forum 2026\n? [a, b]\n: 1\n? [a, b]\n: 2\ntitle: Again\n")
        }
    }

    @Test func fileWithoutFrontMatterIsAnError() throws {
        try expect([Expected(file: Self.activity, line: 1, column: 1, message: "does not start with front matter")]) {
            try $0.write(Self.activity, "Just text.\n")
        }
    }

    @Test func unclosedFrontMatterIsAnError() throws {
        try expect([Expected(file: Self.activity, line: 1, column: 1, message: "front matter is not closed")]) {
            try $0.replace(Self.activity, "urgent: true\n---\n", with: "urgent: true\n")
        }
    }

    @Test func fileNameThatIsNotAnIDIsAnError() throws {
        try expect([
            Expected(file: "content/2026/activities/WSIS_Forum.md", line: 1, column: 1, message: "cannot be used as an id"),
        ]) {
            try $0.write("content/2026/activities/WSIS_Forum.md", try $0.read(Self.activity).replacingOccurrences(of: "urgent: true", with: "urgent: false"))
        }
    }

    @Test func duplicateMilestoneIDIsAnError() throws {
        let milestones = """
            milestones:
              - id: TL01
                date: 2026-01-15
                opportunity: CWG meeting
                milestone: Plan presented
              - id: TL01
                date: 2026-03
                opportunity: Consultation
                milestone: Inputs received
            urgent: true
            """
        try expect([Expected(file: Self.activity, line: 24, column: 9, message: "the milestone id `TL01` is used twice")]) {
            try $0.replace(Self.activity, "urgent: true", with: milestones)
        }
    }

    @Test func missingYearFileIsAnError() throws {
        try expect([Expected(file: "content/2026/year.md", line: 1, column: 1, message: "has no year.md")]) {
            try FileManager.default.removeItem(atPath: $0.path("content/2026/year.md"))
        }
    }

    @Test func unknownFileIsAWarning() throws {
        try expect([Expected(file: "content/2026/notes.txt", line: 1, column: 1, severity: .warning, message: "it is ignored")]) {
            try $0.write("content/2026/notes.txt", "draft notes")
        }
    }

    @Test func duplicateProcessIDInSiteIsAnError() throws {
        try expect([Expected(file: "content/site.yaml", line: 16, column: 9, message: "the process id `wsis` is used twice")]) {
            try $0.replace("content/site.yaml", "contact:", with: "  - id: wsis\n    name: Again\ncontact:")
        }
    }
}
