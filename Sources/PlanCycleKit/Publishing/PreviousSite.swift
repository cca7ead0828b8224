import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The site a build replaces, from which the build takes each file it would write again unchanged.
///
/// A file whose new bytes are exactly those at the same path in the previous site is hard-linked
/// into the staging folder instead of written: no new file is made, no data written, and nothing
/// is left for the removal of the old site to free. (On ext4, making and freeing the files was
/// most of a rebuild's system time: a second of the 10,000-activity build.) An unchanged file
/// keeps its date, so that a copy to the web server sends only what changed.
///
/// The previous site is only read, and each file is compared byte for byte before it is linked,
/// whatever its manifest says; a symbolic link in it is never followed. A build that fails
/// leaves it as it was.
final class PreviousSite: @unchecked Sendable {
    // Unchecked: `root` never changes, and `linkable` is only touched with `lock` held.
    private let root: Int32
    private let lock = NSLock()
    private var linkable = true

    /// The site at `output`; nil when there is none (or it is a symbolic link).
    init?(_ output: URL) {
        let descriptor = open(output.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        root = descriptor
    }

    deinit { close(root) }

    /// Links the previous site's file at `path` (site-relative) to `target` when it holds exactly
    /// `data`, and says whether it did; when it did not, nothing is left at `target`.
    func reuse(_ path: String, _ data: Data, at target: String) -> Bool {
        lock.lock()
        let usable = linkable
        lock.unlock()
        let components = path.split(separator: "/").map(String.init)
        guard usable, let name = components.last, let folder = folder(components.dropLast()) else { return false }
        defer { if folder != root { close(folder) } }
        let file = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard file >= 0 else { return false }
        defer { close(file) }
        var old = stat()
        guard fstat(file, &old) == 0, old.st_mode & S_IFMT == S_IFREG, old.st_size == data.count, Self.holds(file, data) else { return false }
        guard linkat(folder, name, AT_FDCWD, target, 0) == 0 else {
            // Another file system, one without hard links, or a site of another owner's files (the
            // kernel's protected hard links): every other file would fail the same way.
            if errno == EXDEV || errno == EPERM || errno == ENOTSUP {
                lock.lock()
                linkable = false
                lock.unlock()
            }
            return false
        }
        // The name linked must still be the file compared.
        var linked = stat()
        guard fstatat(AT_FDCWD, target, &linked, AT_SYMLINK_NOFOLLOW) == 0, linked.st_ino == old.st_ino, linked.st_dev == old.st_dev else {
            unlink(target)
            return false
        }
        return true
    }

    /// The folder at `components` inside the site, opened without following symbolic links.
    private func folder(_ components: ArraySlice<String>) -> Int32? {
        var folder = root
        for component in components {
            let next = openat(folder, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if folder != root { close(folder) }
            guard next >= 0 else { return nil }
            folder = next
        }
        return folder
    }

    /// Whether the rest of `file` is exactly `data`.
    private static func holds(_ file: Int32, _ data: Data) -> Bool {
        var buffer = [UInt8](repeating: 0, count: min(65_536, data.count + 1))
        var offset = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
            if count < 0 { return false }
            if count == 0 { return offset == data.count }
            guard offset + count <= data.count else { return false }
            let same = buffer.withUnsafeBytes { part in
                data.withUnsafeBytes { whole in
                    guard let part = part.baseAddress, let whole = whole.baseAddress else { return false }
                    return memcmp(part, whole + offset, count) == 0
                }
            }
            guard same else { return false }
            offset += count
        }
    }
}
