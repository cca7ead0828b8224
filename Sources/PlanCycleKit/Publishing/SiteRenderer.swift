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
    }

    static func render(_ content: Content, templates: TemplateSet, settings: Settings = Settings()) -> [String: Data] {
        let site = SiteJobs(content, templates: templates, settings: settings)
        var files = site.otherFiles()
        let localized = site.languages.indices.map(site.localized)
        let progress = Progress(total: site.jobs.count, report: settings.progress)
        let rendered = Parallel.map(site.jobs.count) { index -> [(String, String)] in
            let job = site.jobs[index]
            defer { progress.step() }
            return site.pages(job, localized: localized[job.language])
        }
        for pages in rendered {
            for (path, html) in pages { files[path] = Data(html.utf8) }
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
    static func pages(scope: Scope, year yearIndex: Int?, alternates: [Language], templates: TemplateSet) -> [(String, String)] {
        let content = scope.content
        let labels = scope.labels
        var pages: [(String, String)] = []
        let home = Page.Crumb(title: content.site.workingGroupShortName, path: PagePath.index)

        func page(_ path: String, title: String, kind: String, template: String, context: [String: Any], crumbs: [Page.Crumb]) {
            let body = templates.render(template, context, language: scope.language.code)
            let symbol = ["plan", "report"].contains(kind) ? (context["document"] as? [String: Any])?["symbol"] as? String : nil
            pages.append((path, Page.render(
                path: path, title: title, kind: kind, body: body, crumbs: crumbs, scope: scope, alternates: alternates,
                printSymbol: symbol, templates: templates)))
        }

        guard let yearIndex else {
            page(PagePath.index, title: content.site.workingGroupName, kind: "index", template: "index",
                 context: IndexDocuments.siteContext(scope: scope), crumbs: [])
            return pages
        }
        do {
            let year = content.years[yearIndex]
            let yearCrumb = Page.Crumb(title: "\(year.year)", path: PagePath.year(year.year))
            let names: [String: Any] = ["year": year.year, "site": SiteContext.context(content.site)]
            page(PagePath.year(year.year), title: labels.render("year", "title", names), kind: "year", template: "year",
                 context: IndexDocuments.yearContext(year, scope: scope), crumbs: [home])
            page(PagePath.plan(year.year), title: year.plan.title, kind: "plan", template: "plan",
                 context: PlanDocument.context(year, scope: scope), crumbs: [home, yearCrumb])
            page(PagePath.letters(year.year), title: labels.render("letters", "title", names), kind: "letters", template: "letters",
                 context: IndexDocuments.lettersContext(year, scope: scope), crumbs: [home, yearCrumb])
            if let report = year.report {
                page(PagePath.report(year.year), title: report.info.title, kind: "report", template: "report",
                     context: ReportDocument.context(year, report: report, scope: scope), crumbs: [home, yearCrumb])
            }
            let lettersCrumb = Page.Crumb(title: labels.label("page", "circular_letters"), path: PagePath.letters(year.year))
            for letter in year.letters {
                let path = PagePath.letter(letter)
                page(path, title: (letter.symbol.map { $0 + ": " } ?? "") + letter.subject, kind: "letter", template: "letter",
                     context: LetterDocument.context(letter, scope: scope, page: path), crumbs: [home, yearCrumb, lettersCrumb])
            }
        }
        return pages
    }
}
