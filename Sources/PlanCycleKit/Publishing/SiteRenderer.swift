import Foundation

/// Renders every page of the site in memory: site-relative path to bytes.
enum SiteRenderer {
    static func render(_ content: Content, templates: TemplateSet) -> [String: Data] {
        var files: [String: Data] = [:]
        for (name, data) in templates.assets { files[name] = data }
        let home = Page.Crumb(title: content.site.workingGroupShortName, path: PagePath.index)

        func page(_ path: String, title: String, kind: String, template: String, context: [String: Any], crumbs: [Page.Crumb]) {
            let body = templates.render(template, context)
            let html = Page.render(path: path, title: title, kind: kind, body: body, crumbs: crumbs, content: content, templates: templates)
            files[path] = Data(html.utf8)
        }

        page(PagePath.index, title: content.site.workingGroupName, kind: "index", template: "index",
             context: IndexDocuments.siteContext(content), crumbs: [])
        for year in content.years {
            let yearCrumb = Page.Crumb(title: "\(year.year)", path: PagePath.plan(year.year))
            page(PagePath.plan(year.year), title: year.plan.title, kind: "plan", template: "plan",
                 context: PlanDocument.context(year, content: content, labels: templates.labels), crumbs: [home])
            page(PagePath.letters(year.year), title: "Circular letters \(year.year)", kind: "letters", template: "letters",
                 context: IndexDocuments.lettersContext(year, content: content, labels: templates.labels), crumbs: [home, yearCrumb])
            if let report = year.report {
                page(PagePath.report(year.year), title: report.info.title, kind: "report", template: "report",
                     context: ReportDocument.context(year, report: report, content: content, labels: templates.labels), crumbs: [home, yearCrumb])
            }
            let lettersCrumb = Page.Crumb(title: "Circular letters", path: PagePath.letters(year.year))
            for letter in year.letters {
                let path = PagePath.letter(letter)
                page(path, title: (letter.symbol.map { $0 + ": " } ?? "") + letter.subject, kind: "letter", template: "letter",
                     context: LetterDocument.context(letter, content: content, labels: templates.labels, page: path),
                     crumbs: [home, yearCrumb, lettersCrumb])
            }
        }
        return files
    }
}
