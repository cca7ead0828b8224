import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a site so that the output folder is only ever the old site or the whole new one.
///
/// Files go to a staging folder beside the output as they are made, from any thread, each hashed
/// as it is written (for the manifest), so that the site is never held in memory whole; only when
/// all are written (`commit`) is the old output moved aside and the staging folder renamed into
/// its place. A build killed before the swap leaves the old site as it was; one killed between
/// the two renames leaves the old site beside the output, and the next build puts it back before
/// it starts.
final class SiteWriter: @unchecked Sendable {
    // Unchecked: the mutable state is only touched with `lock` held.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let output: URL
    private let staging: URL
    private let old: URL
    /// The site being replaced, whose unchanged files are linked rather than written again.
    private let previous: PreviousSite?
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var digests: [String: String] = [:]
    private var failed: String?

    /// Starts a site at `output`: recovers from a killed build, and creates the staging folder.
    init(output path: String) throws {
        output = URL(fileURLWithPath: path).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        Self.recover(output: output)
        previous = PreviousSite(output)
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        old = parent.appendingPathComponent(".\(name).old-\(pid)")
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "could not write \(path): \(error)")
        }
    }

    /// Writes one file of the site (a site-relative path), from any thread. A path that could
    /// leave the site, or a write that fails, makes `commit` fail.
    func write(_ path: String, _ data: Data) {
        guard Self.isSafe(path) else { return fail("refusing to write `\(path)`") }
        let folder = (path as NSString).deletingLastPathComponent
        // The folder is made with the lock held, so that no other thread writes into it before it exists.
        lock.lock()
        var made = true
        if !folders.contains(folder) {
            made = (try? FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)) != nil
            if made { folders.insert(folder) }
        }
        lock.unlock()
        guard made else { return fail("could not write `\(path)`") }
        // Plain writes: the staging folder is swapped in whole, so no per-file atomicity (or flush
        // to disk) is needed.
        let target = staging.appendingPathComponent(path).path
        guard previous?.reuse(path, data, at: target) == true || Self.writeFile(data, to: target) else {
            return fail("could not write `\(path)`")
        }
        let digest = SHA256Hex.of(data)
        lock.lock()
        digests[path] = digest
        lock.unlock()
    }

    private func fail(_ message: String) {
        lock.lock()
        failed = failed ?? message
        lock.unlock()
    }

    /// The SHA-256 of each file written so far, by path.
    var hashes: [String: String] {
        lock.lock()
        defer { lock.unlock() }
        return digests
    }

    /// Swaps the staging folder in for the output; if any write failed, removes it instead and
    /// leaves the output as it was.
    func commit() throws {
        let fm = FileManager.default
        do {
            lock.lock()
            let failure = failed
            lock.unlock()
            if let failure { throw Failure(description: failure) }
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: old)
            }
            try fm.moveItem(at: staging, to: output)
            try? fm.removeItem(at: old)
        } catch {
            abandon()
            throw Failure(description: "could not write \(output.path): \(error)")
        }
    }

    /// Removes the staging folder, and puts the old site back if it had been moved aside.
    func abandon() {
        let fm = FileManager.default
        try? fm.removeItem(at: staging)
        if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: old.path) {
            try? fm.moveItem(at: old, to: output)
        }
    }

    /// Writes a whole site at once.
    static func write(_ files: [String: Data], to output: String) throws {
        let writer = try SiteWriter(output: output)
        let paths = files.keys.sorted()
        _ = Parallel.map(paths.count) { writer.write(paths[$0], files[paths[$0]] ?? Data()) }
        try writer.commit()
    }

    /// Cleans up after a build that was killed: removes its staging folders, and puts the old site
    /// back if the kill came between moving it aside and moving the new one in.
    static func recover(output: URL) {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let leftovers = ((try? fm.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        for entry in leftovers where entry.hasPrefix(".\(name).staging-") {
            try? fm.removeItem(at: parent.appendingPathComponent(entry))
        }
        for entry in leftovers where entry.hasPrefix(".\(name).old-") {
            let url = parent.appendingPathComponent(entry)
            if !fm.fileExists(atPath: output.path) {
                try? fm.moveItem(at: url, to: output)
            } else {
                try? fm.removeItem(at: url)
            }
        }
    }

    /// Writes `data` to a new file with POSIX calls; false when it cannot.
    static func writeFile(_ data: Data, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    /// A relative path with no `..`, so that nothing is written outside the output folder.
    static func isSafe(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
