import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices files saved, added, removed or renamed under some folders, by comparing each file's
/// modification time and size with what it saw before.
///
/// Polling rather than inotify: it needs no watch added for every new folder, sees editors' atomic
/// saves (write a temporary file, rename it over the old one) as one change, and on the shipped
/// content a look at every file takes well under a millisecond (see the README).
struct FolderWatcher: Sendable {
    /// What is compared: a change to either means the file changed.
    struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int
    }

    let content: String
    let templates: String

    /// Whether a path that `look` gave is in the templates folder.
    func isTemplate(_ path: String) -> Bool { path.hasPrefix(templates + "/") }

    /// Every watched file with its stamp. Hidden files and folders and editors' backups (`.x.swp`,
    /// `x~`) are left out, since saving a file makes and removes them.
    func look() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in [content, templates] { walk(folder, into: &stamps) }
        return stamps
    }

    /// Adds every file below `folder`, with POSIX calls (FileManager's enumerator took ten times as long).
    private func walk(_ folder: String, into stamps: inout [String: Stamp]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasPrefix(".") || name.hasSuffix("~") { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let isLink = info.st_mode & S_IFMT == S_IFLNK
            if isLink, stat(path, &info) != 0 { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR where !isLink: walk(path, into: &stamps)  // not through links, which could loop
            case S_IFREG: stamps[path] = Stamp(seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec, size: Int(info.st_size))
            default: break
            }
        }
    }
}
