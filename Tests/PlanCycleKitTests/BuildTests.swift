import Foundation
import Testing
@testable import PlanCycleKit

/// What `build` writes, and what it refuses to write.
@Suite struct BuildTests {
    func files(in folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = folder + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let first = try files(in: fixture.output)
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        #expect(try files(in: fixture.output) == first)
        #expect(first.keys.sorted() == ["2026/letters/cl-26-06.html", "2026/letters/index.html", "2026/plan.html", "index.html", "style.css"])
    }

    @Test func failedBuildLeavesThePreviousSiteAsItWas() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let before = try files(in: fixture.output)
        try fixture.replace(ContentDiagnosticsTests.activity, "title: WSIS Forum 2026", with: "title: Changed")
        try fixture.replace(ContentDiagnosticsTests.letter, "date: 2026-01-20", with: "date: 2026-13-20")
        let result = PlanCycle.build(fixture.options)
        #expect(result.hasErrors)
        #expect(result.written.isEmpty)
        #expect(try files(in: fixture.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).filter { $0.hasPrefix(".site") }
        #expect(leftovers.isEmpty)
    }

    @Test func filesOfRemovedDocumentsDisappear() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/2026/letters/second.md", try fixture.read(ContentDiagnosticsTests.letter)
            .replacingOccurrences(of: "number: 6", with: "number: 7"))
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        #expect(FileManager.default.fileExists(atPath: fixture.output + "/2026/letters/cl-26-07.html"))
        try FileManager.default.removeItem(atPath: fixture.path("content/2026/letters/second.md"))
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        #expect(!FileManager.default.fileExists(atPath: fixture.output + "/2026/letters/cl-26-07.html"))
    }

    @Test func outputFolderThatIsTheContentFolderIsRefused() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var options = fixture.options
        options.output = fixture.content
        let result = PlanCycle.build(options)
        #expect(result.diagnostics.map(\.message) == ["the output folder would replace the content folder \(fixture.content)."])
        #expect(FileManager.default.fileExists(atPath: fixture.content + "/site.yaml"))
    }

    @Test func contentCannotInjectHTMLIntoPages() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace(ContentDiagnosticsTests.activity, "title: WSIS Forum 2026", with: "title: \"<script>alert(1)</script> *Forum*\"")
        try fixture.replace(ContentDiagnosticsTests.activity, "The forum.", with: "<img src=x onerror=alert(1)> [x](javascript:alert(1))")
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let plan = try fixture.read("site/2026/plan.html")
        #expect(!plan.contains("<script"))
        #expect(!plan.contains("<img"))
        #expect(!plan.contains("javascript:"))
        #expect(plan.contains("&lt;script&gt;alert(1)&lt;/script&gt; &#42;Forum&#42;"), "the title shows literally")
        #expect(!plan.contains("<em>Forum</em>"))
    }
}
