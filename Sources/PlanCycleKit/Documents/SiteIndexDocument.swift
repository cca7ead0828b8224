/// The site's front page: the current year, its open letters, the latest report and every year.
enum SiteIndexDocument: DocumentKind {
    struct Context: TemplateContext {
        struct LatestReport: TemplateContext {
            var url: String
            var title: String
            var year: Int
            static let fields = TemplateFields<Self>([.field("url", \.url), .field("title", \.title), .field("year", \.year)])
        }

        var common: CommonFields
        var current: YearSummary?
        var openLetters: [LetterItem]?
        var asOf: String?
        var latestReport: LatestReport?
        var years: [YearSummary]
        var feedURL: String
        var hasOpenLetters: Bool? { openLetters.map { !$0.isEmpty } }

        static let fields = TemplateFields<Self>([
            .field("current", \.current), .field("open_letters", \.openLetters), .field("has_open_letters", \.hasOpenLetters),
            .field("as_of", \.asOf), .field("latest_report", \.latestReport), .field("years", \.years), .field("feed_url", \.feedURL),
        ], parts: [TemplateFields.part(\.common)])
    }

    static let template = "index"
    static let name = "site index"

    static func subjects(in unit: SiteUnit, scope: Scope) -> [Content] {
        if case .front = unit { return [scope.content] }
        return []
    }

    static func path(of content: Content) -> String { PagePath.index }
    static func title(of content: Content, scope: Scope) -> String { content.site.workingGroupName }
    static func crumbs(of content: Content, scope: Scope) -> [Page.Crumb] { [] }

    /// The year whose cycle is current: the year of `asOf` when content has it, else the latest.
    static func currentYear(_ content: Content, asOf: Day?) -> Year? {
        if let asOf, let year = content.year(asOf.year) { return year }
        return content.years.last
    }

    static func context(of content: Content, scope: Scope) -> Context {
        let page = PagePath.index
        let asOf = scope.asOf
        let current = currentYear(content, asOf: asOf)
        let open = current?.letters.filter { letter in letter.status != .draft && (asOf.map { letter.deadline >= $0 } ?? true) }
            .sorted { ($0.deadline, $0.name) < ($1.deadline, $1.name) }
        let latest = content.years.last { $0.report?.status == .final }.flatMap { year in
            year.report.map {
                Context.LatestReport(url: PagePath.link(from: page, to: PagePath.report(year.year)), title: $0.info.title, year: year.year)
            }
        }
        return Context(
            common: scope.common,
            current: current.map { YearSummary($0, scope: scope, page: page) },
            openLetters: open?.map { LetterItem($0, scope: scope, page: page) },
            asOf: asOf.map(scope.formats.long), latestReport: latest,
            years: content.years.reversed().map { YearSummary($0, scope: scope, page: page) },
            feedURL: scope.rootLink(from: page, to: PagePath.feed))
    }
}
