import Foundation

/// A site whose pages are rendered when they are first asked for, one page at a time: for `serve`,
/// where a save should reach the browser at once and most pages of a rebuild are never looked at.
/// The whole site (`all()`) is rendered job by job. Its files are the same bytes as `build` writes.
public final class SiteOnDemand: @unchecked Sendable {
    private let site: SiteJobs
    private let manifest: @Sendable ([String: Data]) -> Data
    private let lock = NSLock()
    private var localized: [Int: Content] = [:]
    /// Whole jobs' pages, for `all()`, and whether their Word files are among them.
    private var rendered: [SiteJobs.Job: (files: [String: Data], withWordFiles: Bool)] = [:]
    /// Pages made one at a time, as they are asked for, by site path: a save renders only the page
    /// the browser shows, not every page of its year. A page's Word file is made only when it is
    /// asked for.
    private var single: [String: Data] = [:]
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
        if let job = site.job(for: path), let page = page(path, of: job) { return page }
        return otherFiles()[path]
    }

    /// Whether the page or Word file at `path` has been made.
    func made(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if single[path] != nil { return true }
        return site.job(for: path).flatMap { rendered[$0]?.files[path] } != nil
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

    /// Call with the lock held: the page or Word file at `path`, made alone unless its whole job
    /// has been made; nil when `job` makes no such file.
    private func page(_ path: String, of job: SiteJobs.Job) -> Data? {
        let isWordFile = path.hasSuffix(".docx")
        if let done = rendered[job], done.withWordFiles || !isWordFile { return done.files[path] }
        if let made = single[path] { return made }
        let page = isWordFile ? String(path.dropLast(".docx".count)) + ".html" : path
        for (made, data) in site.pages(job, localized: content(of: job), wordFiles: isWordFile, only: page) { single[made] = data }
        return single[path]
    }

    /// Call with the lock held.
    private func content(of job: SiteJobs.Job) -> Content {
        let content = localized[job.language] ?? site.localized(job.language)
        localized[job.language] = content
        return content
    }

    /// Call with the lock held.
    private func pages(_ job: SiteJobs.Job, wordFiles: Bool) -> [String: Data] {
        if let done = rendered[job], done.withWordFiles || !wordFiles { return done.files }
        let pages = Dictionary(site.pages(job, localized: content(of: job), wordFiles: wordFiles)) { $1 }
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
