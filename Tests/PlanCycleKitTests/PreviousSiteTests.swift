import Foundation
import Testing
@testable import PlanCycleKit

/// A rebuild takes each file it would write again unchanged from the site it replaces (a hard
/// link), and only that: a file that differs, a symbolic link, or a folder that is one, is
/// written anew, and what is outside the site is never touched.
@Suite struct PreviousSiteTests {
    /// What `lstat` says of `path`: its inode, number of links and type.
    func status(_ path: String) throws -> (inode: Int, links: Int, type: FileAttributeType?) {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return ((attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1, (attributes[.referenceCount] as? NSNumber)?.intValue ?? -1,
                attributes[.type] as? FileAttributeType)
    }

    /// The site built from the fixture's content into a folder of its own, by path.
    func freshBuild(_ fixture: Fixture) throws -> [String: Data] {
        var options = fixture.options
        options.output = fixture.path("fresh")
        #expect(!PlanCycle.build(options).hasErrors)
        return try BuildTests().files(in: options.output)
    }

    @Test func aRebuildKeepsEachUnchangedFileAndWritesEachChangedOne() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let style = try status(fixture.output + "/style.css")
        let letter = try status(fixture.output + "/2026/letters/cl-26-06.html")
        try fixture.replace(ContentDiagnosticsTests.letter, "subject:", with: "subject: Revised,")
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        #expect(try status(fixture.output + "/style.css").inode == style.inode, "unchanged: the same file")
        #expect(try status(fixture.output + "/style.css").links == 1, "the old site's name for it is gone")
        #expect(try status(fixture.output + "/2026/letters/cl-26-06.html").inode != letter.inode, "changed: a new file")
        #expect(try BuildTests().files(in: fixture.output) == (try freshBuild(fixture)))
    }

    @Test func aFileEditedInThePreviousSiteIsWrittenAgain() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        // The same length, one byte changed, edited in place; and one file made longer.
        let style = URL(fileURLWithPath: fixture.output + "/style.css")
        var bytes = try Data(contentsOf: style)
        bytes[bytes.count / 2] ^= 1
        let handle = try FileHandle(forWritingTo: style)
        try handle.write(contentsOf: bytes)
        try handle.close()
        let plan = fixture.output + "/2026/plan.html"
        try (try Data(contentsOf: URL(fileURLWithPath: plan)) + Data("<!-- hand edit -->".utf8)).write(to: URL(fileURLWithPath: plan))
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        #expect(try BuildTests().files(in: fixture.output) == (try freshBuild(fixture)))
    }

    @Test func aSymbolicLinkInThePreviousSiteIsNeverFollowed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(!PlanCycle.build(fixture.options).hasErrors)
        let fm = FileManager.default
        // The stylesheet and the 2026 folder moved outside the site, with links to them left in
        // their place: the same bytes, but not the site's own files.
        try fm.moveItem(atPath: fixture.output + "/style.css", toPath: fixture.path("outside.css"))
        try fm.createSymbolicLink(atPath: fixture.output + "/style.css", withDestinationPath: fixture.path("outside.css"))
        try fm.moveItem(atPath: fixture.output + "/2026", toPath: fixture.path("outside-2026"))
        try fm.createSymbolicLink(atPath: fixture.output + "/2026", withDestinationPath: fixture.path("outside-2026"))
        var options = fixture.options
        options.force = true
        #expect(!PlanCycle.build(options).hasErrors)
        #expect(try status(fixture.output + "/style.css").type == .typeRegular)
        #expect(try status(fixture.output + "/2026").type == .typeDirectory)
        #expect(try status(fixture.path("outside.css")).links == 1, "not linked into the site")
        #expect(try status(fixture.path("outside-2026/plan.html")).links == 1, "not linked into the site")
        #expect(try BuildTests().files(in: fixture.output) == (try freshBuild(fixture)))
    }
}
