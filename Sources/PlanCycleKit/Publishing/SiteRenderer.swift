import Foundation

/// Renders every file of the site, on every core, handing each to a sink as soon as it is made
/// (`build` writes it then, so that the site is never held in memory whole).
///
/// The original language's pages are at the root; each other language's under `<code>/`, with
/// the same paths inside. The stylesheet, feed, calendars, data and manifest are at the root.
enum SiteRenderer {
    struct Settings {
        var asOf: Day?
        /// The address the site is published at, for the feed and calendars (which need absolute links).
        var baseURL: String?
        var progress: ((Int, Int) -> Void)?
        /// The kinds of document to make pages of.
        var documents: [any DocumentKind.Type] = DocumentKinds.shipped
    }

    /// - Parameter sink: given each file's site-relative path and bytes, from any thread.
    static func render(
        _ content: Content, templates: TemplateSet, settings: Settings = Settings(), to sink: (String, Data) -> Void
    ) {
        let site = SiteJobs(content, templates: templates, settings: settings)
        let localized = site.languages.indices.map(site.localized)
        let progress = Progress(total: site.jobs.count, report: settings.progress)
        // The pages first, then the other files, smaller units that even out the cores' ends.
        _ = Parallel.map(site.jobs.count + site.otherFileUnits) { index in
            guard index < site.jobs.count else {
                for (path, data) in site.otherFiles(unit: index - site.jobs.count) { sink(path, data) }
                return
            }
            let job = site.jobs[index]
            defer { progress.step() }
            for (path, data) in site.pages(job, localized: localized[job.language]) { sink(path, data) }
        }
    }

    /// Every file of the site in memory, by site-relative path (for tests and small sites).
    static func render(_ content: Content, templates: TemplateSet, settings: Settings = Settings()) -> [String: Data] {
        let lock = NSLock()
        var files: [String: Data] = [:]
        render(content, templates: templates, settings: settings) { path, data in
            lock.lock()
            files[path] = data
            lock.unlock()
        }
        return files
    }

    /// Counts finished jobs for the progress callback, from any thread.
    final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private var done = 0
        private let total: Int
        private let report: ((Int, Int) -> Void)?

        init(total: Int, report: ((Int, Int) -> Void)?) {
            self.total = total
            self.report = report
        }

        func step() {
            lock.lock()
            done += 1
            let now = done
            report?(now, total)
            lock.unlock()
        }
    }

    /// The pages of one language, by path inside its folder.
    /// - Parameter year: the index of the year whose pages to make, or nil for the front page.
    static func pages(
        scope: Scope, year yearIndex: Int?, alternates: [Language], templates: TemplateSet, documents: [any DocumentKind.Type],
        wordFiles: Bool = true, only: String? = nil
    ) -> [(String, Data)] {
        let unit = yearIndex.map { SiteUnit.year(scope.content.years[$0]) } ?? .front
        return documents.flatMap {
            $0.pages(in: unit, scope: scope, alternates: alternates, templates: templates, wordFiles: wordFiles, only: only)
        }
    }
}
