import Foundation

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
    /// Whether each page has a Word file beside it: the kinds that are documents of ITU's
    /// document system (plan, letter, report), not the site's own pages.
    static var makesWordFile: Bool { get }
    /// The date of the Word file (its timestamps).
    static func wordDate(of subject: Subject) -> Day?
    /// The symbol in the Word file's running header.
    static func wordSymbol(of subject: Subject, context: Context) -> String?
}

extension DocumentKind {
    static func printSymbol(of context: Context) -> String? { nil }
    static var makesWordFile: Bool { false }
    static func wordDate(of subject: Subject) -> Day? { nil }
    static func wordSymbol(of subject: Subject, context: Context) -> String? { printSymbol(of: context) }

    /// The shape of what the template is given, which `check` holds its tags against.
    static var schema: Schema { Context.schema }

    /// The body of one page: its template rendered with its context (Markdown templates to HTML).
    static func body(of subject: Subject, scope: Scope, templates: TemplateSet) -> (html: String, context: Context) {
        let context = context(of: subject, scope: scope)
        return (templates.render(template, context, language: scope.language.code), context)
    }

    /// The pages of this kind in `unit`, by path inside the language's folder, in the layout; each
    /// followed by its Word file when the kind has one and the templates have a reference document.
    /// - Parameters:
    ///   - wordFiles: false to leave the Word files out (`serve` makes them only when one is asked
    ///     for); the pages link to them all the same.
    ///   - only: the path of the one page to make (`serve` makes a page when it is asked for).
    static func pages(
        in unit: SiteUnit, scope: Scope, alternates: [Language], templates: TemplateSet, wordFiles: Bool = true, only: String? = nil
    ) -> [(String, Data)] {
        subjects(in: unit, scope: scope).filter { only == nil || path(of: $0) == only }.flatMap { subject -> [(String, Data)] in
            let path = path(of: subject)
            let (body, context) = body(of: subject, scope: scope, templates: templates)
            let title = title(of: subject, scope: scope)
            let reference = makesWordFile ? templates.reference : nil
            let word = reference.flatMap { reference in wordDate(of: subject).map { (reference, $0) } }
            let wordPath = word.map { _ in PagePath.wordFile(of: path) }
            let page = Page.render(
                path: path, title: title, kind: template, body: body,
                crumbs: crumbs(of: subject, scope: scope), scope: scope, alternates: alternates,
                printSymbol: printSymbol(of: context), wordFile: wordPath.map { PagePath.link(from: path, to: $0) }, templates: templates)
            guard wordFiles, let (reference, date) = word, let wordPath else { return [(path, Data(page.utf8))] }
            let info = WordFile.Info(
                title: title, language: scope.language.code, rightToLeft: scope.language.direction == "rtl",
                symbol: wordSymbol(of: subject, context: context), date: date, author: scope.content.site.organisationName,
                address: scope.baseURL.map { $0 + scope.prefix + path })
            return [(path, Data(page.utf8)), (wordPath, WordFile.make(html: body, info: info, reference: reference))]
        }
    }
}
