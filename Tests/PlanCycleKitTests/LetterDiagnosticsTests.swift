import Foundation
import Testing
@testable import PlanCycleKit

/// One test per circular-letter diagnostic, with exact file, line and column.
@Suite struct LetterDiagnosticsTests {
    typealias Expected = Fixture.Expected
    static let activity = ContentDiagnosticsTests.activity
    static let letter = ContentDiagnosticsTests.letter

    func expect(_ expected: [Expected], asOf: String? = nil, strict: Bool = false, after change: (Fixture) throws -> Void) throws {
        try Fixture.expectDiagnostics(expected, asOf: asOf, strict: strict, after: change)
    }

    @Test func urgentActivityWithoutLetterIsAWarningWhileTheLetterIsToFollow() throws {
        try expect([Expected(file: Self.activity, line: 19, column: 9, severity: .warning, message: "is marked urgent, but no circular letter")]) {
            try FileManager.default.removeItem(atPath: $0.path(Self.letter))
        }
    }

    @Test func urgentActivityWithoutLetterIsAnErrorWhenStrict() throws {
        try expect([Expected(file: Self.activity, line: 19, column: 9, message: "is marked urgent, but no circular letter")], strict: true) {
            try FileManager.default.removeItem(atPath: $0.path(Self.letter))
        }
    }

    @Test func deadlineBeforeLetterDateIsAnError() throws {
        try expect([Expected(file: Self.letter, line: 7, column: 11, message: "is before the letter's date")]) {
            try $0.replace(Self.letter, "deadline: 2026-03-02", with: "deadline: 2026-01-10")
        }
    }

    @Test func deadlineAfterActivityStartsIsAnError() throws {
        try expect([Expected(file: Self.letter, line: 7, column: 11, message: "is after WSIS Forum 2026 starts (2026-07-06)")]) {
            try $0.replace(Self.letter, "deadline: 2026-03-02", with: "deadline: 2026-07-20")
        }
    }

    @Test func shortLeadTimeIsAWarning() throws {
        try expect([Expected(file: Self.letter, line: 7, column: 11, severity: .warning, message: "get 12 days to reply, less than the 4 weeks")]) {
            try $0.replace(Self.letter, "deadline: 2026-03-02", with: "deadline: 2026-02-01")
        }
    }

    @Test func consultationMeetingAfterDeadlineIsAnError() throws {
        try expect([Expected(file: Self.letter, line: 11, column: 11, message: "the consultation meeting (2026-03-10) is after the reply deadline")]) {
            try $0.replace(Self.letter, "  form: online\n", with: "  form: meeting\n  meeting:\n    date: 2026-03-10\n    place: Geneva\n")
        }
    }

    @Test func overdueDraftIsAWarningAsOfADate() throws {
        try expect([Expected(file: Self.letter, line: 3, column: 9, severity: .warning, message: "has passed and the letter is still a draft")], asOf: "2026-03-05") {
            try $0.replace(Self.letter, "status: sent\nnumber: 6\n", with: "status: draft\n")
        }
    }

    @Test func overdueDraftIsNotReportedWithoutADate() throws {
        try expect([]) { try $0.replace(Self.letter, "status: sent\nnumber: 6\n", with: "status: draft\n") }
    }

    @Test func sentLetterWithoutNumberIsAnError() throws {
        try expect([Expected(file: Self.letter, line: 3, column: 9, message: "a sent letter must keep the number it was sent with")]) {
            try $0.replace(Self.letter, "number: 6\n", with: "")
        }
    }

    @Test func twoLettersWithOneNumberNameBothFiles() throws {
        try expect([Expected(file: "content/2026/letters/second-call.md", line: 4, column: 9, message: "CL-26/6 is also the number of")]) {
            try $0.write("content/2026/letters/second-call.md", try $0.read(Self.letter).replacingOccurrences(of: "2026-01-20", with: "2026-01-25"))
        }
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/2026/letters/second-call.md", try fixture.read(Self.letter))
        let message = fixture.check().first?.message ?? ""
        #expect(message.contains(fixture.path(Self.letter)))
    }

    @Test func unknownActivitySuggestsTheRightOne() throws {
        try expect([
            Expected(file: Self.letter, line: 2, column: 11, message: "did you mean `wsis-forum`?"),
            Expected(file: Self.activity, line: 19, column: 9, severity: .warning, message: "is marked urgent"),
        ]) {
            try $0.replace(Self.letter, "activity: wsis-forum", with: "activity: wsis-forun")
        }
    }

    @Test func questionnaireWithoutAnnexIsAnError() throws {
        try expect([Expected(file: Self.letter, line: 9, column: 3, message: "needs the questionnaire as an annex")]) {
            try $0.replace(Self.letter, "  form: online\n  link: https://www.itu.int/forum\n", with: "  form: questionnaire\n")
        }
    }

    @Test func missingAnnexFileIsAnError() throws {
        try expect([Expected(file: Self.letter, line: 13, column: 11, message: "does not exist")]) {
            try $0.replace(Self.letter, "---\nMember", with: "annexes:\n  - title: Form\n    file: annexes/form.md\n---\nMember")
        }
    }

    /// A misspelt annex file is one error, at its name: the annex is not left out as if it had
    /// never been listed (which made the questionnaire look absent, and its translations wrong).
    @Test func aMisspeltAnnexFileIsOneError() throws {
        try expect([Expected(file: Self.letter, line: 12, column: 11, message: "does not exist")]) {
            try $0.replace(Self.letter, "  form: online\n  link: https://www.itu.int/forum\n", with: "  form: questionnaire\n")
            try $0.replace(Self.letter, "---\nMember", with: "annexes:\n  - title: Form\n    file: annexes/from.md\n---\nMember")
        }
    }

    @Test func annexFileOutsideTheLettersFolderIsRefused() throws {
        try expect([Expected(file: Self.letter, line: 13, column: 11, message: "is outside the letters folder")]) {
            try $0.replace(Self.letter, "---\nMember", with: "annexes:\n  - title: Form\n    file: ../../site.yaml\n---\nMember")
        }
    }

    @Test func unsafeLinkIsAnError() throws {
        try expect([Expected(file: Self.letter, line: 10, column: 9, message: "is not a web address")]) {
            try $0.replace(Self.letter, "link: https://www.itu.int/forum", with: "link: javascript:alert(1)")
        }
    }

    @Test func letterInTheWrongYearFolderIsAnError() throws {
        try expect([
            Expected(file: Self.letter, line: 5, column: 7, message: "dated in 2025 but sits in the 2026 folder"),
            Expected(file: Self.activity, line: 19, column: 9, severity: .warning, message: "is marked urgent"),
        ]) {
            try $0.replace(Self.letter, "date: 2026-01-20", with: "date: 2025-12-20")
        }
    }
}
