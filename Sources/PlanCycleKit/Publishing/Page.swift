/// Wraps a document's HTML in `layout.html.mustache`.
enum Page {
    static let schema: Schema = .object([
        "site": SiteContext.schema,
        "lang": .value, "dir": .value, "title": .value, "body": .value, "stylesheet": .value,
        "is_letter": .value, "kind": .value,
        "breadcrumbs": .list(.object(["title": .value, "url": .value])), "has_breadcrumbs": .value,
    ])

    struct Crumb {
        var title: String
        var path: String
    }

    static func render(
        path: String, title: String, kind: String, body: String, crumbs: [Crumb], content: Content, templates: TemplateSet
    ) -> String {
        let context: [String: Any] = [
            "site": SiteContext.context(content.site),
            "lang": "en", "dir": "ltr", "title": title, "body": body, "kind": kind, "is_letter": kind == "letter",
            "stylesheet": PagePath.link(from: path, to: PagePath.stylesheet),
            "has_breadcrumbs": !crumbs.isEmpty,
            "breadcrumbs": crumbs.map { ["title": $0.title, "url": PagePath.link(from: path, to: $0.path)] },
        ]
        return templates.render("layout", context)
    }
}
