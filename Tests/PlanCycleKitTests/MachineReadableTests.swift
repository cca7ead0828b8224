import Foundation
import Testing
@testable import PlanCycleKit

#if canImport(FoundationXML)
import FoundationXML
#endif

/// plan.json, letters.atom and deadlines.ics parse, and say what the content says.
@Suite struct MachineReadableTests {
    static func built() throws -> Fixture {
        let fixture = try Fixture()
        var options = fixture.options
        options.baseURL = "https://example.org/cwg"
        #expect(!PlanCycle.build(options).hasErrors)
        return fixture
    }

    @Test func htmlSafeEscapesMarkupAndLineSeparatorsAndKeepsOtherBytes() {
        let json = Data("{\"a\":\"<b>&\u{2028}\u{2029}é\u{2026}\u{2027}\"}".utf8)
        let text = String(decoding: PlanData.htmlSafe(json), as: UTF8.self)
        #expect(text == #"{"a":"\u003cb\u003e\u0026\u2028\u2029é…‧"}"#)
        #expect(PlanData.htmlSafe(Data([0xE2, 0x80])) == Data([0xE2, 0x80]))
        #expect(String(decoding: PlanData.htmlSafe(Data("<\u{2028}".utf8)), as: UTF8.self) == #"\u003c\u2028"#, "at both ends")
    }

