import Foundation
@testable import PlanCycleKit

/// (a) The front-matter reader of each content kind: split the file, read the YAML with positions,
/// read the typed fields. Whatever the input: no crash, and every problem in the fuzzed file points
/// at a line the file has.
enum Readers {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plancycle-fuzz-\(getpid())").path
    static let path = folder + "/2026/activities/fuzz.md"
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped site and Member States, read once, for the readers that check against them.
    static let shipped: (site: Site?, memberStates: [MemberState]) = {
        try? FileManager.default.createDirectory(atPath: folder + "/2026/letters", withIntermediateDirectories: true)
        let content = ContentLoader.load(from: root.appendingPathComponent("content").path, diagnostics: Diagnostics())
        return (content?.site, content?.memberStates ?? [])
    }()

    /// Runs `read` on the fuzzed text, then checks where its problems point.
    static func run(_ data: Data, _ read: (String, Diagnostics) -> Void) {
        _ = shipped
        let text = Fuzz.text(data)
        let diagnostics = Diagnostics()
        read(text, diagnostics)
        let placed = diagnostics.all.filter { $0.location.path == path }
        guard !placed.isEmpty else { return }
        // Lines end at LF, CRLF or CR; counted on bytes (splitting into Characters was a tenth of
        // every run).
        let bytes = Array(text.utf8)
        var lines = 1
        for (index, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && bytes[safe: index + 1] != 0x0A) { lines += 1 }
        for diagnostic in placed {
            Fuzz.require(diagnostic.location.line <= lines + 1,
                         "a problem points at line \(diagnostic.location.line) of a \(lines)-line file: \(diagnostic)")
        }
    }

    static func frontMatter(_ data: Data, _ read: (FrontMatterFile, Diagnostics) -> Void) {
        run(data) { text, diagnostics in read(FrontMatterFile(path: path, text: text, diagnostics: diagnostics), diagnostics) }
    }

    static func yaml(_ data: Data, _ read: (YAMLNode?, Diagnostics) -> Void) {
        run(data) { text, diagnostics in
            read(YAMLSource.compose(text, path: path, lineOffset: 0, isWholeFile: true, diagnostics: diagnostics), diagnostics)
        }
    }

    /// (a) PlanCycle's YAML composer against Yams', which it replaced: whatever the text, the same
    /// tree with the same marks, or the same error at the same place.
    static func composer(_ data: Data) {
        let text = Fuzz.text(data)
        let ours = YAMLOutline.ours(text), yams = YAMLOutline.yams(text)
        Fuzz.require(ours == yams, "PlanCycle composed \(ours), Yams \(yams), from \(text.debugDescription)")
    }

    static func activity(_ data: Data) {
        frontMatter(data) { _ = ActivityReader.read($0, id: "fuzz", year: 2026, site: shipped.site, diagnostics: $1) }
    }

    static func letter(_ data: Data) {
        frontMatter(data) { _ = LetterReader.read($0, name: "fuzz", lettersFolder: folder + "/2026/letters", site: shipped.site, diagnostics: $1) }
    }

    static func outcome(_ data: Data) {
        frontMatter(data) {
            _ = OutcomeReader.read($0, id: "fuzz", year: 2026, site: shipped.site, memberStates: shipped.memberStates, diagnostics: $1)
        }
    }

    static func year(_ data: Data) {
        frontMatter(data) { _ = YearReader.read($0, year: 2026, diagnostics: $1) }
    }

    static func report(_ data: Data) {
        frontMatter(data) { _ = ReportReader.read($0, memberStates: shipped.memberStates, diagnostics: $1) }
    }

    static func site(_ data: Data) {
        yaml(data) { _ = SiteReader.read($0, path: path, diagnostics: $1) }
    }

    static func memberStates(_ data: Data) {
        yaml(data) { _ = MemberStatesReader.read($0, path: path, diagnostics: $1) }
    }

    static func translation(_ data: Data) {
        frontMatter(data) { file, diagnostics in
            _ = TranslationReader.read(
                file.yaml, kind: .activity, language: "fr", path: path, lineOffset: file.yamlLineOffset,
                originalPath: folder + "/2026/activities/original.md", target: DocumentRef(year: 2026, id: "fuzz"), body: file.body, diagnostics: diagnostics)
        }
    }
}
