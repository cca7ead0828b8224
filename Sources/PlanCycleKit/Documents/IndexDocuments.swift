/// The site's front page, a page per year, and each year's list of letters.
enum IndexDocuments {
    static let yearSummarySchema: Schema = .object([
        "year": .value, "url": .value, "plan_url": .value, "plan_title": .value, "plan_symbol": .value,
        "meeting_dates": .value, "meeting_ordinal": .value, "activity_count": .count,
        "letters_url": .value, "letter_count": .count, "has_letters": .value,
        "report_url": .value, "report_title": .value, "report_symbol": .value, "report_is_draft": .value,
        "calendar_url": .value, "data_url": .value,
    ])

    static let openLetterSchema: Schema = ActivityContext.letterSchema.merging(.object(["activity_title": .value, "activity_url": .value]))

    static let siteSchema: Schema = .object(Scope.baseSchema.merging([
        "current": yearSummarySchema,
        "open_letters": .list(openLetterSchema), "has_open_letters": .value,
        "as_of": .value,
        "latest_report": .object(["url": .value, "title": .value, "year": .value]),
        "years": .list(yearSummarySchema),
        "feed_url": .value,
    ]) { $1 })

    static let yearSchema: Schema = .object(Scope.baseSchema.merging([
        "summary": yearSummarySchema,
        "letters": .list(openLetterSchema), "has_letters": .value,
    ]) { $1 })

    static let lettersSchema: Schema = .object(Scope.baseSchema.merging([
        "year": .value,
        "letters": .list(openLetterSchema),
        "has_letters": .value,
        "links": .object(["index": .value, "plan": .value]),
        "feed_url": .value,
    ]) { $1 })

    /// The year whose cycle is current: the year of `asOf` when content has it, else the latest.
    static func currentYear(_ content: Content, asOf: Day?) -> Year? {
        if let asOf, let year = content.year(asOf.year) { return year }
        return content.years.last
    }

    static func siteContext(scope: Scope) -> [String: Any] {
        let page = PagePath.index
        let content = scope.content
        let asOf = scope.asOf
        var context = scope.base()
        context["years"] = content.years.reversed().map { summary($0, scope: scope, page: page) }
        context["feed_url"] = scope.rootLink(from: page, to: PagePath.feed)
        if let current = currentYear(content, asOf: asOf) {
            context["current"] = summary(current, scope: scope, page: page)
            let open = current.letters.filter { letter in
                letter.status != .draft && (asOf.map { letter.deadline >= $0 } ?? true)
            }
                .sorted { ($0.deadline, $0.name) < ($1.deadline, $1.name) }
            let items = open.map { letterItem($0, scope: scope, page: page) }
            context["open_letters"] = items
            context["has_open_letters"] = !items.isEmpty
        }
        context["as_of"] = asOf.map(scope.formats.long)
        if let year = content.years.last(where: { $0.report?.status == .final }), let report = year.report {
            context["latest_report"] = [
                "url": PagePath.link(from: page, to: PagePath.report(year.year)), "title": report.info.title, "year": year.year,
            ]
        }
        return context
    }

    static func yearContext(_ year: Year, scope: Scope) -> [String: Any] {
        let page = PagePath.year(year.year)
        let letters = year.letters.map { letterItem($0, scope: scope, page: page) }
        var context = scope.base()
        context["summary"] = summary(year, scope: scope, page: page)
        context["letters"] = letters
        context["has_letters"] = !letters.isEmpty
        return context
    }

    static func lettersContext(_ year: Year, scope: Scope) -> [String: Any] {
        let page = PagePath.letters(year.year)
        let letters = year.letters.map { letterItem($0, scope: scope, page: page) }
        var context = scope.base()
        context["year"] = year.year
        context["letters"] = letters
        context["has_letters"] = !letters.isEmpty
        context["links"] = [
            "index": PagePath.link(from: page, to: PagePath.index),
            "plan": PagePath.link(from: page, to: PagePath.plan(year.year)),
        ]
        context["feed_url"] = scope.rootLink(from: page, to: PagePath.feed)
        return context
    }

    /// A year's documents, with links relative to `page`.
    static func summary(_ year: Year, scope: Scope, page: String) -> [String: Any] {
        let content = scope.content
        let formats = scope.formats
        let letter = scope.language.letter
        var item: [String: Any] = [
            "year": year.year,
            "url": PagePath.link(from: page, to: PagePath.year(year.year)),
            "plan_url": PagePath.link(from: page, to: PagePath.plan(year.year)),
            "plan_title": year.plan.title,
            "plan_symbol": DocumentHeader.symbol(site: content.site, meeting: year.meeting, info: year.plan, letter: letter),
            "meeting_dates": formats.range(year.meeting.start, year.meeting.end),
            "meeting_ordinal": DateText.ordinal(year.meeting.number),
            "activity_count": formats.count(year.activities.count),
            "letters_url": PagePath.link(from: page, to: PagePath.letters(year.year)),
            "letter_count": formats.count(year.letters.count), "has_letters": !year.letters.isEmpty,
            "calendar_url": scope.rootLink(from: page, to: PagePath.calendar(year.year)),
            "data_url": scope.rootLink(from: page, to: PagePath.planData(year.year)),
        ]
        if let report = year.report {
            item["report_url"] = PagePath.link(from: page, to: PagePath.report(year.year))
            item["report_title"] = report.info.title
            item["report_is_draft"] = report.status == .draft
            if let next = content.year(year.year + 1) {
                item["report_symbol"] = DocumentHeader.symbol(site: content.site, meeting: next.meeting, info: report.info, letter: letter)
            }
        }
        return item
    }

    static func letterItem(_ letter: CircularLetter, scope: Scope, page: String) -> [String: Any] {
        var item = ActivityContext.letterSummary(letter, scope: scope, page: page)
        if let activity = scope.content.activity(letter.activityID, defaultYear: letter.date.year) {
            item["activity_title"] = activity.title
            item["activity_url"] = PagePath.link(from: page, to: PagePath.activity(activity))
        }
        return item
    }
}
