import Foundation
import Testing
@testable import PlanCycleKit

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The escaping of the feed, the chart and the preview page, on bytes.
@Suite struct XMLEscapingTests {
    /// What `escape` was before: Foundation's `replacingOccurrences`, which compares characters.
    static func byCharacters(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The same text as before wherever no combining mark follows `&`, `<`, `>` or `"`.
    @Test func escapesAsBeforeOnOrdinaryText() {
        var random = SeededRandom(seed: 11)
        let pieces = ["&", "<", ">", "\"", "'", "a", " ", "é", "中", "&amp;", "\u{301}", "\r\n", "🇫🇷", "ا"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).compactMap { _ in pieces.randomElement(using: &random) }.joined()
            let joinsASpecial = text.unicodeScalars.indices.contains { index in
                "&<>\"".unicodeScalars.contains(text.unicodeScalars[index])
                    && text.unicodeScalars.index(after: index) < text.unicodeScalars.endIndex
                    && text.unicodeScalars[text.unicodeScalars.index(after: index)] == "\u{301}"
            }
            guard !joinsASpecial else { continue }
            #expect(XMLEscaping.escape(text) == Self.byCharacters(text), "\(text.debugDescription)")
        }
    }

    /// A combining mark after `<`, `&` or `"` makes one character of the two: each is escaped all
    /// the same (before, each was left as written).
    @Test func escapesMarkupFollowedByACombiningMark() {
        #expect(XMLEscaping.escape("a<\u{338}b&\u{301}\"\u{301}>\u{338}") == "a&lt;\u{338}b&amp;\u{301}&quot;\u{301}&gt;\u{338}")
        #expect(Self.byCharacters("<\u{338}") == "<\u{338}")
        let plain = "Open consultation"
        #expect(XMLEscaping.escape(plain) == plain)
    }

    /// A letter's subject with such marks leaves the feed well-formed XML, with its title intact.
    @Test func theFeedStaysXMLWhateverTheSubject() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let subject = "Consultation <\u{338} & \u{301} \"\u{301} R&D"
        try fixture.write(ContentDiagnosticsTests.letter, try fixture.read(ContentDiagnosticsTests.letter)
            .replacingOccurrences(of: "subject: Open consultation for the WSIS Forum 2026", with: "subject: '\(subject)'"))
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let parser = XMLParser(data: Data(try fixture.read("site/letters.atom").utf8))
        let reader = MachineReadableTests.AtomReader()
        parser.delegate = reader
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(reader.entries.first?["title"] == "CL-26/6: " + subject)
    }
}
