/// Where pages are made: the site's front page, or one year's pages.
enum SiteUnit {
    case front
    case year(Year)

    /// The year, for the documents made once per year.
    var year: Year? {
        if case .year(let year) = self { return year }
        return nil
    }
}

/// One kind of document the site publishes, declared in one place: its template, the Swift type of
/// what the template is given, its pages with their paths, titles and breadcrumbs.
///
/// From the list of kinds (`DocumentKinds.shipped`) come the templates `check` requires, the
/// schema each template's tags are checked against (`Context.schema`), the pages `build` and
/// `serve` make, and the `letter` preview. Adding a kind means: a declaration, its template, its
/// wording in the label files, and a test.
protocol DocumentKind: SendableMetatype {
    /// What one page of the kind is about: a year, a letter, a year and its report.
    associatedtype Subject
    /// What the template is given.
    associatedtype Context: TemplateContext

    /// The template's name (`plan` for `plan.md.mustache`), which is also the page's kind in the layout.
    static var template: String { get }
    /// What messages call it: "plan", "list of letters".
    static var name: String { get }
    /// The pages of this kind in a unit of the site, one per subject.
    static func subjects(in unit: SiteUnit, scope: Scope) -> [Subject]
    /// The page's path inside its language's folder.
    static func path(of subject: Subject) -> String
    /// The page's title, in the page's language.
    static func title(of subject: Subject, scope: Scope) -> String
    static func crumbs(of subject: Subject, scope: Scope) -> [Page.Crumb]
    static func context(of subject: Subject, scope: Scope) -> Context
    /// The document symbol that heads each printed page after the first, if the kind has one.
    static func printSymbol(of context: Context) -> String?
}

extension DocumentKind {
    static func printSymbol(of context: Context) -> String? { nil }

    /// The shape of what the template is given, which `check` holds its tags against.
    static var schema: Schema { Context.schema }

    /// The body of one page: its template rendered with its context (Markdown templates to HTML).
    static func body(of subject: Subject, scope: Scope, templates: TemplateSet) -> (html: String, context: Context) {
        let context = context(of: subject, scope: scope)
        return (templates.render(template, context, language: scope.language.code), context)
    }

    /// The pages of this kind in `unit`, by path inside the language's folder, in the layout.
    static func pages(in unit: SiteUnit, scope: Scope, alternates: [Language], templates: TemplateSet) -> [(String, String)] {
        subjects(in: unit, scope: scope).map { subject in
            let path = path(of: subject)
            let (body, context) = body(of: subject, scope: scope, templates: templates)
            return (path, Page.render(
                path: path, title: title(of: subject, scope: scope), kind: template, body: body,
                crumbs: crumbs(of: subject, scope: scope), scope: scope, alternates: alternates,
                printSymbol: printSymbol(of: context), templates: templates))
        }
    }
}
