/// The annual plan of participation of one year.
enum PlanDocument: DocumentKind {
    struct Context: TemplateContext {
        struct Totals: TemplateContext {
            var activities: Count
            var urgent: Int
            var highLevel: Int
            var staffDays: Count
            var withThirdParties: Int
            var letters: Int

            static let fields = TemplateFields<Self>([
                .field("activities", \.activities), .field("urgent", \.urgent), .field("high_level", \.highLevel),
                .field("staff_days", \.staffDays), .field("with_third_parties", \.withThirdParties), .field("letters", \.letters),
            ])
        }

        struct Links: TemplateContext {
            var index: String
            var letters: String
            static let fields = TemplateFields<Self>([.field("index", \.index), .field("letters", \.letters)])
        }

        var common: CommonFields
        var year: Int
        var document: DocumentHeader
        var introductionHTML: String
        var introduction: IntroductionFields
        var activities: [ActivityContext]
        var totals: Totals
        var links: Links

        static let fields = TemplateFields<Self>([
            .field("year", \.year), .field("document", \.document), .field("introduction_html", \.introductionHTML),
            .field("activities", \.activities), .field("totals", \.totals), .field("links", \.links),
        ], parts: [TemplateFields.part(\.common), TemplateFields.part(\.introduction)])
    }

    static let template = "plan"
    static let name = "plan"

    static func subjects(in unit: SiteUnit, scope: Scope) -> [Year] { unit.year.map { [$0] } ?? [] }
    static func path(of year: Year) -> String { PagePath.plan(year.year) }
    static func title(of year: Year, scope: Scope) -> String { year.plan.title }
    static func crumbs(of year: Year, scope: Scope) -> [Page.Crumb] { [.home(scope), .year(year.year)] }
    static func printSymbol(of context: Context) -> String? { context.document.symbol }
    static let makesWordFile = true
    static func wordDate(of year: Year) -> Day? { year.plan.date }

    static func context(of year: Year, scope: Scope) -> Context {
        let page = path(of: year)
        let activities = year.activities
        let totals = Context.Totals(
            activities: scope.formats.count(activities.count),
            urgent: activities.filter(\.urgent).count,
            highLevel: activities.filter(\.highLevel).count,
            staffDays: scope.formats.count(activities.map(\.staffDays).reduce(0, +)),
            withThirdParties: activities.filter { !$0.thirdParties.isEmpty }.count,
            letters: activities.map { scope.content.letters(about: $0).count }.reduce(0, +))
        return Context(
            common: scope.common, year: year.year,
            document: DocumentHeader(meeting: year.meeting, info: year.plan, scope: scope),
            introductionHTML: scope.marked(Fragment.block(year.introduction, headingOffset: 2), year.textLanguage),
            introduction: scope.introduction(year.textLanguage, stale: year.textIsStale),
            activities: activities.enumerated().map { ActivityContext($1, number: $0 + 1, scope: scope, page: page) },
            totals: totals,
            links: Context.Links(
                index: PagePath.link(from: page, to: PagePath.index), letters: PagePath.link(from: page, to: PagePath.letters(year.year))))
    }
}
