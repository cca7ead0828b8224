import Foundation

/// Renders every file of the site in memory, on every core: site-relative path to bytes.
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

    static func render(_ content: Content, templates: TemplateSet, settings: Settings = Settings()) -> [String: Data] {
        let site = SiteJobs(content, templates: templates, settings: settings)
        var files = site.otherFiles()
        let localized = site.languages.indices.map(site.localized)
        let progress = Progress(total: site.jobs.count, report: settings.progress)
        let rendered = Parallel.map(site.jobs.count) { index -> [(String, Data)] in
            let job = site.jobs[index]
            defer { progress.step() }
            return site.pages(job, localized: localized[job.language])
        }
        for pages in rendered {
            for (path, data) in pages { files[path] = data }
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
        scope: Scope, year yearIndex: Int?, alternates: [Language], templates: TemplateSet, documents: [any DocumentKind.Type]
    ) -> [(String, Data)] {
        let unit = yearIndex.map { SiteUnit.year(scope.content.years[$0]) } ?? .front
        return documents.flatMap { $0.pages(in: unit, scope: scope, alternates: alternates, templates: templates) }
    }
}
