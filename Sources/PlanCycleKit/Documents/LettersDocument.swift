/// A year's list of circular letters.
enum LettersDocument: DocumentKind {
    struct Context: TemplateContext {
        struct Links: TemplateContext {
            var index: String
            var plan: String
            static let fields = TemplateFields<Self>([.field("index", \.index), .field("plan", \.plan)])
        }

        var common: CommonFields
        var year: Int
        var letters: [LetterItem]
        var links: Links
        var feedURL: String
        var hasLetters: Bool { !letters.isEmpty }

        static let fields = TemplateFields<Self>([
            .field("year", \.year), .field("letters", \.letters), .field("has_letters", \.hasLetters),
            .field("links", \.links), .field("feed_url", \.feedURL),
        ], parts: [TemplateFields.part(\.common)])
    }

    static let template = "letters"
    static let name = "list of letters"

    static func subjects(in unit: SiteUnit, scope: Scope) -> [Year] { unit.year.map { [$0] } ?? [] }
    static func path(of year: Year) -> String { PagePath.letters(year.year) }

    static func title(of year: Year, scope: Scope) -> String {
        scope.labels.render("letters", "title", TitleNames(year.year, scope: scope))
    }

    static func crumbs(of year: Year, scope: Scope) -> [Page.Crumb] { [.home(scope), .year(year.year)] }

    static func context(of year: Year, scope: Scope) -> Context {
        let page = path(of: year)
        return Context(
            common: scope.common, year: year.year,
            letters: year.letters.map { LetterItem($0, scope: scope, page: page) },
            links: Context.Links(
                index: PagePath.link(from: page, to: PagePath.index), plan: PagePath.link(from: page, to: PagePath.plan(year.year))),
            feedURL: scope.rootLink(from: page, to: PagePath.feed))
    }
}
