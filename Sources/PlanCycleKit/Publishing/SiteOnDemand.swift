import Foundation

/// A site whose pages are rendered when they are first asked for, each unit of rendering at most
/// once: for `serve`, where a save should reach the browser at once and most pages of a rebuild
/// are never looked at. Its files are the same bytes as `build` writes.
public final class SiteOnDemand: @unchecked Sendable {
    private let site: SiteJobs
    private let manifest: @Sendable ([String: Data]) -> Data
    private let lock = NSLock()
    private var localized: [Int: Content] = [:]
    /// Each job's pages, and whether its Word files are among them: they are made only when one
    /// is asked for (or the whole site), since a save should reach the browser at once.
    private var rendered: [SiteJobs.Job: (files: [String: Data], withWordFiles: Bool)] = [:]
    private var others: [String: Data]?

    init(_ site: SiteJobs, manifest: @escaping @Sendable ([String: Data]) -> Data) {
        self.site = site
        self.manifest = manifest
    }

    /// The file at a site path (`2026/plan.html`, `fr/index.html`, `style.css`), or nil when the
    /// site has none.
    public func file(_ path: String) -> Data? {
        if path == PagePath.manifest { return all()[path] }
        lock.lock()
        defer { lock.unlock() }
        if let job = site.job(for: path), let page = pages(job, wordFiles: path.hasSuffix(".docx"))[path] { return page }
        return otherFiles()[path]
    }

    /// Whether the Word files of the job that makes `path` have been made.
    func madeWordFiles(of path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return site.job(for: path).flatMap { rendered[$0]?.withWordFiles } ?? false
    }

    /// Every file of the site, manifest included, as `build` writes it.
    public func all() -> [String: Data] {
        lock.lock()
        var files = otherFiles()
        for job in site.jobs {
            files.merge(pages(job, wordFiles: true)) { $1 }
        }
        lock.unlock()
        files[PagePath.manifest] = manifest(files)
        return files
    }

    /// Call with the lock held.
    private func pages(_ job: SiteJobs.Job, wordFiles: Bool) -> [String: Data] {
        if let done = rendered[job], done.withWordFiles || !wordFiles { return done.files }
        let content = localized[job.language] ?? site.localized(job.language)
        localized[job.language] = content
        let pages = Dictionary(site.pages(job, localized: content, wordFiles: wordFiles)) { $1 }
        rendered[job] = (pages, wordFiles)
        return pages
    }

    /// Call with the lock held.
    private func otherFiles() -> [String: Data] {
        if let others { return others }
        let files = site.otherFiles()
        others = files
        return files
    }
}
