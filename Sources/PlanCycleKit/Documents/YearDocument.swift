/// A year's page: its documents and its letters.
enum YearDocument: DocumentKind {
    struct Context: TemplateContext {
        var common: CommonFields
        var summary: YearSummary
        var letters: [LetterItem]
        var hasLetters: Bool { !letters.isEmpty }

        static let fields = TemplateFields<Self>([
            .field("summary", \.summary), .field("letters", \.letters), .field("has_letters", \.hasLetters),
        ], parts: [TemplateFields.part(\.common)])
    }

    static let template = "year"
    static let name = "year page"

    static func subjects(in unit: SiteUnit, scope: Scope) -> [Year] { unit.year.map { [$0] } ?? [] }
    static func path(of year: Year) -> String { PagePath.year(year.year) }
    static func title(of year: Year, scope: Scope) -> String { scope.labels.render("year", "title", TitleNames(year.year, scope: scope)) }
    static func crumbs(of year: Year, scope: Scope) -> [Page.Crumb] { [.home(scope)] }

    static func context(of year: Year, scope: Scope) -> Context {
        let page = path(of: year)
        return Context(
            common: scope.common, summary: YearSummary(year, scope: scope, page: page),
            letters: year.letters.map { LetterItem($0, scope: scope, page: page) })
    }
}

/// What a page title's phrase may name: the year and the site (`{{year}} – {{site.working_group_short}}`).
struct TitleNames: TemplateContext {
    var year: Int
    var site: SiteContext

    static let fields = TemplateFields<Self>([.field("year", \.year), .field("site", \.site)])

    init(_ year: Int, scope: Scope) {
        self.year = year
        site = scope.common.site
    }
}
