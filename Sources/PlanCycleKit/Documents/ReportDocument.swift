/// The summary report on one year, presented to the next year's meeting.
enum ReportDocument: DocumentKind {
    struct Context: TemplateContext {
        var common: CommonFields
        var introduction: IntroductionFields
        var year: Int
        var isDraft: Bool
        var document: DocumentHeader?
        var introductionHTML: String
        var rows: [Row]
        var totals: Totals
        var forms: [Form]
        var processes: [ProcessFigures]
        var engagement: Engagement
        var letters: [LetterFigures]
        var chartID: String
        var chartSVG: String
        var regions: [Region]
        var previous: Previous?
        var results: [Result]
        var changes: [Change]
        var unplanned: [Unplanned]
        var carryOver: [CarryOver]
        var advice: [Advice]
        var links: Links
        var nextYear: Int { year + 1 }
        var hasLetters: Bool { !letters.isEmpty }
        var hasPrevious: Bool? { previous.map { _ in true } }
        var hasResults: Bool { !results.isEmpty }
        var hasChanges: Bool { !changes.isEmpty }
        var hasUnplanned: Bool { !unplanned.isEmpty }
        var hasCarryOver: Bool { !carryOver.isEmpty }
        var hasAdvice: Bool { !advice.isEmpty }

        static let fields = TemplateFields<Self>([
            .field("year", \.year), .field("next_year", \.nextYear), .field("is_draft", \.isDraft),
            .field("document", \.document), .field("introduction_html", \.introductionHTML),
            .field("rows", \.rows), .field("totals", \.totals), .field("forms", \.forms), .field("processes", \.processes),
            .field("engagement", \.engagement), .field("has_letters", \.hasLetters), .field("letters", \.letters),
            .field("chart_id", \.chartID), .field("chart_svg", \.chartSVG), .field("regions", \.regions),
            .field("has_previous", \.hasPrevious), .field("previous", \.previous),
            .field("results", \.results), .field("has_results", \.hasResults),
            .field("changes", \.changes), .field("has_changes", \.hasChanges),
            .field("unplanned", \.unplanned), .field("has_unplanned", \.hasUnplanned),
            .field("carry_over", \.carryOver), .field("has_carry_over", \.hasCarryOver),
            .field("advice", \.advice), .field("has_advice", \.hasAdvice), .field("links", \.links),
        ], parts: [TemplateFields.part(\.common), TemplateFields.part(\.introduction)])
    }

    static let template = "report"
    static let name = "report"

    static func subjects(in unit: SiteUnit, scope: Scope) -> [(year: Year, report: Report)] {
        guard let year = unit.year, let report = year.report else { return [] }
        return [(year, report)]
    }

    static func path(of subject: (year: Year, report: Report)) -> String { PagePath.report(subject.year.year) }
    static func title(of subject: (year: Year, report: Report), scope: Scope) -> String { subject.report.info.title }
    static func crumbs(of subject: (year: Year, report: Report), scope: Scope) -> [Page.Crumb] { [.home(scope), .year(subject.year.year)] }
    static func printSymbol(of context: Context) -> String? { context.document?.symbol }
    static let makesWordFile = true
    static func wordDate(of subject: (year: Year, report: Report)) -> Day? { subject.report.info.date }

    static func context(of subject: (year: Year, report: Report), scope: Scope) -> Context {
        let (year, report) = subject
        let page = PagePath.report(year.year)
        let content = scope.content
        let formats = scope.formats
        let labels = scope.labels
        let figures = ReportFigures(year: year, content: content)
        let notes = Notes(year, labels: labels, formats: formats)
        return Context(
            common: scope.common, introduction: scope.introduction(report.textLanguage, stale: report.textIsStale),
            year: year.year, isDraft: report.status == .draft,
            document: content.year(year.year + 1).map { DocumentHeader(meeting: $0.meeting, info: report.info, scope: scope) },
            introductionHTML: scope.marked(Fragment.block(report.introduction, headingOffset: 2), report.textLanguage),
            rows: rows(figures, year: year, scope: scope, page: page),
            totals: Totals(figures, formats: formats),
            forms: figures.forms.map {
                Form(label: labels.label("participation", $0.form.rawValue), planned: $0.planned, delivered: $0.delivered)
            },
            processes: figures.processes.map {
                ProcessFigures(name: content.site.process($0.process)?.name ?? $0.process, planned: $0.planned, held: $0.held)
            },
            engagement: Engagement(figures, formats: formats),
            letters: figures.letters.map { LetterFigures($0, figures: figures, formats: formats, page: page) },
            chartID: "chart-replies-\(year.year)",
            chartSVG: BarChart(id: "chart-replies-\(year.year)", bars: chartBars(figures)).svg,
            regions: figures.regions.map {
                Region(name: labels.label("region", $0.region), contributed: $0.contributed, members: $0.members,
                       share: formats.percent(Ratio($0.contributed, $0.members)))
            },
            previous: content.year(year.year - 1).flatMap { Previous($0, current: figures, content: content, formats: formats) },
            results: results(year, labels: labels), changes: notes.changes, unplanned: notes.unplanned,
            carryOver: figures.rows.filter(\.carryOver).map {
                CarryOver(title: $0.title, status: $0.status.map { labels.label("outcome_status", $0.rawValue) } ?? "")
            },
            advice: report.advice.map { Advice($0, content: content, formats: formats) },
            links: Links(
                index: PagePath.link(from: page, to: PagePath.index), plan: PagePath.link(from: page, to: PagePath.plan(year.year))))
    }

    static func chartBars(_ figures: ReportFigures) -> [BarChart.Bar] {
        figures.letters.map { BarChart.Bar(label: $0.letter.symbol ?? $0.letter.name, value: $0.replies) }
    }

    private static func rows(_ figures: ReportFigures, year: Year, scope: Scope, page: String) -> [Row] {
        let labels = scope.labels
        let forms = { (list: [ParticipationForm]) in scope.formats.phrase(list.map { labels.label("participation", $0.rawValue) }) }
        return figures.rows.map { row in
            let activity = row.unplanned ? nil : year.activities.first { $0.id == row.id }
            return Row(
                title: row.title, url: activity.map { PagePath.link(from: page, to: PagePath.activity($0)) },
                plannedForms: row.unplanned ? "–" : forms(row.plannedForms),
                deliveredForms: row.status?.tookPlace == true ? forms(row.deliveredForms) : "–",
                plannedStaffDays: row.plannedStaffDays.map(scope.formats.number),
                usedStaffDays: row.usedStaffDays.map(scope.formats.number),
                status: row.status.map { labels.label("outcome_status", $0.rawValue) } ?? labels.label("outcome_status", "none"),
                statusID: row.status?.rawValue ?? "none", unplanned: row.unplanned, noRecord: row.status == nil)
        }
    }

    private static func results(_ year: Year, labels: Labels) -> [Result] {
        year.outcomes.flatMap { outcome in
            let title = outcome.unplanned?.title ?? year.activities.first { $0.id == outcome.id }?.title ?? outcome.id
            return outcome.results.map {
                Result(activity: title, title: $0.title, url: $0.url, kind: labels.label("result_kind", $0.kind.rawValue))
            }
        }
    }

    static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "±0" }

    /// The change between two rates in percentage points: "+2.1".
    static func pointsChange(from old: Ratio, to new: Ratio) -> String {
        let tenths = new.permille - old.permille
        let sign = tenths > 0 ? "+" : tenths < 0 ? "−" : "±"
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
