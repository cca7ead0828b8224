import Foundation
import Testing
@testable import PlanCycleKit

/// `FileTree` lists what FileManager's enumerator listed for the manifest: files at any depth, not
/// hidden ones, links to files but not what is inside a linked folder.
@Suite struct FileTreeTests {
    @Test func listsTheFilesFileManagerListed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("filetree-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        for folder in ["a/b/c", ".hidden", "a/.git", "e", "linked"] {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in ["top.md", "a/one.md", "a/b/two.md", "a/b/c/three.yaml", ".hidden/no.md", "a/.git/no", "a/.dot.md", "linked/x.md", "é 中.md"] {
            #expect(manager.createFile(atPath: root + "/" + file, contents: Data(file.utf8)))
        }
        try manager.createSymbolicLink(atPath: root + "/e/to-file.md", withDestinationPath: root + "/top.md")
        try manager.createSymbolicLink(atPath: root + "/e/to-folder", withDestinationPath: root + "/linked")
        try manager.createSymbolicLink(atPath: root + "/e/broken.md", withDestinationPath: root + "/nowhere")

        var expected: [String] = []
        let enumerator = try #require(manager.enumerator(atPath: root))
        while let relative = enumerator.nextObject() as? String {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            if !ContentFolder.isDirectory(root + "/" + relative) { expected.append(relative) }
        }
        let listed = FileTree.files(below: root).sorted()
        #expect(listed == expected.sorted())
        #expect(listed == ["a/b/c/three.yaml", "a/b/two.md", "a/one.md", "e/broken.md", "e/to-file.md", "linked/x.md", "top.md", "é 中.md"])
        #expect(FileTree.files(below: root + "/missing").isEmpty)
    }
}
