/// The annual plan of participation of one year: what `plan.md.mustache` is given.
enum PlanDocument {
    static let schema: Schema = .object([
        "site": SiteContext.schema,
        "year": .value,
        "document": DocumentHeader.schema,
        "introduction_html": .value,
        "activities": .list(ActivityContext.schema),
        "totals": .object([
            "activities": .value, "urgent": .value, "high_level": .value, "staff_days": .value,
            "with_third_parties": .value, "letters": .value,
        ]),
        "links": .object(["index": .value, "letters": .value]),
    ])

    static func context(_ year: Year, content: Content, labels: Labels) -> [String: Any] {
        let page = PagePath.plan(year.year)
        let activities = year.activities
        let totals: [String: Any] = [
            "activities": activities.count,
            "urgent": activities.filter(\.urgent).count,
            "high_level": activities.filter(\.highLevel).count,
            "staff_days": activities.map(\.staffDays).reduce(0, +),
            "with_third_parties": activities.filter { !$0.thirdParties.isEmpty }.count,
            "letters": activities.map { content.letters(about: $0).count }.reduce(0, +),
        ]
        let links: [String: Any] = [
            "index": PagePath.link(from: page, to: PagePath.index),
            "letters": PagePath.link(from: page, to: PagePath.letters(year.year)),
        ]
        let activityContexts: [[String: Any]] = activities.enumerated().map {
            ActivityContext.context($1, number: $0 + 1, content: content, labels: labels, page: page)
        }
        return [
            "site": SiteContext.context(content.site),
            "year": year.year,
            "document": DocumentHeader.context(site: content.site, meeting: year.meeting, info: year.plan),
            "introduction_html": Fragment.block(year.introduction, headingOffset: 2),
            "activities": activityContexts,
            "totals": totals,
            "links": links,
        ]
    }
}
