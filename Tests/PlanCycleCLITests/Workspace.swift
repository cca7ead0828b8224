import Foundation

/// A temporary folder holding a copy of the shipped `content/` and `Templates/`, where a test
/// runs `plancycle` with its default folders and may change a file first.
struct Workspace {
    let root: URL

    /// The project's root folder: three levels above this file.
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    enum Failure: Error { case notFound(String, in: String) }

    /// Copies the shipped folders named in `folders` into a new temporary folder.
    init(copying folders: [String] = ["content", "Templates"]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("plancycle-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in folders {
            try FileManager.default.copyItem(at: Self.projectRoot.appendingPathComponent(folder), to: url(folder))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(path))
    }

    /// Replaces `old` by `new` in one file; throws if `old` is not there, so a test cannot
    /// pass because the shipped content changed under it.
    func replace(_ path: String, _ old: String, with new: String) throws {
        let text = try read(path)
        guard text.contains(old) else { throw Failure.notFound(old, in: path) }
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// Every file under `path` (relative to it) with its bytes, to tell whether a run changed anything.
    func files(under path: String) throws -> [String: Data] {
        let base = url(path)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        var files: [String: Data] = [:]
        for case let file as URL in walker where (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(file.path.dropFirst(base.path.count + 1))] = try Data(contentsOf: file)
        }
        return files
    }

    /// The names of the entries directly in the workspace, sorted.
    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    }
}
