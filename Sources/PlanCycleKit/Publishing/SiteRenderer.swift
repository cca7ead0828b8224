import Foundation

/// Renders every file of the site in memory: site-relative path to bytes.
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
        var files: [String: Data] = [:]
        for (name, data) in templates.assets { files[name] = data }
        let languages = content.site.languages.compactMap { templates.labels[$0] }
        let pagesPerLanguage = 1 + content.years.map { 3 + ($0.report == nil ? 0 : 1) + $0.letters.count }.reduce(0, +)
        var done = 0
        for labels in languages {
            let scope = Scope(content: content, labels: labels, asOf: settings.asOf)
            let others = languages.map(\.language).filter { $0 != labels.language }
            for (path, html) in pages(scope: scope, alternates: others, templates: templates) {
                files[scope.prefix + path] = Data(html.utf8)
                done += 1
                settings.progress?(done, pagesPerLanguage * languages.count)
            }
        }
        for year in content.years {
            files[PagePath.planData(year.year)] = PlanData.json(year, content: content)
            files[PagePath.calendar(year.year)] = Data(Calendar.ics(year, content: content, baseURL: settings.baseURL).utf8)
        }
        files[PagePath.feed] = Data(AtomFeed.xml(content, baseURL: settings.baseURL).utf8)
        return files
    }

    /// The pages of one language, by path inside its folder.
    static func pages(scope: Scope, alternates: [Language], templates: TemplateSet) -> [(String, String)] {
        let content = scope.content
        let labels = scope.labels
        var pages: [(String, String)] = []
        let home = Page.Crumb(title: content.site.workingGroupShortName, path: PagePath.index)

        func page(_ path: String, title: String, kind: String, template: String, context: [String: Any], crumbs: [Page.Crumb]) {
            let body = templates.render(template, context)
            pages.append((path, Page.render(
                path: path, title: title, kind: kind, body: body, crumbs: crumbs, scope: scope, alternates: alternates,
                templates: templates)))
        }

        page(PagePath.index, title: content.site.workingGroupName, kind: "index", template: "index",
             context: IndexDocuments.siteContext(scope: scope), crumbs: [])
        for year in content.years {
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
