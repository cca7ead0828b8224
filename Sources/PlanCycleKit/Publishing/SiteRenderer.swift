import Foundation

/// Renders every file of the site in memory: site-relative path to bytes.
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
        let home = Page.Crumb(title: content.site.workingGroupShortName, path: PagePath.index)
        let labels = templates.labels
        let total = 1 + content.years.map { 3 + ($0.report == nil ? 0 : 1) + $0.letters.count }.reduce(0, +)
        var done = 0

        func page(_ path: String, title: String, kind: String, template: String, context: [String: Any], crumbs: [Page.Crumb]) {
            let body = templates.render(template, context)
            let html = Page.render(path: path, title: title, kind: kind, body: body, crumbs: crumbs, content: content, templates: templates)
            files[path] = Data(html.utf8)
            done += 1
            settings.progress?(done, total)
        }

        page(PagePath.index, title: content.site.workingGroupName, kind: "index", template: "index",
             context: IndexDocuments.siteContext(content, asOf: settings.asOf), crumbs: [])
        for year in content.years {
            let yearCrumb = Page.Crumb(title: "\(year.year)", path: PagePath.year(year.year))
            page(PagePath.year(year.year), title: "\(content.site.workingGroupShortName) \(year.year)", kind: "year", template: "year",
                 context: IndexDocuments.yearContext(year, content: content, labels: labels), crumbs: [home])
            page(PagePath.plan(year.year), title: year.plan.title, kind: "plan", template: "plan",
                 context: PlanDocument.context(year, content: content, labels: labels), crumbs: [home, yearCrumb])
            page(PagePath.letters(year.year), title: "Circular letters \(year.year)", kind: "letters", template: "letters",
                 context: IndexDocuments.lettersContext(year, content: content, labels: labels), crumbs: [home, yearCrumb])
            if let report = year.report {
                page(PagePath.report(year.year), title: report.info.title, kind: "report", template: "report",
                     context: ReportDocument.context(year, report: report, content: content, labels: labels), crumbs: [home, yearCrumb])
            }
            let lettersCrumb = Page.Crumb(title: "Circular letters", path: PagePath.letters(year.year))
            for letter in year.letters {
                let path = PagePath.letter(letter)
                page(path, title: (letter.symbol.map { $0 + ": " } ?? "") + letter.subject, kind: "letter", template: "letter",
                     context: LetterDocument.context(letter, content: content, labels: labels, page: path),
                     crumbs: [home, yearCrumb, lettersCrumb])
            }
            files[PagePath.planData(year.year)] = PlanData.json(year, content: content)
            files[PagePath.calendar(year.year)] = Data(Calendar.ics(year, content: content, baseURL: settings.baseURL).utf8)
        }
        files[PagePath.feed] = Data(AtomFeed.xml(content, baseURL: settings.baseURL).utf8)
        return files
    }
}
