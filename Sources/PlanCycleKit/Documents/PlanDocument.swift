/// The annual plan of participation of one year: what `plan.md.mustache` is given.
enum PlanDocument {
    static let schema: Schema = .object(Scope.baseSchema.merging([
        "year": .value,
        "document": DocumentHeader.schema,
        "introduction_html": .value, "introduction_untranslated": .value, "introduction_stale": .value,
        "activities": .list(ActivityContext.schema),
        "totals": .object([
            "activities": .count, "urgent": .value, "high_level": .value, "staff_days": .count,
            "with_third_parties": .value, "letters": .value,
        ]),
        "links": .object(["index": .value, "letters": .value]),
    ]) { $1 })

    static func context(_ year: Year, scope: Scope) -> [String: Any] {
        let page = PagePath.plan(year.year)
        let content = scope.content
        let activities = year.activities
        let totals: [String: Any] = [
            "activities": scope.formats.count(activities.count),
            "urgent": activities.filter(\.urgent).count,
            "high_level": activities.filter(\.highLevel).count,
            "staff_days": scope.formats.count(activities.map(\.staffDays).reduce(0, +)),
            "with_third_parties": activities.filter { !$0.thirdParties.isEmpty }.count,
            "letters": activities.map { content.letters(about: $0).count }.reduce(0, +),
        ]
        let links: [String: Any] = [
            "index": PagePath.link(from: page, to: PagePath.index),
            "letters": PagePath.link(from: page, to: PagePath.letters(year.year)),
        ]
        let activityContexts: [[String: Any]] = activities.enumerated().map {
            ActivityContext.context($1, number: $0 + 1, scope: scope, page: page)
        }
        var context = scope.base()
        context["year"] = year.year
        context["document"] = DocumentHeader.context(meeting: year.meeting, info: year.plan, scope: scope)
        context["introduction_html"] = scope.marked(Fragment.block(year.introduction, headingOffset: 2), year.textLanguage)
        context.merge(scope.introductionFields(year.textLanguage, stale: year.textIsStale)) { $1 }
        context["activities"] = activityContexts
        context["totals"] = totals
        context["links"] = links
        return context
    }
}