    /// What plan.json was before `JSONWriter`: Foundation's encoder, which the writer must match.
    static func encoded(_ plan: PlanData.Plan) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return [UInt8](try encoder.encode(plan))
    }

    /// The manifest (and the scaffolds' YAML) write backspace and form feed as numbers, as they
    /// always have; plan.json names them, as JSONEncoder does. One escaping serves both.
    @Test func manifestQuotingKeepsItsOwnControlEscapes() {
        #expect(Manifest.quoted("a\u{8}\u{C}\u{1}\n\t\"\\é") == #""a\u0008\u000c\u0001\n\t\"\\é""#)
        var writer = JSONWriter()
        writer.string("a\u{8}\u{C}\u{1}")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #""a\b\f\u0001""#)
    }

    @Test func planJSONIsWhatJSONEncoderWrote() throws {
        let shipped = Fixture.projectRoot.appendingPathComponent("content").path
        let content = try #require(ContentLoader.load(from: shipped, diagnostics: Diagnostics()))
        #expect(content.years.count >= 2)
        for year in content.years {
            let plan = PlanData.plan(year, content: content)
            #expect(plan.jsonBytes == (try Self.encoded(plan)), "\(year.year)")
        }
        // Every escape, empty and absent values, and text outside ASCII.
        let odd = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\"\\/<>&\u{7F}é中\u{2028}😀"
        let staff = [PlanData.Staff(unit: odd, roles: "", staffDays: nil), PlanData.Staff(unit: "u", roles: "r", staffDays: -3)]
        let letters = [PlanData.LetterData(number: nil, status: "draft", date: "d", deadline: "e", subject: odd, url: "a/b"),
                       PlanData.LetterData(number: "CL-1", status: "sent", date: "", deadline: "", subject: "", url: "")]
        let activity = PlanData.ActivityData(
            id: odd, url: "u", title: odd, processes: [], highLevel: true, start: "s", end: "e", place: "", format: "f",
            impact: PlanData.Impact(rating: "high", reasons: odd), resources: PlanData.Resources(itu: staff, thirdParty: [], staffDays: 0),
            participation: [odd, ""], memberStateSupport: odd, urgent: false, actionPlan: ["C1"],
            milestones: [PlanData.MilestoneData(id: "M1", date: "2026-01", tentative: true, opportunity: odd, milestone: "")], letters: letters)
        for activities in [[], [activity], [activity, activity]] {
            let plan = PlanData.Plan(year: 2026, symbol: odd, date: "", title: odd,
                                     meeting: PlanData.Meeting(number: Int.min, start: "", end: odd, place: odd), activities: activities)
            #expect(plan.jsonBytes == (try Self.encoded(plan)))
        }
    }

    @Test func planJSONParsesAndCarriesThePlan() throws {
        let fixture = try Self.built()
        defer { fixture.remove() }
        let data = Data(try fixture.read("site/2026/plan.json").utf8)
        let plan = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(plan["symbol"] as? String == "CWG-WSIS-44/3-E")
        let activities = try #require(plan["activities"] as? [[String: Any]])
        #expect(activities.count == 1)
        let forum = try #require(activities.first)
        #expect(forum["id"] as? String == "wsis-forum")
        #expect(forum["participation"] as? [String] == ["host", "contribute"])
        #expect(forum["high_level"] as? Bool == true)
        #expect((forum["letters"] as? [[String: Any]])?.first?["number"] as? String == "CL-26/6")
    }

    @Test func planJSONEscapesCharactersThatCouldCloseAScriptInAPage() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("content/2026/activities/wsis-forum.md", "title: WSIS Forum 2026", with: "title: \"WSIS </script><b>& Forum\"")
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let text = try fixture.read("site/2026/plan.json")
        #expect(text.contains(#""WSIS \u003c/script\u003e\u003cb\u003e\u0026 Forum""#))
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        let plan = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let activities = try #require(plan?["activities"] as? [[String: Any]])
        #expect(activities.first?["title"] as? String == "WSIS </script><b>& Forum")
    }

    final class AtomReader: NSObject, XMLParserDelegate {
        var entries: [[String: String]] = []
        var text = ""
        var current: [String: String]?
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            text = ""
            if name == "entry" { current = [:] }
            if name == "link", current != nil { current?["link"] = attributes["href"] }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "entry", let entry = current { entries.append(entry) ; current = nil }
            else if current != nil { current?[name] = text }
        }
    }

    @Test func atomFeedParsesAndListsSentLetters() throws {
        let fixture = try Self.built()
        defer { fixture.remove() }
        let parser = XMLParser(data: Data(try fixture.read("site/letters.atom").utf8))
        let reader = AtomReader()
        parser.delegate = reader
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(reader.entries.count == 1)
        #expect(reader.entries.first?["title"] == "CL-26/6: Open consultation for the WSIS Forum 2026")
        #expect(reader.entries.first?["id"] == "https://example.org/cwg/2026/letters/cl-26-06.html")
        #expect(reader.entries.first?["updated"] == "2026-01-20T00:00:00Z")
    }

    @Test func calendarFollowsRFC5545Lines() throws {
        let fixture = try Self.built()
        defer { fixture.remove() }
        let ics = try fixture.read("site/2026/deadlines.ics")
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(!lines.contains { $0.contains("\n") }, "every line ends in CRLF")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "lines are folded at 75 octets")
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20260302\r\nDTEND;VALUE=DATE:20260303"))
        #expect(unfolded.contains("SUMMARY:44th meeting of the Council Working Group on WSIS & SDGs"))
        #expect(unfolded.contains("URL:https://example.org/cwg/2026/letters/cl-26-06.html"))
    }

    @Test func longCalendarLinesFoldWithoutSplittingCharacters() {
        let folded = ICalendar.fold("SUMMARY:" + String(repeating: "é", count: 60))
        let lines = folded.components(separatedBy: "\r\n ")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.joined() == "SUMMARY:" + String(repeating: "é", count: 60))
        #expect(ICalendar.text("a, b; c\\d") == "a\\, b\\; c\\\\d")
    }

    @Test func daysAddAcrossMonthsAndYears() throws {
        #expect(try #require(Day(iso: "2026-12-31")).adding(days: 1) == Day(iso: "2027-01-01"))
        #expect(try #require(Day(iso: "2024-02-28")).adding(days: 1) == Day(iso: "2024-02-29"))
        #expect(try #require(Day(iso: "2026-03-01")).adding(days: -1) == Day(iso: "2026-02-28"))
    }
}
