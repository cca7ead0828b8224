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

    /// Every watched file with its stamp. Hidden files and editors' backups (`.x.swp`, `x~`) are
    /// left out, since saving a file makes and removes them.
    func look() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in [content, templates] {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || name.hasSuffix("~") {
                    walker.skipDescendants()
                    continue
                }
                let path = folder + "/" + relative
                var info = stat()
                guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                stamps[path] = Stamp(seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec, size: Int(info.st_size))
            }
        }
        return stamps
    }
}
