import Foundation
import Testing
import Yams
@testable import PlanCycleKit

/// PlanCycle's Mustache renderer against the official Mustache spec (v1.1), which `make test`
/// fetches into `.build/mustache-spec` (`Tests/MustacheSpec/fetch`). Lambdas are not in it:
/// PlanCycle's contexts have none, and a template cannot make one.
@Suite struct MustacheSpecTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../.build/mustache-spec").standardizedFileURL.path

    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    @Test(.enabled(if: FileManager.default.fileExists(atPath: folder + "/sections.yml"),
                   "run `bash Tests/MustacheSpec/fetch` (make test does) to fetch the spec"),
          arguments: files)
    func spec(_ file: String) throws {
        let text = try String(contentsOfFile: "\(Self.folder)/\(file).yml", encoding: .utf8)
        let spec = try #require(try Yams.load(yaml: text) as? [String: Any])
        let tests = try #require(spec["tests"] as? [[String: Any]])
        #expect(tests.count >= 10)
        for test in tests {
            let name = test["name"] as? String ?? "?"
            let template = try #require(test["template"] as? String)
            let partials = (test["partials"] as? [String: String] ?? [:]).mapValues { CompiledTemplate.parse($0, escaping: .html) }
            let compiled = CompiledTemplate.parse(template, escaping: .html)
            try #require(compiled != nil && partials.values.allSatisfy { $0 != nil }, "\(file): \(name) does not parse")
            let output = compiled?.render(TemplateData(yaml: test["data"]), library: partials.compactMapValues { $0 })
            #expect(output == test["expected"] as? String, "\(file): \(name)")
        }
    }
}
