import Foundation
import Testing
import ZIPFoundation
@testable import PlanCycleKit

/// PlanCycle's zip writer gives the bytes ZIPFoundation's `Archive` gives for the same parts
/// (which is what Word files were zipped with before), and ZIPFoundation reads them back.
@Suite struct ZipArchiveTests {
    /// The parts zipped by ZIPFoundation, as `WordFile` zipped them before it had its own writer.
    static func zippedByZIPFoundation(_ parts: [(path: String, data: Data)], date: Day) throws -> Data {
        let timestamp = Date(timeIntervalSince1970: TimeInterval(Day.epoch.days(until: date)) * 86_400)
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, data) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: timestamp, permissions: 0o644,
                compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return try #require(archive.data)
    }

    /// Text that deflates as a document does, `count` bytes long.
    static func text(_ count: Int, seed: Int) -> Data {
        var bytes: [UInt8] = []
        var state = UInt64(seed + 1)
        let words = ["<w:p>", "<w:r>", "<w:t>", "plan ", "ITU ", "é ", "中文 ", "</w:t></w:r></w:p>", "\n"]
        while bytes.count < count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes.append(contentsOf: words[Int(state >> 33) % words.count].utf8)
        }
        return Data(bytes.prefix(count))
    }

    @Test(arguments: ["2026-01-09", "1975-06-30", "1980-01-01", "2099-12-31", "2150-03-04"])
    func givesZIPFoundationsBytes(day: String) throws {
        let date = try #require(Day(iso: day))
        // Empty, small, one chunk exactly, over a chunk, many chunks; a name in UTF-8.
        let sizes = [0, 1, 199, defaultWriteChunkSize, defaultWriteChunkSize + 1, 300_000]
        var parts = sizes.enumerated().map { (path: "word/part\($0.offset).xml", data: Self.text($0.element, seed: $0.offset)) }
        parts.append((path: "word/média/图.xml", data: Self.text(5000, seed: 9)))
        parts.append((path: "[Content_Types].xml", data: Data(repeating: 0x41, count: 70_000)))
        let ours = try #require(ZipArchive.make(parts.map { (path: $0.path, data: $0.data, shared: false) }, date: date))
        #expect(ours == (try Self.zippedByZIPFoundation(parts, date: date)))
        // Shared parts, deflated the first time and taken from the cache the second: the same bytes.
        let cache = ZipArchive.DeflateCache()
        for _ in 0..<2 {
            #expect(ZipArchive.make(parts.map { (path: $0.path, data: $0.data, shared: true) }, date: date, cache: cache) == ours)
        }
        let archive = try Archive(data: ours, accessMode: .read, pathEncoding: nil)
        #expect(archive.map(\.path) == parts.map(\.path))
        for (entry, part) in zip(archive, parts) {
            var read = Data()
            _ = try archive.extract(entry) { read.append($0) }
            #expect(read == part.data, "\(part.path)")
        }
    }

    @Test func anEmptyArchiveIsZIPFoundationsToo() throws {
        let date = try #require(Day(iso: "2026-01-09"))
        #expect(ZipArchive.make([], date: date) == (try Self.zippedByZIPFoundation([], date: date)))
    }

    /// The shipped site's Word files: each part, zipped again by ZIPFoundation, gives the same file.
    @Test func theShippedWordFilesAreZIPFoundationsBytes() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(!PlanCycle.build(ShippedContentTests.options(output: fixture.output)).hasErrors)
        for name in ["2025/plan.docx", "2026/plan.docx", "ar/2025/report.docx", "fr/2025/letters/cl-25-04.docx"] {
            let file = try Data(contentsOf: URL(fileURLWithPath: fixture.output + "/" + name))
            let archive = try Archive(data: file, accessMode: .read, pathEncoding: nil)
            var parts: [(path: String, data: Data)] = []
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                parts.append((entry.path, data))
            }
            let first = try #require(archive.makeIterator().next())
            let modified = first.fileAttributes[FileAttributeKey.modificationDate] as? Date
            let date = try #require(modified)
            let day = Day.epoch.adding(days: Int(date.timeIntervalSince1970 / 86_400))
            #expect(parts.count > 10)
            #expect(file == (try Self.zippedByZIPFoundation(parts, date: day)), "\(name)")
        }
    }
}
