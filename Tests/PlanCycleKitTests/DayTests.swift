import Testing
@testable import PlanCycleKit

@Suite struct DayTests {
    @Test func parsesStrictISODates() {
        #expect(Day(iso: "2026-07-06") == Day(year: 2026, month: 7, day: 6))
        #expect(Day(iso: "2024-02-29") != nil)
    }

    @Test(arguments: ["2025-13-45", "2026-02-30", "2025-02-29", "2026-7-6", "06/07/2026", "2026-07-06T10:00", " 2026-07-06", "0000-01-01"])
    func rejectsImpossibleOrNonISODates(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func countsDaysBetweenDates() throws {
        let a = try #require(Day(iso: "2026-01-20"))
        let b = try #require(Day(iso: "2026-03-02"))
        #expect(a.days(until: b) == 41)
        #expect(try #require(Day(iso: "1970-01-01")).ordinal == 0)
    }

    @Test func writesDatesAsEachLanguageDoes() throws {
        let start = try #require(Day(iso: "2026-07-06"))
        let end = try #require(Day(iso: "2026-07-10"))
        let english = Formats(locale: "en_GB")
        #expect(english.long(start) == "6 July 2026")
        #expect(english.range(start, end) == "6\u{2009}–\u{2009}10 July 2026")
        #expect(english.range(start, try #require(Day(iso: "2026-08-01"))) == "6 July\u{2009}–\u{2009}1 August 2026")
        #expect(english.milestone(.month(year: 2026, month: 3)) == "March 2026")
        #expect(Formats(locale: "fr_FR").long(start) == "6 juillet 2026")
        #expect(Formats(locale: "fr_FR").range(start, end) == "6–10 juillet 2026")
        #expect(Formats(locale: "zh_CN").long(start) == "2026年7月6日")
        #expect(Formats(locale: "es_ES").long(start) == "6 de julio de 2026")
        #expect(Formats(locale: "ar").range(start, end).contains("يوليو"))
        #expect(english.number(1759) == "1,759")
        #expect(Formats(locale: "fr_FR").number(1759) == "1\u{202F}759")
        #expect(Formats(locale: "fr_FR").percent(Ratio(129, 1000)) == "12,9\u{00A0}%")
        #expect(DateText.ordinal(44) == "44th")
        #expect(DateText.ordinal(41) == "41st")
        #expect(DateText.ordinal(112) == "112th")
    }
}
