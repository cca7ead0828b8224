import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a rendered site so that the output folder is only ever the old site or the whole new one.
///
/// Files go to a staging folder beside the output; only when all are written is the old output
/// moved aside and the staging folder renamed into its place. A build killed before the swap
/// leaves the old site as it was; one killed between the two renames leaves the old site beside
/// the output, and the next build puts it back before it starts.
enum SiteWriter {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ files: [String: Data], to output: String) throws {
        let fm = FileManager.default
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent()
        let name = outputURL.lastPathComponent
        recover(output: outputURL)
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        let old = parent.appendingPathComponent(".\(name).old-\(pid)")
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            let paths = files.keys.sorted()
            if let unsafe = paths.first(where: { !isSafe($0) }) { throw Failure(description: "refusing to write `\(unsafe)`") }
            for folder in Set(paths.map { ($0 as NSString).deletingLastPathComponent }).sorted() where !folder.isEmpty {
                try fm.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            // Plain writes on every core: the staging folder is swapped in whole, so no per-file
            // atomicity (or flush to disk) is needed.
            let failures = Parallel.map(paths.count) { index -> String? in
                let path = staging.appendingPathComponent(paths[index]).path
                return Self.writeFile(files[paths[index]] ?? Data(), to: path) ? nil : paths[index]
            }
            if let failed = failures.compactMap({ $0 }).first { throw Failure(description: "could not write `\(failed)`") }
            if fm.fileExists(atPath: outputURL.path) {
                try fm.moveItem(at: outputURL, to: old)
            }
            try fm.moveItem(at: staging, to: outputURL)
            try? fm.removeItem(at: old)
        } catch {
            try? fm.removeItem(at: staging)
            if !fm.fileExists(atPath: outputURL.path), fm.fileExists(atPath: old.path) {
                try? fm.moveItem(at: old, to: outputURL)
            }
            throw Failure(description: "could not write \(output): \(error)")
        }
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
