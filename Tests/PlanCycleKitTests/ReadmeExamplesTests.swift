import Foundation
import Testing
@testable import PlanCycleKit

/// Every YAML and Markdown example of README.md, put where it belongs in a real content folder
/// and checked: an example that stops matching the code fails here.
@Suite struct ReadmeExamplesTests {
    /// One fenced example: the heading it is under, its language and its text.
    struct Example {
        var heading: String
        var language: String
        var text: String
    }

    static func examples() throws -> [Example] {
        let readme = try String(contentsOf: Fixture.projectRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var result: [Example] = []
        var heading = ""
        var current: Example?
        for line in readme.components(separatedBy: "\n") {
            if var example = current {
                if line == "```" {
                    result.append(example)
                    current = nil
                } else {
                    example.text += line + "\n"
                    current = example
                }
            } else if line.hasPrefix("#") {
                heading = line
            } else if line == "```yaml" || line == "```markdown" {
                current = Example(heading: heading, language: String(line.dropFirst(3)), text: "")
            }
        }
        return result
    }

    /// Where an example under `heading` goes in the fixture, or nil for one checked otherwise.
    static func place(_ heading: String) -> String? {
        switch heading {
        case "### `content/site.yaml`": return "content/site.yaml"
        case "### `content/<YYYY>/year.md`": return "content/2026/year.md"
        case "### `content/<YYYY>/activities/<id>.md`": return "content/2026/activities/wsis-forum.md"
        case "### `content/<YYYY>/letters/<name>.md`": return "content/2026/letters/forum-call.md"
        case "### `content/member-states.yaml`": return "content/member-states.yaml"
        case "### `content/<YYYY>/outcomes/<id>.md`": return "content/2026/outcomes/wsis-forum.md"
        case "### `content/<YYYY>/report.md`": return "content/2025/report.md"
        default: return nil
        }
    }

    @Test func everyExampleIsPlacedOrCheckedOtherwise() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 10)
        for example in examples where Self.place(example.heading) == nil {
            // The label-file example is the shipped wording; the translation examples are one-line fragments.
            #expect(["## The templates", "### Translations"].contains(example.heading), "no place for an example under \(example.heading)")
        }
    }

    @Test(arguments: [
        "### `content/site.yaml`", "### `content/<YYYY>/year.md`", "### `content/<YYYY>/activities/<id>.md`",
        "### `content/<YYYY>/letters/<name>.md`", "### `content/member-states.yaml`", "### `content/<YYYY>/outcomes/<id>.md`",
        "### `content/<YYYY>/report.md`",
    ])
    func contentExampleChecksClean(_ heading: String) throws {
        let examples = try Self.examples().filter { $0.heading == heading }
        #expect(examples.count == 1)
        let example = try #require(examples.first)
        let place = try #require(Self.place(heading))
        let fixture = try Fixture()
        defer { fixture.remove() }
        // What the other examples refer to: the Member States outcome records name, the annex a
        // letter attaches, and the year before the one a report is presented in.
        if place != "content/member-states.yaml" {
            try fixture.write("content/member-states.yaml", try String(
                contentsOf: Fixture.projectRoot.appendingPathComponent("content/member-states.yaml"), encoding: .utf8))
        }
        try fixture.write("content/2026/letters/annexes/questionnaire.md", "1. What do you expect of the WSIS Forum?\n")
        try fixture.write("content/2025/year.md", try fixture.read("content/2026/year.md")
            .replacingOccurrences(of: "2026", with: "2025").replacingOccurrences(of: "2025-12-12", with: "2024-12-12")
            .replacingOccurrences(of: "number: 44", with: "number: 43"))
        try fixture.write(place, example.text)
        var options = fixture.options
        options.asOf = Day(iso: "2026-01-10")
        let found = PlanCycle.check(options).diagnostics
        #expect(found.isEmpty, "\(heading): \(found.map(\.description))")
    }

    @Test func labelExampleIsTheShippedWording() throws {
        let example = try #require(try Self.examples().first { $0.heading == "## The templates" })
        let english = try String(contentsOf: Fixture.projectRoot.appendingPathComponent("Templates/labels/en.yaml"), encoding: .utf8)
        #expect(english.contains(example.text))
    }
}
