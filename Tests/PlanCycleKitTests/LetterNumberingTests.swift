import Foundation
import Testing
@testable import PlanCycleKit

@Suite struct LetterNumberingTests {
    func letter(_ name: String, date: String, status: String, number: Int? = nil) -> String {
        """
        ---
        activity: wsis-forum
        status: \(status)
        \(number.map { "number: \($0)" } ?? "")
        date: \(date)
        subject: Letter \(name)
        deadline: 2026-06-30
        consultation:
          form: email
          email: test@itu.int
        ---
        Text.
        """
    }

    func numbers(_ fixture: Fixture) throws -> [String: String] {
        let diagnostics = Diagnostics()
        let content = try #require(ContentLoader.load(from: fixture.content, diagnostics: diagnostics))
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted.map(\.description))")
        return Dictionary(uniqueKeysWithValues: (content.year(2026)?.letters ?? []).map { ($0.name, $0.symbol ?? "none") })
    }

    @Test func lettersAreNumberedInDateOrderAfterFixedNumbers() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/2026/letters/march.md", letter("march", date: "2026-03-01", status: "cleared"))
        try fixture.write("content/2026/letters/february.md", letter("february", date: "2026-02-01", status: "cleared"))
        try fixture.write("content/2026/letters/april.md", letter("april", date: "2026-04-01", status: "draft"))
        #expect(try numbers(fixture) == ["forum-call": "CL-26/6", "february": "CL-26/7", "march": "CL-26/8", "april": "none"])
    }

    @Test func sentNumbersStayWhenAnEarlierLetterIsAdded() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/2026/letters/march.md", letter("march", date: "2026-03-01", status: "sent", number: 9))
        try fixture.write("content/2026/letters/april.md", letter("april", date: "2026-04-01", status: "cleared"))
        let before = try numbers(fixture)
        #expect(before == ["forum-call": "CL-26/6", "march": "CL-26/9", "april": "CL-26/10"])

        try fixture.write("content/2026/letters/january.md", letter("january", date: "2026-01-05", status: "cleared"))
        try fixture.write("content/2026/letters/february.md", letter("february", date: "2026-02-01", status: "cleared"))
        let after = try numbers(fixture)
        for (name, symbol) in before { #expect(after[name] == symbol, "\(name) changed from \(symbol) to \(after[name] ?? "none")") }
        #expect(after["january"] == "CL-26/1")
        #expect(after["february"] == "CL-26/7")
        #expect(Set(after.values).count == after.count, "no number is given twice")
    }
}
