/// The site's front page and each year's list of letters.
enum IndexDocuments {
    static let siteSchema: Schema = .object([
        "site": SiteContext.schema,
        "years": .list(.object([
            "year": .value, "plan_url": .value, "plan_title": .value, "plan_symbol": .value, "meeting_dates": .value,
            "activity_count": .value, "letters_url": .value, "letter_count": .value, "has_letters": .value,
            "report_url": .value, "report_title": .value, "report_symbol": .value, "report_is_draft": .value,
        ])),
    ])

    static let lettersSchema: Schema = .object([
        "site": SiteContext.schema,
        "year": .value,
        "letters": .list(ActivityContext.letterSchema.merging(.object(["activity_title": .value, "activity_url": .value]))),
        "has_letters": .value,
        "links": .object(["index": .value, "plan": .value]),
    ])

    static func siteContext(_ content: Content) -> [String: Any] {
        let years = content.years.reversed().map { year -> [String: Any] in
            var item: [String: Any] = [
                "year": year.year,
                "plan_url": PagePath.link(from: PagePath.index, to: PagePath.plan(year.year)),
                "plan_title": year.plan.title,
                "plan_symbol": DocumentHeader.symbol(site: content.site, meeting: year.meeting, info: year.plan),
                "meeting_dates": DateText.range(year.meeting.start, year.meeting.end),
                "activity_count": year.activities.count,
                "letters_url": PagePath.link(from: PagePath.index, to: PagePath.letters(year.year)),
                "letter_count": year.letters.count, "has_letters": !year.letters.isEmpty,
            ]
            if let report = year.report {
                item["report_url"] = PagePath.link(from: PagePath.index, to: PagePath.report(year.year))
                item["report_title"] = report.info.title
                item["report_is_draft"] = report.status == .draft
                if let next = content.year(year.year + 1) {
                    item["report_symbol"] = DocumentHeader.symbol(site: content.site, meeting: next.meeting, info: report.info)
                }
            }
            return item
        }
        return ["site": SiteContext.context(content.site), "years": years]
    }

    static func lettersContext(_ year: Year, content: Content, labels: Labels) -> [String: Any] {
        let page = PagePath.letters(year.year)
        let letters = year.letters.map { letter -> [String: Any] in
            var item = ActivityContext.letterSummary(letter, labels: labels, page: page)
            if let activity = content.activity(letter.activityID, defaultYear: letter.date.year) {
                item["activity_title"] = activity.title
                item["activity_url"] = PagePath.link(from: page, to: PagePath.activity(activity))
            }
            return item
        }
        return [
            "site": SiteContext.context(content.site), "year": year.year, "letters": letters, "has_letters": !letters.isEmpty,
            "links": [
                "index": PagePath.link(from: page, to: PagePath.index),
                "plan": PagePath.link(from: page, to: PagePath.plan(year.year)),
            ],
        ]
    }
}
