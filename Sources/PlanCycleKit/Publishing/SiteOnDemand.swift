import Foundation

/// A site whose pages are rendered when they are first asked for, each unit of rendering at most
/// once: for `serve`, where a save should reach the browser at once and most pages of a rebuild
/// are never looked at. Its files are the same bytes as `build` writes.
public final class SiteOnDemand: @unchecked Sendable {
    private let site: SiteJobs
    private let manifest: @Sendable ([String: Data]) -> Data
    private let lock = NSLock()
    private var localized: [Int: Content] = [:]
    private var rendered: [SiteJobs.Job: [String: Data]] = [:]
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
        if let job = site.job(for: path), let page = pages(job)[path] { return page }
        return otherFiles()[path]
    }

    /// Every file of the site, manifest included, as `build` writes it.
    public func all() -> [String: Data] {
        lock.lock()
        var files = otherFiles()
        for job in site.jobs {
            files.merge(pages(job)) { $1 }
        }
        lock.unlock()
        files[PagePath.manifest] = manifest(files)
        return files
    }

    /// Call with the lock held.
    private func pages(_ job: SiteJobs.Job) -> [String: Data] {
        if let done = rendered[job] { return done }
        let content = localized[job.language] ?? site.localized(job.language)
        localized[job.language] = content
        let pages = Dictionary(site.pages(job, localized: content)) { $1 }
        rendered[job] = pages
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
