import Foundation
import Testing
@testable import PlanCycleKit

/// The date checks take the clock's date when `--as-of` is not given; pages never do.
@Suite struct TodayTests {
    static func fixtureWithADraftLetter() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.replace(ContentDiagnosticsTests.letter, "status: sent\nnumber: 6\n", with: "status: draft\n")
        return fixture
    }

    @Test func dateChecksUseTodayWhenAsOfIsNotGiven() throws {
        let fixture = try Self.fixtureWithADraftLetter()
        defer { fixture.remove() }
        var options = fixture.options
        #expect(PlanCycle.check(options).diagnostics.isEmpty)
        options.today = Day(iso: "2026-06-01")
        let found = PlanCycle.check(options).diagnostics
        #expect(found.map(\.message) == ["the deadline 2026-03-02 has passed and the letter is still a draft."])
        options.asOf = Day(iso: "2026-02-01")
        #expect(PlanCycle.check(options).diagnostics.isEmpty, "--as-of wins over the clock")
    }

    @Test func pagesDoNotDependOnTheClock() throws {
        let fixture = try Self.fixtureWithADraftLetter()
        defer { fixture.remove() }
        var options = fixture.options
        options.today = Day(iso: "2026-01-02")
        #expect(!PlanCycle.build(options).hasErrors)
        let first = try BuildTests().files(in: fixture.output)
        options.today = Day(iso: "2026-12-30")
        #expect(!PlanCycle.build(options).hasErrors)
        #expect(try BuildTests().files(in: fixture.output) == first)
    }

    @Test func todayIsTheCalendarDayOfTheDate() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let date = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21 14:13:20 UTC
        #expect(Day.today(date, calendar: calendar) == Day(iso: "2026-09-21"))
    }
}
