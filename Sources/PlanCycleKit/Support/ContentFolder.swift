import Foundation

/// File-system access for loading: sorted listings and UTF-8 reads that report problems as diagnostics.
enum ContentFolder {
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Entry names in `path`, sorted, hidden ones left out.
    static func entries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { !$0.hasPrefix(".") }
            .sorted()
    }

    /// The text of a file, or nil after reporting why it cannot be read; its digest goes in `log`.
    static func readText(_ path: String, diagnostics: Diagnostics, log: InputLog? = nil) -> String? {
        guard let data = log.contents(of: path) else {
            diagnostics.error(SourceLocation(path: path), "the file cannot be read.", hint: "check that it exists and is readable.")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.error(SourceLocation(path: path), "the file is not UTF-8 text.", hint: "save it with UTF-8 encoding.")
            return nil
        }
        return text
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The content folder that `path` (a file or folder of a year, such as
    /// `w/content/2026/activities/igf.md`) lies in, as the user wrote it (`w/content`), so that
    /// hints name the folder the user passed.
    static func root(of path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let year = parts.lastIndex(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) }) else {
            return (path as NSString).deletingLastPathComponent
        }
        let root = parts[..<year].joined(separator: "/")
        return root.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : root
    }

    /// `relative` inside the content folder of `path`: `sibling(of: "w/content/2026/x.md", "2027/year.md")`
    /// is `w/content/2027/year.md`.
    static func sibling(of path: String, _ relative: String) -> String { join(root(of: path), relative) }

    /// True for ids made of lowercase letters, digits and single hyphens.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
