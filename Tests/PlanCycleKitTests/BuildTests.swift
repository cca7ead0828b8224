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
        #expect(first.keys.sorted() == [
            "2026/deadlines.ics", "2026/index.html", "2026/letters/cl-26-06.docx", "2026/letters/cl-26-06.html", "2026/letters/index.html",
            "2026/plan.docx", "2026/plan.html", "2026/plan.json", "index.html", "letters.atom", "manifest.json", "style.css",
        ])
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

    @Test func outputThatIsAnExistingFileIsRefusedAndKept() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("notes.txt", "keep me\n")
        var options = fixture.options
        options.output = fixture.path("notes.txt")
        options.force = true
        let result = PlanCycle.build(options)
        #expect(result.diagnostics.map(\.description) == [
            "\(options.output):1:1: error: the output \(options.output) is a file, not a folder; PlanCycle will not replace it with the site. "
                + "Hint: choose a folder for `--output`, such as `site`.",
        ])
        #expect(try fixture.read("notes.txt") == "keep me\n")
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

    @Test func folderWithFilesPlanCycleDidNotWriteIsRefusedUnlessForced() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("site/thesis.docx", "precious")
        let refused = PlanCycle.build(fixture.options)
        #expect(refused.diagnostics.count == 1)
        #expect(refused.diagnostics.first?.message.contains("files PlanCycle did not write (`thesis.docx`)") == true)
        #expect(try fixture.read("site/thesis.docx") == "precious")
        var forced = fixture.options
        forced.force = true
        #expect(!PlanCycle.build(forced).hasErrors)
        #expect(!FileManager.default.fileExists(atPath: fixture.path("site/thesis.docx")))
        #expect(!PlanCycle.build(fixture.options).hasErrors, "a folder PlanCycle wrote is replaced without --force")
    }

    @Test func writeThatFailsHalfwayLeavesTheOldSiteByteIdentical() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let before = try files(in: fixture.output)
        let files = ["a.html": Data("new".utf8), "b/c.html": Data("new".utf8), "z/../../escape.html": Data("bad".utf8)]
        #expect(throws: SiteWriter.Failure.self) { try SiteWriter.write(files, to: fixture.output) }
        #expect(try self.files(in: fixture.output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).filter { $0.hasPrefix(".site") }.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: fixture.root.deletingLastPathComponent().appendingPathComponent("escape.html").path))
    }

    @Test func buildKilledBetweenTheTwoRenamesIsRecoveredByTheNext() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let before = try files(in: fixture.output)
        // The state a kill -9 leaves after the old site was moved aside and before the new one moved in.
        try FileManager.default.moveItem(atPath: fixture.output, toPath: fixture.path(".site.old-99999"))
        try fixture.write(".site.staging-99999/index.html", "half")
        SiteWriter.recover(output: URL(fileURLWithPath: fixture.output))
        #expect(try files(in: fixture.output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).filter { $0.hasPrefix(".site") }.isEmpty)
    }

    @Test func manifestListsEveryOutputAndInputWithItsHash() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let manifest = try #require(Manifest.read(from: fixture.output))
        let written = try files(in: fixture.output)
        #expect(Set(manifest.outputs.keys) == Set(written.keys).subtracting(["manifest.json"]))
        for (path, hash) in manifest.outputs { #expect(SHA256Hex.of(written[path] ?? Data()) == hash, "\(path)") }
        #expect(manifest.inputs["content/2026/activities/wsis-forum.md"] == SHA256Hex.of(Data(try fixture.read(ContentDiagnosticsTests.activity).utf8)))
        #expect(manifest.inputs.keys.contains("templates/plan.md.mustache"))
        #expect(SHA256Hex.of(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// Inputs are hashed as they are first read: every file of the shipped content and templates
    /// is in the log with the digest of its bytes, so that the manifest reads none of them again,
    /// and the manifest is the same as one that reads them all.
    @Test func everyInputIsHashedAsItIsFirstRead() throws {
        let options = ShippedContentTests.options(output: "")
        let log = InputLog()
        #expect(!PlanCycle.load(options, log: log).diagnostics.hasErrors)
        let inputs = Manifest.paths(in: options.content, prefix: "content")
            .merging(Manifest.paths(in: options.templates, prefix: "templates")) { $1 }
        #expect(inputs.count > 100)
        #expect(log.paths == Set(inputs.values))
        for path in inputs.values {
            #expect(log.digest(of: path) == FileManager.default.contents(atPath: path).map(SHA256Hex.of), "\(path)")
        }
        #expect(Manifest.digests(of: inputs, log: log) == Manifest.digests(of: inputs))
        // The manifest takes a digest from the log (the bytes the site was made from) rather than
        // from the file now; a file the log does not hold is read.
        let site = try #require(inputs["content/site.yaml"])
        let other = InputLog()
        other.record(Data("as it was read".utf8), readFrom: site)
        let digests = Manifest.digests(of: inputs, log: other)
        #expect(digests["content/site.yaml"] == SHA256Hex.of(Data("as it was read".utf8)))
        #expect(digests["content/member-states.yaml"] == log.digest(of: inputs["content/member-states.yaml"] ?? ""))
    }
}
